import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

/**
 * Transpiles `src/` (and the echo bot) to plain JavaScript in `outDir`, file by file with the
 * TypeScript compiler's transpileModule: no type check (`npm run typecheck` does that), so it
 * takes about a second. The bench starts the bot from this output to measure what a
 * precompiled deployment would see, beside `tsx src/index.ts`, which compiles at every start.
 * `outDir` must sit inside the repository, so that imports resolve from its node_modules.
 */
export async function transpileForBench(repoRoot: string, outDir: string): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  const sources = [...(await tsFiles(join(repoRoot, 'src'))), join(repoRoot, 'bench', 'echoBot.ts')];
  await Promise.all(
    sources.map(async (file) => {
      const out = ts.transpileModule(await readFile(file, 'utf8'), {
        fileName: file,
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, esModuleInterop: true, sourceMap: false },
      });
      const target = join(outDir, relative(repoRoot, file)).replace(/\.ts$/, '.js');
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, out.outputText, 'utf8');
    }),
  );
}

async function tsFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')).map((e) => join(e.parentPath, e.name));
}

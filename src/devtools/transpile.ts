import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * Transpiles `src/` (and any `extra` files) to plain JavaScript in `outDir`, keeping the paths
 * relative to the repository, file by file (no bundling, no type check: `npm run typecheck` does
 * that) with esbuild, the compiler tsx itself uses, so that the output runs as `tsx` runs the
 * sources; it takes a fraction of a second. `npm start` runs the server from this output (`npm run
 * build` writes it), so that a start does not compile TypeScript as it imports; the benches start
 * the bot and the echo bot from it too. `outDir` must sit inside the repository, so that imports
 * resolve from its node_modules; it is emptied first. Returns the number of files written.
 */
export async function transpileTree(repoRoot: string, outDir: string, extra: readonly string[] = []): Promise<number> {
  await rm(outDir, { recursive: true, force: true });
  const sources = [...(await tsFiles(join(repoRoot, 'src'))), ...extra.map((f) => join(repoRoot, f))];
  await build({
    entryPoints: sources,
    outdir: outDir,
    outbase: repoRoot,
    bundle: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: false,
    logLevel: 'error',
  });
  return sources.length;
}

async function tsFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')).map((e) => join(e.parentPath, e.name));
}

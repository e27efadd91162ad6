import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parseKnowledge, type ParseResult, type SourceFile } from './parse.js';

export { formatIssue } from './types.js';
export type { KnowledgeBase, KnowledgeIssue } from './types.js';

/** Reads every Markdown and YAML file under `dir` (recursively). */
export async function readKnowledgeFiles(dir: string): Promise<SourceFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && /\.(md|ya?ml)$/i.test(e.name));
  return Promise.all(
    files.map(async (e) => {
      const full = join(e.parentPath, e.name);
      return { path: relative(dir, full).split(sep).join('/'), text: await readFile(full, 'utf8') };
    }),
  );
}

/** Loads and validates the knowledge folder. A missing folder is an error, not an exception. */
export async function loadKnowledgeBase(dir: string): Promise<ParseResult> {
  let files: SourceFile[];
  try {
    files = await readKnowledgeFiles(dir);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, errors: [{ file: dir, message: `cannot read the knowledge folder: ${message}`, severity: 'error' }], warnings: [] };
  }
  return parseKnowledge(files);
}

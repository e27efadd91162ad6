import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { evalFileSchema, type EvalCase } from '../../src/eval/cases.js';
import { loadKnowledgeBase } from '../../src/knowledge/load.js';
import { formatIssue, type KnowledgeBase } from '../../src/knowledge/types.js';
import type { SourceFile } from '../../src/knowledge/parse.js';

/** The repository root and the bundled knowledge folder. */
export const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
export const KNOWLEDGE_DIR = resolve(REPO, 'knowledge');

/** Front matter that passes the schema, one line per field, so tests can replace or drop a line. */
export const VALID_FRONT_MATTER = [
  'id: a',
  'title: A',
  'type: faq',
  'publisher: P',
  'regions: [Etelä-Savo]',
  'date: "2024"',
] as const;

export const VALID_BODY = '# A\n\n## Osio\n\nTeksti tässä.\n';

/**
 * A document file: front matter lines between "---" lines (line 1 is the opening "---", so the
 * n-th front-matter line is file line n + 1), then the Markdown body.
 */
export function documentFile(path: string, frontMatter: readonly string[] = VALID_FRONT_MATTER, body = VALID_BODY): SourceFile {
  return { path, text: `---\n${frontMatter.join('\n')}\n---\n${body}` };
}

/** The front matter with the line starting with `key:` replaced (or dropped when `line` is undefined). */
export function withField(key: string, line: string | undefined, frontMatter: readonly string[] = VALID_FRONT_MATTER): string[] {
  return frontMatter.flatMap((l) => (l.startsWith(`${key}:`) ? (line === undefined ? [] : [line]) : [l]));
}

let bundled: Promise<KnowledgeBase> | undefined;

/** The bundled knowledge base, loaded once per test file; fails loudly if it does not load. */
export function bundledKnowledgeBase(): Promise<KnowledgeBase> {
  bundled ??= loadKnowledgeBase(KNOWLEDGE_DIR).then((r) => {
    if (!r.ok) throw new Error(`knowledge/ does not load:\n${r.errors.map(formatIssue).join('\n')}`);
    return r.kb;
  });
  return bundled;
}

export const EVAL_QUESTIONS_FILE = resolve(REPO, 'test/eval/questions.yaml');

/** The evaluation questions (test/eval/questions.yaml), validated by the eval's own schema. */
export async function evalCases(file = EVAL_QUESTIONS_FILE): Promise<EvalCase[]> {
  return evalFileSchema.parse(parseYaml(await readFile(file, 'utf8')) as unknown);
}

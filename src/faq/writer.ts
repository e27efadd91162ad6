import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { checkKnowledge, DEFAULT_SOON_DAYS, type CheckIssue } from '../knowledge/check.js';
import { readKnowledgeFiles } from '../knowledge/load.js';
import type { SourceFile } from '../knowledge/parse.js';
import type { FaqEntryFile } from './entry.js';

/**
 * Writes an approved FAQ entry into the knowledge folder, only if the folder with it passes the
 * same validation as `npm run kb:check`. The file appears whole or not at all: it is written under
 * a temporary name the knowledge loader does not read (".<name>.md.<random>.tmp"), flushed, and
 * renamed into place, so live reload never sees half a file.
 */
export type WriteOutcome =
  | { kind: 'written'; path: string }
  /** The same text is already there (an approval finished twice). */
  | { kind: 'unchanged'; path: string }
  /** kb:check found errors with the entry in the folder, or issues in the entry itself; nothing was written. */
  | { kind: 'invalid'; issues: CheckIssue[] }
  /** A different file of that name exists (written by hand?); nothing was written. */
  | { kind: 'exists'; path: string };

export interface FaqWriter {
  write(entry: FaqEntryFile, today: string): Promise<WriteOutcome>;
}

/** Issues that keep the entry out: every error in the folder, and any warning about the entry itself. */
export function blockingIssues(files: readonly SourceFile[], entryPath: string, today: string): CheckIssue[] {
  const report = checkKnowledge(files, { today, soonDays: DEFAULT_SOON_DAYS });
  return report.issues.filter((i) => i.severity === 'error' || i.file === entryPath);
}

export function createFaqWriter(knowledgeDir: string): FaqWriter {
  return {
    async write(entry, today) {
      const target = join(knowledgeDir, ...entry.path.split('/'));
      const existing = await readFile(target, 'utf8').catch((err: unknown) => {
        if (isMissing(err)) return undefined;
        throw err;
      });
      if (existing !== undefined) return existing === entry.text ? { kind: 'unchanged', path: entry.path } : { kind: 'exists', path: entry.path };

      const files = (await readKnowledgeFiles(knowledgeDir)).filter((f) => f.path !== entry.path);
      const issues = blockingIssues([...files, { path: entry.path, text: entry.text }], entry.path, today);
      if (issues.length > 0) return { kind: 'invalid', issues };

      await mkdir(dirname(target), { recursive: true });
      const name = target.slice(dirname(target).length + 1);
      const temp = join(dirname(target), `.${name}.${randomUUID()}.tmp`);
      try {
        const handle = await open(temp, 'wx');
        try {
          await handle.writeFile(entry.text, 'utf8');
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temp, target);
      } catch (err) {
        await rm(temp, { force: true });
        throw err;
      }
      return { kind: 'written', path: entry.path };
    },
  };
}

function isMissing(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && err.code === 'ENOENT';
}

import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';

/**
 * Helpers for the append-only JSON lines files in DATA_DIR (feedback, bot events): reading them
 * line by line, and deleting old records for retention. A store runs its appends and its pruning
 * through one `serialQueue`, so that a record appended while old ones are pruned is never lost.
 */

export type SerialQueue = <T>(task: () => Promise<T>) => Promise<T>;

/** Runs the given tasks one after another, in call order; a failed task does not stop the next. */
export function serialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

/**
 * Appends lines to `file` (creating `dir` if needed) through `serial`, several in one write: lines
 * added while a write is waiting or under way go together in the next one. One write per line,
 * one after another, made every turn that records something wait behind all the others under load
 * (seconds with 200 conversations). Each call resolves once its own line is written.
 */
export function batchedAppender(file: string, dir: string, serial: SerialQueue): (line: string) => Promise<void> {
  let open: { lines: string[]; written: Promise<void> } | undefined;
  return (line) => {
    if (open === undefined) {
      const lines: string[] = [];
      const written = serial(async () => {
        // From here on, new lines wait for the next write.
        open = undefined;
        await mkdir(dir, { recursive: true });
        await appendFile(file, lines.join(''), 'utf8');
      });
      open = { lines, written };
    }
    open.lines.push(line);
    return open.written;
  };
}

/** The file's non-empty lines with their 1-based line numbers; none when the file does not exist yet. */
export async function readJsonlLines(file: string): Promise<{ text: string; line: number }[]> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (err) {
    if (err instanceof Error && 'code' in err && err.code === 'ENOENT') return [];
    throw err;
  }
  return content
    .split('\n')
    .map((text, i) => ({ text, line: i + 1 }))
    .filter(({ text }) => text.trim() !== '');
}

export interface PruneResult {
  deleted: number;
  kept: number;
  /** Lines without a readable `at`: kept (nothing is deleted that cannot be dated), and counted. */
  undated: number;
}

/** The record's `at` as epoch milliseconds, or undefined when the line has none that parses. */
function dateOf(text: string): number | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || !('at' in value) || typeof value.at !== 'string') return undefined;
    const ms = Date.parse(value.at);
    return Number.isNaN(ms) ? undefined : ms;
  } catch {
    return undefined;
  }
}

/**
 * Deletes the records whose `at` is before `cutoff` (ISO instant). The file is rewritten to a
 * temporary name and renamed over the old one only when something is deleted, so a crash leaves
 * the old file or the new one, never half of one. Callers run this through their serialQueue.
 */
export async function pruneJsonl(file: string, cutoff: string): Promise<PruneResult> {
  const limit = Date.parse(cutoff);
  const lines = await readJsonlLines(file);
  const kept: string[] = [];
  let undated = 0;
  for (const { text } of lines) {
    const at = dateOf(text);
    if (at === undefined) undated += 1;
    if (at === undefined || at >= limit) kept.push(text);
  }
  const deleted = lines.length - kept.length;
  if (deleted > 0) {
    const temp = `${file}.${randomUUID()}.tmp`;
    try {
      await writeFile(temp, kept.map((l) => `${l}\n`).join(''), 'utf8');
      await rename(temp, file);
    } catch (err) {
      await rm(temp, { force: true });
      throw err;
    }
  }
  return { deleted, kept: kept.length, undated };
}

import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';

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

/** An append-only log of validated records in one JSON lines file, with retention. */
export interface JsonlLog<T> {
  add(record: T): Promise<void>;
  /** Every record, in order; a line that is not a valid record throws `invalid`'s error naming file and line. */
  list(): Promise<T[]>;
  /** Deletes records from before `cutoff` (ISO instant): the retention sweep. */
  deleteBefore(cutoff: string): Promise<PruneResult>;
}

/**
 * `<dir>/<fileName>` as a JsonlLog: records checked with `schema` on the way in and out; appends
 * batched, and appends and pruning run one at a time, so no record is lost to a sweep.
 */
export function jsonlLog<S extends z.ZodTypeAny>(
  dir: string,
  fileName: string,
  schema: S,
  invalid: (message: string, file: string, line: number) => Error,
): JsonlLog<z.output<S>> {
  const file = join(dir, fileName);
  const serial = serialQueue();
  const append = batchedAppender(file, dir, serial);
  return {
    async add(record) {
      await append(`${JSON.stringify(schema.parse(record))}\n`);
    },
    async list() {
      const lines = await readJsonlLines(file);
      return lines.map(({ text, line }): z.output<S> => {
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          throw invalid('is not valid JSON', file, line);
        }
        const parsed = schema.safeParse(json);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw invalid(`${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'}`, file, line);
        }
        return parsed.data as z.output<S>;
      });
    },
    deleteBefore: (cutoff) => serial(() => pruneJsonl(file, cutoff)),
  };
}

import type { Storage } from 'botbuilder';
import type { z } from 'zod';
import { isConflict, StorageError } from './errors.js';

/** A record as read, with the eTag a later compare-and-swap write must carry. */
export interface Versioned<T> {
  value: T;
  eTag: string;
}

/** What an update function decides, given the current record (undefined when there is none). */
export type Change<T, R> = { write: T; result: R } | { keep: true; result: R };

export type ChangeOutcome<T, R> =
  | { written: true; value: T; result: R; attempts: number }
  | { written: false; value: T | undefined; result: R; attempts: number };

export interface RetryOptions {
  /** Reads-and-writes tried before giving up with StorageError('busy'). Default 12. */
  attempts?: number;
  /** Wait between attempts; default a few random milliseconds growing with the attempt. */
  pause?: (attempt: number) => Promise<void>;
}

/**
 * Typed, validated records of one kind on any botbuilder Storage. Everything read is checked with
 * the record's zod schema: a record that fails gives StorageError('invalid_record') naming the key.
 */
export class RecordStore<S extends z.ZodTypeAny> {
  constructor(
    private readonly storage: Storage,
    private readonly schema: S,
    private readonly kind: string,
  ) {}

  async get(key: string): Promise<Versioned<z.output<S>> | undefined> {
    const items = await this.storage.read([key]);
    const item: unknown = items[key];
    return item === undefined ? undefined : this.parse(key, item);
  }

  /** Reads keys one by one so that one bad record does not hide the others. */
  async getEach(keys: readonly string[]): Promise<Array<{ key: string; found?: Versioned<z.output<S>>; error?: StorageError }>> {
    return Promise.all(
      keys.map(async (key) => {
        try {
          const found = await this.get(key);
          return found === undefined ? { key } : { key, found };
        } catch (err) {
          if (err instanceof StorageError) return { key, error: err };
          throw err;
        }
      }),
    );
  }

  /**
   * Writes `value`. With an eTag the write succeeds only if the stored record still has it
   * (else StorageError('conflict')); without one it overwrites. botbuilder's Storage does not return
   * the new eTag, so a caller that wants to write again reads first.
   */
  async put(key: string, value: z.input<S>, eTag?: string): Promise<void> {
    const parsed = this.schema.safeParse(value);
    if (!parsed.success) {
      const details = parsed.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`);
      throw new StorageError('invalid_record', key, `refusing to store an invalid ${this.kind} "${key}"`, details);
    }
    const checked: unknown = parsed.data;
    await this.storage.write({ [key]: { ...(checked as object), ...(eTag === undefined ? {} : { eTag }) } });
  }

  /** Like put with an eTag, but a conflict is an answer, not an error. */
  async replace(key: string, value: z.input<S>, eTag: string): Promise<{ ok: true } | { ok: false; conflict: true }> {
    try {
      await this.put(key, value, eTag);
      return { ok: true };
    } catch (err) {
      if (isConflict(err)) return { ok: false, conflict: true };
      throw err;
    }
  }

  /**
   * Read, decide, compare-and-swap, and on a conflict start again from a fresh read. `decide` may
   * therefore run more than once and must not have side effects. Creating a record that does not
   * exist yet is a plain write: two creators racing on the same key would both succeed, last wins.
   */
  async change<R>(key: string, decide: (current: z.output<S> | undefined) => Change<z.output<S>, R>, options: RetryOptions = {}): Promise<ChangeOutcome<z.output<S>, R>> {
    const limit = options.attempts ?? 12;
    const pause = options.pause ?? randomPause;
    for (let attempt = 1; attempt <= limit; attempt += 1) {
      const current = await this.get(key);
      const change = decide(current?.value);
      if ('keep' in change) return { written: false, value: current?.value, result: change.result, attempts: attempt };
      if (current === undefined) {
        await this.put(key, change.write);
        return { written: true, value: change.write, result: change.result, attempts: attempt };
      }
      const done = await this.replace(key, change.write, current.eTag);
      if (done.ok) return { written: true, value: change.write, result: change.result, attempts: attempt };
      if (attempt < limit) await pause(attempt);
    }
    throw new StorageError('busy', key, `${this.kind} "${key}" kept changing under us; gave up after ${limit} attempts`);
  }

  private parse(key: string, item: unknown): Versioned<z.output<S>> {
    if (typeof item !== 'object' || item === null) throw new StorageError('invalid_record', key, `${this.kind} "${key}" is not an object`);
    const { eTag, ...rest } = item as Record<string, unknown>;
    const parsed = this.schema.safeParse(rest);
    if (!parsed.success) {
      const details = parsed.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`);
      throw new StorageError('invalid_record', key, `${this.kind} "${key}" is not a valid record`, details);
    }
    return { value: parsed.data as z.output<S>, eTag: typeof eTag === 'string' ? eTag : '' };
  }
}

function randomPause(attempt: number): Promise<void> {
  const ms = Math.random() * Math.min(200, 5 * 2 ** attempt);
  return new Promise((resolve) => setTimeout(resolve, ms));
}

import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Storage, StoreItems } from 'botbuilder';
import { z } from 'zod';
import { conflictError, StorageError } from './errors.js';

/**
 * botbuilder's `Storage` on the local disk: one JSON file per key under one folder.
 *
 * - Concurrency: every write may carry the eTag it read. A stale eTag rejects the write with
 *   StorageError('conflict'); no eTag, '' or '*' overwrites. A write of several keys checks all
 *   eTags before writing any. A specific eTag for a key that does not exist is a conflict too.
 * - Durability: a file is written to a temporary name, flushed to disk (fsync) and renamed over
 *   the old one, then the folder is flushed; a reader sees the old item or the new one, never a
 *   torn one, even if the process is killed (kill -9) mid-write.
 * - Scope: eTags are checked under an in-process lock per key, so one process may use a data folder
 *   at a time (several FileStorage objects on one folder in one process do not share locks either).
 *   Several instances of the bot need BlobsStorage.
 *
 * Keys are encoded into file names: a–z, 0–9, "-" and "_" are kept, every other byte is written as
 * %XX (upper-case letters too, so that case-insensitive file systems keep "A" and "a" apart); very
 * long keys are shortened with a hash. The file itself records the key, so nothing depends on
 * decoding names.
 */
export class FileStorage implements Storage {
  private readonly locks = new Map<string, Promise<void>>();
  private ready: Promise<void> | undefined;

  constructor(
    readonly dir: string,
    private readonly options: { fsync?: boolean } = {},
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    await this.init();
    const found = await Promise.all(keys.map(async (key) => [key, await this.load(key)] as const));
    const items: StoreItems = {};
    for (const [key, envelope] of found) {
      if (envelope !== undefined) items[key] = { ...envelope.value, eTag: envelope.eTag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await this.init();
    const entries = Object.entries(changes).map(([key, item]) => [key, splitItem(key, item)] as const);
    await this.withLocks(
      entries.map(([key]) => key),
      async () => {
        for (const [key, { eTag }] of entries) {
          if (isOverwrite(eTag)) continue;
          const current = await this.load(key);
          if (current?.eTag !== eTag) throw conflictError(key);
        }
        for (const [key, { value }] of entries) {
          const envelope: Envelope = { key, eTag: randomUUID(), value };
          await this.replaceFile(this.fileOf(key), `${JSON.stringify(envelope)}\n`);
        }
      },
    );
  }

  async delete(keys: string[]): Promise<void> {
    await this.init();
    await this.withLocks(keys, async () => {
      for (const key of keys) await unlink(this.fileOf(key)).catch(ignoreMissing);
      await this.syncDir();
    });
  }

  /** The file a key is stored in (for tests and operators). */
  fileOf(key: string): string {
    return join(this.dir, `k_${encodeKey(key)}.json`);
  }

  private init(): Promise<void> {
    this.ready ??= mkdir(this.dir, { recursive: true }).then(() => this.sweepTemporaryFiles());
    return this.ready;
  }

  private async load(key: string): Promise<Envelope | undefined> {
    const file = this.fileOf(key);
    let raw: string;
    try {
      raw = await readFile(file, 'utf8');
    } catch (err) {
      if (isMissing(err)) return undefined;
      throw err;
    }
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (err) {
      throw new StorageError('corrupt', key, `stored item "${key}" (${file}) is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
    }
    const parsed = envelopeSchema.safeParse(json);
    if (!parsed.success) {
      const details = parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`);
      throw new StorageError('corrupt', key, `stored item "${key}" (${file}) is not a stored item`, details);
    }
    if (parsed.data.key !== key) {
      throw new StorageError('corrupt', key, `stored item "${key}" (${file}) holds key "${parsed.data.key}" instead`);
    }
    return parsed.data;
  }

  private async replaceFile(file: string, data: string): Promise<void> {
    const tmp = join(this.dir, `.${randomUUID()}.tmp`);
    const handle = await open(tmp, 'w');
    try {
      await handle.writeFile(data, 'utf8');
      if (this.options.fsync !== false) await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await rename(tmp, file);
    } catch (err) {
      await unlink(tmp).catch(ignoreMissing);
      throw err;
    }
    await this.syncDir();
  }

  /** Makes the rename itself durable. Not possible on Windows, where it is skipped. */
  private async syncDir(): Promise<void> {
    if (this.options.fsync === false || process.platform === 'win32') return;
    const handle = await open(this.dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  /** Temporary files left by a process killed mid-write are removed once they are old. */
  private async sweepTemporaryFiles(): Promise<void> {
    const cutoff = Date.now() - 10 * 60_000;
    for (const name of await readdir(this.dir)) {
      if (!name.endsWith('.tmp')) continue;
      const file = join(this.dir, name);
      const info = await stat(file).catch(() => undefined);
      if (info !== undefined && info.mtimeMs < cutoff) await unlink(file).catch(ignoreMissing);
    }
  }

  /**
   * Runs `fn` holding the lock of every key. All locks are queued for in one synchronous step,
   * so two multi-key writers can never wait for each other in a cycle.
   */
  private async withLocks<T>(keys: readonly string[], fn: () => Promise<T>): Promise<T> {
    const held: { key: string; mine: Promise<void>; open: () => void }[] = [];
    const waits: Promise<void>[] = [];
    for (const key of new Set(keys)) {
      const previous = this.locks.get(key) ?? Promise.resolve();
      const g = gate();
      const mine = previous.then(() => g.opened);
      this.locks.set(key, mine);
      held.push({ key, mine, open: g.open });
      waits.push(previous);
    }
    await Promise.all(waits);
    try {
      return await fn();
    } finally {
      for (const h of held) {
        h.open();
        if (this.locks.get(h.key) === h.mine) this.locks.delete(h.key);
      }
    }
  }
}

const envelopeSchema = z.object({ key: z.string(), eTag: z.string().min(1), value: z.record(z.unknown()) }).strict();
type Envelope = z.infer<typeof envelopeSchema>;

function splitItem(key: string, item: unknown): { eTag: unknown; value: Record<string, unknown> } {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    throw new TypeError(`Storage: item "${key}" must be an object`);
  }
  const { eTag, ...value } = item as Record<string, unknown>;
  // Round-trip through JSON so that what is checked is exactly what a later read returns.
  return { eTag, value: JSON.parse(JSON.stringify(value)) as Record<string, unknown> };
}

function isOverwrite(eTag: unknown): boolean {
  return eTag === undefined || eTag === null || eTag === '' || eTag === '*';
}

export function encodeKey(key: string): string {
  if (key === '') throw new TypeError('Storage: keys must not be empty');
  let out = '';
  for (const byte of Buffer.from(key, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[a-z0-9_-]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out.length <= 180 ? out : `${out.slice(0, 120)}~${createHash('sha256').update(key).digest('hex').slice(0, 40)}`;
}

function gate(): { opened: Promise<void>; open: () => void } {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

function isMissing(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && err.code === 'ENOENT';
}

function ignoreMissing(err: unknown): void {
  if (!isMissing(err)) throw err;
}

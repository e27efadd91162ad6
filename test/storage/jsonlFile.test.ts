import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { batchedAppender, pruneJsonl, serialQueue, type SerialQueue } from '../../src/storage/jsonlFile.js';

describe('batchedAppender', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hankeapu-jsonl-'));
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  /** The serial queue, counting the writes that go through it. */
  function counted(): { serial: SerialQueue; writes: () => number } {
    const inner = serialQueue();
    let n = 0;
    return {
      serial: (task) => {
        n += 1;
        return inner(task);
      },
      writes: () => n,
    };
  }

  it('writes lines added together in one write, in call order, creating the folder', async () => {
    const file = join(dir, 'sub', 'events.jsonl');
    const { serial, writes } = counted();
    const append = batchedAppender(file, join(dir, 'sub'), serial);
    await Promise.all(Array.from({ length: 500 }, (_, i) => append(`${JSON.stringify({ i })}\n`)));
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { i: number }).i)).toEqual(Array.from({ length: 500 }, (_, i) => i));
    expect(writes()).toBe(1);
  });

  it('lines added while a write is under way go into the next write; none is lost', async () => {
    const file = join(dir, 'events.jsonl');
    const { serial, writes } = counted();
    const append = batchedAppender(file, dir, serial);
    const first = append('a\n');
    // Wait until the first write has started, then add more while it runs.
    await Promise.resolve();
    await Promise.resolve();
    const more = ['b\n', 'c\n', 'd\n'].map((l) => append(l));
    await Promise.all([first, ...more]);
    expect(await readFile(file, 'utf8')).toBe('a\nb\nc\nd\n');
    expect(writes()).toBe(2);
  });

  it('shares the queue with pruning: records appended around a prune are all kept', async () => {
    const file = join(dir, 'events.jsonl');
    const serial = serialQueue();
    const append = batchedAppender(file, dir, serial);
    const line = (at: string, n: number): string => `${JSON.stringify({ at, n })}\n`;
    await append(line('2020-01-01T00:00:00.000Z', 0));
    const during = [append(line('2026-01-01T00:00:00.000Z', 1)), serial(() => pruneJsonl(file, '2025-01-01T00:00:00.000Z')), append(line('2026-01-02T00:00:00.000Z', 2))];
    await Promise.all(during);
    const kept = (await readFile(file, 'utf8')).trimEnd().split('\n').map((l) => (JSON.parse(l) as { n: number }).n);
    expect(kept).toEqual([1, 2]);
  });
});

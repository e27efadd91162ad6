import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BotEvent } from '../../src/events/events.js';
import { createJsonlEventLog, EventLogError, EVENTS_FILE } from '../../src/events/jsonl.js';

const event = (at: string, question = 'Voiko yhdistys hakea?'): BotEvent => ({ at, kind: 'clarify', question, lang: 'fi' });

describe('JSON lines event log', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hankeapu-events-'));
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it('lists nothing before the first event, then every event in order', async () => {
    const log = createJsonlEventLog(join(dir, 'data'));
    expect(await log.list()).toEqual([]);
    await log.add(event('2025-01-01T00:00:00.000Z', 'a'));
    await log.add({ ...event('2025-01-02T00:00:00.000Z', 'b'), kind: 'handoff_offer', region: 'Etelä-Savo' });
    expect((await log.list()).map((e) => [e.question, e.kind, e.region])).toEqual([
      ['a', 'clarify', undefined],
      ['b', 'handoff_offer', 'Etelä-Savo'],
    ]);
  });

  it('refuses an invalid event, and names file and line of a damaged one', async () => {
    const log = createJsonlEventLog(dir);
    await expect(log.add({ ...event('yesterday') })).rejects.toThrow();
    await log.add(event('2025-01-01T00:00:00.000Z'));
    await appendFile(join(dir, EVENTS_FILE), '{"at": "2025-01-01T00:00:00.000Z", "kind": "gossip"}\n');
    const err = await log.list().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EventLogError);
    expect(String(err)).toContain(`${EVENTS_FILE}:2: kind`);
  });

  it('deletes events older than the cutoff and keeps the rest, undated lines included', async () => {
    const log = createJsonlEventLog(dir);
    await log.add(event('2024-01-01T00:00:00.000Z', 'old'));
    await log.add(event('2025-06-01T00:00:00.000Z', 'new'));
    await appendFile(join(dir, EVENTS_FILE), 'not json\n');
    expect(await log.deleteBefore('2025-01-01T00:00:00.000Z')).toEqual({ deleted: 1, kept: 2, undated: 1 });
    expect(await readFile(join(dir, EVENTS_FILE), 'utf8')).toBe(`${JSON.stringify(event('2025-06-01T00:00:00.000Z', 'new'))}\nnot json\n`);
    expect(await log.deleteBefore('2025-01-01T00:00:00.000Z')).toEqual({ deleted: 0, kept: 2, undated: 1 });
  });

  it('loses no event appended while old ones are being deleted', async () => {
    const log = createJsonlEventLog(dir);
    for (let i = 0; i < 50; i += 1) await log.add(event('2024-01-01T00:00:00.000Z', `old ${i}`));
    const adds = Array.from({ length: 50 }, (_, i) => log.add(event('2025-06-01T00:00:00.000Z', `new ${i}`)));
    const sweep = log.deleteBefore('2025-01-01T00:00:00.000Z');
    const late = Array.from({ length: 50 }, (_, i) => log.add(event('2025-06-01T00:00:00.000Z', `late ${i}`)));
    await Promise.all([...adds, sweep, ...late]);
    const questions = (await log.list()).map((e) => e.question);
    expect(questions).toHaveLength(100);
    expect(questions.some((q) => q.startsWith('old'))).toBe(false);
  });
});

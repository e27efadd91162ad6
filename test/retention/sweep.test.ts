import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createJsonlEventLog, EVENTS_FILE } from '../../src/events/jsonl.js';
import { createJsonlFeedbackStore, FEEDBACK_FILE } from '../../src/feedback/jsonl.js';
import { describeSweep, isExpiredTicket, retentionCutoff, startRetention, sweepOnce } from '../../src/retention/sweep.js';
import { createStorage } from '../../src/storage/createStorage.js';
import { TicketStore } from '../../src/storage/ticketStore.js';
import { apply, drained, kaisa, maija, openTicket } from '../handoff/fixtures.js';

const NOW = new Date('2026-03-15T12:00:00.000Z');
const DAYS = 365;
const OLD = new Date('2025-01-10T09:00:00.000Z'); // more than a year before NOW
const RECENT = new Date('2026-02-01T09:00:00.000Z');

const answeredAt = (id: `HA-${string}`, at: Date) =>
  drained(apply(drained(openTicket({ id, requestId: id }, at), at), [{ kind: 'answer', by: maija, role: 'adviser', text: 'Vastaus.' }], at), at);
const closedAt = (id: `HA-${string}`, at: Date) =>
  drained(apply(drained(openTicket({ id, requestId: id }, at), at), [{ kind: 'close', by: kaisa, role: 'coordinator', reason: 'Ei koske hanketta' }], at), at);

describe('retention sweep', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hankeapu-retention-'));
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  async function seeded() {
    const feedback = createJsonlFeedbackStore(dir);
    const events = createJsonlEventLog(dir);
    for (const at of [OLD, RECENT]) {
      await feedback.add({ at: at.toISOString(), kind: 'answer', question: `palaute ${at.toISOString()}`, helpful: false, lang: 'fi' });
      await events.add({ at: at.toISOString(), kind: 'clarify', question: `tapahtuma ${at.toISOString()}`, lang: 'fi' });
    }
    const tickets = new TicketStore(createStorage({ kind: 'memory' }));
    const seeds = {
      oldAnswered: answeredAt('HA-2222', OLD),
      oldClosed: closedAt('HA-3333', OLD),
      oldOpen: openTicket({ id: 'HA-4444', requestId: 'r4' }, OLD),
      recentClosed: closedAt('HA-5555', RECENT),
    };
    for (const t of Object.values(seeds)) await tickets.create(t);
    return { feedback, events, tickets, seeds };
  }

  it('deletes feedback, events and finished tickets older than the period, and nothing else', async () => {
    const { feedback, events, tickets, seeds } = await seeded();
    const result = await sweepOnce({ feedback, events, tickets }, { now: NOW, days: DAYS });
    expect(result).toEqual({
      cutoff: '2025-03-15T12:00:00.000Z',
      feedback: { deleted: 1, kept: 1, undated: 0 },
      events: { deleted: 1, kept: 1, undated: 0 },
      tickets: { deleted: 2, problems: [] },
      failures: [],
    });
    expect((await feedback.list()).map((r) => r.at)).toEqual([RECENT.toISOString()]);
    expect((await events.list()).map((e) => e.at)).toEqual([RECENT.toISOString()]);
    expect(await readFile(join(dir, FEEDBACK_FILE), 'utf8')).not.toContain(OLD.toISOString());
    expect(await readFile(join(dir, EVENTS_FILE), 'utf8')).not.toContain(OLD.toISOString());
    const left = (await tickets.listCreated()).tickets.map((t) => t.id).sort();
    expect(left).toEqual([seeds.oldOpen.id, seeds.recentClosed.id].sort());
    expect(await tickets.get(seeds.oldAnswered.id)).toBeUndefined();
  });

  it('deletes what is kept with a ticket (its FAQ proposal) together with the ticket, and only then', async () => {
    const { tickets, seeds } = await seeded();
    const withTicket: string[] = [];
    await sweepOnce({ tickets, withTicket: async (id) => void withTicket.push(id) }, { now: NOW, days: DAYS });
    expect(withTicket.sort()).toEqual([seeds.oldAnswered.id, seeds.oldClosed.id].sort());
  });

  it('sweeps the other targets when one fails, and says which failed', async () => {
    const { events } = await seeded();
    const broken = { deleteBefore: () => Promise.reject(new Error('read-only file system')) };
    const result = await sweepOnce({ feedback: broken, events }, { now: NOW, days: DAYS });
    expect(result.failures).toEqual(['feedback: read-only file system']);
    expect(result.events?.deleted).toBe(1);
    expect(describeSweep(result, DAYS)).toBe(
      'retention: deleted 1 bot events older than 365 days (before 2025-03-15T12:00:00.000Z); failed: feedback: read-only file system',
    );
  });

  it('sweeps at start, logging what it deleted', async () => {
    const { feedback, events, tickets } = await seeded();
    const infos: string[] = [];
    const schedule = startRetention({ feedback, events, tickets }, { days: DAYS, now: () => NOW, log: { info: (m) => void infos.push(m), warn: (m) => void infos.push(m) } });
    await schedule.first;
    schedule.stop();
    expect(infos).toEqual(['retention: deleted 1 feedback records, 1 bot events, 2 finished tickets older than 365 days (before 2025-03-15T12:00:00.000Z)']);
  });

  it('sweeps again after each interval', async () => {
    const feedback = createJsonlFeedbackStore(dir);
    let now = NOW;
    const schedule = startRetention({ feedback }, { days: 1, now: () => now, log: { info: () => undefined, warn: () => undefined }, intervalMs: 20 });
    await schedule.first;
    await feedback.add({ at: NOW.toISOString(), kind: 'answer', question: 'q', helpful: true, lang: 'fi' });
    now = new Date(NOW.getTime() + 2 * 86_400_000);
    await expect.poll(async () => (await feedback.list()).length, { timeout: 2_000 }).toBe(0);
    schedule.stop();
  });
});

describe('retention rules', () => {
  it('cuts off whole days before now', () => {
    expect(retentionCutoff(NOW, 365)).toBe('2025-03-15T12:00:00.000Z');
    expect(retentionCutoff(NOW, 1)).toBe('2026-03-14T12:00:00.000Z');
  });

  it('expires only finished tickets with nothing to deliver, by their last change', () => {
    const cutoff = retentionCutoff(NOW, DAYS);
    expect(isExpiredTicket(answeredAt('HA-2222', OLD), cutoff)).toBe(true);
    expect(isExpiredTicket(closedAt('HA-3333', OLD), cutoff)).toBe(true);
    expect(isExpiredTicket(openTicket({}, OLD), cutoff)).toBe(false);
    expect(isExpiredTicket(closedAt('HA-3333', RECENT), cutoff)).toBe(false);
    const undelivered = apply(drained(openTicket({}, OLD), OLD), [{ kind: 'answer', by: maija, role: 'adviser', text: 'Vastaus.' }], OLD);
    expect(undelivered.outbox.length).toBeGreaterThan(0);
    expect(isExpiredTicket(undelivered, cutoff)).toBe(false);
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { channelRoot } from '../../src/handoff/conversationRef.js';
import { transition } from '../../src/handoff/machine.js';
import { DEFAULT_RETRY, Outbox, retryDelay, type OutboxDeps } from '../../src/handoff/outbox.js';
import type { Registrations } from '../../src/handoff/routing.js';
import { messages } from '../../src/i18n/index.js';
import { ChannelRegistry } from '../../src/storage/channelRegistry.js';
import { createStorage } from '../../src/storage/createStorage.js';
import { FileStorage } from '../../src/storage/fileStorage.js';
import { TicketStore } from '../../src/storage/ticketStore.js';
import { channelRef, maija, openTicket, T0 } from './fixtures.js';
import { FakeClock, FakePoster, FakeTimer, textOf } from './fakes.js';

const fi = messages('fi').handoff;

describe('retryDelay', () => {
  const policy = { baseMs: 10_000, capMs: 60_000 };
  it.each([
    { attempt: 1, jitter: 0.999999, ms: 10_000 },
    { attempt: 1, jitter: 0, ms: 5_000 },
    { attempt: 2, jitter: 0.999999, ms: 20_000 },
    { attempt: 3, jitter: 0.5, ms: 30_000 },
    { attempt: 4, jitter: 0.999999, ms: 60_000 },
    { attempt: 30, jitter: 0.999999, ms: 60_000 },
    { attempt: 30, jitter: 0, ms: 30_000 },
  ])('attempt $attempt, jitter $jitter → $ms ms', ({ attempt, jitter, ms }) => {
    expect(retryDelay(attempt, policy, jitter)).toBe(ms);
  });

  it('never exceeds the cap and never drops below half of it once capped', () => {
    for (let n = 1; n < 60; n += 1) {
      const d = retryDelay(n, DEFAULT_RETRY, 0.7);
      expect(d).toBeLessThanOrEqual(DEFAULT_RETRY.capMs);
      expect(d).toBeGreaterThan(0);
    }
  });
});

function registration(target: 'Etelä-Savo' | 'fallback'): Registrations {
  return {
    [target]: { schema: 1, target, channel: channelRoot(channelRef(target === 'fallback' ? 'fallback' : 'etela-savo')), registeredBy: maija, registeredAt: T0.toISOString() },
  };
}

function setup(over: Partial<OutboxDeps> = {}) {
  const storage = createStorage({ kind: 'memory' });
  const tickets = new TicketStore(storage);
  const channels = new ChannelRegistry(storage);
  const poster = new FakePoster();
  const clock = new FakeClock();
  const timer = new FakeTimer();
  const outbox = new Outbox({ tickets, channels, poster, clock, timer, random: () => 0.999999, retry: { baseMs: 10_000, capMs: 60_000 }, ...over });
  return { storage, tickets, channels, poster, clock, timer, outbox };
}

describe('Outbox.runDue', () => {
  it('a post that fails twice and then succeeds: ticket posted, member told the truth both times', async () => {
    const { tickets, channels, poster, clock, outbox } = setup();
    const reg = registration('Etelä-Savo')['Etelä-Savo'];
    if (reg === undefined) throw new Error('fixture');
    await channels.register(reg);
    const t = openTicket();
    await tickets.create(t);
    poster.failNext('post', 2);

    const first = await outbox.runDue();
    expect(first).toMatchObject({ delivered: 1, failed: 1 }); // the member's notice went out
    expect(first.nextDueAt).toEqual(new Date(T0.getTime() + 10_000));
    expect(poster.of('sendToMember').map((c) => textOf(c.message))).toEqual([fi.deliveryDelayed(t.id)]);

    clock.advance(5_000);
    expect(await outbox.runDue()).toMatchObject({ delivered: 0, failed: 0 }); // not due yet
    clock.advance(5_000);
    const second = await outbox.runDue();
    expect(second).toMatchObject({ delivered: 0, failed: 1, nextDueAt: new Date(T0.getTime() + 30_000) });

    clock.advance(20_000);
    expect(await outbox.runDue()).toMatchObject({ delivered: 2, failed: 0 });
    const stored = (await tickets.get(t.id))?.ticket;
    expect(stored?.adviserCard).toMatchObject({ activityId: 'activity-1', viaFallback: false });
    expect(stored?.adviserCard?.channel.conversation.id).toBe('19:etela-savo@thread.tacv2');
    expect(stored?.outbox).toEqual([]);
    expect(poster.of('post')).toHaveLength(3);
    expect(poster.of('sendToMember').map((c) => textOf(c.message))).toEqual([fi.deliveryDelayed(t.id), fi.deliveredAfterDelay(t.id)]);
    expect((await tickets.listPending()).tickets).toEqual([]);
  });

  it('with no channel at all the ticket stays queued; the fallback channel takes it once registered', async () => {
    const { tickets, channels, poster, clock, outbox } = setup();
    const t = openTicket();
    await tickets.create(t);
    expect(await outbox.runDue()).toMatchObject({ failed: 1 });
    const queued = (await tickets.get(t.id))?.ticket.outbox.find((i) => i.effect.kind === 'postToChannel');
    expect(queued?.lastError).toMatch(/no advisers' channel registered for Etelä-Savo/);
    const fallback = registration('fallback').fallback;
    if (fallback === undefined) throw new Error('fixture');
    await channels.register(fallback);
    clock.advance(10_000);
    await outbox.runDue();
    const posted = (await tickets.get(t.id))?.ticket;
    expect(posted?.adviserCard?.viaFallback).toBe(true);
    const card = poster.of('post')[0]?.card;
    expect(JSON.stringify(card)).toContain(fi.cardViaFallback);
  });

  it('updates the card in place, relays the answer with feedback buttons, and notifies the thread of a follow-up', async () => {
    const { tickets, channels, poster, clock, outbox } = setup();
    const reg = registration('Etelä-Savo')['Etelä-Savo'];
    if (reg === undefined) throw new Error('fixture');
    await channels.register(reg);
    const t = openTicket();
    await tickets.create(t);
    await outbox.runDue();
    const change = async (cmd: Parameters<typeof transition>[1]): Promise<void> => {
      await tickets.update(t.id, (cur) => {
        const r = transition(cur, cmd, clock.now());
        if (!r.ok) throw new Error(r.error.code);
        return { write: r.ticket, result: undefined };
      });
    };
    await change({ kind: 'answer', by: maija, role: 'adviser', version: 1, text: 'Kyllä voi, kunhan talkootyö kirjataan.' });
    await outbox.runDue();
    const relay = poster.of('sendToMember')[0];
    expect(relay?.message.kind).toBe('card');
    expect(JSON.stringify(relay?.message)).toContain('Kyllä voi, kunhan talkootyö kirjataan.');
    expect(JSON.stringify(relay?.message)).toContain(fi.helpedQuestion);
    expect(relay?.member.conversation.id).toBe('a:member-chat-1');
    const update = poster.of('update')[0];
    expect(update?.activityId).toBe('activity-1');
    expect(JSON.stringify(update?.card)).toContain(fi.cardAnswered(maija.name, '10.3.2025 klo 10.00'));

    await change({ kind: 'memberFollowUp', text: 'Entä ostopalvelut?' });
    await outbox.runDue();
    expect(poster.of('replyInThread').map((c) => [c.activityId, textOf(c.message)])).toEqual([['activity-1', fi.threadFollowUp(t.id, 'Entä ostopalvelut?')]]);
  });

  it('of two instances running at once, exactly one posts the card', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hankeapu-outbox-'));
    try {
      const storage = new FileStorage(dir);
      const tickets = new TicketStore(storage);
      const channels = new ChannelRegistry(storage);
      const reg = registration('Etelä-Savo')['Etelä-Savo'];
      if (reg === undefined) throw new Error('fixture');
      await channels.register(reg);
      await tickets.create(openTicket());
      const poster = new FakePoster();
      const clock = new FakeClock();
      const make = (): Outbox => new Outbox({ tickets: new TicketStore(storage), channels, poster, clock, timer: new FakeTimer() });
      await Promise.all([make().runDue(), make().runDue()]);
      expect(poster.of('post')).toHaveLength(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('Outbox start and timer', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
  });

  it('after a restart, picks up the queued ticket from the store', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hankeapu-restart-'));
    dirs.push(dir);
    const before = new TicketStore(new FileStorage(dir));
    const t = openTicket();
    await before.create(t);
    const reg = registration('Etelä-Savo')['Etelä-Savo'];
    if (reg === undefined) throw new Error('fixture');
    await new ChannelRegistry(new FileStorage(dir)).register(reg);

    // A new process: new storage objects on the same folder.
    const storage = new FileStorage(dir);
    const poster = new FakePoster();
    const outbox = new Outbox({ tickets: new TicketStore(storage), channels: new ChannelRegistry(storage), poster, clock: new FakeClock(), timer: new FakeTimer() });
    outbox.start();
    await outbox.stop();
    expect(poster.of('post')).toHaveLength(1);
    expect((await new TicketStore(storage).get(t.id))?.ticket.adviserCard?.activityId).toBe('activity-1');
  });

  it('waits on the timer until the retry is due, then delivers', async () => {
    const { tickets, channels, poster, clock, timer, outbox } = setup({ pollMs: 60_000 });
    const reg = registration('Etelä-Savo')['Etelä-Savo'];
    if (reg === undefined) throw new Error('fixture');
    await channels.register(reg);
    await tickets.create(openTicket());
    poster.failNext('post', 1);
    outbox.start();
    await vi.waitFor(() => expect(timer.pending()).toEqual([10_000]));
    expect(poster.of('post')).toHaveLength(1);
    clock.advance(10_000);
    timer.advance(10_000);
    await vi.waitFor(() => expect(poster.of('post')).toHaveLength(2));
    await vi.waitFor(() => expect(timer.pending()).toEqual([60_000])); // nothing queued: back to polling
    await outbox.stop();
    expect(timer.pending()).toEqual([]);
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseHandoffSubmit } from '../../src/cards/ticketSubmit.js';
import { Outbox } from '../../src/handoff/outbox.js';
import type { AccessList, Identity } from '../../src/handoff/routing.js';
import { HandoffService, type ForwardRequest, type MemberIdentity } from '../../src/handoff/service.js';
import { ticketNumber } from '../../src/handoff/ticketNumber.js';
import { ChannelRegistry } from '../../src/storage/channelRegistry.js';
import { FileStorage } from '../../src/storage/fileStorage.js';
import { MemberStore } from '../../src/storage/memberStore.js';
import { TicketStore } from '../../src/storage/ticketStore.js';
import { channelRef, memberRef, openTicket } from './fixtures.js';
import { FakeClock, FakePoster, FakeTimer } from './fakes.js';

const access: AccessList = { advisers: ['aad-maija', 'pekka@liitto.fi'], coordinators: ['aad-kaisa'] };
const maija: Identity = { id: '29:maija', name: 'Maija Neuvoja', aadObjectId: 'aad-maija' };
const pekka: Identity = { id: '29:pekka', name: 'Pekka Neuvoja', aadObjectId: 'aad-pekka', upn: 'pekka@liitto.fi' };
const kaisa: Identity = { id: '29:kaisa', name: 'Kaisa Koordinaattori', aadObjectId: 'aad-kaisa' };
const stranger: Identity = { id: '29:x', name: 'Joku Muu', aadObjectId: 'aad-x' };
const jasen: MemberIdentity = { id: '29:member-1', aadObjectId: 'aad-member-1', name: 'Jäsen 1' };
const toinen: MemberIdentity = { id: '29:member-2', aadObjectId: 'aad-member-2', name: 'Jäsen 2' };

let dir = '';
let storage: FileStorage;
let kicks = 0;
let clock: FakeClock;
let service: HandoffService;
let tickets: TicketStore;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hankeapu-service-'));
  storage = new FileStorage(dir);
  tickets = new TicketStore(storage);
  kicks = 0;
  clock = new FakeClock();
  service = new HandoffService({
    tickets,
    channels: new ChannelRegistry(storage),
    members: new MemberStore(storage),
    access,
    outbox: { kick: () => void (kicks += 1) },
    clock,
  });
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const request = (over: Partial<ForwardRequest> = {}): ForwardRequest => ({
  member: jasen,
  conversation: memberRef(1),
  requestId: 'activity-123',
  question: 'Voiko omarahoituksen kattaa talkootyöllä?',
  details: 'Pieni yhdistys',
  botAnswer: 'Omarahoitus on vähintään 5 %.',
  lang: 'fi',
  ...over,
});

async function forwarded(over: Partial<ForwardRequest> = {}) {
  const r = await service.forward({ region: 'Etelä-Savo', ...over, ...request(over) });
  if (r.kind !== 'created') throw new Error(`expected created, got ${r.kind}`);
  return r.ticket;
}

describe('forward', () => {
  it('asks for the region when none is given or remembered', async () => {
    expect(await service.forward(request())).toEqual({ kind: 'need_region' });
    expect(kicks).toBe(0);
  });

  it('creates the ticket, remembers the region, and kicks the outbox', async () => {
    const t = await forwarded({ region: 'Pohjois-Karjala' });
    expect(t).toMatchObject({ region: 'Pohjois-Karjala', question: request().question, details: 'Pieni yhdistys', version: 1 });
    expect(t.member).toEqual({ key: 'aad-member-1', id: '29:member-1', aadObjectId: 'aad-member-1', displayName: 'Jäsen 1' });
    expect(t.id).toMatch(/^HA-[2-9A-Z]{4}$/);
    expect(kicks).toBe(1);
    expect(await service.memberRegion(jasen)).toBe('Pohjois-Karjala');
    const next = await service.forward(request({ requestId: 'activity-124' }));
    expect(next.kind === 'created' && next.ticket.region).toBe('Pohjois-Karjala');
  });

  it('the same request twice makes one ticket', async () => {
    const t = await forwarded();
    expect(await service.forward(request({ region: 'Etelä-Savo' }))).toEqual({ kind: 'already_forwarded', ticket: t });
  });

  it('takes another number when a different ticket has the first one', async () => {
    const first = ticketNumber('aad-member-1\u0000activity-123', 0);
    await tickets.create(openTicket({ id: first, requestId: 'someone-else', member: { key: 'other', id: 'other', displayName: 'Muu' } }));
    const t = await forwarded();
    expect(t.id).toBe(ticketNumber('aad-member-1\u0000activity-123', 1));
  });

  it('refuses an empty question', async () => {
    expect(await service.forward(request({ region: 'Etelä-Savo', question: ' ' }))).toEqual({ kind: 'invalid', error: { code: 'empty_text', field: 'question' } });
  });
});

describe('adviser actions', () => {
  it('only listed advisers and coordinators may act', async () => {
    const t = await forwarded();
    expect(await service.claim(stranger, { ticketId: t.id, version: 1 })).toEqual({ kind: 'forbidden' });
    expect((await tickets.get(t.id))?.ticket.state.status).toBe('open');
  });

  it('two advisers claiming at once through FileStorage: exactly one wins, the other is told who', async () => {
    const t = await forwarded();
    const [a, b] = await Promise.all([service.claim(maija, { ticketId: t.id, version: 1 }), service.claim(pekka, { ticketId: t.id, version: 1 })]);
    const done = [a, b].filter((r) => r.kind === 'done');
    const refused = [a, b].filter((r) => r.kind === 'rejected');
    expect(done).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const winner = (await tickets.get(t.id))?.ticket.state;
    expect(winner?.status).toBe('claimed');
    const loser = refused[0];
    expect(loser?.kind === 'rejected' && loser.error).toEqual({ code: 'already_claimed', by: winner?.status === 'claimed' ? winner.by : undefined });
  });

  it('a replayed claim is already done and writes nothing', async () => {
    const t = await forwarded();
    await service.claim(maija, { ticketId: t.id, version: 1 });
    const before = kicks;
    const again = await service.claim(maija, { ticketId: t.id, version: 1 });
    expect(again).toMatchObject({ kind: 'done', replayed: true });
    expect(kicks).toBe(before);
  });

  it('answers from the card payload; a stale card and a forged id are refused politely', async () => {
    const t = await forwarded();
    await service.claim(maija, { ticketId: t.id, version: 1 });
    const stale = await service.answer(maija, { ticketId: t.id, version: 1 }, 'Vastaus');
    expect(stale).toMatchObject({ kind: 'rejected', error: { code: 'stale_version', current: 2 } });
    const parsed = parseHandoffSubmit({ action: 'ticket.answer', ticketId: t.id, version: 2, answerText: 'Kyllä voi.' });
    if (!parsed.ok || parsed.value.side !== 'adviser') throw new Error('payload');
    const done = await service.handleAdviserSubmit(maija, parsed.value.submit);
    expect(done).toMatchObject({ kind: 'done', action: 'answer', ticket: { state: { status: 'answered' } } });
    expect(done.kind === 'done' && done.ticket.outbox.map((i) => i.effect.kind)).toContain('relayToMember');
    expect(await service.claim(maija, { ticketId: 'HA-2222', version: 1 })).toEqual({ kind: 'not_found', ticketId: 'HA-2222' });
  });

  it('another adviser cannot close a claimed ticket; a coordinator can; anyone listed can reopen', async () => {
    const t = await forwarded();
    await service.claim(maija, { ticketId: t.id });
    expect(await service.close(pekka, { ticketId: t.id }, 'Ei kuulu meille')).toMatchObject({ kind: 'rejected', error: { code: 'claimed_by_other' } });
    expect(await service.close(kaisa, { ticketId: t.id }, 'Ei kuulu meille')).toMatchObject({ kind: 'done', ticket: { state: { status: 'closed' } } });
    expect(await service.reopen(pekka, { ticketId: t.id })).toMatchObject({ kind: 'done', ticket: { state: { status: 'open' } } });
  });
});

describe('member actions', () => {
  it('follow-ups and feedback work only on the member’s own ticket', async () => {
    const t = await forwarded();
    expect(await service.memberFeedback(jasen, { ticketId: t.id }, true)).toMatchObject({ kind: 'rejected', error: { code: 'no_answer_yet' } });
    await service.answer(maija, { ticketId: t.id }, 'Vastaus');
    expect(await service.memberFollowUp(toinen, { ticketId: t.id }, 'Minäkin!')).toEqual({ kind: 'not_found' });
    const r = await service.memberFollowUp(jasen, { ticketId: t.id, version: 2 }, 'Entä jos?');
    expect(r).toMatchObject({ kind: 'done', replayed: false, ticket: { state: { status: 'claimed' } } });
    expect(await service.memberFeedback(jasen, { ticketId: t.id }, false)).toMatchObject({ kind: 'done', ticket: { feedback: { helped: false } } });
  });

  it('lists the member’s open questions only', async () => {
    const mine = await forwarded();
    const closed = await forwarded({ requestId: 'activity-200' });
    await service.close(maija, { ticketId: closed.id }, 'Kaksoiskappale');
    await forwarded({ member: toinen, conversation: memberRef(2), requestId: 'activity-300' });
    expect((await service.listOpenForMember(jasen)).map((t) => t.id)).toEqual([mine.id]);
  });
});

describe('channels', () => {
  it('registers only from a channel and only for listed people', async () => {
    expect(await service.registerChannel('Etelä-Savo', channelRef(), stranger)).toEqual({ kind: 'forbidden' });
    expect(await service.registerChannel('Etelä-Savo', memberRef(), maija)).toEqual({ kind: 'not_a_channel' });
    expect(await service.listChannels(stranger)).toEqual({ kind: 'forbidden' });
    expect(await service.registerChannel('Etelä-Savo', channelRef(), maija)).toEqual({ kind: 'registered', target: 'Etelä-Savo', expedited: 0 });
    const list = await service.listChannels(kaisa);
    expect(list.kind === 'channels' && list.registrations['Etelä-Savo']?.channel.conversation.id).toBe('19:etela-savo@thread.tacv2');
  });

  it('a question waiting for a channel is posted as soon as one is registered', async () => {
    const poster = new FakePoster();
    const outbox = new Outbox({ tickets, channels: new ChannelRegistry(storage), poster, clock, timer: new FakeTimer() });
    const t = await forwarded({ region: 'Pohjois-Savo' });
    await outbox.runDue(); // no channel: fails, retry in ~10 s or more
    expect(poster.of('post')).toHaveLength(0);
    const r = await service.registerChannel('fallback', channelRef('fallback'), kaisa);
    expect(r).toEqual({ kind: 'registered', target: 'fallback', expedited: 1 });
    await outbox.runDue(); // same instant: due because expedited
    expect(poster.of('post')).toHaveLength(1);
    expect((await tickets.get(t.id))?.ticket.adviserCard?.viaFallback).toBe(true);
  });
});

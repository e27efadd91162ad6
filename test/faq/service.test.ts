import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Storage } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KnowledgeChannelStore } from '../../src/coordinators/channel.js';
import { FaqService, type FaqServiceDeps } from '../../src/faq/service.js';
import { FaqProposalStore } from '../../src/faq/store.js';
import { faqEntryFile } from '../../src/faq/entry.js';
import { createFaqWriter } from '../../src/faq/writer.js';
import { channelRoot } from '../../src/handoff/conversationRef.js';
import type { Identity } from '../../src/handoff/routing.js';
import type { Ticket } from '../../src/handoff/ticket.js';
import type { ReloadOutcome } from '../../src/knowledge/live.js';
import { ChannelRegistry } from '../../src/storage/channelRegistry.js';
import { createStorage } from '../../src/storage/createStorage.js';
import { TicketStore } from '../../src/storage/ticketStore.js';
import { FakePoster } from '../handoff/fakes.js';
import { apply, channelRef, maija, postedTicket, T0 } from '../handoff/fixtures.js';
import { KNOWLEDGE_DIR } from '../knowledge/fixtures.js';

/** The FAQ service on memory storage, a fake poster and a real writer on a copy of knowledge/. */

const MAIJA: Identity = { id: '29:adviser-maija', name: 'Maija Neuvoja', aadObjectId: 'aad-maija' };
const KAISA: Identity = { id: '29:kaisa', name: 'Kaisa Koordinaattori', aadObjectId: 'aad-kaisa' };
const OLLI: Identity = { id: '29:olli', name: 'Olli Koordinaattori', aadObjectId: 'aad-olli' };
const ACCESS = { advisers: ['aad-maija'], coordinators: ['aad-kaisa', 'aad-olli'] };
const QUESTION = 'Voiko talkootyön laskea omarahoitukseksi?';
const ANSWER = 'Kyllä, kun tunnit kirjataan.';

let dir: string;
let storage: Storage;
let poster: FakePoster;
let reloads: number;

beforeEach(async () => {
  dir = join(await mkdtemp(join(tmpdir(), 'hankeapu-faq-service-')), 'knowledge');
  await cp(KNOWLEDGE_DIR, dir, { recursive: true });
  storage = createStorage({ kind: 'memory' });
  poster = new FakePoster();
  reloads = 0;
});
afterEach(async () => rm(join(dir, '..'), { recursive: true, force: true }));

function service(over: Partial<FaqServiceDeps> = {}): FaqService {
  return new FaqService({
    proposals: new FaqProposalStore(storage),
    tickets: new TicketStore(storage, { now: () => T0 }),
    coordinators: new KnowledgeChannelStore(storage),
    adviserChannels: new ChannelRegistry(storage),
    poster,
    writer: createFaqWriter(dir),
    access: ACCESS,
    clock: { now: () => T0, today: () => '2025-03-10' },
    reload: (): Promise<ReloadOutcome> => {
      reloads += 1;
      return Promise.resolve({ kind: 'reloaded', version: `v${reloads}` });
    },
    ...over,
  });
}

async function storedAnsweredTicket(): Promise<Ticket> {
  const t = apply(postedTicket(), [{ kind: 'answer', by: maija, role: 'adviser', text: ANSWER }]);
  const store = new TicketStore(storage, { now: () => T0 });
  const created = await store.create(t);
  if (created.kind !== 'created') throw new Error('fixture ticket not stored');
  return t;
}

const coordinatorsChannel = { ...channelRef('koordinaattorit') };

describe('FaqService: where proposals go', () => {
  it("to the coordinators' channel when one is registered", async () => {
    const t = await storedAnsweredTicket();
    const s = service();
    expect(await s.registerCoordinators(KAISA, coordinatorsChannel)).toEqual({ kind: 'registered' });
    expect(await s.propose(MAIJA, { ticketId: t.id, question: QUESTION })).toMatchObject({ kind: 'proposed', card: 'posted', replayed: false });
    expect(poster.of('post').map((c) => c.channel.conversation.id)).toEqual(['19:koordinaattorit@thread.tacv2']);
  });

  it("without one, to the region's advisers' channel; with neither, saved and said so, posted when pressed again", async () => {
    const t = await storedAnsweredTicket();
    const s = service();
    expect(await s.propose(MAIJA, { ticketId: t.id })).toMatchObject({ kind: 'proposed', card: 'no_channel' });
    expect(poster.of('post')).toEqual([]);
    await new ChannelRegistry(storage).register({ schema: 1, target: 'Etelä-Savo', channel: channelRoot(channelRef('etela-savo')), registeredBy: maija, registeredAt: T0.toISOString() });
    expect(await s.propose(MAIJA, { ticketId: t.id })).toMatchObject({ kind: 'proposed', card: 'posted', replayed: true });
    expect(await s.propose(MAIJA, { ticketId: t.id })).toMatchObject({ kind: 'proposed', card: 'already_posted', replayed: true });
    expect(poster.of('post').map((c) => c.channel.conversation.id)).toEqual(['19:etela-savo@thread.tacv2']);
  });

  it('a card Teams refused is posted when the adviser presses again', async () => {
    const t = await storedAnsweredTicket();
    const s = service();
    await s.registerCoordinators(KAISA, coordinatorsChannel);
    poster.failNext('post', 1);
    expect(await s.propose(MAIJA, { ticketId: t.id })).toMatchObject({ kind: 'proposed', card: 'failed' });
    expect(await s.propose(MAIJA, { ticketId: t.id })).toMatchObject({ kind: 'proposed', card: 'posted' });
    expect(poster.of('post')).toHaveLength(2);
    expect((await new FaqProposalStore(storage).get(t.id))?.card?.activityId).toBe('activity-1');
  });

  it("only coordinators register the coordinators' channel, only from a channel", async () => {
    const s = service();
    expect(await s.registerCoordinators(MAIJA, coordinatorsChannel)).toEqual({ kind: 'forbidden' });
    const personal = { ...coordinatorsChannel, conversation: { id: 'a:personal', conversationType: 'personal' } };
    expect(await s.registerCoordinators(KAISA, personal)).toEqual({ kind: 'not_a_channel' });
    expect(await new KnowledgeChannelStore(storage).get()).toBeUndefined();
  });
});

describe('FaqService: approving', () => {
  async function pending(s: FaqService): Promise<Ticket> {
    const t = await storedAnsweredTicket();
    await s.registerCoordinators(KAISA, coordinatorsChannel);
    await s.propose(MAIJA, { ticketId: t.id, question: QUESTION });
    return t;
  }
  const faqFiles = async (): Promise<string[]> => readdir(join(dir, 'faq')).catch(() => []);

  it('writes once, reloads, updates the card in place and tells the ticket thread', async () => {
    const s = service();
    const t = await pending(s);
    const result = await s.approve(KAISA, { ticketId: t.id, version: 1 });
    expect(result).toMatchObject({ kind: 'approved', path: 'faq/voiko-talkootyon-laskea-omarahoitukseksi-ha-4f7k.md', replayed: false, inUse: 'reloaded' });
    expect(await faqFiles()).toEqual(['voiko-talkootyon-laskea-omarahoitukseksi-ha-4f7k.md']);
    expect(reloads).toBe(1);
    expect(poster.of('update').at(-1)?.activityId).toBe('activity-1');
    expect(poster.of('replyInThread').map((c) => [c.activityId, c.message.kind === 'text' ? c.message.text : ''])).toEqual([
      ['card-1', 'Kaisa Koordinaattori hyväksyi tämän kysymyksen (HA-4F7K) vastauksineen usein kysytyksi (voiko-talkootyon-laskea-omarahoitukseksi-ha-4f7k.md). Botti vastaa siitä nyt jäsenille.'],
    ]);
  });

  it('two coordinators at once: exactly one approval writes; the other is told', async () => {
    const s = service();
    const t = await pending(s);
    const results = await Promise.all([s.approve(KAISA, { ticketId: t.id, version: 1 }), s.approve(OLLI, { ticketId: t.id, version: 1, answer: 'Toinen teksti.' })]);
    expect(results.map((r) => r.kind).sort()).toEqual(['approved', 'refused']);
    expect(await faqFiles()).toHaveLength(1);
    expect(reloads).toBe(1);
  });

  it('an entry kb:check refuses is not written: the coordinator hears why and the proposal waits again, with a fresh card', async () => {
    // A coordinator has meanwhile written a file by hand with the id the entry would get.
    await mkdir(join(dir, 'faq'), { recursive: true });
    const byHand = faqEntryFile({ ticketId: 'HA-4F7K', region: 'Etelä-Savo', lang: 'fi', question: 'Käsin', answer: 'Käsin kirjoitettu.', fileId: 'voiko-talkootyon-laskea-omarahoitukseksi-ha-4f7k', approvedOn: '2025-03-10' });
    await writeFile(join(dir, 'faq', 'kasin.md'), byHand.text);
    const s = service();
    const t = await pending(s);
    const result = await s.approve(KAISA, { ticketId: t.id, version: 1 });
    expect(result.kind).toBe('invalid');
    expect(result.kind === 'invalid' ? result.issues.map((i) => `${i.file}: ${i.message}`) : []).toEqual([
      'faq/voiko-talkootyon-laskea-omarahoitukseksi-ha-4f7k.md: id "voiko-talkootyon-laskea-omarahoitukseksi-ha-4f7k" is already used by faq/kasin.md',
    ]);
    expect(await faqFiles()).toEqual(['kasin.md']);
    expect(result.kind === 'invalid' ? result.proposal : undefined).toMatchObject({ version: 2, state: { status: 'proposed' } });
    expect(reloads).toBe(0);
    expect(poster.of('update').at(-1)?.card.actions?.map((a) => a.title)).toEqual(['Hyväksy', 'Muokkaa ja hyväksy', 'Hylkää']);
    // The refreshed card's buttons carry the new version and work.
    expect(await s.approve(KAISA, { ticketId: t.id, version: 1 })).toMatchObject({ kind: 'refused', error: { code: 'stale_version', current: 2 } });
  });

  it('a disk that refuses: the proposal waits again; the coordinator is told', async () => {
    const s = service({ writer: { write: () => Promise.reject(new Error('EACCES: permission denied')) } });
    const t = await pending(s);
    expect(await s.approve(KAISA, { ticketId: t.id, version: 1 })).toMatchObject({ kind: 'write_failed', message: 'EACCES: permission denied', proposal: { state: { status: 'proposed' } } });
  });

  it("edited texts are checked for the asker's name again; without a reload hook the entry is 'soon' in use", async () => {
    const s = service({ reload: undefined });
    const t = await pending(s);
    expect(await s.approve(KAISA, { ticketId: t.id, version: 1, answer: `Hei ${t.member.displayName}, kyllä.` })).toEqual({
      kind: 'personal_data',
      finding: { kind: 'name', found: t.member.displayName },
    });
    expect(await s.approve(KAISA, { ticketId: t.id, version: 1 })).toMatchObject({ kind: 'approved', inUse: 'pending' });
  });

  it('advisers cannot approve or reject; unknown proposals are not found', async () => {
    const s = service();
    const t = await pending(s);
    expect(await s.approve(MAIJA, { ticketId: t.id, version: 1 })).toEqual({ kind: 'forbidden' });
    expect(await s.reject(MAIJA, { ticketId: t.id, version: 1 })).toEqual({ kind: 'forbidden' });
    expect(await s.approve(KAISA, { ticketId: 'HA-2222', version: 1 })).toEqual({ kind: 'not_found', ticketId: 'HA-2222' });
    expect(await s.reject(KAISA, { ticketId: 'HA-2222', version: 1 })).toEqual({ kind: 'not_found', ticketId: 'HA-2222' });
    expect(await faqFiles()).toEqual([]);
  });
});

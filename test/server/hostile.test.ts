import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../src/answer/engine.js';
import { renderText } from '../../src/answer/render.js';
import { summarizeKnowledge } from '../../src/bot/deps.js';
import { systemClock } from '../../src/bot/clock.js';
import { startLocalConnector, type LocalConnector } from '../../src/devtools/connector.js';
import { loadKnowledgeBase } from '../../src/knowledge/load.js';
import type { Logger } from '../../src/server/log.js';
import { startHankeapu, type RunningServer } from '../../src/server/start.js';
import { FileStorage } from '../../src/storage/fileStorage.js';
import { TicketStore } from '../../src/storage/ticketStore.js';
import { expectRepliesBodySchema, type TestActivity } from '../helpers/activities.js';
import { botClient, fixedKnowledge, type PostResult, type TestBot } from '../helpers/testBot.js';
import {
  ACCESS,
  ADVISER_MAIJA,
  buttonData,
  cardIn,
  channelActivity,
  CHANNELS,
  MEMBER,
  memberActivity,
  mention,
  OUTSIDER,
  textOf,
  ticketIdIn,
} from '../e2e/handoffWorld.js';

/**
 * Malformed and hostile requests against the real endpoint, with the real engine, the knowledge in
 * knowledge/ and real ticket handoff on file storage. Every row has one defined outcome (a status,
 * an error code, a reply), and after every row the bot must still answer a member's question.
 */

type Outcome =
  /** Refused at the HTTP boundary with this status and error code; no turn ran. */
  | { status: 400 | 413; code: string; message?: RegExp }
  /** Handled as a turn: 200 and the bot's message texts (typing left out) match these, in order. */
  | { status: 200; replies: readonly RegExp[] };

interface Row {
  what: string;
  request: () => TestActivity | string | Promise<TestActivity | string>;
  outcome: Outcome;
}

const QUESTION = 'Paljonko omarahoitusta tarvitaan?';
const ANSWERED = /omarahoitus/i;
const TOO_LONG = /liian pitkä/;
const ASK_FOR_QUESTION = /Kirjoita kysymyksesi/;
const NO_QUESTION = /^En saanut viestistä selvää kysymystä\./;
const INVALID_SUBMIT = /En valitettavasti saanut selvää painikkeen tiedoista/;
const ONLY_ADVISERS = /Vain nimetyt hankeneuvojat/;

let connector: LocalConnector;
let running: RunningServer;
let bot: TestBot;
let dataDir: string;
const errors: string[] = [];
const recorder: Logger = { info: () => undefined, warn: () => undefined, error: (m, e) => errors.push(`${m} ${e === undefined ? '' : String(e)}`) };

/** A ticket of MEMBER's, posted to the Etelä-Savo channel: its card and the activity id of the card. */
let ticket: { id: string; card: unknown; activityId: string };
/** The "Lähetä neuvojalle" submit that made it, to replay. */
let sendSubmit: TestActivity;

const fromMember = (fields: TestActivity): TestActivity => memberActivity(connector.serviceUrl, fields);
const inChannel = (who: typeof ADVISER_MAIJA, fields: TestActivity, thread?: string): TestActivity => channelActivity(connector.serviceUrl, CHANNELS['Etelä-Savo'], who, fields, thread);

async function texts(activity: TestActivity): Promise<string[]> {
  return expectRepliesBodySchema
    .parse((await bot.post({ ...activity, deliveryMode: 'expectReplies' })).json)
    .activities.filter((a) => a.type === 'message')
    .map((a) => a.text ?? '');
}

beforeAll(async () => {
  const loaded = await loadKnowledgeBase('knowledge');
  if (!loaded.ok) throw new Error(`knowledge/ does not load: ${loaded.errors.map((e) => e.message).join('; ')}`);
  connector = await startLocalConnector({ members: [MEMBER, ADVISER_MAIJA, OUTSIDER] });
  dataDir = await mkdtemp(join(tmpdir(), 'hankeapu-hostile-'));
  running = await startHankeapu({
    config: {
      port: 0,
      host: '127.0.0.1',
      auth: { mode: 'local' },
      knowledgeDir: './knowledge',
      dataDir,
      handoff: { access: ACCESS, storage: { kind: 'file', dir: join(dataDir, 'handoff') } },
      rateLimit: { perMinute: 0 },
    },
    renderText,
    knowledge: fixedKnowledge(createAnswerEngine(loaded.kb), summarizeKnowledge(loaded.kb)),
    clock: systemClock(),
    log: recorder,
  });
  bot = botClient(running.url, dataDir, async () => undefined);

  // An adviser registers the channel; the member forwards an out-of-scope question there.
  expect(await texts(inChannel(ADVISER_MAIJA, mention('rekisteröi Etelä-Savo')))).toEqual([expect.stringContaining('Etelä-Savo')]);
  const answer = (await bot.exchange(fromMember({ text: 'Mikä on hyvä pizzaresepti?' }))).find((r) => r.type === 'message');
  const forwardCard = (await bot.exchange(fromMember({ value: buttonData(cardIn(answer), 'handoff.offer') }))).find((r) => r.type === 'message');
  sendSubmit = fromMember({ value: { ...buttonData(cardIn(forwardCard), 'handoff.send'), details: '', region: 'Etelä-Savo' } });
  const [confirmation] = await texts(sendSubmit);
  const id = ticketIdIn(confirmation ?? '');
  const posted = await connector.waitFor((r) => r.kind === 'send' && r.conversationId === CHANNELS['Etelä-Savo'] && textOf(cardIn(r)).includes(id), 8_000);
  if (posted.activityId === undefined) throw new Error('the ticket card was posted without an id');
  ticket = { id, card: cardIn(posted), activityId: posted.activityId };
});

afterAll(async () => {
  await running.close();
  await connector.close();
  await rm(dataDir, { recursive: true, force: true });
});

const rows: Row[] = [
  { what: 'invalid JSON', request: () => '{"type": "message", ', outcome: { status: 400, code: 'invalid_json' } },
  { what: 'an empty body', request: () => '', outcome: { status: 400, code: 'empty_body' } },
  { what: 'JSON that is not an object', request: () => '[[[[[[[[[[]]]]]]]]]]', outcome: { status: 400, code: 'invalid_activity' } },
  {
    what: 'JSON nested 100,000 deep',
    request: () => `{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    outcome: { status: 400, code: 'invalid_activity', message: /activity type is required/ },
  },
  {
    what: 'no conversation',
    request: () => {
      const { conversation: _dropped, ...rest } = fromMember({ text: QUESTION });
      return rest;
    },
    outcome: { status: 400, code: 'invalid_activity', message: /^activity conversation is required$/ },
  },
  {
    what: 'no from',
    request: () => {
      const { from: _dropped, ...rest } = fromMember({ text: QUESTION });
      return rest;
    },
    outcome: { status: 400, code: 'invalid_activity', message: /^activity from is required$/ },
  },
  { what: 'a 2 MB body', request: () => fromMember({ text: 'a'.repeat(2 * 1024 * 1024) }), outcome: { status: 413, code: 'payload_too_large' } },
  {
    what: 'a serviceUrl that is not a web address',
    request: () => fromMember({ text: QUESTION, serviceUrl: 'javascript:alert(1)' }),
    outcome: { status: 400, code: 'invalid_activity', message: /serviceUrl must be an http or https URL/ },
  },
  { what: 'text that is not a string', request: () => fromMember({ text: { $gt: '' } }), outcome: { status: 400, code: 'invalid_activity', message: /^activity text / } },
  { what: 'attachments that are not a list', request: () => fromMember({ attachments: 'x' }), outcome: { status: 400, code: 'invalid_activity', message: /^activity attachments / } },
  { what: 'a 100,000-character text', request: () => fromMember({ text: 'omarahoitus '.repeat(8334).slice(0, 100_000) }), outcome: { status: 200, replies: [TOO_LONG] } },
  { what: 'control characters around a question', request: () => fromMember({ text: `\u0000${QUESTION.replace(' ', '\u0007 \u001b')}\u009b\u202e\r\n` }), outcome: { status: 200, replies: [ANSWERED] } },
  {
    what: 'only an attachment',
    request: () => fromMember({ attachments: [{ contentType: 'application/pdf', contentUrl: 'https://example.org/hakemus.pdf', name: 'hakemus.pdf' }] }),
    outcome: { status: 200, replies: [/En pysty lukemaan liitteitä/] },
  },
  { what: 'lunr query syntax', request: () => fromMember({ text: 'tuki~ +ESR:* -' }), outcome: { status: 200, replies: [/./] } },
  { what: 'lunr syntax alone', request: () => fromMember({ text: '* ~ + - : ^ ~2' }), outcome: { status: 200, replies: [/./] } },
  { what: 'lunr operators without words', request: () => fromMember({ text: '* ~ + - :' }), outcome: { status: 200, replies: [NO_QUESTION] } },
  { what: 'emoji only', request: () => fromMember({ text: '🙂🚀👍🏽' }), outcome: { status: 200, replies: [NO_QUESTION] } },
  { what: 'empty text', request: () => fromMember({ text: '' }), outcome: { status: 200, replies: [ASK_FOR_QUESTION] } },
  { what: 'whitespace only', request: () => fromMember({ text: ' \n\t\u00a0\u200b ' }), outcome: { status: 200, replies: [ASK_FOR_QUESTION] } },
  { what: 'an unknown activity type', request: () => ({ ...fromMember({ text: QUESTION }), type: 'hackTheBot' }), outcome: { status: 200, replies: [] } },
  { what: 'a card submit that is not an object', request: () => fromMember({ value: 'ticket.claim' }), outcome: { status: 200, replies: [INVALID_SUBMIT] } },
  { what: 'a card submit with an unknown action', request: () => fromMember({ value: { action: 'admin.deleteAll' } }), outcome: { status: 200, replies: [INVALID_SUBMIT] } },
  {
    what: 'a card submit with a forged ticket id',
    request: () => inChannel(ADVISER_MAIJA, { value: { action: 'ticket.claim', ticketId: 'HA-ZZZZ', version: 1 } }, ticket.activityId),
    outcome: { status: 200, replies: [/^Kysymystä HA-ZZZZ ei löytynyt\.$/] },
  },
  {
    what: 'a card submit with a path as ticket id',
    request: () => inChannel(ADVISER_MAIJA, { value: { action: 'ticket.claim', ticketId: '../../../etc/passwd', version: 1 } }, ticket.activityId),
    outcome: { status: 200, replies: [INVALID_SUBMIT] },
  },
  {
    what: 'a claim by someone who is not an adviser',
    request: () => inChannel(OUTSIDER, { value: buttonData(ticket.card, 'ticket.claim') }, ticket.activityId),
    outcome: { status: 200, replies: [ONLY_ADVISERS] },
  },
  {
    what: 'an answer forged by the member from their own chat',
    request: () => fromMember({ value: { ...buttonData(ticket.card, 'ticket.answer'), answerText: 'Itse vastaan.' } }),
    outcome: { status: 200, replies: [ONLY_ADVISERS] },
  },
  { what: 'the forward submit replayed', request: () => ({ ...sendSubmit, id: 'replayed-send' }), outcome: { status: 200, replies: [/Tämä kysymys on jo välitetty numerolla HA-/] } },
  {
    what: 'a prototype-polluting payload',
    request: () =>
      `{"__proto__":{"polluted":"yes"},"type":"message","channelId":"msteams","serviceUrl":"${connector.serviceUrl}","conversation":{"id":"a:p"},"from":{"id":"29:p"},"recipient":{"id":"28:b"},"deliveryMode":"expectReplies","value":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"action":"feedback"}}`,
    outcome: { status: 200, replies: [INVALID_SUBMIT] },
  },
];

async function send(row: Row): Promise<PostResult> {
  const request = await row.request();
  return bot.post(typeof request === 'string' ? request : { ...request, deliveryMode: 'expectReplies' });
}

describe('hostile requests: each has its defined outcome and the bot keeps answering', () => {
  it.each(rows.map((r) => [r.what, r] as const))('%s', async (_what, row) => {
    const res = await send(row);
    expect(res.status).toBe(row.outcome.status);
    if (row.outcome.status === 200) {
      const sent = expectRepliesBodySchema.parse(res.json).activities.filter((a) => a.type === 'message');
      expect(sent).toHaveLength(row.outcome.replies.length);
      row.outcome.replies.forEach((pattern, i) => expect(sent[i]?.text ?? '').toMatch(pattern));
    } else {
      expect(res.json).toMatchObject({ error: { code: row.outcome.code } });
      if (row.outcome.message !== undefined) expect(res.json).toMatchObject({ error: { message: expect.stringMatching(row.outcome.message) } });
    }
    // Still serving, and nothing was polluted or crashed on the way.
    expect(await texts(fromMember({ text: QUESTION }))).toEqual([expect.stringMatching(ANSWERED)]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it('a replayed adviser claim is done once and recognised the second time', async () => {
    const claim = inChannel(ADVISER_MAIJA, { value: buttonData(ticket.card, 'ticket.claim') }, ticket.activityId);
    expect(await texts(claim)).toEqual([`Otit kysymyksen ${ticket.id} käsittelyyn.`]);
    expect(await texts({ ...claim, id: 'replayed-claim' })).toEqual([`Tämä on jo tehty kysymykselle ${ticket.id}.`]);
  });

  it('stored exactly one ticket, claimed once by the adviser, whatever was replayed or forged', async () => {
    const stored = await new TicketStore(new FileStorage(join(dataDir, 'handoff'))).listCreated();
    expect(stored.problems).toEqual([]);
    expect(stored.tickets.map((t) => t.id)).toEqual([ticket.id]);
    expect(JSON.stringify(stored.tickets[0])).toContain(ADVISER_MAIJA.name);
    expect(JSON.stringify(stored.tickets[0])).not.toContain('Itse vastaan.');
  });

  it('still reports healthy', async () => {
    const res = await fetch(`${bot.url}/healthz`);
    expect(res.status).toBe(200);
  });
});

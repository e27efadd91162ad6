import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { systemClock } from '../../src/bot/clock.js';
import { createTicketHandoffPort } from '../../src/bot/ticketHandoff.js';
import type { Config } from '../../src/config/config.js';
import { startLocalConnector, type LocalConnector, type RecordedRequest } from '../../src/devtools/connector.js';
import type { Logger } from '../../src/server/log.js';
import type { LoadedKnowledge } from '../../src/bot/deps.js';
import type { RenderText } from '../../src/bot/reply.js';
import { startHankeapu, type HankeapuDeps, type RunningServer } from '../../src/server/start.js';
import { activity, BOT, submitsOf, textOf, type Reply, type TestActivity } from '../helpers/activities.js';
import { createFakeEngine } from '../helpers/fakeEngine.js';
import { fakeRenderText } from '../helpers/fakeRender.js';
import { botClient, fixedKnowledge, type TestBot } from '../helpers/testBot.js';

/**
 * The world of the handoff end-to-end tests: the bot on its real HTTP endpoint with file storage
 * in a temporary data folder, a local Bot Connector that records every proactive request, and in
 * front of it a switch that can make the connector answer 503 like an outage.
 */

export const MEMBER = { id: '29:member-1', name: 'Maija Meikäläinen', aadObjectId: '00000000-0000-0000-0000-0000000000a1' };
export const OTHER_MEMBER = { id: '29:member-2', name: 'Olli Jäsen', aadObjectId: '00000000-0000-0000-0000-0000000000a2' };
export const ADVISER_MAIJA = { id: '29:adviser-maija', name: 'Maija Neuvoja', aadObjectId: '00000000-0000-0000-0000-0000000000b1' };
export const ADVISER_PEKKA = { id: '29:adviser-pekka', name: 'Pekka Neuvoja', aadObjectId: '00000000-0000-0000-0000-0000000000b2' };
/** Listed by user principal name only: the bot looks the name up from the connector. */
export const COORDINATOR_KAISA = { id: '29:coordinator-kaisa', name: 'Kaisa Koordinaattori', aadObjectId: '00000000-0000-0000-0000-0000000000c1' };
export const KAISA_UPN = 'kaisa@liitto.fi';
export const OUTSIDER = { id: '29:outsider', name: 'Ulla Ulkopuolinen', aadObjectId: '00000000-0000-0000-0000-0000000000d1' };

export const ACCESS: Config['handoff']['access'] = {
  advisers: [ADVISER_MAIJA.aadObjectId, ADVISER_PEKKA.aadObjectId],
  coordinators: [KAISA_UPN],
};

export const CHANNELS = {
  'Etelä-Savo': '19:etela-savo@thread.tacv2',
  'Pohjois-Savo': '19:pohjois-savo@thread.tacv2',
  fallback: '19:yleinen@thread.tacv2',
} as const;

/** Fast retries so that a recovered connector is retried within a test's patience. */
export const TEST_RETRY = { baseMs: 150, capMs: 600 };

type Person = { id: string; name: string; aadObjectId: string };

/** A connector that fails on demand: every request gets 503 while `failing` is on. */
export interface FlakyFront {
  serviceUrl: string;
  failing: boolean;
  /** Requests answered with 503 so far. */
  refused: number;
  close(): Promise<void>;
}

export async function startFlakyFront(target: LocalConnector): Promise<FlakyFront> {
  const read = async (req: IncomingMessage): Promise<Buffer> => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  };
  const server = createServer((req, res) => {
    read(req).then(
      async (body) => {
        if (front.failing) {
          front.refused += 1;
          res.writeHead(503, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: { code: 'ServiceUnavailable', message: 'connector outage (test)' } }));
          return;
        }
        const url = new URL(req.url ?? '/', target.serviceUrl);
        const method = req.method ?? 'GET';
        const forwarded = await fetch(url, {
          method,
          headers: { 'content-type': 'application/json' },
          ...(method === 'GET' || method === 'HEAD' ? {} : { body }),
        });
        res.writeHead(forwarded.status, { 'content-type': 'application/json' });
        res.end(await forwarded.text());
      },
      () => {
        res.writeHead(400);
        res.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const front: FlakyFront = {
    serviceUrl: `http://127.0.0.1:${port}/`,
    failing: false,
    refused: 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return front;
}

export interface HandoffWorld {
  connector: LocalConnector;
  front: FlakyFront;
  /** What the bot logged, e.g. "warn: handoff outbox: postToChannel for HA-… failed …". */
  logs: string[];
  dataDir: string;
  bot: TestBot;
  /** Stops the bot (outbox included) and starts a new one on the same data folder. */
  restart(): Promise<void>;
  /** Stops the bot only; `start()` brings a new one up on the same data folder. */
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;

  /** A message or card submit from the member in their personal chat with the bot. */
  fromMember(fields: TestActivity, who?: Person): TestActivity;
  /** A message or card submit from someone in a channel thread (`thread` is the card's activity id, if any). */
  inChannel(channel: string, who: Person, fields: TestActivity, thread?: string): TestActivity;
  /** Proactive sends and updates that reached the connector for a conversation. */
  sent(conversationId: string, kind?: RecordedRequest['kind']): RecordedRequest[];
  /** Waits for a proactive request matching `match`, checking requests already recorded first. */
  waitFor(match: (r: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
}

export const memberConversationId = (who: Person): string => `a:personal-${who.id}`;

/** What a test may serve instead of the fake engine: e.g. live reload of a copy of knowledge/ (the FAQ tests). */
export interface HandoffWorldOptions {
  knowledge?: () => LoadedKnowledge;
  knowledgeDir?: string;
  reloadKnowledge?: HankeapuDeps['reloadKnowledge'];
  renderText?: RenderText;
}

export async function startHandoffWorld(options: HandoffWorldOptions = {}): Promise<HandoffWorld> {
  const connector = await startLocalConnector({
    members: [MEMBER, OTHER_MEMBER, ADVISER_MAIJA, ADVISER_PEKKA, OUTSIDER, { ...COORDINATOR_KAISA, userPrincipalName: KAISA_UPN }],
  });
  const front = await startFlakyFront(connector);
  const dataDir = await mkdtemp(join(tmpdir(), 'hankeapu-handoff-'));
  let running: RunningServer | undefined;
  const logs: string[] = [];
  const recorder: Logger = {
    info: (m) => logs.push(`info: ${m}`),
    warn: (m) => logs.push(`warn: ${m}`),
    error: (m, e) => logs.push(`error: ${m}${e === undefined ? '' : ` ${String(e)}`}`),
  };

  const start = async (): Promise<void> => {
    running = await startHankeapu({
      config: {
        port: 0,
        host: '127.0.0.1',
        auth: { mode: 'local' },
        knowledgeDir: options.knowledgeDir ?? './knowledge',
        dataDir,
        handoff: { access: ACCESS, storage: { kind: 'file', dir: join(dataDir, 'handoff') } },
      },
      renderText: options.renderText ?? fakeRenderText,
      knowledge: options.knowledge ?? fixedKnowledge(createFakeEngine()),
      ...(options.reloadKnowledge === undefined ? {} : { reloadKnowledge: options.reloadKnowledge }),
      // Real time: the outbox compares retry times with the clock.
      clock: systemClock(),
      log: recorder,
      handoff: (runtime) => createTicketHandoffPort(runtime, { retry: TEST_RETRY, pollMs: 1_000 }),
    });
    world.bot = botClient(running.url, dataDir, async () => undefined);
  };
  const stop = async (): Promise<void> => {
    await running?.close();
    running = undefined;
  };

  const world: HandoffWorld = {
    connector,
    front,
    logs,
    dataDir,
    bot: botClient('http://127.0.0.1:9', dataDir, async () => undefined),
    start,
    stop,
    async restart() {
      await stop();
      await start();
    },
    async close() {
      await stop();
      await front.close();
      await connector.close();
      await rm(dataDir, { recursive: true, force: true });
    },
    fromMember: (fields, who = MEMBER) => memberActivity(front.serviceUrl, fields, who),
    inChannel: (channel, who, fields, thread) => channelActivity(front.serviceUrl, channel, who, fields, thread),
    sent(conversationId, kind) {
      return connector.requests.filter((r) => r.conversationId === conversationId && (kind === undefined || r.kind === kind));
    },
    async waitFor(match, timeoutMs = 8_000) {
      try {
        return await connector.waitFor(match, timeoutMs);
      } catch (err) {
        // Say what did arrive: a timeout alone does not tell where the message went.
        const seen = connector.requests.map((r) => `${r.kind} ${r.conversationId ?? ''} ${r.activityId ?? ''}: ${textOf(cardIn(r)).slice(0, 80) || (r.activity?.text ?? '').slice(0, 80)}`);
        throw new Error(`${err instanceof Error ? err.message : String(err)}; the connector received:\n${seen.join('\n')}`);
      }
    },
  };
  await start();
  return world;
}

/** A message or card submit from `who` in their personal chat with the bot. */
export function memberActivity(serviceUrl: string, fields: TestActivity, who: Person = MEMBER): TestActivity {
  return activity('message', {
    serviceUrl,
    from: { ...who },
    recipient: { ...BOT },
    conversation: { id: memberConversationId(who), conversationType: 'personal', tenantId: 'tenant-1' },
    ...fields,
  });
}

/** A message or card submit in a channel thread; a card's buttons are pressed in the card's own thread. */
export function channelActivity(serviceUrl: string, channel: string, who: Person, fields: TestActivity, thread?: string): TestActivity {
  return activity('message', {
    serviceUrl,
    from: { ...who },
    recipient: { ...BOT },
    conversation: { id: `${channel};messageid=${thread ?? String(Date.now())}`, conversationType: 'channel', isGroup: true, tenantId: 'tenant-1' },
    channelData: { tenant: { id: 'tenant-1' }, channel: { id: channel }, team: { id: '19:team@thread.tacv2' } },
    ...(thread === undefined ? {} : { replyToId: thread }),
    ...fields,
  });
}

/** An @mention of the bot in a channel, as Teams sends it (the bot removes the mention). */
export function mention(text: string): TestActivity {
  return {
    text: `<at>${BOT.name}</at> ${text}`,
    entities: [{ type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: { id: BOT.id, name: BOT.name } }],
  };
}

const cardContentSchema = z.object({ contentType: z.string(), content: z.unknown() }).passthrough();
const withAttachments = z.object({ attachments: z.array(cardContentSchema).optional() }).passthrough();

/** The Adaptive Card carried by a recorded proactive request or a reply, if any. */
export function cardIn(source: RecordedRequest | Reply | undefined): unknown {
  const carrier = source !== undefined && 'kind' in source && 'method' in source ? source.activity : source;
  const parsed = withAttachments.safeParse(carrier);
  return parsed.success ? parsed.data.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content : undefined;
}

/** The submit payload of the button with this action in a card, or a failure naming what was there. */
export function buttonData(card: unknown, action: string): Record<string, unknown> {
  const found = submitsOf(card).find((s) => s['action'] === action);
  if (found === undefined) throw new Error(`no "${action}" button; the card has: ${submitsOf(card).map((s) => String(s['action'])).join(', ')}\n${textOf(card)}`);
  return found;
}

/** The ticket number in a text ("… numero HA-4F7K"). */
export function ticketIdIn(text: string): string {
  const m = /HA-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}/.exec(text);
  if (m === null) throw new Error(`no ticket number in: ${text}`);
  return m[0];
}

export { textOf };

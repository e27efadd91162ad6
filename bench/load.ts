import { mkdtemp, rm } from 'node:fs/promises';
import { Agent } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { parseCli, REPO_ROOT, UsageError } from '../src/cli/args.js';
import { startLocalConnector, type LocalConnector } from '../src/devtools/connector.js';
import { FileStorage } from '../src/storage/fileStorage.js';
import { TicketStore } from '../src/storage/ticketStore.js';
import { transpileTree } from '../src/devtools/transpile.js';
import { post } from './loadgen.js';
import { botEnv, startServerProcess, type ServerProcess } from './processes.js';
import { nodeCommands } from './startCommand.js';
import { evalQuestions } from './questions.js';
import { summarize } from './stats.js';

/**
 * npm run load [-- --conversations 200] [--messages 20] [--soak 10m] [--sample 30s]
 *
 * Starts the bot (precompiled, bundled knowledge, file storage in a temporary folder, the default
 * rate limit) beside a local Bot Connector, lets an adviser register the channels, and runs
 * `conversations` members at once, each sending `messages` activities in their own chat: the
 * evaluation questions, and for every fifth member one out-of-scope question forwarded to the
 * advisers (question → "Kysy neuvojalta" → "Lähetä neuvojalle"), every tenth pressing send twice.
 * Then it reads the tickets back from storage: every forwarded question must be stored exactly
 * once and posted to the channel never more than once (all of them, without --soak), and no
 * request may fail. With --soak it keeps going with new members for that long and reports the
 * bot's resident memory over time; tickets still queued in the outbox at the end are counted.
 * Exit 1 on any error or a ticket missing, stored or posted twice, or (without --soak) not posted.
 */
const duration = z
  .string()
  .regex(/^\d+(ms|s|m)?$/, 'a duration such as 600s or 10m')
  .transform((v) => {
    const n = Number.parseInt(v, 10);
    return v.endsWith('ms') ? n : v.endsWith('m') ? n * 60_000 : n * 1000;
  });
const argsSchema = z.object({
  conversations: z.coerce.number().int().min(1).default(200),
  messages: z.coerce.number().int().min(5, 'at least 5 messages: a forward takes 3 or 4').max(20, 'at most 20: the default rate limit').default(20),
  soak: duration.optional(),
  sample: duration.default('30s'),
  positionals: z.array(z.string()).max(0, 'no positional arguments'),
});
type Args = z.infer<typeof argsSchema>;

const DIST = join(REPO_ROOT, '.tmp', 'bench-dist');
const ADVISER = { id: '29:load-adviser', name: 'Kuorma Neuvoja', aadObjectId: '00000000-0000-4000-8000-00000000ad01' };
const CHANNEL = '19:load-etela-savo@thread.tacv2';

const replySchema = z.object({ type: z.string(), text: z.string().optional(), attachments: z.array(z.object({ content: z.unknown() }).passthrough()).optional() }).passthrough();
const repliesSchema = z.object({ activities: z.array(replySchema) });
type Reply = z.infer<typeof replySchema>;
const submitSchema = z.object({ type: z.literal('Action.Submit'), data: z.record(z.unknown()) });

/** The data of the first Action.Submit with this action anywhere in the replies' cards. */
function button(replies: readonly Reply[], action: string): Record<string, unknown> | undefined {
  let found: Record<string, unknown> | undefined;
  const walk = (node: unknown): void => {
    if (found !== undefined || node === null || typeof node !== 'object') return;
    const submit = submitSchema.safeParse(node);
    if (submit.success && submit.data.data['action'] === action) {
      found = submit.data.data;
      return;
    }
    Object.values(node).forEach(walk);
  };
  replies.forEach((r) => walk(r.attachments));
  return found;
}

interface Stats {
  requests: number;
  errors: number;
  errorSamples: string[];
  latencies: number[];
  /** Latencies by step: question, offer (the question to forward), forward card, send, replayed send. */
  byStep: Map<string, number[]>;
  /** Ticket ids the members were told, by conversation. */
  forwarded: Map<string, string>;
  /** Conversations that pressed send twice and were told the same number. */
  replayedSame: number;
}

function newStats(): Stats {
  return { requests: 0, errors: 0, errorSamples: [], latencies: [], byStep: new Map(), forwarded: new Map(), replayedSame: 0 };
}

class Conversation {
  private readonly member: { id: string; name: string; aadObjectId: string };
  private readonly conversationId: string;
  private sequence = 0;

  constructor(
    private readonly n: number,
    private readonly bot: URL,
    private readonly agent: Agent,
    private readonly serviceUrl: string,
    private readonly stats: Stats,
  ) {
    const hex = n.toString(16).padStart(12, '0');
    this.member = { id: `29:load-member-${n}`, name: `Jäsen ${n}`, aadObjectId: `00000000-0000-4000-8000-${hex}` };
    this.conversationId = `a:load-${n}`;
  }

  /** One activity from the member; the bot's replies, or undefined after counting an error. */
  async send(step: string, fields: Record<string, unknown>, expect: (replies: Reply[]) => string | undefined): Promise<Reply[] | undefined> {
    this.sequence += 1;
    const body = JSON.stringify({
      type: 'message',
      id: `load-${this.n}-${this.sequence}`,
      timestamp: new Date().toISOString(),
      deliveryMode: 'expectReplies',
      channelId: 'msteams',
      serviceUrl: this.serviceUrl,
      conversation: { id: this.conversationId, conversationType: 'personal', tenantId: 'load' },
      from: this.member,
      recipient: { id: '28:hankeapu', name: 'Hankeapu' },
      locale: 'fi-FI',
      channelData: { tenant: { id: 'load' } },
      ...fields,
    });
    const t0 = performance.now();
    this.stats.requests += 1;
    let problem: string | undefined;
    let replies: Reply[] | undefined;
    try {
      const res = await post(this.agent, this.bot, body);
      const ms = performance.now() - t0;
      this.stats.latencies.push(ms);
      this.stats.byStep.set(step, [...(this.stats.byStep.get(step) ?? []), ms]);
      const parsed = res.status === 200 ? repliesSchema.safeParse(JSON.parse(res.body) as unknown) : undefined;
      if (parsed?.success !== true) problem = `${res.status} ${res.body.slice(0, 200)}`;
      else {
        replies = parsed.data.activities.filter((a) => a.type === 'message');
        problem = expect(replies);
      }
    } catch (err) {
      problem = err instanceof Error ? err.message : String(err);
    }
    if (problem === undefined) return replies;
    this.stats.errors += 1;
    if (this.stats.errorSamples.length < 5) this.stats.errorSamples.push(`member ${this.n}, message ${this.sequence}: ${problem}`);
    return undefined;
  }

  /** `messages` activities: questions, and for every fifth member one forwarded question in the middle. */
  async run(messages: number, questions: readonly string[]): Promise<void> {
    const forwards = this.n % 5 === 0;
    const replay = this.n % 10 === 0;
    const forwardSteps = forwards ? (replay ? 4 : 3) : 0;
    const before = Math.floor((messages - forwardSteps) / 2);
    let asked = 0;
    const ask = async (): Promise<void> => {
      const q = questions[(this.n * 31 + asked) % questions.length] ?? 'Paljonko omarahoitusta tarvitaan?';
      asked += 1;
      await this.send('question', { text: q }, answeredOnce);
    };
    for (let i = 0; i < before; i += 1) await ask();
    if (forwards) await this.forward(replay);
    while (this.sequence < messages) await ask();
  }

  private async forward(replay: boolean): Promise<void> {
    const question = `Mistä löydän hyvän pizzaresepti${this.n % 2 === 0 ? 'n' : 'ä'} numero ${this.n}?`;
    const answer = await this.send('out-of-scope question', { text: question }, (r) => (button(r, 'handoff.offer') === undefined ? `no "Kysy neuvojalta" button for: ${question}` : undefined));
    const offer = answer === undefined ? undefined : button(answer, 'handoff.offer');
    if (offer === undefined) return;
    const card = await this.send('"Kysy neuvojalta"', { value: offer }, (r) => (button(r, 'handoff.send') === undefined ? 'no forward card' : undefined));
    const send = card === undefined ? undefined : button(card, 'handoff.send');
    if (send === undefined) return;
    const submit = { value: { ...send, details: `Kuormatesti ${this.n}`, region: 'Etelä-Savo' } };
    const told = await this.send('"Lähetä neuvojalle"', submit, (r) => (ticketIn(r) === undefined ? `no ticket number in: ${JSON.stringify(r).slice(0, 300)}` : undefined));
    const id = told === undefined ? undefined : ticketIn(told);
    if (id === undefined) return;
    this.stats.forwarded.set(this.conversationId, id);
    if (!replay) return;
    const again = await this.send('send replayed', submit, (r) => (ticketIn(r) === id ? undefined : `a replayed send was told ${ticketIn(r) ?? 'no number'}, not ${id}`));
    if (again !== undefined) this.stats.replayedSame += 1;
  }
}

const TICKET = /HA-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}/;
/** The ticket number the member was told: in the text, or only on the card (its summary and fallback text). */
const ticketIn = (replies: readonly Reply[]): string | undefined => replies.map((r) => TICKET.exec(JSON.stringify(r))?.[0]).find((id) => id !== undefined);
const REFUSALS = /jokin meni vikaan|something went wrong|pidän pienen tauon|taking a short break/;

/** Exactly one message, and not an error or rate-limit notice. */
function answeredOnce(replies: Reply[]): string | undefined {
  if (replies.length !== 1) return `expected one reply, got ${replies.length}`;
  const all = JSON.stringify(replies[0] ?? {});
  return REFUSALS.test(all) ? `refused: ${(replies[0]?.text ?? all).slice(0, 120)}` : undefined;
}

async function register(bot: URL, agent: Agent, connector: LocalConnector): Promise<void> {
  const res = await post(
    agent,
    bot,
    JSON.stringify({
      type: 'message',
      deliveryMode: 'expectReplies',
      channelId: 'msteams',
      serviceUrl: connector.serviceUrl,
      conversation: { id: `${CHANNEL};messageid=1`, conversationType: 'channel', isGroup: true, tenantId: 'load' },
      channelData: { tenant: { id: 'load' }, channel: { id: CHANNEL }, team: { id: '19:load-team@thread.tacv2' } },
      from: ADVISER,
      recipient: { id: '28:hankeapu', name: 'Hankeapu' },
      text: '<at>Hankeapu</at> rekisteröi Etelä-Savo',
      entities: [{ type: 'mention', text: '<at>Hankeapu</at>', mentioned: { id: '28:hankeapu', name: 'Hankeapu' } }],
    }),
  );
  if (res.status !== 200 || !res.body.includes('Etelä-Savo')) throw new Error(`the adviser could not register the channel: ${res.status} ${res.body.slice(0, 300)}`);
}

interface TicketCheck {
  told: number;
  stored: number;
  storedTwice: string[];
  missing: string[];
  unexpected: string[];
  postedOnce: number;
  /** Still in the outbox when the run ended: stored, and delivered later (at least once). */
  notYetPosted: number;
  postedTwice: string[];
}

/** Tickets read back from the bot's file storage, and the channel posts the connector saw, against what members were told. */
async function checkTickets(dataDir: string, stats: Stats, connector: LocalConnector): Promise<TicketCheck> {
  const stored = await new TicketStore(new FileStorage(join(dataDir, 'handoff'))).listCreated();
  if (stored.problems.length > 0) throw new Error(`tickets could not be read: ${stored.problems.map((p) => p.message).join('; ')}`);
  const told = new Set(stats.forwarded.values());
  const counts = new Map<string, number>();
  for (const t of stored.tickets) counts.set(t.requestId, (counts.get(t.requestId) ?? 0) + 1);
  const ids = stored.tickets.map((t) => t.id);
  const postCounts = new Map<string, number>();
  for (const r of connector.requests) {
    if (r.kind !== 'send' || r.conversationId !== CHANNEL) continue;
    const id = TICKET.exec(JSON.stringify(r.activity ?? {}))?.[0];
    if (id !== undefined) postCounts.set(id, (postCounts.get(id) ?? 0) + 1);
  }
  const posts = (id: string): number => postCounts.get(id) ?? 0;
  return {
    told: told.size,
    stored: stored.tickets.length,
    storedTwice: [...counts.entries()].filter(([, n]) => n > 1).map(([requestId]) => requestId),
    missing: [...told].filter((id) => !ids.includes(id)),
    unexpected: ids.filter((id) => !told.has(id)),
    postedOnce: ids.filter((id) => posts(id) === 1).length,
    notYetPosted: ids.filter((id) => posts(id) === 0).length,
    postedTwice: ids.filter((id) => posts(id) > 1).map((id) => `${id} posted ${posts(id)} times`),
  };
}

/**
 * Waits until every ticket has been posted to the channel (the outbox posts after the member is
 * told), or until the outbox has posted nothing new for `quietMs`, or for `maxMs` at most.
 */
async function settle(stats: Stats, connector: LocalConnector, quietMs = 30_000, maxMs = 120_000): Promise<void> {
  const posts = (): number => connector.requests.filter((r) => r.kind === 'send' && r.conversationId === CHANNEL).length;
  let seen = posts();
  let lastProgress = Date.now();
  const until = Date.now() + maxMs;
  while (posts() < stats.forwarded.size && Date.now() - lastProgress < quietMs && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 500));
    if (posts() > seen) {
      seen = posts();
      lastProgress = Date.now();
    }
  }
}

const mb = (n: number): string => `${(n / 1_048_576).toFixed(1)} MB`;

async function runRound(first: number, args: Args, bot: URL, agent: Agent, connector: LocalConnector, questions: readonly string[], stats: Stats): Promise<number> {
  const started = performance.now();
  await Promise.all(Array.from({ length: args.conversations }, (_, i) => new Conversation(first + i, bot, agent, connector.serviceUrl, stats).run(args.messages, questions)));
  return performance.now() - started;
}

async function main(): Promise<number> {
  const args = parseCli(
    process.argv.slice(2),
    { conversations: { type: 'string' }, messages: { type: 'string' }, soak: { type: 'string' }, sample: { type: 'string' } },
    argsSchema,
  );
  const log = (m: string): void => {
    process.stderr.write(`${m}\n`);
  };
  log(`load average: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  await transpileTree(REPO_ROOT, DIST, ['bench/echoBot.ts']);
  const questions = (await evalQuestions(resolve(REPO_ROOT, 'test/eval/questions.yaml'))).map((q) => q.q);
  const dataDir = await mkdtemp(join(tmpdir(), 'hankeapu-load-'));
  const connector = await startLocalConnector({ members: [ADVISER] });
  let server: ServerProcess | undefined;
  try {
    server = await startServerProcess({
      name: 'bot',
      command: process.execPath,
      // As `npm start` runs it: with its node options, which change memory and speed.
      args: [...(await nodeCommands()).startFlags, join(DIST, 'src', 'index.js')],
      env: botEnv({ KNOWLEDGE_DIR: 'knowledge', DATA_DIR: dataDir, STORAGE: 'file', ADVISER_IDS: ADVISER.aadObjectId }),
      cwd: REPO_ROOT,
    });
    const bot = new URL('/api/messages', server.url);
    const agent = new Agent({ keepAlive: true, maxSockets: args.conversations });
    await register(bot, agent, connector);

    log(`${args.conversations} conversations × ${args.messages} messages`);
    const stats = newStats();
    const elapsed = await runRound(0, args, bot, agent, connector, questions, stats);
    const afterLoad = await server.memory();
    await settle(stats, connector);

    const memory: { at: string; rss: number; requests: number; errors: number }[] = [{ at: '0 s', rss: afterLoad.rss, requests: stats.requests, errors: stats.errors }];
    if (args.soak !== undefined) {
      log(`soak for ${args.soak / 1000} s, memory every ${args.sample / 1000} s`);
      const soakStart = performance.now();
      let next = soakStart + args.sample;
      let first = args.conversations;
      while (performance.now() - soakStart < args.soak) {
        await runRound(first, args, bot, agent, connector, questions, stats);
        first += args.conversations;
        if (performance.now() >= next) {
          const m = await server.memory();
          const row = { at: `${((performance.now() - soakStart) / 1000).toFixed(0)} s`, rss: m.rss, requests: stats.requests, errors: stats.errors };
          memory.push(row);
          log(`  ${row.at}: ${mb(row.rss)} resident, ${row.requests} requests, ${row.errors} errors`);
          next += args.sample;
        }
      }
      await settle(stats, connector);
    }
    agent.destroy();
    const peak = (await server.memory()).peak;
    const printed = server.output();
    await server.stop();
    server = undefined;

    const tickets = await checkTickets(dataDir, stats, connector);
    const s = summarize(stats.latencies);
    const firstRound = args.conversations * args.messages;
    const out: string[] = [
      `Conversations: ${args.conversations} at once × ${args.messages} messages (${firstRound} requests) in ${(elapsed / 1000).toFixed(1)} s: ${((firstRound / elapsed) * 1000).toFixed(0)} requests/s.`,
      `All requests: ${stats.requests}, errors: ${stats.errors}; latency p50 ${s.p50.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms, max ${s.max.toFixed(0)} ms.`,
      `Forwarded questions: members told ${tickets.told} ticket numbers, storage holds ${tickets.stored}; missing ${tickets.missing.length}, unexpected ${tickets.unexpected.length}, stored twice ${tickets.storedTwice.length}; replayed sends told the same number: ${stats.replayedSame}.`,
      ...[...stats.byStep.entries()].map(([step, xs]) => {
        const t = summarize(xs);
        return `  ${step}: ${t.count} requests, p50 ${t.p50.toFixed(1)} ms, p99 ${t.p99.toFixed(1)} ms, max ${t.max.toFixed(0)} ms`;
      }),
      `Posted to the advisers' channel exactly once: ${tickets.postedOnce} of ${tickets.stored}; more than once: ${tickets.postedTwice.length}; still queued in the outbox when the run ended: ${tickets.notYetPosted}.`,
      `Bot resident memory after the first round ${mb(afterLoad.rss)}${peak === undefined ? '' : `, peak ${mb(peak)}`}.`,
    ];
    if (memory.length > 1) out.push('', '| Soak time | Resident memory | Requests | Errors |', '|---|---|---|---|', ...memory.map((m) => `| ${m.at} | ${mb(m.rss)} | ${m.requests} | ${m.errors} |`));
    for (const e of stats.errorSamples) out.push(`error: ${e}`);
    if (stats.errors > 0) {
      const logged = printed.split('\n').filter((l) => /error|failed|warn/i.test(l) && !/DeprecationWarning|trace-deprecation/.test(l));
      out.push(`The bot logged ${logged.length} error or warning lines; the first ones:`, ...logged.slice(0, 10).map((l) => `  ${l.slice(0, 300)}`));
    }
    for (const p of [...tickets.postedTwice.slice(0, 5), ...tickets.missing.slice(0, 5).map((id) => `missing ${id}`), ...tickets.storedTwice.slice(0, 5).map((r) => `stored twice: ${r}`)]) out.push(`ticket: ${p}`);
    process.stdout.write(`${out.join('\n')}\n`);
    const ok =
      stats.errors === 0 &&
      tickets.told > 0 &&
      tickets.missing.length === 0 &&
      tickets.unexpected.length === 0 &&
      tickets.storedTwice.length === 0 &&
      tickets.postedTwice.length === 0 &&
      // A soak forwards faster than one outbox delivers; the first round alone must be delivered in full.
      (args.soak !== undefined || tickets.notYetPosted === 0);
    process.stdout.write(`${ok ? 'ok' : 'FAILED'}\n`);
    return ok ? 0 : 1;
  } finally {
    await server?.stop();
    await connector.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof UsageError ? `usage: ${err.message}` : err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = err instanceof UsageError ? 2 : 1;
  },
);

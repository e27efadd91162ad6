import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { parseCli, REPO_ROOT, UsageError } from '../src/cli/args.js';
import { transpileTree } from '../src/devtools/transpile.js';
import { KnowledgeLoadError, loadBundledKnowledge, SYNTHETIC_10K, syntheticFrom, writeKnowledgeFolder } from './knowledgeBases.js';
import { post, runLoad, type LoadResult } from './loadgen.js';
import { botEnv, startServerProcess, type ServerProcess } from './processes.js';
import { nodeCommands } from './startCommand.js';
import { evalQuestions, generatedQuestions } from './questions.js';
import { summarize } from './stats.js';

/**
 * npm run bench [-- --strict] [--rounds N] [--seconds S] [--cold N] [--skip-engine] [--json] [--node-flags="…"]
 *
 * One table: index build and size (bundled and synthetic 10,000-passage knowledge), engine
 * latency (from bench/engine.ts in its own process), HTTP turns on /api/messages against a bare
 * botbuilder echo bot on the same restify + CloudAdapter stack, cold start to first answer, and
 * resident memory after load. The bot answers the repeated question from its memory of recent
 * decisions, as `npm start`'s does; a second bot started with REMEMBERED_DECISIONS=0 shows what a
 * turn costs when it must search (for the same question and for varied ones), and the
 * 10,000-passage bot remembers nothing either. Bots and echo bot run as separate child processes and the load
 * rounds alternate between them, so that the machine's noise hits both. The bot runs with the node
 * options of package.json's `start` script (`npm run dev`'s for its cold start), unless
 * --node-flags gives others to try; the echo bot runs with node's defaults. Exit 1 on a missed
 * target only with --strict.
 */
const argsSchema = z.object({
  strict: z.boolean().default(false),
  json: z.boolean().default(false),
  'skip-engine': z.boolean().default(false),
  rounds: z.coerce.number().int().min(1).default(3),
  seconds: z.coerce.number().positive().default(5),
  cold: z.coerce.number().int().min(1).default(3),
  /** Node options for the built bot instead of `npm start`'s, e.g. --node-flags="--max-semi-space-size=8" (with "=": the value starts with a dash); "" for none. */
  'node-flags': z.string().optional(),
  positionals: z.array(z.string()).max(0, 'no positional arguments'),
});
type Args = z.infer<typeof argsSchema>;

export const TARGETS = { throughputRatio: 0.8, p99At50Ms: 20, coldStartMs: 2000, rss10kBytes: 200 * 1_048_576 } as const;
const QUESTION = 'Paljonko omarahoitusta tarvitaan?';
const CONCURRENCY = [10, 50] as const;
const DIST = join(REPO_ROOT, '.tmp', 'bench-dist');

/** The activity Teams would send, in local mode with expectReplies; a new member per request, so the rate limit never short-cuts a turn. */
function activityBody(text: string, c: number, i: number): string {
  return JSON.stringify({
    type: 'message',
    id: `bench-${c}-${i}`,
    timestamp: new Date().toISOString(),
    deliveryMode: 'expectReplies',
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    conversation: { id: `a:bench-${c}`, conversationType: 'personal', tenantId: 'bench' },
    from: { id: `29:bench-${c}-${i}`, name: 'Bench' },
    recipient: { id: '28:hankeapu', name: 'Hankeapu' },
    locale: 'fi-FI',
    text,
  });
}

const answered = (status: number, body: string): boolean => status === 200 && body.includes('"type":"message"') && /omarahoitus/i.test(body);
const echoed = (status: number, body: string): boolean => status === 200 && body.includes('Echo: ');
const anyReply = (status: number, body: string): boolean => status === 200 && body.includes('"type":"message"');

interface Side {
  name: 'bot' | 'echo' | 'bot, nothing remembered' | 'bot, varied questions';
  server: ServerProcess;
  /** The question of request `i` on connection `c`. */
  question: (c: number, i: number) => string;
  accept: (status: number, body: string) => boolean;
}

interface HttpRow {
  connections: number;
  bot: LoadSummary;
  echo: LoadSummary;
  /** The bot's throughput over the echo bot's. */
  ratio: number;
  /** The same question to a bot that remembers no decisions (REMEMBERED_DECISIONS=0): every turn searches. */
  forgetful: LoadSummary;
  /** Varied questions (the evaluation set) to that bot, at 10 connections only. */
  varied?: LoadSummary;
}

interface LoadSummary {
  requests: number;
  errors: number;
  errorSamples: string[];
  perSecond: number;
  p50: number;
  p99: number;
  /** CPU time of the server process per turn: what a noisy machine changes least. */
  cpuMsPerTurn: number;
}

interface Round {
  load: LoadResult;
  cpuMs: number;
}

function summarizeLoad(rounds: readonly Round[]): LoadSummary {
  const results = rounds.map((r) => r.load);
  const s = summarize(results.flatMap((r) => r.latencies));
  const elapsed = results.reduce((t, r) => t + r.elapsedMs, 0);
  const requests = results.reduce((n, r) => n + r.requests, 0);
  return {
    requests,
    errors: results.reduce((n, r) => n + r.errors, 0),
    errorSamples: results.flatMap((r) => r.errorSamples).slice(0, 3),
    perSecond: (requests / elapsed) * 1000,
    p50: s.p50,
    p99: s.p99,
    cpuMsPerTurn: rounds.reduce((t, r) => t + r.cpuMs, 0) / Math.max(1, requests),
  };
}

/**
 * Alternates the servers round by round (the order turning each round), at each concurrency. The
 * bot as started by `npm start` answers one repeated question from its memory of recent decisions;
 * a second bot that remembers nothing searches for every turn, and at 10 connections it also gets
 * varied questions.
 */
async function measureHttp(bot: Side, echo: Side, forgetful: Side, varied: Side, args: Args, log: (m: string) => void): Promise<HttpRow[]> {
  const load = async (side: Side, connections: number, ms: number): Promise<Round> => {
    const cpuBefore = await side.server.cpuMs();
    const result = await runLoad({ url: side.server.url, connections, durationMs: ms, body: (c, i) => activityBody(side.question(c, i), c, i), accept: side.accept });
    return { load: result, cpuMs: (await side.server.cpuMs()) - cpuBefore };
  };
  log('  warming up both servers');
  for (const side of [bot, echo, forgetful, varied]) await load(side, 10, 2_000);
  const rows: HttpRow[] = [];
  for (const connections of CONCURRENCY) {
    const sides = connections === 10 ? [bot, echo, forgetful, varied] : [bot, echo, forgetful];
    const results = new Map<Side['name'], Round[]>();
    for (let round = 0; round < args.rounds; round += 1) {
      for (const side of round % 2 === 0 ? sides : [...sides].reverse()) {
        const r = await load(side, connections, args.seconds * 1000);
        results.set(side.name, [...(results.get(side.name) ?? []), r]);
        log(`  ${connections} connections, round ${round + 1}, ${side.name}: ${((r.load.requests / r.load.elapsedMs) * 1000).toFixed(0)} turns/s, ${(r.cpuMs / Math.max(1, r.load.requests)).toFixed(2)} ms CPU a turn${r.load.errors > 0 ? `, ${r.load.errors} errors` : ''}`);
      }
    }
    const b = summarizeLoad(results.get('bot') ?? []);
    const e = summarizeLoad(results.get('echo') ?? []);
    const f = summarizeLoad(results.get('bot, nothing remembered') ?? []);
    const v = results.get('bot, varied questions');
    rows.push({ connections, bot: b, echo: e, ratio: b.perSecond / e.perSecond, forgetful: f, ...(v === undefined ? {} : { varied: summarizeLoad(v) }) });
  }
  return rows;
}

interface ColdStart {
  label: string;
  /** Spawn until the URL was printed, then until the first answer arrived. */
  listeningMs: number[];
  firstAnswerMs: number[];
}

/** Spawns `command`, waits for its URL, asks the question until answered; the clock runs from spawn. */
async function coldStart(name: string, command: string, args: readonly string[], env: Record<string, string>, accept: (s: number, b: string) => boolean): Promise<{ listeningMs: number; firstAnswerMs: number; server: ServerProcess }> {
  const started = performance.now();
  const server = await startServerProcess({ name, command, args, env, cwd: REPO_ROOT, timeoutMs: 120_000 });
  const listeningMs = performance.now() - started;
  const agent = new Agent({ keepAlive: false });
  const url = new URL('/api/messages', server.url);
  try {
    for (let attempt = 0; ; attempt += 1) {
      const res = await post(agent, url, activityBody(QUESTION, 0, attempt));
      if (accept(res.status, res.body)) break;
      if (attempt > 50) throw new Error(`${name} did not answer: ${res.status} ${res.body.slice(0, 300)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  } catch (err) {
    await server.stop();
    throw err;
  }
  return { listeningMs, firstAnswerMs: performance.now() - started, server };
}

interface EngineRow {
  name: string;
  passages: number;
  buildMs: number;
  serializedBytes: number;
  p50: number;
  p99: number;
}

const engineJsonSchema = z.object({
  results: z.array(
    z.object({
      name: z.string(),
      passages: z.number(),
      buildMs: z.number(),
      serializedBytes: z.number(),
      latencyMs: z.object({ p50: z.number(), p99: z.number() }),
    }),
  ),
});

/** bench/engine.ts --json in its own process, so its heap does not weigh on the HTTP load generator. */
function measureEngine(): Promise<EngineRow[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/engine.ts', '--json'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.once('error', reject);
    child.once('exit', () => {
      try {
        const parsed = engineJsonSchema.parse(JSON.parse(out) as unknown);
        resolve(parsed.results.map((r) => ({ name: r.name, passages: r.passages, buildMs: r.buildMs, serializedBytes: r.serializedBytes, p50: r.latencyMs.p50, p99: r.latencyMs.p99 })));
      } catch (err) {
        reject(new Error(`bench/engine.ts --json printed no result: ${err instanceof Error ? err.message : String(err)}\n${out.slice(0, 500)}`));
      }
    });
  });
}

interface Check {
  what: string;
  ok: boolean;
}

interface Report {
  /** The node options the built bot ran with. */
  nodeFlags: string[];
  loadBefore: number[];
  loadAfter: number[];
  engine: EngineRow[];
  http: HttpRow[];
  cold: ColdStart[];
  memory: { bot: number; botPeak?: number; echo: number; bot10k: number; bot10kPeak?: number };
  bot10k: { listeningMs: number; firstAnswerMs: number; load: LoadSummary };
  checks: Check[];
}

const ms = (n: number): string => (n < 10 ? `${n.toFixed(2)} ms` : n < 10_000 ? `${n.toFixed(0)} ms` : `${(n / 1000).toFixed(1)} s`);
const mb = (n: number): string => `${(n / 1_048_576).toFixed(1)} MB`;
const median = (xs: readonly number[]): number => summarize(xs).p50;

function table(r: Report): string {
  const rows: string[][] = [['Measure', 'Hankeapu', 'Echo bot', 'Target', '']];
  const mark = (ok: boolean | undefined): string => (ok === undefined ? '' : ok ? 'ok' : 'MISS');
  for (const e of r.engine) {
    const label = e.name.startsWith('synthetic') ? `synthetic (${e.passages} passages)` : `bundled (${e.passages} passages)`;
    rows.push([`Index build, ${label}`, ms(e.buildMs), '', e.name.startsWith('synthetic') ? '< 5000 ms (engine)' : '', '']);
    rows.push([`Index size (serialized), ${label}`, mb(e.serializedBytes), '', '', '']);
    rows.push([`Engine decide p50 / p99, ${label}`, `${ms(e.p50)} / ${ms(e.p99)}`, '', e.name.startsWith('synthetic') ? 'p99 < 5 ms (engine)' : '', '']);
  }
  for (const h of r.http) {
    rows.push([`HTTP ${h.connections} connections: turns/s`, h.bot.perSecond.toFixed(0), h.echo.perSecond.toFixed(0), `≥ ${TARGETS.throughputRatio}× echo (is ${h.ratio.toFixed(2)}×)`, mark(h.ratio >= TARGETS.throughputRatio)]);
    const p99Target = h.connections === 50 ? `p99 < ${TARGETS.p99At50Ms} ms` : '';
    rows.push([`HTTP ${h.connections} connections: p50 / p99`, `${ms(h.bot.p50)} / ${ms(h.bot.p99)}`, `${ms(h.echo.p50)} / ${ms(h.echo.p99)}`, p99Target, h.connections === 50 ? mark(h.bot.p99 < TARGETS.p99At50Ms) : '']);
    rows.push([`HTTP ${h.connections} connections: CPU a turn (server)`, ms(h.bot.cpuMsPerTurn), ms(h.echo.cpuMsPerTurn), `(CPU-bound ratio ${(h.echo.cpuMsPerTurn / h.bot.cpuMsPerTurn).toFixed(2)}×)`, '']);
    rows.push([`HTTP ${h.connections} connections: turns / errors`, `${h.bot.requests} / ${h.bot.errors}`, `${h.echo.requests} / ${h.echo.errors}`, 'no errors', mark(h.bot.errors === 0 && h.echo.errors === 0)]);
    const f = h.forgetful;
    rows.push([`HTTP ${h.connections} connections, nothing remembered: turns/s, p50 / p99, CPU a turn`, `${f.perSecond.toFixed(0)}, ${ms(f.p50)} / ${ms(f.p99)}, ${ms(f.cpuMsPerTurn)}`, '', `(${(f.perSecond / h.echo.perSecond).toFixed(2)}× echo)`, '']);
    if (h.varied !== undefined) {
      const v = h.varied;
      rows.push([`HTTP ${h.connections} connections, nothing remembered, varied questions: turns/s, p50 / p99, CPU a turn`, `${v.perSecond.toFixed(0)}, ${ms(v.p50)} / ${ms(v.p99)}, ${ms(v.cpuMsPerTurn)}`, '', `(${(v.perSecond / h.echo.perSecond).toFixed(2)}× echo)`, '']);
    }
  }
  const cold = (label: string): ColdStart | undefined => r.cold.find((c) => c.label === label);
  const tsx = cold('bot, tsx src/index.ts');
  const js = cold('bot, built JS');
  const echo = cold('echo, precompiled JS');
  if (js !== undefined) rows.push([`Cold start to first answer, \`npm start\` (built JS) (median of ${js.firstAnswerMs.length})`, ms(median(js.firstAnswerMs)), echo === undefined ? '' : ms(median(echo.firstAnswerMs)), `< ${TARGETS.coldStartMs} ms`, mark(median(js.firstAnswerMs) < TARGETS.coldStartMs)]);
  if (tsx !== undefined) rows.push([`Cold start to first answer, \`npm run dev\` (tsx) (median of ${tsx.firstAnswerMs.length})`, ms(median(tsx.firstAnswerMs)), echo === undefined ? '' : ms(median(echo.firstAnswerMs)), '', '']);
  rows.push([`Cold start to first answer, built JS, ${SYNTHETIC_10K.documents * SYNTHETIC_10K.passagesPerDocument} passages`, ms(r.bot10k.firstAnswerMs), '', '', '']);
  rows.push(['Resident memory after load, bundled (peak)', `${mb(r.memory.bot)} (${r.memory.botPeak === undefined ? '?' : mb(r.memory.botPeak)})`, mb(r.memory.echo), '', '']);
  rows.push([
    `Resident memory after load, ${SYNTHETIC_10K.documents * SYNTHETIC_10K.passagesPerDocument} passages (peak)`,
    `${mb(r.memory.bot10k)} (${r.memory.bot10kPeak === undefined ? '?' : mb(r.memory.bot10kPeak)})`,
    '',
    `< ${mb(TARGETS.rss10kBytes)}`,
    mark(r.memory.bot10k < TARGETS.rss10kBytes),
  ]);
  rows.push([
    `HTTP 10 connections, ${SYNTHETIC_10K.documents * SYNTHETIC_10K.passagesPerDocument} passages, nothing remembered, generated questions: turns/s, p50 / p99, CPU a turn`,
    `${r.bot10k.load.perSecond.toFixed(0)}, ${ms(r.bot10k.load.p50)} / ${ms(r.bot10k.load.p99)}, ${ms(r.bot10k.load.cpuMsPerTurn)}`,
    '',
    '',
    '',
  ]);

  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length))) ?? [];
  const line = (row: readonly string[]): string => `| ${row.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const [head, ...body] = rows;
  return [line(head ?? []), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

async function main(): Promise<number> {
  const args = parseCli(
    process.argv.slice(2),
    { strict: { type: 'boolean' }, json: { type: 'boolean' }, 'skip-engine': { type: 'boolean' }, rounds: { type: 'string' }, seconds: { type: 'string' }, cold: { type: 'string' }, 'node-flags': { type: 'string' } },
    argsSchema,
  );
  const log = (m: string): void => {
    process.stderr.write(`${m}\n`);
  };
  const loadBefore = loadavg();
  log(`load average before: ${loadBefore.map((l) => l.toFixed(2)).join(' ')} (2 cores would be busy at 2.0; numbers are noisy above that)`);

  const commands = await nodeCommands();
  const nodeFlags = args['node-flags'] === undefined ? commands.startFlags : args['node-flags'].split(/\s+/).filter((f) => f !== '');
  log(`the bot runs as node ${[...nodeFlags, '<entry>'].join(' ')} (${args['node-flags'] === undefined ? "npm start's options" : '--node-flags'})`);
  log('transpiling src/ to .tmp/bench-dist');
  await transpileTree(REPO_ROOT, DIST, ['bench/echoBot.ts']);
  const work = await mkdtemp(join(tmpdir(), 'hankeapu-bench-'));
  const started: ServerProcess[] = [];
  try {
    log('writing the synthetic knowledge base');
    const real = await loadBundledKnowledge();
    const synthetic = syntheticFrom(real);
    const knowledge10k = join(work, 'knowledge-10k');
    await writeKnowledgeFolder(knowledge10k, synthetic);
    const questions10k = generatedQuestions(synthetic.kb, 200, SYNTHETIC_10K.seed + 7, '2026-11-23').map((q) => q.q);

    const engine = args['skip-engine'] ? [] : (log('engine (bench/engine.ts --json)'), await measureEngine());

    const env = (name: string, knowledgeDir = 'knowledge', extra: Record<string, string> = {}): Record<string, string> => botEnv({ KNOWLEDGE_DIR: knowledgeDir, DATA_DIR: join(work, `data-${name}`), ...extra });
    // What every turn costs when the answer must be searched for: a bot that remembers no decisions.
    const forgetting = { REMEMBERED_DECISIONS: '0' };
    const node = process.execPath;
    const botJs = [...nodeFlags, join(DIST, 'src', 'index.js')];
    const echoJs = [join(DIST, 'bench', 'echoBot.js')];

    log('cold starts');
    const cold: ColdStart[] = [
      { label: 'bot, tsx src/index.ts', listeningMs: [], firstAnswerMs: [] },
      { label: 'bot, built JS', listeningMs: [], firstAnswerMs: [] },
      { label: 'echo, precompiled JS', listeningMs: [], firstAnswerMs: [] },
    ];
    const variants: { label: string; args: string[]; accept: (s: number, b: string) => boolean }[] = [
      // What `npm run dev` runs: node with tsx's loader, which compiles TypeScript as it imports.
      { label: 'bot, tsx src/index.ts', args: commands.devArgs, accept: answered },
      // What `npm start` runs after its build (`npm run build`, the same transpiler into dist/server/).
      { label: 'bot, built JS', args: botJs, accept: answered },
      { label: 'echo, precompiled JS', args: echoJs, accept: echoed },
    ];
    for (let i = 0; i < args.cold; i += 1) {
      for (const v of variants) {
        const c = await coldStart(v.label, node, v.args, env(`cold-${i}`), v.accept);
        await c.server.stop();
        const slot = cold.find((s) => s.label === v.label);
        slot?.listeningMs.push(c.listeningMs);
        slot?.firstAnswerMs.push(c.firstAnswerMs);
        log(`  ${v.label}: listening after ${ms(c.listeningMs)}, first answer after ${ms(c.firstAnswerMs)}`);
      }
    }

    log('HTTP turns, bot (precompiled, bundled knowledge, default rate limit) against the echo bot');
    const botServer = await startServerProcess({ name: 'bot', command: node, args: botJs, env: env('http'), cwd: REPO_ROOT });
    started.push(botServer);
    const echoServer = await startServerProcess({ name: 'echo', command: node, args: echoJs, env: env('echo'), cwd: REPO_ROOT });
    started.push(echoServer);
    const forgetfulServer = await startServerProcess({ name: 'bot, nothing remembered', command: node, args: botJs, env: env('forgetful', 'knowledge', forgetting), cwd: REPO_ROOT });
    started.push(forgetfulServer);
    const asked = (await evalQuestions(resolve(REPO_ROOT, 'test/eval/questions.yaml'))).map((q) => q.q);
    const http = await measureHttp(
      { name: 'bot', server: botServer, question: () => QUESTION, accept: answered },
      { name: 'echo', server: echoServer, question: () => QUESTION, accept: echoed },
      { name: 'bot, nothing remembered', server: forgetfulServer, question: () => QUESTION, accept: answered },
      { name: 'bot, varied questions', server: forgetfulServer, question: (c, i) => asked[(c * 7919 + i) % asked.length] ?? QUESTION, accept: anyReply },
      args,
      log,
    );
    const botMemory = await botServer.memory();
    const echoMemory = await echoServer.memory();
    await botServer.stop();
    await echoServer.stop();
    await forgetfulServer.stop();

    log(`bot with the bundled knowledge and ${SYNTHETIC_10K.documents * SYNTHETIC_10K.passagesPerDocument} synthetic passages`);
    const big = await coldStart('bot-10k', node, botJs, env('10k', knowledge10k, forgetting), answered);
    started.push(big.server);
    const bigCpu = await big.server.cpuMs();
    const bigLoad = await runLoad({
      url: big.server.url,
      connections: 10,
      durationMs: args.seconds * 1000,
      body: (c, i) => activityBody(questions10k[(c * 7919 + i) % questions10k.length] ?? QUESTION, c, i),
      accept: anyReply,
    });
    const bigRound: Round = { load: bigLoad, cpuMs: (await big.server.cpuMs()) - bigCpu };
    const bigMemory = await big.server.memory();
    await big.server.stop();

    const report: Report = {
      nodeFlags,
      loadBefore,
      loadAfter: loadavg(),
      engine,
      http,
      cold,
      memory: {
        bot: botMemory.rss,
        ...(botMemory.peak === undefined ? {} : { botPeak: botMemory.peak }),
        echo: echoMemory.rss,
        bot10k: bigMemory.rss,
        ...(bigMemory.peak === undefined ? {} : { bot10kPeak: bigMemory.peak }),
      },
      bot10k: { listeningMs: big.listeningMs, firstAnswerMs: big.firstAnswerMs, load: summarizeLoad([bigRound]) },
      checks: [],
    };
    const startCold = cold.find((c) => c.label === 'bot, built JS');
    report.checks = [
      ...http.map((h) => ({ what: `throughput at ${h.connections} connections ≥ ${TARGETS.throughputRatio}× echo`, ok: h.ratio >= TARGETS.throughputRatio })),
      ...http.filter((h) => h.connections === 50).map((h) => ({ what: `p99 at 50 connections < ${TARGETS.p99At50Ms} ms`, ok: h.bot.p99 < TARGETS.p99At50Ms })),
      ...http.map((h) => ({ what: `no errors at ${h.connections} connections`, ok: h.bot.errors === 0 && h.echo.errors === 0 && h.forgetful.errors === 0 && (h.varied?.errors ?? 0) === 0 })),
      { what: `cold start (npm start) < ${TARGETS.coldStartMs} ms`, ok: startCold !== undefined && median(startCold.firstAnswerMs) < TARGETS.coldStartMs },
      { what: `resident memory with 10,000 passages < ${mb(TARGETS.rss10kBytes)}`, ok: bigMemory.rss < TARGETS.rss10kBytes },
    ];

    if (args.json) process.stdout.write(`${JSON.stringify(report)}\n`);
    else {
      process.stdout.write(`\n${table(report)}\n\n`);
      for (const h of http) for (const [side, s] of [['bot', h.bot], ['echo', h.echo]] as const) for (const e of s.errorSamples) process.stdout.write(`error (${side}, ${h.connections} connections): ${e}\n`);
      process.stdout.write(`The bot ran as node ${[...nodeFlags, '<entry>'].join(' ')}; the echo bot with node's defaults.\n`);
      process.stdout.write(`Load average before ${loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${report.loadAfter.map((l) => l.toFixed(2)).join(' ')} (${'2 cores'}).\n`);
      for (const c of report.checks) process.stdout.write(`${c.ok ? 'ok  ' : 'MISS'}  ${c.what}\n`);
    }
    return args.strict && report.checks.some((c) => !c.ok) ? 1 : 0;
  } finally {
    for (const s of started) await s.stop();
    await rm(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const known = err instanceof UsageError || err instanceof KnowledgeLoadError;
    process.stderr.write(`${err instanceof UsageError ? `usage: ${err.message}` : known ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = err instanceof UsageError ? 2 : 1;
  },
);

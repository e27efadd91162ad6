import { createAdapter, type HankeapuAdapter } from '../bot/adapter.js';
import { createBotApp } from '../bot/app.js';
import { rateLimitGate } from '../bot/rateLimit.js';
import { systemClock, type Clock } from '../bot/clock.js';
import type { LoadedKnowledge } from '../bot/deps.js';
import type { HandoffPort } from '../bot/handoffPort.js';
import type { RenderText } from '../bot/reply.js';
import { createTicketHandoffPort } from '../bot/ticketHandoff.js';
import { channelTextSender, createCoordinatorPort } from '../bot/coordinatorPort.js';
import { channelReloadNotifier, KnowledgeChannelStore } from '../coordinators/channel.js';
import type { KnowledgeReloadNotifier, ReloadOutcome } from '../knowledge/live.js';
import { reportSummary } from '../report/format.js';
import { daysBefore, produceGapReport } from '../report/produce.js';
import type { Config } from '../config/config.js';
import type { EventLog } from '../events/events.js';
import { createJsonlEventLog } from '../events/jsonl.js';
import { createJsonlFeedbackStore } from '../feedback/jsonl.js';
import { createRateLimiter } from '../ratelimit/limiter.js';
import type { FeedbackStore } from '../feedback/store.js';
import { isPrunable, startRetention } from '../retention/sweep.js';
import { faqProposalKey } from '../faq/store.js';
import { createStorage } from '../storage/createStorage.js';
import { TicketStore } from '../storage/ticketStore.js';
import { DEFAULT_BODY_LIMIT_BYTES } from './body.js';
import { healthStatus } from './health.js';
import { consoleLogger, type Logger } from './log.js';
import { createServer } from './server.js';

/** What a handoff implementation gets to send proactive messages (adviser notifications, replies). */
export interface BotRuntime {
  adapter: HankeapuAdapter;
  /** The bot's Microsoft App ID; '' in local mode. */
  botAppId: string;
  config: Config;
  clock: Clock;
  log: Logger;
  /** Reloads the knowledge folder now (live reload); an approved FAQ entry is served from the next question on. */
  reloadKnowledge?: () => Promise<ReloadOutcome>;
}

export interface HankeapuDeps {
  config: Config;
  renderText: RenderText;
  /** What is serving now (src/knowledge/live.ts keeps it current); read on every turn and by /healthz. */
  knowledge: () => LoadedKnowledge;
  /** Default: JSON lines in `<DATA_DIR>/feedback.jsonl`. */
  feedback?: FeedbackStore;
  /** Default: JSON lines in `<DATA_DIR>/events.jsonl`. */
  events?: EventLog;
  /** Default: tickets on config.handoff.storage, posted to the registered advisers' channels (createTicketHandoffPort). */
  handoff?: (runtime: BotRuntime) => HandoffPort;
  /** Default: real time, days in Europe/Helsinki. */
  clock?: Clock;
  /** Default: console. */
  log?: Logger;
  /** Default: 256 KB. */
  bodyLimitBytes?: number;
  /** Default: built from config.auth. Tests pass one that trusts a local token issuer. */
  adapter?: HankeapuAdapter;
  /** Live reload's reload(): what an approved FAQ entry calls so that it answers the next member at once. */
  reloadKnowledge?: () => Promise<ReloadOutcome>;
}

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:3978 */
  url: string;
  port: number;
  /** Posts knowledge reload notices to the coordinators' channel, when one is registered ("tietopohjakanava"). */
  knowledgeNotifier: KnowledgeReloadNotifier;
  close(): Promise<void>;
}

/**
 * Builds adapter, Teams application and HTTP server from the given dependencies and starts
 * listening on config.host:config.port (port 0 picks a free port). The entry point and the
 * end-to-end tests both start the bot through here.
 */
export async function startHankeapu(deps: HankeapuDeps): Promise<RunningServer> {
  const { config } = deps;
  const log = deps.log ?? consoleLogger;
  const clock = deps.clock ?? systemClock();
  const adapter = deps.adapter ?? createAdapter(config.auth);
  const botAppId = config.auth.mode === 'local' ? '' : config.auth.appId;
  // One storage for the handoff and the retention sweep, so that they share its locks.
  const storage = createStorage(config.handoff.storage);
  const handoff = (deps.handoff ?? ((runtime: BotRuntime) => createTicketHandoffPort(runtime, { storage })))({
    adapter,
    botAppId,
    config,
    clock,
    log,
    ...(deps.reloadKnowledge === undefined ? {} : { reloadKnowledge: deps.reloadKnowledge }),
  });
  const feedback = deps.feedback ?? createJsonlFeedbackStore(config.dataDir);
  const events = deps.events ?? createJsonlEventLog(config.dataDir);
  const tickets = new TicketStore(storage, { now: () => clock.now() });
  const knowledgeChannel = new KnowledgeChannelStore(storage);
  const coordinators = createCoordinatorPort({
    access: config.handoff.access,
    channels: knowledgeChannel,
    async report(days, lang) {
      const today = clock.today();
      const { engine, kb } = deps.knowledge();
      const { report } = await produceGapReport({ tickets: () => tickets.listCreated(), feedback, events }, { engine, kb }, { from: daysBefore(today, days - 1), to: today, today, lang });
      return reportSummary(report, { lang });
    },
    clock,
    log,
  });
  const app = createBotApp(
    {
      renderText: deps.renderText,
      knowledge: deps.knowledge,
      feedback,
      events,
      handoff,
      coordinators,
      clock,
      log,
    },
    {
      adapter,
      botAppId,
      admit: rateLimitGate(createRateLimiter({ limit: config.rateLimit?.perMinute ?? 0, now: () => clock.now().getTime() }), config.handoff.access, log),
    },
  );
  const server = createServer({
    adapter,
    app,
    health: () => healthStatus(config.auth.mode, deps.knowledge()),
    bodyLimitBytes: deps.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES,
    log,
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  // Deliveries queued before a restart (or a crash) resume now that the bot can also take turns.
  handoff.start?.();
  // Stored questions and feedback older than RETENTION_DAYS are deleted now and daily.
  const retention =
    config.retention === undefined
      ? undefined
      : startRetention(
          { ...(isPrunable(feedback) ? { feedback } : {}), ...(isPrunable(events) ? { events } : {}), tickets, withTicket: (id) => storage.delete([faqProposalKey(id)]) },
          { days: config.retention.days, now: () => clock.now(), log },
        );
  const { port } = server.address();
  const host = config.host.includes(':') ? `[${config.host}]` : config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
  return {
    url: `http://${host}:${port}`,
    port,
    knowledgeNotifier: channelReloadNotifier(knowledgeChannel, channelTextSender(adapter, botAppId)),
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.server.closeAllConnections();
      });
      retention?.stop();
      await handoff.stop?.();
    },
  };
}

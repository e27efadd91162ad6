import { renderText } from './answer/render.js';
import { buildLoadedKnowledge } from './bot/deps.js';
import { formatConfigIssue, parseConfig } from './config/config.js';
import { readEnvironment } from './config/env.js';
import { accessWarnings } from './handoff/accessConfig.js';
import { bothNotifiers, logReloadNotifier, startLiveKnowledge, type KnowledgeReloadNotifier } from './knowledge/live.js';
import { formatIssue } from './knowledge/load.js';
import { startupBanner } from './server/banner.js';
import { collectAfterReload, collectBuildGarbageSoon } from './server/memory.js';
import { consoleLogger } from './server/log.js';
import { startHankeapu } from './server/start.js';

/** Load config → load knowledge (and keep it current) → build engine → start the server. Returns an exit code on failure. */
async function main(): Promise<number | undefined> {
  const parsed = parseConfig(readEnvironment());
  if (!parsed.ok) {
    console.error('Hankeapu cannot start: the configuration is invalid.');
    for (const issue of parsed.errors) console.error(`  ${formatConfigIssue(issue)}`);
    return 1;
  }
  const { config } = parsed;

  // Edits are always logged; once the server is up, the coordinators' channel (if registered) hears too.
  let coordinatorChannel: KnowledgeReloadNotifier | undefined;
  const loaded = await startLiveKnowledge({
    dir: config.knowledgeDir,
    build: (kb, version) => buildLoadedKnowledge(kb, version, config.rememberedDecisions),
    notifier: bothNotifiers(logReloadNotifier(consoleLogger), { notify: (event) => coordinatorChannel?.notify(event) ?? Promise.resolve() }, collectAfterReload()),
    log: consoleLogger,
  });
  for (const warning of loaded.warnings) console.warn(`warning: ${formatIssue(warning)}`);
  if (!loaded.ok) {
    console.error(`Hankeapu cannot start: the knowledge base in ${config.knowledgeDir} has errors.`);
    for (const issue of loaded.errors) console.error(`  ${formatIssue(issue)}`);
    return 1;
  }

  const server = await startHankeapu({
    config,
    renderText,
    knowledge: loaded.live.current,
    reloadKnowledge: loaded.live.reload,
    log: consoleLogger,
  });
  coordinatorChannel = server.knowledgeNotifier;
  console.log(startupBanner(config, server.url));
  collectBuildGarbageSoon((collected) => {
    if (collected) console.log(`memory: ${Math.round(process.memoryUsage().heapUsed / 1_048_576)} MB in use after building the knowledge index`);
  });
  for (const warning of accessWarnings(config.handoff.access)) console.warn(`warning: ${warning}`);

  const stop = (): void => {
    loaded.live.close();
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return undefined;
}

main().then(
  (code) => {
    if (code !== undefined) process.exitCode = code;
  },
  (err: unknown) => {
    console.error('Hankeapu failed to start:', err);
    process.exitCode = 1;
  },
);

import { createAnswerEngine } from './answer/engine.js';
import { renderText } from './answer/render.js';
import { summarizeKnowledge } from './bot/deps.js';
import { formatConfigIssue, parseConfig } from './config/config.js';
import { readEnvironment } from './config/env.js';
import { formatIssue, loadKnowledgeBase } from './knowledge/load.js';
import { startupBanner } from './server/banner.js';
import { consoleLogger } from './server/log.js';
import { startHankeapu } from './server/start.js';

/** Load config → load knowledge → build engine → start the server. Returns an exit code on failure. */
async function main(): Promise<number | undefined> {
  const parsed = parseConfig(readEnvironment());
  if (!parsed.ok) {
    console.error('Hankeapu cannot start: the configuration is invalid.');
    for (const issue of parsed.errors) console.error(`  ${formatConfigIssue(issue)}`);
    return 1;
  }
  const { config } = parsed;

  const loaded = await loadKnowledgeBase(config.knowledgeDir);
  for (const warning of loaded.warnings) console.warn(`warning: ${formatIssue(warning)}`);
  if (!loaded.ok) {
    console.error(`Hankeapu cannot start: the knowledge base in ${config.knowledgeDir} has errors.`);
    for (const issue of loaded.errors) console.error(`  ${formatIssue(issue)}`);
    return 1;
  }

  const server = await startHankeapu({
    config,
    engine: createAnswerEngine(loaded.kb),
    renderText,
    knowledge: summarizeKnowledge(loaded.kb),
    log: consoleLogger,
  });
  console.log(startupBanner(config, server.url));

  const stop = (): void => {
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

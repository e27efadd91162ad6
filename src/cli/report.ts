import { writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { createAnswerEngine } from '../answer/engine.js';
import { todayInFinland } from '../answer/dates.js';
import { formatConfigIssue, parseConfig } from '../config/config.js';
import { readEnvironment } from '../config/env.js';
import { createJsonlEventLog } from '../events/jsonl.js';
import { createJsonlFeedbackStore } from '../feedback/jsonl.js';
import { formatIssue, loadKnowledgeBase } from '../knowledge/load.js';
import { isoDateSchema } from '../knowledge/schema.js';
import { formatReport, REPORT_FORMATS } from '../report/format.js';
import { daysBefore, DEFAULT_REPORT_DAYS, produceGapReport } from '../report/produce.js';
import { createStorage } from '../storage/createStorage.js';
import { TicketStore } from '../storage/ticketStore.js';
import { parseCli, UsageError, runMain } from './args.js';

/**
 * npm run report [-- --from YYYY-MM-DD] [--to YYYY-MM-DD] [--format md|csv] [--out file] [--lang fi|en] [--today YYYY-MM-DD]
 *
 * The gap report over forwarded questions (tickets), "not helpful" feedback and clarify and
 * handoff-offer decisions, grouped by topic and region, most frequent first. Reads the bot's
 * configuration (DATA_DIR, KNOWLEDGE_DIR, STORAGE…) from the environment and .env, like the bot.
 * Default period: the 30 days ending today (or --to). Exit 0 on success, 1 on failure, 2 on bad arguments.
 */
const argsSchema = z.object({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  today: isoDateSchema.optional(),
  format: z.enum(REPORT_FORMATS, { errorMap: () => ({ message: 'must be md or csv' }) }).default('md'),
  lang: z.enum(['fi', 'en'], { errorMap: () => ({ message: 'must be fi or en' }) }).default('fi'),
  out: z.string().min(1).optional(),
  positionals: z.array(z.string()).max(0, 'takes no positional arguments'),
});

async function main(): Promise<number> {
  const args = parseCli(
    process.argv.slice(2),
    { from: { type: 'string' }, to: { type: 'string' }, today: { type: 'string' }, format: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' } },
    argsSchema,
  );
  const parsed = parseConfig(readEnvironment());
  if (!parsed.ok) {
    process.stderr.write(`report: the configuration is invalid:\n${parsed.errors.map((e) => `  ${formatConfigIssue(e)}\n`).join('')}`);
    return 1;
  }
  const { config } = parsed;
  const today = args.today ?? todayInFinland(new Date());
  const to = args.to ?? today;
  const from = args.from ?? daysBefore(to, DEFAULT_REPORT_DAYS - 1);
  if (from > to) throw new UsageError(`--from ${from} is after --to ${to}`);

  const loaded = await loadKnowledgeBase(config.knowledgeDir);
  if (!loaded.ok) {
    process.stderr.write(`report: the knowledge base in ${config.knowledgeDir} has errors (run npm run kb:check):\n${loaded.errors.map((e) => `  ${formatIssue(e)}\n`).join('')}`);
    return 1;
  }
  if (config.handoff.storage.kind === 'memory') {
    process.stderr.write('report: STORAGE is memory, so no forwarded questions are kept between runs; the report has none.\n');
  }
  const tickets = new TicketStore(createStorage(config.handoff.storage));
  const produced = await produceGapReport(
    { tickets: () => tickets.listCreated(), feedback: createJsonlFeedbackStore(config.dataDir), events: createJsonlEventLog(config.dataDir) },
    { engine: createAnswerEngine(loaded.kb), kb: loaded.kb },
    { from, to, today, lang: args.lang },
  );
  const text = formatReport(produced.report, args.format, { lang: args.lang });
  for (const p of produced.problems) process.stderr.write(`report: skipped a record that could not be read: ${p}\n`);
  if (args.out === undefined) {
    process.stdout.write(text);
  } else {
    await writeFile(args.out, text, 'utf8');
    process.stdout.write(`report: ${from}–${to}: ${produced.report.total} questions in ${produced.report.groups.length} groups written to ${args.out}\n`);
  }
  return 0;
}

runMain(main);

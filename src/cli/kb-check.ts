import { isAbsolute, relative, resolve } from 'node:path';
import { z } from 'zod';
import { todayInFinland } from '../answer/dates.js';
import { checkKnowledge, DEFAULT_SOON_DAYS, type CheckIssue } from '../knowledge/check.js';
import { readKnowledgeFiles } from '../knowledge/load.js';
import { isoDateSchema } from '../knowledge/schema.js';
import { formatIssue } from '../knowledge/types.js';
import { DEFAULT_KNOWLEDGE_DIR, parseCli, runMain } from './args.js';

/**
 * npm run kb:check [-- --today YYYY-MM-DD] [--dir knowledge] [--soon-days 30]
 * Prints every issue as `file:line [field]: severity: message` and a summary line.
 * Exit 0 when there are no errors (warnings allowed), 1 on any error, 2 on bad arguments.
 */
const argsSchema = z.object({
  today: isoDateSchema.optional(),
  dir: z.string().min(1).default(DEFAULT_KNOWLEDGE_DIR),
  'soon-days': z.coerce.number({ invalid_type_error: 'must be a whole number of days' }).int('must be a whole number of days').min(0).default(DEFAULT_SOON_DAYS),
  positionals: z.array(z.string()).max(0, 'takes no positional arguments'),
});

/** The issue with its file as a path from the working directory (absolute when outside it), for editors to open. */
function display(dir: string, issue: CheckIssue): string {
  const full = resolve(dir, issue.file);
  const fromHere = relative(process.cwd(), full);
  const path = fromHere === '' ? '.' : fromHere.startsWith('..') || isAbsolute(fromHere) ? full : fromHere;
  return formatIssue({ ...issue, file: path, message: `${issue.severity}: ${issue.message}` });
}

async function main(): Promise<number> {
  const args = parseCli(process.argv.slice(2), { today: { type: 'string' }, dir: { type: 'string' }, 'soon-days': { type: 'string' } }, argsSchema);
  const today = args.today ?? todayInFinland(new Date());
  const files = await readKnowledgeFiles(args.dir).catch((err: unknown) => {
    process.stderr.write(`${args.dir}: cannot read the knowledge folder: ${err instanceof Error ? err.message : String(err)}\n`);
    return undefined;
  });
  if (files === undefined) return 1;
  const report = checkKnowledge(files, { today, soonDays: args['soon-days'] });
  for (const issue of report.issues) process.stdout.write(`${display(args.dir, issue)}\n`);
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  process.stdout.write(
    `kb:check ${today}: ${plural(report.documents, 'document')} checked, ${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')} (${report.expired} expired, ${report.expiresSoon} expiring within ${args['soon-days']} days)\n`,
  );
  return report.errors > 0 ? 1 : 0;
}

runMain(main);

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { createAnswerEngine } from '../answer/engine.js';
import { evalFileSchema } from '../eval/cases.js';
import { evaluate, formatReport } from '../eval/evaluate.js';
import { formatIssue, loadKnowledgeBase } from '../knowledge/load.js';
import { DEFAULT_KNOWLEDGE_DIR, parseCli, REPO_ROOT, runMain } from './args.js';

/** npm run eval [file] [--json]: Hit@1 for answerable questions, handoff rate for the rest, every failure. */
const argsSchema = z.object({
  knowledge: z.string().default(DEFAULT_KNOWLEDGE_DIR),
  json: z.boolean().default(false),
  positionals: z.array(z.string()).max(1),
});

async function main(): Promise<number> {
  const args = parseCli(process.argv.slice(2), { knowledge: { type: 'string' }, json: { type: 'boolean' } }, argsSchema);
  const file = resolve(args.positionals[0] ?? resolve(REPO_ROOT, 'test/eval/questions.yaml'));
  const cases = evalFileSchema.safeParse(parseYaml(await readFile(file, 'utf8')) as unknown);
  if (!cases.success) {
    for (const i of cases.error.issues) process.stderr.write(`${file}: [${i.path.join('.')}] ${i.message}\n`);
    return 1;
  }
  const loaded = await loadKnowledgeBase(args.knowledge);
  if (!loaded.ok) {
    for (const e of loaded.errors) process.stderr.write(`${formatIssue(e)}\n`);
    return 1;
  }
  const report = evaluate(createAnswerEngine(loaded.kb), cases.data);
  if (args.json) {
    const { results, ...summary } = report;
    process.stdout.write(`${JSON.stringify({ ...summary, failures: results.filter((r) => !r.ok).map((r) => ({ q: r.case.q, why: r.why })) })}\n`);
  } else {
    process.stdout.write(`${file}\n${formatReport(report)}\n`);
  }
  return 0;
}

runMain(main);

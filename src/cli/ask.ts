import { createInterface } from 'node:readline';
import { z } from 'zod';
import { createAnswerEngine } from '../answer/engine.js';
import { renderText, decisionSources } from '../answer/render.js';
import { todayInFinland } from '../answer/dates.js';
import type { AnswerEngine } from '../answer/types.js';
import { isAnswered } from '../eval/evaluate.js';
import { isoDateSchema } from '../knowledge/schema.js';
import { formatIssue, loadKnowledgeBase } from '../knowledge/load.js';
import { DEFAULT_KNOWLEDGE_DIR, parseCli, runMain } from './args.js';

/**
 * npm run --silent ask -- --json [--today YYYY-MM-DD] ["question"]
 * Without a question, reads one question per line from stdin and answers each, in order.
 * Other tools depend on the JSON shape: {question, answered, answer, sources:[{title,url,date}], score}.
 */
const argsSchema = z.object({
  json: z.boolean().default(false),
  today: isoDateSchema.optional(),
  knowledge: z.string().default(DEFAULT_KNOWLEDGE_DIR),
  positionals: z.array(z.string()).max(1, 'give the question as one quoted argument'),
});

export interface AskOutput {
  question: string;
  answered: boolean;
  answer: string;
  sources: { title: string; url: string; date: string }[];
  score: number;
}

export function askOnce(engine: AnswerEngine, question: string, today: string): AskOutput {
  const decision = engine.decide(question, { today });
  return {
    question,
    answered: isAnswered(decision),
    answer: renderText(decision),
    sources: decisionSources(decision).map((s) => ({ title: s.title, url: s.url ?? '', date: s.date })),
    score: decision.score,
  };
}

function format(out: AskOutput, json: boolean): string {
  if (json) return JSON.stringify(out);
  const mark = out.answered ? '' : '\n(→ neuvojalle välitettäväksi)';
  return `? ${out.question}\n${out.answer}${mark}\n`;
}

async function main(): Promise<number> {
  const args = parseCli(process.argv.slice(2), { json: { type: 'boolean' }, today: { type: 'string' }, knowledge: { type: 'string' } }, argsSchema);
  const loaded = await loadKnowledgeBase(args.knowledge);
  if (!loaded.ok) {
    for (const e of loaded.errors) process.stderr.write(`${formatIssue(e)}\n`);
    return 1;
  }
  const engine = createAnswerEngine(loaded.kb);
  const today = args.today ?? todayInFinland(new Date());
  const question = args.positionals[0];
  if (question !== undefined) {
    process.stdout.write(`${format(askOnce(engine, question, today), args.json)}\n`);
    return 0;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    process.stdout.write(`${format(askOnce(engine, line, today), args.json)}\n`);
  }
  return 0;
}

runMain(main);

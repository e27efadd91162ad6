import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../src/answer/engine.js';
import { evaluate, formatReport, type EvalReport } from '../../src/eval/evaluate.js';
import { bundledKnowledgeBase, evalCases } from '../knowledge/fixtures.js';

/**
 * What the engine must reach on test/eval/questions.yaml. Set by the lead as tuning progresses:
 * - answerableHit: share of answerable questions answered with every expected string (Hit@1);
 * - unanswerableHandoff: share of out-of-scope questions handed to an adviser;
 * - dated: share of questions with a fixed "today" answered correctly (open/ended calls);
 * - english: share of English questions answered correctly, in English.
 */
export const EVAL_THRESHOLDS = { answerableHit: 0.88, unanswerableHandoff: 0.9, dated: 1.0, english: 0.75 } as const;

/**
 * test/eval/validation.yaml was written from the seed documents alone, without looking at the
 * engine, as a stand-in for the held-out set; its floor is what the engine measured on it.
 */
export const VALIDATION_THRESHOLDS = { answerableHit: 0.94, unanswerableHandoff: 0.86, dated: 1.0, english: 0.75 } as const;

const reports = new Map<string, Promise<EvalReport>>();

function run(file?: string): Promise<EvalReport> {
  const key = file ?? '';
  let report = reports.get(key);
  if (report === undefined) {
    report = Promise.all([bundledKnowledgeBase(), evalCases(file)]).then(([kb, cases]) => evaluate(createAnswerEngine(kb), cases));
    reports.set(key, report);
  }
  return report;
}

describe('evaluation over test/eval/validation.yaml', () => {
  const file = fileURLToPath(new URL('./validation.yaml', import.meta.url));
  it.each([
    ['answerableHit', (r: EvalReport) => r.answerable.rate],
    ['unanswerableHandoff', (r: EvalReport) => r.unanswerable.rate],
    ['dated', (r: EvalReport) => r.dated.rate],
    ['english', (r: EvalReport) => r.english.rate],
  ] as const)('reaches the %s floor', async (name, rate) => {
    const r = await run(file);
    expect(rate(r), `${name} below ${VALIDATION_THRESHOLDS[name]}\n${formatReport(r)}`).toBeGreaterThanOrEqual(VALIDATION_THRESHOLDS[name]);
  });
});

describe('evaluation over test/eval/questions.yaml', () => {
  it('has answerable and unanswerable, dated and English questions', async () => {
    const r = await run();
    for (const part of [r.answerable, r.unanswerable, r.dated, r.english]) expect(part.total).toBeGreaterThan(0);
  });

  it.each([
    ['answerableHit', (r: EvalReport) => r.answerable.rate],
    ['unanswerableHandoff', (r: EvalReport) => r.unanswerable.rate],
    ['dated', (r: EvalReport) => r.dated.rate],
    ['english', (r: EvalReport) => r.english.rate],
  ] as const)('reaches the %s threshold', async (name, rate) => {
    const r = await run();
    expect(rate(r), `${name} below ${EVAL_THRESHOLDS[name]}\n${formatReport(r)}`).toBeGreaterThanOrEqual(EVAL_THRESHOLDS[name]);
  });
});

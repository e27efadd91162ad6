import { describe, expect, it } from 'vitest';
import type { AnswerEngine, AnswerPassage, Decision } from '../../src/answer/types.js';
import { evalCaseSchema, evalFileSchema, type EvalCase } from '../../src/eval/cases.js';
import { DEFAULT_EVAL_TODAY, evaluate, formatReport, isAnswered, judge, normalizeForMatch } from '../../src/eval/evaluate.js';

const PASSAGE: AnswerPassage = {
  passageId: 'd:1',
  headings: ['Omarahoitus'],
  excerpt: 'Omarahoitusosuus 20 %',
  source: { docId: 'd', title: 'D', publisher: 'P', date: '2024' },
};
const ANSWER: Decision = { kind: 'answer', lang: 'fi', question: 'q', passage: PASSAGE, notices: [], score: 1 };
const HANDOFF: Decision = { kind: 'handoff', lang: 'fi', question: 'q', reason: 'no_evidence', score: 0.1 };
const INVALID: Decision = { kind: 'invalid', lang: 'fi', question: '', reason: 'empty', score: 0 };

function evalCase(fields: Partial<EvalCase> & { q: string }): EvalCase {
  return evalCaseSchema.parse(fields);
}

describe('judge', () => {
  it.each([
    ['an answer with every expected string (case and spaces ignored)', evalCase({ q: 'q', expect: ['20%', 'OMARAHOITUS'] }), ANSWER, 'x Omarahoitusosuus 20 %', true, ''],
    ['an answer missing an expected string', evalCase({ q: 'q', expect: ['20', '40 %'] }), ANSWER, 'Omarahoitusosuus 20 %', false, 'missing "40 %"'],
    ['an answer saying what it must not', evalCase({ q: 'q', expect: ['20'], expect_not: ['on auki'] }), ANSWER, '20, haku on auki', false, 'must not say "on auki"'],
    ['an answer in the wrong language', evalCase({ q: 'q', expect: ['20'], lang: 'en' }), ANSWER, '20', false, 'answered in fi, expected en'],
    ['a handoff of an answerable question', evalCase({ q: 'q', expect: ['20'] }), HANDOFF, 'x', false, 'not answered (handoff, score 0.1)'],
    ['a handoff of an unanswerable question', evalCase({ q: 'q', answerable: false }), HANDOFF, 'x', true, ''],
    ['an answer to an unanswerable question', evalCase({ q: 'q', answerable: false }), ANSWER, '20', false, 'expected handoff, got answer'],
    ['an invalid decision for an unanswerable question', evalCase({ q: 'q', answerable: false }), INVALID, '', false, 'expected handoff, got invalid'],
  ] as const)('%s', (_what, c, decision, text, ok, why) => {
    expect(judge(c, decision, text)).toEqual({ ok, why });
  });
});

describe('eval cases', () => {
  it('requires an expect string for an answerable question', () => {
    expect(evalCaseSchema.safeParse({ q: 'q' }).success).toBe(false);
    expect(evalCaseSchema.safeParse({ q: 'q', answerable: false }).success).toBe(true);
  });

  it('rejects unknown keys and impossible days', () => {
    expect(evalCaseSchema.safeParse({ q: 'q', expect: ['x'], expected: ['x'] }).success).toBe(false);
    expect(evalCaseSchema.safeParse({ q: 'q', expect: ['x'], today: '2024-02-30' }).success).toBe(false);
    expect(evalFileSchema.safeParse([]).success).toBe(false);
  });
});

describe('evaluate', () => {
  /** An engine that answers "20 %" to questions about omarahoitus and hands off the rest. */
  const asked: string[] = [];
  const engine: AnswerEngine = {
    decide: (question, ctx) => {
      asked.push(ctx.today);
      return question.includes('omarahoitus') ? { ...ANSWER, question } : { ...HANDOFF, question };
    },
    answerFromPassage: () => HANDOFF,
  };
  const cases = [
    evalCase({ q: 'omarahoitus?', expect: ['20'] }),
    evalCase({ q: 'muu?', expect: ['x'] }),
    evalCase({ q: 'lappi?', answerable: false }),
    evalCase({ q: 'omarahoitus en', expect: ['20'], lang: 'en', today: '2024-04-15' }),
  ];
  const report = evaluate(engine, cases);

  it('counts hits, handoffs, dated and English questions', () => {
    expect(report.answerable).toEqual({ total: 3, hits: 1, rate: 1 / 3 });
    expect(report.unanswerable).toEqual({ total: 1, handedOff: 1, rate: 1 });
    expect(report.dated).toEqual({ total: 1, correct: 0, rate: 0 });
    expect(report.english).toEqual({ total: 1, correct: 0, rate: 0 });
  });

  it('asks on the case day, or the default day', () => {
    expect(asked.slice(0, 4)).toEqual([DEFAULT_EVAL_TODAY, DEFAULT_EVAL_TODAY, DEFAULT_EVAL_TODAY, '2024-04-15']);
  });

  it('reports Hit@1 and every failure with its reason', () => {
    const text = formatReport(report);
    expect(text).toContain('Hit@1');
    expect(text).toContain('Failures (2)');
    expect(text).toContain('"muu?": not answered');
    expect(text).toContain('[today 2024-04-15]: answered in fi, expected en');
  });

  it('counts an empty part as fully met', () => {
    expect(evaluate(engine, [evalCase({ q: 'omarahoitus', expect: ['20'] })]).unanswerable.rate).toBe(1);
  });
});

describe('helpers', () => {
  it('treats answers, call statuses and clarifications as answered', () => {
    expect(isAnswered(ANSWER)).toBe(true);
    expect(isAnswered({ kind: 'clarify', lang: 'fi', question: 'q', candidates: [PASSAGE], score: 0.5 })).toBe(true);
    expect(isAnswered({ kind: 'call_status', lang: 'fi', question: 'q', today: '2024-01-01', calls: [], score: 1 })).toBe(true);
    expect(isAnswered(HANDOFF)).toBe(false);
    expect(isAnswered(INVALID)).toBe(false);
  });

  it('normalizes case and all whitespace', () => {
    expect(normalizeForMatch(' 20 %\n Etelä-Savo ')).toBe('20%etelä-savo');
  });
});

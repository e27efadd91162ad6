import { renderText } from '../answer/render.js';
import type { AnswerEngine, Decision } from '../answer/types.js';
import type { EvalCase } from './cases.js';

export const DEFAULT_EVAL_TODAY = '2026-11-23';

export interface CaseResult {
  case: EvalCase;
  decision: Decision;
  text: string;
  ok: boolean;
  why: string;
}

export interface EvalReport {
  results: CaseResult[];
  answerable: { total: number; hits: number; rate: number };
  unanswerable: { total: number; handedOff: number; rate: number };
  dated: { total: number; correct: number; rate: number };
  english: { total: number; correct: number; rate: number };
}

/** Did the member get an answer (rather than an offer to forward, or a request to rephrase)? */
export function isAnswered(d: Decision): boolean {
  return d.kind === 'answer' || d.kind === 'call_status' || d.kind === 'clarify';
}

/** Case- and whitespace-insensitive, so "20 %" matches "20%". */
export function normalizeForMatch(s: string): string {
  return s.toLowerCase().replace(/\s+/g, '');
}

export function judge(c: EvalCase, decision: Decision, text: string): { ok: boolean; why: string } {
  const body = normalizeForMatch(text);
  if (!c.answerable) return decision.kind === 'handoff' ? { ok: true, why: '' } : { ok: false, why: `expected handoff, got ${decision.kind}` };
  if (!isAnswered(decision)) return { ok: false, why: `not answered (${decision.kind}, score ${decision.score})` };
  const missing = c.expect.filter((e) => !body.includes(normalizeForMatch(e)));
  if (missing.length > 0) return { ok: false, why: `missing ${missing.map((m) => JSON.stringify(m)).join(', ')}` };
  const present = c.expect_not.filter((e) => body.includes(normalizeForMatch(e)));
  if (present.length > 0) return { ok: false, why: `must not say ${present.map((m) => JSON.stringify(m)).join(', ')}` };
  if (c.lang !== decision.lang) return { ok: false, why: `answered in ${decision.lang}, expected ${c.lang}` };
  return { ok: true, why: '' };
}

export function evaluate(engine: AnswerEngine, cases: readonly EvalCase[]): EvalReport {
  const results = cases.map((c) => {
    const decision = engine.decide(c.q, { today: c.today ?? DEFAULT_EVAL_TODAY });
    const text = renderText(decision);
    return { case: c, decision, text, ...judge(c, decision, text) };
  });
  const rate = (n: number, d: number): number => (d === 0 ? 1 : n / d);
  const answerable = results.filter((r) => r.case.answerable);
  const unanswerable = results.filter((r) => !r.case.answerable);
  const dated = results.filter((r) => r.case.today !== undefined);
  const english = results.filter((r) => r.case.lang === 'en');
  const count = (rs: CaseResult[]): number => rs.filter((r) => r.ok).length;
  return {
    results,
    answerable: { total: answerable.length, hits: count(answerable), rate: rate(count(answerable), answerable.length) },
    unanswerable: { total: unanswerable.length, handedOff: count(unanswerable), rate: rate(count(unanswerable), unanswerable.length) },
    dated: { total: dated.length, correct: count(dated), rate: rate(count(dated), dated.length) },
    english: { total: english.length, correct: count(english), rate: rate(count(english), english.length) },
  };
}

export function formatReport(report: EvalReport): string {
  const pct = (r: number): string => `${(r * 100).toFixed(1)} %`;
  const lines = [
    `Hit@1 (answerable):        ${report.answerable.hits}/${report.answerable.total}  ${pct(report.answerable.rate)}`,
    `Handed off (unanswerable): ${report.unanswerable.handedOff}/${report.unanswerable.total}  ${pct(report.unanswerable.rate)}`,
    `Date questions correct:    ${report.dated.correct}/${report.dated.total}  ${pct(report.dated.rate)}`,
    `English questions correct: ${report.english.correct}/${report.english.total}  ${pct(report.english.rate)}`,
  ];
  const failures = report.results.filter((r) => !r.ok);
  if (failures.length > 0) {
    lines.push('', `Failures (${failures.length}):`);
    for (const f of failures) {
      lines.push(`- ${JSON.stringify(f.case.q)}${f.case.today === undefined ? '' : ` [today ${f.case.today}]`}: ${f.why}`);
      lines.push(`    ${f.text.split('\n')[0]?.slice(0, 160) ?? ''}`);
    }
  }
  return lines.join('\n');
}

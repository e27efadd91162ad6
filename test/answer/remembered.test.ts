import { describe, expect, it } from 'vitest';
import { rememberingDecisions } from '../../src/answer/remembered.js';
import type { AnswerEngine, AskContext, Decision } from '../../src/answer/types.js';

/** An engine that counts its decisions and tells them apart by a serial number in `score`. */
function countingEngine(): AnswerEngine & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    decide(question: string, ctx: AskContext): Decision {
      asked.push(`${ctx.today} ${question}`);
      return { kind: 'handoff', lang: 'fi', question, reason: 'no_evidence', score: asked.length };
    },
    answerFromPassage(passageId: string, question: string): Decision {
      asked.push(`pick ${passageId} ${question}`);
      return { kind: 'handoff', lang: 'fi', question, reason: 'no_evidence', score: asked.length };
    },
  };
}

const TODAY = { today: '2026-12-03' };

describe('rememberingDecisions', () => {
  it('decides the same question on the same day once and hands out that decision again', () => {
    const engine = countingEngine();
    const remembering = rememberingDecisions(engine);
    const first = remembering.decide('Mikä on flat rate?', TODAY);
    expect(remembering.decide('Mikä on flat rate?', TODAY)).toBe(first);
    expect(engine.asked).toEqual(['2026-12-03 Mikä on flat rate?']);
  });

  it('decides again on another day (a call may have closed) and for other text', () => {
    const engine = countingEngine();
    const remembering = rememberingDecisions(engine);
    remembering.decide('Onko haku auki?', TODAY);
    remembering.decide('Onko haku auki?', { today: '2026-12-04' });
    remembering.decide('onko haku auki?', TODAY);
    expect(engine.asked).toEqual(['2026-12-03 Onko haku auki?', '2026-12-04 Onko haku auki?', '2026-12-03 onko haku auki?']);
  });

  it('forgets the least recently asked question first', () => {
    const engine = countingEngine();
    const remembering = rememberingDecisions(engine, 2);
    remembering.decide('a', TODAY);
    remembering.decide('b', TODAY);
    remembering.decide('a', TODAY); // a is now the newest
    remembering.decide('c', TODAY); // b is forgotten
    remembering.decide('a', TODAY);
    remembering.decide('b', TODAY);
    expect(engine.asked).toEqual(['2026-12-03 a', '2026-12-03 b', '2026-12-03 c', '2026-12-03 b']);
  });

  it('passes a picked candidate through to the engine every time', () => {
    const engine = countingEngine();
    const remembering = rememberingDecisions(engine);
    remembering.answerFromPassage('kanto:1', 'Mikä on flat rate?', TODAY);
    remembering.answerFromPassage('kanto:1', 'Mikä on flat rate?', TODAY);
    expect(engine.asked).toHaveLength(2);
  });
});

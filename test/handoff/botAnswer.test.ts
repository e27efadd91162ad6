import { describe, expect, it } from 'vitest';
import type { AnswerPassage } from '../../src/answer/types.js';
import { botAnswerSummary } from '../../src/handoff/botAnswer.js';

const passage: AnswerPassage = {
  passageId: 'kake-4-3',
  headings: ['KANTO', '4.3. Omarahoitus'],
  excerpt: 'Omarahoitusosuus on vähintään 5 %.',
  source: { docId: 'kake', title: 'Hakuilmoitus', publisher: 'Etelä-Savon ELY', date: '2024-09' },
};

describe('botAnswerSummary', () => {
  it('an answer: the excerpt with its source', () => {
    expect(botAnswerSummary({ kind: 'answer', lang: 'fi', question: 'q', passage, notices: [], score: 0.9 })).toBe(
      'Omarahoitusosuus on vähintään 5 %.\n(Hakuilmoitus, 2024-09 – KANTO › 4.3. Omarahoitus)',
    );
  });

  it('clarify: the offered headings; handoff: nothing; long answers are cut', () => {
    expect(botAnswerSummary({ kind: 'clarify', lang: 'fi', question: 'q', candidates: [passage], score: 0.3 })).toBe('• KANTO › 4.3. Omarahoitus');
    expect(botAnswerSummary({ kind: 'handoff', lang: 'fi', question: 'q', reason: 'no_evidence', score: 0 })).toBeUndefined();
    const long = botAnswerSummary({ kind: 'answer', lang: 'fi', question: 'q', passage: { ...passage, excerpt: 'x'.repeat(5000) }, notices: [], score: 1 });
    expect(long?.length).toBe(1500);
  });
});

import { MAX_QUESTION_CHARS, type AnswerEngine, type AnswerPassage, type AskContext, type Decision, type Lang } from '../../src/answer/types.js';

/**
 * A typed stand-in for the answer engine with fixed, keyword-driven decisions, so bot and server
 * tests do not depend on the knowledge base's contents:
 * - "omarahoitus" / "own funding" → answer (with an old-source notice)
 * - "hakuaika" / "haku auki" / "call open" → call_status
 * - "kustannu" / "cost" → clarify between two passages
 * - anything else with words → handoff
 */
export const FAKE_PASSAGES = {
  omarahoitus: {
    passageId: 'kake-haku#omarahoitus',
    headings: ['Hakuilmoitus', 'Omarahoitus'],
    excerpt: 'Hankkeen omarahoitusosuus on vähintään 10 %.\n• Omarahoituksen voi kattaa myös talkootyöllä.',
    source: { docId: 'kake-haku', title: 'KAKE-hakuilmoitus', publisher: 'Etelä-Savon ELY-keskus', date: '2024-03-01', url: 'https://example.org/kake-haku' },
  },
  henkilosto: {
    passageId: 'kake-haku#henkilostokustannukset',
    headings: ['Hakuilmoitus', 'Henkilöstökustannukset'],
    excerpt: 'Henkilöstökustannukset korvataan flat rate -mallilla.',
    source: { docId: 'kake-haku', title: 'KAKE-hakuilmoitus', publisher: 'Etelä-Savon ELY-keskus', date: '2024-03-01' },
  },
  matkat: {
    passageId: 'kake-ukk#matkakustannukset',
    headings: ['UKK', 'Matkakustannukset'],
    excerpt: 'Matkakustannukset sisältyvät 40 % flat rate -osuuteen.',
    source: { docId: 'kake-ukk', title: 'Usein kysytyt kysymykset', publisher: 'Rakennerahastot.fi', date: '2024' },
  },
} satisfies Record<string, AnswerPassage>;

const ALL_PASSAGES: AnswerPassage[] = Object.values(FAKE_PASSAGES);

export function fakeLang(question: string): Lang {
  return /\b(how|what|when|who|where|is|the|funding|call|much|open)\b/i.test(question) ? 'en' : 'fi';
}

export interface FakeEngine extends AnswerEngine {
  /** Every question asked, with its context, in order. */
  readonly asked: { question: string; ctx: AskContext }[];
}

export function createFakeEngine(): FakeEngine {
  const asked: { question: string; ctx: AskContext }[] = [];
  return {
    asked,
    decide(question, ctx) {
      asked.push({ question, ctx });
      const lang = fakeLang(question);
      const q = question.trim();
      if (q === '') return { kind: 'invalid', lang, question, reason: 'empty', score: 0 };
      if (q.length > MAX_QUESTION_CHARS) return { kind: 'invalid', lang, question, reason: 'too_long', score: 0 };
      if (!/\p{L}/u.test(q)) return { kind: 'invalid', lang, question, reason: 'no_words', score: 0 };
      if (/omarahoitus|own funding/i.test(q)) {
        return { kind: 'answer', lang, question, passage: FAKE_PASSAGES.omarahoitus, notices: [{ kind: 'old_source', years: 1, date: '2024-03-01' }], score: 0.9 };
      }
      if (/hakuaika|haku .*auki|call open/i.test(q)) {
        return {
          kind: 'call_status',
          lang,
          question,
          today: ctx.today,
          region: 'Etelä-Savo',
          calls: [
            {
              call: { name: 'Hankehaku 2/2024', region: 'Etelä-Savo', opens: '2024-09-01', closes: '2024-10-31', quote: 'Haku on auki 1.9.–31.10.2024.' },
              state: 'ended',
              source: FAKE_PASSAGES.omarahoitus.source,
            },
          ],
          score: 0.8,
        };
      }
      if (/kustannu|cost/i.test(q)) {
        return { kind: 'clarify', lang, question, candidates: [FAKE_PASSAGES.henkilosto, FAKE_PASSAGES.matkat], score: 0.5 };
      }
      return { kind: 'handoff', lang, question, reason: 'no_evidence', score: 0.1 };
    },
    answerFromPassage(passageId, question, ctx): Decision {
      asked.push({ question, ctx });
      const lang = fakeLang(question);
      const passage = ALL_PASSAGES.find((p) => p.passageId === passageId);
      return passage === undefined
        ? { kind: 'handoff', lang, question, reason: 'no_evidence', score: 0 }
        : { kind: 'answer', lang, question, passage, notices: [], score: 1 };
    },
  };
}

import { describe, expect, it } from 'vitest';
import type { Decision } from '../../src/answer/types.js';
import { eventForDecision, regionOfQuestion } from '../../src/events/events.js';
import { FAKE_PASSAGES } from '../helpers/fakeEngine.js';

const AT = new Date('2025-03-15T10:00:00.000Z');

/** Which decisions become events, and with what. */
const CASES: { what: string; decision: Decision; event: ReturnType<typeof eventForDecision> }[] = [
  {
    what: 'a clarify, with the region the question names',
    decision: { kind: 'clarify', lang: 'fi', question: 'Mitkä kustannukset Pohjois-Savossa?', candidates: [FAKE_PASSAGES.henkilosto, FAKE_PASSAGES.matkat], score: 0.5 },
    event: { at: AT.toISOString(), kind: 'clarify', question: 'Mitkä kustannukset Pohjois-Savossa?', region: 'Pohjois-Savo', lang: 'fi' },
  },
  {
    what: 'a handoff, in English, without a region',
    decision: { kind: 'handoff', lang: 'en', question: 'Can we buy a boat?', reason: 'no_evidence', score: 0.1 },
    event: { at: AT.toISOString(), kind: 'handoff_offer', question: 'Can we buy a boat?', lang: 'en' },
  },
  {
    what: 'no event for an answer',
    decision: { kind: 'answer', lang: 'fi', question: 'Omarahoitus?', passage: FAKE_PASSAGES.omarahoitus, notices: [], score: 0.9 },
    event: undefined,
  },
  {
    what: 'no event for an invalid question',
    decision: { kind: 'invalid', lang: 'fi', question: '', reason: 'empty', score: 0 },
    event: undefined,
  },
];

describe('eventForDecision', () => {
  it.each(CASES)('$what', ({ decision, event }) => {
    expect(eventForDecision(decision, AT)).toEqual(event);
  });
});

describe('regionOfQuestion', () => {
  it.each([
    ['Voiko Mikkelissä hakea?', 'Etelä-Savo'],
    ['Kuka on yhteyshenkilö Pohjois-Karjalassa?', 'Pohjois-Karjala'],
    ['Onko haku auki Kuopiossa tai Joensuussa?', undefined],
    ['Paljonko omarahoitusta tarvitaan?', undefined],
  ])('%s → %s', (question, region) => {
    expect(regionOfQuestion(question)).toBe(region);
  });
});

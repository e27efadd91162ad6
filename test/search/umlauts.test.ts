import { describe, expect, it } from 'vitest';
import { umlautRestorer, umlautSpellings, type UmlautLexicon } from '../../src/search/umlauts.js';

const WORDS = new Set(['mitä', 'etelä', 'kylä', 'pitääkö', 'tänne', 'haku', 'savon', 'hakea', 'ala', 'älä']);
const STEMS = new Set(['kylä', 'jäsen']);
const lexicon: UmlautLexicon = {
  questionWordTypedAs: (w) => new Map([['mita', 'mitä'], ['pitaako', 'pitääkö'], ['tanne', 'tänne']]).get(w),
  knows: (w) => WORDS.has(w),
  knowsStem: (w) => [...STEMS].some((s) => w.startsWith(s)),
};

describe('umlautSpellings', () => {
  it('gives every spelling with some "a"/"o" as "ä"/"ö": all of them first (vowel harmony), then fewest changes first', () => {
    const spellings = umlautSpellings('pitaako');
    expect(spellings[0]).toBe('pitääkö');
    expect(spellings).toHaveLength(7);
    expect(spellings.slice(1, 4).every((s) => [...s].filter((c) => c === 'ä' || c === 'ö').length === 1)).toBe(true);
    expect(umlautSpellings('kyly')).toEqual([]);
  });
});

describe('umlautRestorer: reading', () => {
  const restoreUmlauts = (text: string): string => umlautRestorer(lexicon)(text);

  it.each([
    ['mita pitaako tehda etela savon haussa', 'mitä pitääkö tehda etelä savon haussa'],
    // A word known with its stem ("kylassa" → kylä…): the spelling whose stem the documents use.
    ['Kylassa ei ole jasenia', 'Kylässä ei ole jäseniä'],
    // Capitals stay: "Etela" → "Etelä".
    ['Etela-Savon haku', 'Etelä-Savon haku'],
    // A word known as written stays ("ala", "hakea"); so does one no spelling makes known.
    ['ala hakea tata', 'ala hakea tata'],
  ])('%s → %s', (typed, restored) => {
    expect(restoreUmlauts(typed)).toBe(restored);
  });

  it('respells only question words in a text that has "ä", "ö" or "å" somewhere, and keeps every position', () => {
    expect(restoreUmlauts('mita etela on tänne')).toBe('mitä etela on tänne');
    const typed = 'mita etela tanne';
    expect(restoreUmlauts(typed)).toHaveLength(typed.length);
  });
});

describe('umlautRestorer', () => {
  /** The lexicon above, counting how often a word's spellings are looked up. */
  function counting(): { lexicon: UmlautLexicon; lookups: () => number } {
    let n = 0;
    return { lexicon: { ...lexicon, knows: (w) => ((n += 1), lexicon.knows(w)) }, lookups: () => n };
  }

  it('reads a text the same from what it remembers as when first read, in a text with and without "ä" and "ö"', () => {
    const restore = umlautRestorer(lexicon);
    for (const typed of ['Kylassa ei ole jasenia', 'mita etela on tänne', 'mita etela on tanne', 'ala hakea tata']) {
      const first = umlautRestorer(lexicon)(typed);
      expect(restore(typed)).toBe(first);
      expect(restore(typed)).toBe(first);
    }
  });

  it('looks each word up once, and starts over when it remembers maxWords words', () => {
    const { lexicon: counted, lookups } = counting();
    const restore = umlautRestorer(counted, 3);
    restore('Kylassa ei ole');
    const first = lookups();
    expect(first).toBeGreaterThan(0);
    expect(restore('kylassa EI ole')).toBe('kylässä EI ole');
    expect(lookups()).toBe(first);
    restore('jasenia');
    expect(lookups()).toBeGreaterThan(first);
    const afterFourth = lookups();
    restore('kylassa');
    expect(lookups()).toBeGreaterThan(afterFourth);
  });
});

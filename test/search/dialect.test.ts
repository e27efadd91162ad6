import { describe, expect, it } from 'vitest';
import { dialectReader, dialectSpellings, type WordLexicon } from '../../src/search/dialect.js';

const WORDS = new Set(['mukaan', 'hakea', 'järjestöä', 'rahaa', 'katsellaan', 'paljonko']);
const lexicon: WordLexicon = {
  knows: (w) => WORDS.has(w),
  knowsStem: (w) => ['tuke', 'paik'].some((s) => w.startsWith(s)),
  uses: (w) => WORDS.has(w) || ['hann', 'paikk', 'tulo'].some((s) => w.startsWith(s)),
};

describe('dialectSpellings', () => {
  it('makes the doubled consonant after a short first syllable single, and a long final vowel the written two', () => {
    expect(dialectSpellings('hakkee')).toEqual(expect.arrayContaining(['hakee', 'hakea']));
    expect(dialectSpellings('mukkaan')).toContain('mukaan');
    expect(dialectSpellings('järjestöö')).toContain('järjestöä');
    expect(dialectSpellings('kahtellaan')).toContain('katsellaan');
  });

  it('leaves doubled consonants elsewhere as they are ("paikka", "tulossa", "liikkeellä")', () => {
    for (const word of ['paikka', 'tulossa', 'liikkeellä']) expect(dialectSpellings(word).every((w) => w.length === word.length)).toBe(true);
  });
});

describe('dialectReader', () => {
  const read = dialectReader(lexicon);

  it.each([
    ['elyn mukkaan voiko säätiö hakkee', 'elyn mukaan voiko säätiö hakea'],
    ['Mukkaan tulee monta järjestöö', 'Mukaan tulee monta järjestöä'],
    ['pal\'o rahhaa', 'paljonko rahaa'],
    ['Pal’o rahhoo', 'Paljonko rahaa'],
    // A spoken "paljo" starting a sentence asks how much; elsewhere it is "much".
    ['paljo rahaa on jaossa', 'paljonko rahaa on jaossa'],
    ['Hei. Paljo rahaa on jaossa?', 'Hei. Paljonko rahaa on jaossa?'],
    ['tosi paljo rahaa', 'tosi paljo rahaa'],
  ])('%s → %s', (typed, written) => {
    expect(read(typed)).toBe(written);
  });

  it('keeps a word the documents use, however short its stem ("hanna"), and one no written form makes known', () => {
    expect(read('hanna tulossa paikka')).toBe('hanna tulossa paikka');
    expect(read('kissa')).toBe('kissa');
  });
});

import { describe, expect, it } from 'vitest';
import { batchStemmer, contentWords, isFinnishStopWord, QUESTION_WORDS_FI, STOP_WORDS_EN, stem, tokenize } from '../../src/search/finnish.js';
import { terms } from '../../src/search/index.js';

/** Tokens that must come out of the text (others may come too). */
const KEEPS: { text: string; keeps: string[] }[] = [
  { text: 'Haku päättyy 10.5.2024.', keeps: ['10.5.2024'] },
  { text: 'Hakuaika 1.3.-10.5.2024', keeps: ['1.3', '10.5.2024'] },
  { text: 'suomi.fi-tunnistautuminen', keeps: ['suomi.fi', 'suomi', 'fi', 'tunnistautuminen'] },
  { text: 'www.pksotu.fi/kanto', keeps: ['www.pksotu.fi', 'pksotu', 'kanto'] },
  { text: 'teija.sivonen@pksotu.fi', keeps: ['teija.sivonen', 'teija', 'sivonen', 'pksotu.fi', 'pksotu'] },
  { text: 'Hankekoodi S22786', keeps: ['hankekoodi', 's22786'] },
  { text: 'Omarahoitusosuus 20 %', keeps: ['omarahoitusosuus', '20', 'prosentti'] },
  { text: 'flat rate 40 % tai 7 %:n', keeps: ['40', '7', 'prosentti'] },
  { text: '2 M€', keeps: ['2', 'euro'] },
  { text: 'ESR+:n rahoitus', keeps: ['esr', 'rahoitus'] },
  { text: 'ESR-hanke', keeps: ['esr', 'hanke'] },
  { text: 'versio 1.5', keeps: ['1.5'] },
  { text: 'KANTO ja Koonto', keeps: ['kanto', 'koonto'] },
];

describe('tokenize', () => {
  it.each(KEEPS)('"$text" keeps $keeps', ({ text, keeps }) => {
    const tokens = tokenize(text);
    for (const k of keeps) expect(tokens).toContain(k);
  });

  it('reads a number with its thousands spaced apart as the number ("5 000" is "5000"), leaving dates, decimals and other numbers alone', () => {
    expect(tokenize('n. 5 000 järjestöä')).toEqual(['n', '5000', 'järjestöä']);
    expect(tokenize('noin 5000 järjestöä')).toEqual(['noin', '5000', 'järjestöä']);
    expect(tokenize('93 487 / 250 000 euroa.')).toEqual(['93487', '250000', 'euroa']);
    expect(tokenize('1 000 000 €')).toEqual(['1000000', 'euro']);
    expect(tokenize('auki 1.3.–10.5.2024, 20 % ja 2 miljoonaa')).toEqual(['auki', '1.3', '10.5.2024', '20', 'prosentti', 'ja', '2', 'miljoonaa']);
  });

  it.each([
    ['20 %', ['20', 'prosentti']],
    ['20%', ['20', 'prosentti']],
    ['Milloin haku päättyy?', ['milloin', 'haku', 'päättyy']],
    ['', []],
    ['😀 🇫🇮 ✨', []],
    ['?!?! ... ---', []],
  ] as const)('"%s" → %j', (text, expected) => {
    expect(tokenize(text)).toEqual(expected);
  });

  it('splits on lunr query syntax, so none of it reaches the index', () => {
    expect(tokenize('tuki~ hake- * title:foo ^2 +-:')).toEqual(['tuki', 'hake', 'title', 'foo', '2']);
  });

  it('lower-cases Finnish letters and composes decomposed ones', () => {
    expect(tokenize('ETELÄ-SAVO Pohjois-Karjala')).toEqual(['etelä', 'savo', 'pohjois', 'karjala']);
    expect(tokenize('A\u0308ä')).toEqual(['ää']);
  });
});

describe('stem and terms', () => {
  it('leaves numbers and dates as they are', () => {
    for (const n of ['20', '10.5.2024', '1.5', '2024']) expect(stem(n)).toBe(n);
  });

  it('gives inflected forms of a word the same stem', () => {
    expect(stem('hakemuksen')).toBe(stem('hakemukset'));
    expect(stem('yhdistyksen')).toBe(stem('yhdistykset'));
  });

  it('drops stop words and one-letter words, but keeps one digit', () => {
    expect(contentWords('ja on se 7 a hanke')).toEqual(['7', 'hanke']);
    expect(isFinnishStopWord('ja')).toBe(true);
    expect(isFinnishStopWord('omarahoitusosuus')).toBe(false);
  });

  it('counts "muun", "monen" ("monen muun yhdistyksen kanssa") and English "through", "thought" as function words', () => {
    for (const w of ['muun', 'monen', 'muille']) expect(QUESTION_WORDS_FI.has(w), w).toBe(true);
    for (const w of ['through', 'thought', 'somewhere']) expect(STOP_WORDS_EN.has(w), w).toBe(true);
  });

  it('knows the Savo "mimmosiin" (millaisiin) and "sannoo" (sanoo) for question words, as the standard ones are', () => {
    for (const w of ['mimmosiin', 'mimmonen', 'sannoo', 'millaisiin', 'sanoo']) expect(QUESTION_WORDS_FI.has(w), w).toBe(true);
  });

  it('knows focus particles ("vain", "vaan", "ainoastaan"), Savo "ommoo" and "mainintaa" for question words: they name no topic', () => {
    for (const w of ['vain', 'vaan', 'ainoastaan', 'ommoo', 'onkos', 'mainintaa', 'tämmösistä', 'vuoden', 'eikö', 'totta']) expect(QUESTION_WORDS_FI.has(w), w).toBe(true);
  });

  it('splits a season\'s call ("keväthaulla", "syyshaussa") into the season and the call', () => {
    expect(tokenize('etelä-savon keväthaulla')).toEqual(['etelä', 'savon', 'kevät', 'haulla']);
    expect(tokenize('syyshaussa')).toEqual(['syys', 'haussa']);
    expect(tokenize('hankehaussa')).toEqual(['hankehaussa']);
  });

  it('knows the fillers "no", "joo" and "lyhyesti" (how to answer, not what) for question words', () => {
    for (const w of ['no', 'joo', 'lyhyesti']) expect(QUESTION_WORDS_FI.has(w), w).toBe(true);
  });

  it('knows the past and passive verbs of telling what a document said ("sanottiin", "mainittiin", "lueteltiin", "esiteltiin") for question words', () => {
    for (const w of ['sanottiin', 'mainittiin', 'lueteltiin', 'luetellaan', 'esiteltiin', 'todetaan', 'kuului']) expect(QUESTION_WORDS_FI.has(w), w).toBe(true);
  });

  it('knows "voisi" (could) in every person for a question word, as "voisin" and "voisimme"', () => {
    for (const w of ['voisi', 'voisit', 'voisitte', 'voisivat']) expect(QUESTION_WORDS_FI.has(w), w).toBe(true);
  });

  it('knows "mainitun" and the other forms of "mainittu" (mentioned) for question words', () => {
    for (const w of ['mainitun', 'mainitut', 'mainitussa', 'mainitulla', 'mainittuja']) expect(QUESTION_WORDS_FI.has(w), w).toBe(true);
  });

  it('knows spoken demonstratives ("tohon", "tossa") for question words', () => {
    for (const w of ['tohon', 'tossa', 'tosta', 'tuohon']) expect(QUESTION_WORDS_FI.has(w), w).toBe(true);
  });

  it('knows "luku" (the number asked about) for a question word, not the start of "lukuisia"', () => {
    for (const w of ['luku', 'luvun', 'luvut']) expect(QUESTION_WORDS_FI.has(w), w).toBe(true);
  });

  it('knows "kumpi" (which of two) for a question word, not the start of "kumppani"', () => {
    for (const w of ['kumpi', 'kumman', 'kummalle', 'kumpaa']) expect(QUESTION_WORDS_FI.has(w), w).toBe(true);
  });

  it('knows the words of checking a belief ("muistaakseni", "menikö oikein") for question words', () => {
    for (const w of ['muistaakseni', 'muistelen', 'muistanko', 'menikö', 'meni', 'verrattuna', 'mis', 'alla', 'ymmärtääkseni', 'käsittääkseni', 'luulen', 'uskoo', 'muistan', 'väärin']) expect(QUESTION_WORDS_FI.has(w), w).toBe(true);
  });

  it('knows the spoken "oliks" (oliko) for a question word', () => {
    for (const w of ['oliks', 'olikos', 'olikohan', 'oliko']) expect(QUESTION_WORDS_FI.has(w), w).toBe(true);
  });

  it('indexes "20 %" under "20" and the stem of "prosentti"', () => {
    expect(terms('Omarahoitusosuus 20 %')).toEqual([stem('omarahoitusosuus'), '20', stem('prosentti')]);
  });
});

describe('batchStemmer', () => {
  it('stems as stem does, numbers and dotted tokens kept, a word twice alike', () => {
    const words = ['hankehaun', 'omarahoitusosuus', 'yhdistykset', '2024', '10.5.2024', 'ry', 'hankehaun'];
    const batch = batchStemmer();
    expect(words.map(batch)).toEqual(words.map((w) => stem(w)));
  });
});

describe('lower case without a locale', () => {
  // src/ lower-cases with toLowerCase(): ICU's Finnish mapping is the root one (only Turkish, Azeri and Lithuanian have
  // their own), and the locale-aware call costs some 40 times as much, on every word of every message.
  it('is the Finnish lower case for every character a message may have', () => {
    const differing: number[] = [];
    for (let c = 0; c < 0x3000; c += 1) {
      const s = String.fromCodePoint(c);
      if (s.toLowerCase() !== s.toLocaleLowerCase('fi') || s.toUpperCase() !== s.toLocaleUpperCase('fi')) differing.push(c);
    }
    expect(differing).toEqual([]);
    expect('KANSALAISTOIMIJALÄHTÖINEN ÅLAND ΟΔΟΣ'.toLowerCase()).toBe('KANSALAISTOIMIJALÄHTÖINEN ÅLAND ΟΔΟΣ'.toLocaleLowerCase('fi'));
  });
});

import { describe, expect, it } from 'vitest';
import { boundedLevenshtein, oneEditAway, reverse, Vocabulary, type TermMatch } from '../../src/search/vocabulary.js';

/** A tiny vocabulary of index stems with their document frequencies. */
const vocabulary = new Vocabulary(
  new Map([
    ['omarahoitusosuus', 3],
    ['hankehaku', 2],
    ['kustannuks', 4],
    ['kokonaiskustannuks', 1],
    ['yhdistyks', 5],
    ['koordinaatio', 2],
    ['tukitaso', 2],
    ['verkostotapaamis', 1],
    ['tytö', 1],
    ['ikäis', 1],
    ['tavoit', 2],
    ['kiinnit', 1],
    ['viestin', 2],
    // Only in a written question: no document text uses it.
    ['viestimis', 0],
    ['avanu', 1],
    ['avatu', 1],
    ['oppilaitosopiskelu', 1],
    ['painopist', 2],
    ['tunnistamin', 1],
    ['10.5.2024', 1],
    ['2024', 3],
    ['20', 2],
  ]),
  20,
);

function weightOf(matches: readonly TermMatch[], term: string): number {
  return matches.find((m) => m.term === term)?.weight ?? 0;
}

/** How a question's stem may reach an indexed term. Weights are tuning; only their bounds are contract. */
const MATCHES: { what: string; query: string; finds: string }[] = [
  { what: 'exact', query: 'tukitaso', finds: 'tukitaso' },
  { what: 'prefix (compound head / longer ending)', query: 'omarahoitu', finds: 'omarahoitusosuus' },
  { what: 'gradation, question weak (hankehau → hankehaku)', query: 'hankehau', finds: 'hankehaku' },
  { what: 'gradation, question strong (yhdistys → yhdistyks)', query: 'yhdistys', finds: 'yhdistyks' },
  { what: 'compound tail (kustannuks → kokonaiskustannuks)', query: 'kustannuks', finds: 'kokonaiskustannuks' },
  { what: 'compound start (koordinaatiohank → koordinaatio)', query: 'koordinaatiohank', finds: 'koordinaatio' },
  { what: 'typo, transposed letters', query: 'tuktiaso', finds: 'tukitaso' },
  { what: 'typo, wrong letter', query: 'tukjtaso', finds: 'tukitaso' },
  { what: 'typo and another ending (omarahotiusosuut → omarahoitusosuus)', query: 'omarahotiusosuut', finds: 'omarahoitusosuus' },
  { what: 'partial date', query: '10.5', finds: '10.5.2024' },
  { what: 'typo in a compound tail (tapaams → verkostotapaamis)', query: 'tapaams', finds: 'verkostotapaamis' },
  { what: 'one letter off the start of a compound (oppilaitoks → oppilaitosopiskelu)', query: 'oppilaitoks', finds: 'oppilaitosopiskelu' },
  { what: 'a short mistyped start of a longer word (tunist(etaan) → tunnistamin)', query: 'tunist', finds: 'tunnistamin' },
  { what: 'gradation in the last syllable, strong to weak (tyttöj → tytö)', query: 'tyttöj', finds: 'tytö' },
  { what: 'spoken, a diphthong\'s i left out (ikäs(ille) → ikäis(ille))', query: 'ikäs', finds: 'ikäis' },
  { what: 'spoken, a diphthong\'s i left out (tavot(e) → tavoit(e))', query: 'tavot', finds: 'tavoit' },
  { what: 'a passive participle (kiinnitettäv(än) → kiinnit(etään))', query: 'kiinnitettäv', finds: 'kiinnit' },
  { what: 'a spoken conditional passive (kiinnitettäs → kiinnit(etään))', query: 'kiinnitettäs', finds: 'kiinnit' },
  { what: 'a verbal noun no document uses (viestimis(essä) → viestin(tä))', query: 'viestimis', finds: 'viestin' },
  { what: "a verb's past and its past participle (avasi → ava → avanu(t))", query: 'ava', finds: 'avanu' },
  { what: "a verb's present and its passive participle (avaa → ava → avatu)", query: 'ava', finds: 'avatu' },
];

describe('Vocabulary.matches: a word only the glossary uses is no find in the passages', () => {
  // The glossary's "hakuilmoitus" is a term of its own (no passage uses it); the passages say "hankehakuilmoituksen".
  const glossaryAndPassages = new Vocabulary(new Map([['hakuilmoituks', 0], ['hakuilmoitus', 0], ['hankehakuilmoituks', 1], ['verkostotapaamis', 1], ['tapaamis', 0]]), 10);

  it('a spoken form reaches the compounds ending in its written form ("hakuilmotuksen" → hankehakuilmoituksen) as firmly as the written form does', () => {
    expect(weightOf(glossaryAndPassages.matches('hakuilmotuks'), 'hankehakuilmoituks')).toBeGreaterThanOrEqual(0.7);
    expect(weightOf(glossaryAndPassages.matches('hakuilmotuks'), 'hankehakuilmoituks')).toBe(weightOf(glossaryAndPassages.matches('hakuilmoituks'), 'hankehakuilmoituks'));
  });

  it('a mistyped compound end is still looked for when only the glossary\'s word was found ("tapaams" → verkostotapaamis)', () => {
    expect(glossaryAndPassages.matches('tapaams').map((m) => m.term)).toContain('verkostotapaamis');
  });
});

describe('Vocabulary.matches: a compound ending in a part of a document', () => {
  it('finds its head as well as a longer ending would ("painopistekalvo" → painopist), not as weakly as another compound\'s head', () => {
    expect(weightOf(vocabulary.matches('painopistekalvo'), 'painopist')).toBeGreaterThanOrEqual(0.7);
    expect(weightOf(vocabulary.matches('painopistealue'), 'painopist')).toBeLessThan(0.7);
    // The slide in the members' loan word ("painopisteslaidissa").
    expect(weightOf(vocabulary.matches('painopisteslaid'), 'painopist')).toBeGreaterThanOrEqual(0.7);
  });
});

describe('Vocabulary.matches', () => {
  it.each(MATCHES)('$what: $query finds $finds', ({ query, finds }) => {
    const matches = vocabulary.matches(query);
    expect(matches.map((m) => m.term)).toContain(finds);
    const w = weightOf(matches, finds);
    expect(w).toBeGreaterThan(0);
    expect(w).toBeLessThanOrEqual(1);
  });

  it('gives an exact match weight 1, first, and looser matches less', () => {
    const matches = vocabulary.matches('kustannuks');
    expect(matches[0]).toEqual({ term: 'kustannuks', weight: 1 });
    expect(weightOf(matches, 'kokonaiskustannuks')).toBeLessThan(1);
  });

  it('finds both gradation grades from either side', () => {
    const both = new Vocabulary(new Map([['hankehaku', 1], ['hankehau', 1]]), 2);
    expect(both.matches('hankehau').map((m) => m.term)).toEqual(['hankehau', 'hankehaku']);
    expect(both.matches('hankehaku').map((m) => m.term)).toEqual(['hankehaku', 'hankehau']);
  });

  it.each([
    ['202', 'a number matches only itself, not a longer one'],
    ['2025', 'a number one digit off is another number'],
    ['om', 'a two-letter stem matches nothing by prefix'],
    ['xyzzy', 'an unknown word'],
    ['', 'an empty stem'],
  ])('%s matches nothing: %s', (query) => {
    expect(vocabulary.matches(query)).toEqual([]);
  });

  it('looks for no mistyped compound end in a pasted string far longer than a word (its variants grow with the square of its length)', () => {
    expect(vocabulary.matches('a'.repeat(10_000))).toEqual([]);
  });

  it('returns at most 12 matches, best first', () => {
    const many = new Vocabulary(new Map(Array.from({ length: 40 }, (_, i) => [`hanke${String.fromCharCode(97 + (i % 26))}${i}`, 1] as [string, number])), 40);
    const matches = many.matches('hanke');
    expect(matches.length).toBeLessThanOrEqual(12);
    expect(matches.map((m) => m.weight)).toEqual([...matches.map((m) => m.weight)].sort((a, b) => b - a));
  });

  it('gives the same answer twice (the cache is invisible)', () => {
    expect(vocabulary.matches('omarahoitu')).toEqual(vocabulary.matches('omarahoitu'));
  });
});

describe('Vocabulary: frequencies', () => {
  it('knows document frequencies and counts an unknown term as rarest', () => {
    expect(vocabulary.documentFrequency('kustannuks')).toBe(4);
    expect(vocabulary.documentFrequency('ei-ole')).toBe(0);
    expect(vocabulary.idf(0)).toBeGreaterThan(vocabulary.idf(1));
    expect(vocabulary.idf(1)).toBeGreaterThan(vocabulary.idf(20));
  });

  it('lists its entries sorted, for serialization', () => {
    const entries = vocabulary.entries();
    expect(entries.map(([t]) => t)).toEqual([...entries.map(([t]) => t)].sort());
    expect(new Vocabulary(new Map(entries), 20).entries()).toEqual(entries);
  });
});

/** The full optimal-string-alignment distance, capped at max + 1: what the banded version must equal. */
function referenceDistance(a: string, b: string, max: number): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      let v = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = v;
    }
  }
  return Math.min((d[a.length] as number[])[b.length] as number, max + 1);
}

describe('boundedLevenshtein', () => {
  it('equals the full distance (capped) on 5,000 random pairs of short words', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    const word = (): string => Array.from({ length: random(9) }, () => 'aeiknst'.charAt(random(7))).join('');
    for (let k = 0; k < 5000; k += 1) {
      const a = word();
      const b = random(3) === 0 ? a : word();
      const max = random(4);
      expect(boundedLevenshtein(a, b, max), `${a} ${b} ${max}`).toBe(referenceDistance(a, b, max));
    }
  });

  it.each([
    ['kissa', 'kissa', 2, 0],
    ['kissa', 'kisa', 2, 1],
    ['kissa', 'kassa', 2, 1],
    ['kissa', 'kissat', 2, 1],
    ['tukitaso', 'tuktiaso', 1, 1],
    ['ab', 'ba', 1, 1],
    ['kissa', 'koira', 5, 3],
    ['', 'abc', 3, 3],
    ['hanke', 'hanke', 0, 0],
    ['hakemus', 'hakemuksen', 2, 3],
    ['kissa', 'koira', 2, 3],
    ['abc', '', 1, 2],
    ['ääkkönen', 'aakkonen', 1, 2],
  ] as const)('(%s, %s, max %i) = %i', (a, b, max, expected) => {
    expect(boundedLevenshtein(a, b, max)).toBe(expected);
    expect(boundedLevenshtein(b, a, max)).toBe(expected);
  });
});

describe('Vocabulary.matches: nouns in -s and their -ks- stem', () => {
  it('finds "yritys" for "yrityks" (yrityksiä) and "tuloks" for "tulos"', () => {
    const v = new Vocabulary(new Map([['yritys', 1], ['tuloks', 1]]), 2);
    expect(v.matches('yrityks').map((m) => m.term)).toContain('yritys');
    expect(v.matches('tulos').map((m) => m.term)).toContain('tuloks');
  });
});

describe('Vocabulary.matches: mistyped ends and starts of longer words, searched only where a term can be', () => {
  /** Terms whose ends and starts the variants of a mistyped word may be, among many that none is. */
  const typoVocabulary = new Vocabulary(
    new Map([
      ['verkostotapaamis', 1],
      ['kyläyhdistystapaamis', 1],
      ['tunnistautumin', 1],
      ['ohjausryhmä', 2],
      ['kokous', 3],
      ['rahoitu', 4],
      ['hankehaku', 2],
    ]),
    10,
  );

  it.each([
    ['an edit in the middle of a compound end', 'tapamis', ['verkostotapaamis', 'kyläyhdistystapaamis']],
    ['an edit at the end of a compound end', 'tapaamsi', ['verkostotapaamis', 'kyläyhdistystapaamis']],
    ['an edit right after the first letter of a longer word\'s start', 'tnnistau', ['tunnistautumin']],
    ['an edit near the end of a longer word\'s start', 'tunnistatu', ['tunnistautumin']],
  ])('finds %s (%s)', (_what, query, expected) => {
    const found = typoVocabulary.matches(query).map((m) => m.term);
    for (const term of expected) expect(found).toContain(term);
  });
});

describe('oneEditAway', () => {
  /** The variants as a plain set, made as they were before each was told where it was changed. */
  function naive(word: string): string[] {
    const out = new Set<string>();
    for (let i = 1; i <= word.length; i += 1) {
      if (i < word.length) out.add(word.slice(0, i) + word.slice(i + 1));
      if (i < word.length - 1) out.add(word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2));
      for (const c of 'abcdefghijklmnopqrstuvwxyzäöå') {
        out.add(word.slice(0, i) + c + word.slice(i));
        if (i < word.length) out.add(word.slice(0, i) + c + word.slice(i + 1));
      }
    }
    out.delete(word);
    return [...out];
  }

  it.each(['tapaams', 'kokous', 'aaaaaa', 'hankehaku'])('makes the variants of "%s" in the same order, each keeping the word around its edit', (word) => {
    const variants = oneEditAway(word);
    expect(variants.map((v) => v.text)).toEqual(naive(word));
    for (const { text, at, after } of variants) {
      expect(text.startsWith(word.slice(0, at))).toBe(true);
      expect(text.endsWith(word.slice(after))).toBe(true);
    }
  });
});

describe('reverse', () => {
  it.each(['', 'tapaamis', 'äöå', 'a𝐀b', 'x\ud835', '\udc00y', '𝐀𝐁'])('reverses "%s" by code point', (s) => {
    expect(reverse(s)).toBe([...s].reverse().join(''));
  });
});

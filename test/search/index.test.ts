import { describe, expect, it } from 'vitest';
import { createAnswerEngine, DEFAULT_THRESHOLDS } from '../../src/answer/engine.js';
import { SearchIndex, terms, type IndexablePassage } from '../../src/search/index.js';
import { analyzeQuestion } from '../../src/search/query.js';
import { searchConcepts } from '../../src/search/search.js';
import { bundledKnowledgeBase, evalCases } from '../knowledge/fixtures.js';

const PASSAGES: IndexablePassage[] = [
  { id: 'a:1', title: 'Hankehaku 2/2024', headings: 'Hakuaika', body: 'Haku on auki 1.3.-10.5.2024 Etelä-Savossa.' },
  {
    id: 'a:2',
    title: 'Hankehaku 2/2024',
    headings: 'Omarahoitusosuus',
    body: 'Omarahoitusosuus 20 %, kustannusmalli flat rate 40 % tai 7 %.',
    questions: ['Paljonko pitää maksaa omasta pussista?', 'Mikä on omavastuu?'],
  },
  { id: 'b:1', title: 'KANTO-hanke', headings: 'Yhteystiedot', body: 'Teija Sivonen, projektipäällikkö, teija.sivonen@pksotu.fi, puh. 050 501 2724' },
  { id: 'b:2', title: 'KANTO-hanke', headings: 'Tavoite', body: 'Vahvistaa yhdistysten hankeosaamista ja osallisuutta Pohjois-Karjalassa.' },
];

/** Serializes as a file would: through JSON text. */
function roundTrip(index: SearchIndex): SearchIndex {
  return SearchIndex.load(JSON.parse(JSON.stringify(index.toJSON())) as unknown);
}

const QUERIES = ['omarahoitusosuus', 'hakuaika etelä-savo', 'teija sivonen', 'hankeosaaminen', '20 %', '10.5.2024', 'ei löydy mitään', 'pussista maksaa omavastuu'];

describe('SearchIndex serialization', () => {
  const built = SearchIndex.build(PASSAGES);
  const loaded = roundTrip(built);

  it.each(QUERIES)('gives identical results for "%s" after toJSON → load', (text) => {
    const analyzed = analyzeQuestion(text, [], built.vocabulary);
    const before = searchConcepts(built, analyzed.concepts);
    const after = searchConcepts(loaded, analyzeQuestion(text, [], loaded.vocabulary).concepts);
    expect(after).toEqual(before);
  });

  it('finds what it should before and after (the round trip is not vacuous)', () => {
    const top = (index: SearchIndex, text: string): string | undefined => searchConcepts(index, analyzeQuestion(text, [], index.vocabulary).concepts)[0]?.ref;
    for (const index of [built, loaded]) {
      expect(top(index, 'omarahoitusosuus')).toBe('a:2');
      expect(top(index, 'teija sivonen')).toBe('b:1');
      expect(top(index, 'pussista maksaa')).toBe('a:2');
    }
  });

  it('finds a passage by its members\' questions, as weaker evidence than its own words, and never shows them', () => {
    for (const index of [built, loaded]) {
      expect(index.occurrence(terms('omavastuu')[0] ?? '', 'a:2')).toBe('body');
      expect(index.questionsOf('a:2')).toHaveLength(2);
      const [hit] = searchConcepts(index, analyzeQuestion('pussista maksaa', [], index.vocabulary).concepts);
      expect(hit?.ref).toBe('a:2');
      expect(hit?.coverage).toBeCloseTo(0.8);
      // One word shared with a written question is no evidence.
      expect(searchConcepts(index, analyzeQuestion('omavastuu', [], index.vocabulary).concepts)[0]?.coverage ?? 0).toBe(0);
      const [own] = searchConcepts(index, analyzeQuestion('omarahoitusosuus', [], index.vocabulary).concepts);
      expect(own?.ref).toBe('a:2');
      expect(own?.coverage).toBeCloseTo(1);
    }
  });

  it('takes the evidence from one members\' question sharing two or more of the concepts, not words scattered over several', () => {
    const coverage = (questions: string[], text: string): number => {
      const index = SearchIndex.build([{ id: 'x:1', title: 'T', headings: 'Otsikko', body: 'Teksti.', questions }]);
      return searchConcepts(index, analyzeQuestion(text, [], index.vocabulary).concepts)[0]?.coverage ?? 0;
    };
    expect(coverage(['Saako kahvia ja pullaa?'], 'kahvia pullaa')).toBeCloseTo(0.8);
    // Both words are in the passage's questions, but in different ones: neither question shares two.
    expect(coverage(['Saako kahvia?', 'Saako pullaa?'], 'kahvia pullaa')).toBe(0);
  });

  it('knows a document title word as heading-level evidence for each of its passages, and nothing else', () => {
    const kanto = 'kanto';
    for (const index of [built, loaded]) {
      expect(index.occurrence(kanto, 'b:1')).toBe('heading');
      expect(index.occurrence(kanto, 'b:2')).toBe('heading');
      expect(index.occurrence(kanto, 'a:1')).toBe('none');
      expect(index.occurrence('omarahoitusosuus', 'a:2')).toBe('heading');
      expect(index.occurrence('kustannusmal', 'a:2')).toBe('body');
      // Title words count in the document frequency, once per passage.
      expect(index.vocabulary.documentFrequency(kanto)).toBe(2);
    }
  });

  it('keeps size and vocabulary', () => {
    expect(loaded.size).toBe(PASSAGES.length);
    expect(loaded.vocabulary.entries()).toEqual(built.vocabulary.entries());
    expect(loaded.vocabulary.passageCount).toBe(built.vocabulary.passageCount);
  });

  it('serializes to the same JSON again after loading', () => {
    expect(JSON.stringify(loaded.toJSON())).toBe(JSON.stringify(built.toJSON()));
  });

  it.each([
    ['another format', { ...built.toJSON(), format: 1 }],
    ['no titles', { ...built.toJSON(), titles: undefined }],
    ['no lunr index', { ...built.toJSON(), lunr: undefined }],
    ['a negative size', { ...built.toJSON(), size: -1 }],
    ['not an object', 'index'],
    ['null', null],
  ])('refuses to load %s', (_what, data) => {
    expect(() => SearchIndex.load(data)).toThrow();
  });

  it('builds an empty index that answers nothing', () => {
    const empty = roundTrip(SearchIndex.build([]));
    expect(empty.size).toBe(0);
    expect(searchConcepts(empty, analyzeQuestion('omarahoitus', [], empty.vocabulary).concepts)).toEqual([]);
  });
});

describe('SearchIndex serialization on the bundled knowledge base', () => {
  it('decides every evaluation question the same with a loaded index', async () => {
    const kb = await bundledKnowledgeBase();
    const engine = createAnswerEngine(kb);
    const reloaded = createAnswerEngine(kb, DEFAULT_THRESHOLDS, roundTrip(engine.index));
    for (const c of await evalCases()) {
      const ctx = { today: c.today ?? '2026-11-23' };
      expect(reloaded.decide(c.q, ctx), c.q).toEqual(engine.decide(c.q, ctx));
    }
  });
});

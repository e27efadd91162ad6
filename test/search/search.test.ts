import { describe, expect, it } from 'vitest';
import { createAnswerEngine, type Engine } from '../../src/answer/engine.js';
import type { Decision } from '../../src/answer/types.js';
import type { KnowledgeBase } from '../../src/knowledge/types.js';
import { compileGlossary } from '../../src/search/glossary.js';
import { analyzeQuestion } from '../../src/search/query.js';
import { conceptMatch, searchConcepts } from '../../src/search/search.js';
import { SearchIndex } from '../../src/search/index.js';
import { stem } from '../../src/search/finnish.js';
import { bundledKnowledgeBase } from '../knowledge/fixtures.js';

const KINDS: readonly Decision['kind'][] = ['answer', 'call_status', 'clarify', 'handoff', 'invalid'];

/** Text that is lunr query syntax, or breaks naive tokenizers. None of it may throw. */
const HOSTILE: { what: string; text: string }[] = [
  { what: 'a percent with a case ending', text: '7 %:n' },
  { what: 'a plus with a case ending', text: 'ESR+:n' },
  { what: 'fuzzy syntax', text: 'tuki~' },
  { what: 'fuzzy syntax with distance', text: 'tuki~2 omarahoitus~1' },
  { what: 'a trailing dash (prohibited term)', text: 'hake-' },
  { what: 'a leading minus', text: '-omarahoitus' },
  { what: 'a lone wildcard', text: '*' },
  { what: 'wildcards around a word', text: '*rahoitus*' },
  { what: 'a field clause', text: 'title:foo' },
  { what: 'an unknown field with a colon word', text: 'headings:omarahoitus body:' },
  { what: 'a boost', text: '^2' },
  { what: 'a boost on a word', text: 'haku^10' },
  { what: 'presence operators', text: '+-' },
  { what: 'a lone colon', text: ':' },
  { what: 'emoji', text: '💶💶 rahoitus? 🤔' },
  { what: 'only emoji', text: '😀🎉' },
  { what: 'control characters', text: 'omara\u0000hoitus\u0007 \u001b[31mhaku\u001b[0m' },
  { what: 'a zero-width space and RTL mark', text: 'oma\u200brahoitus \u200f' },
  { what: 'quotes and brackets', text: '"omarahoitus" (haku) [kake] {x}' },
  { what: 'a lone surrogate', text: 'haku \ud800 auki' },
  { what: '10 000 characters', text: 'omarahoitus '.repeat(834).slice(0, 10_000) },
  { what: '10 000 characters without spaces', text: 'a'.repeat(10_000) },
  { what: '1000 characters of distinct words', text: Array.from({ length: 120 }, (_, i) => `sana${i}`).join(' ').slice(0, 1000) },
];

let shared: Promise<{ kb: KnowledgeBase; engine: Engine }> | undefined;

/** One engine over the bundled knowledge base for the whole file. */
function bundled(): Promise<{ kb: KnowledgeBase; engine: Engine }> {
  shared ??= bundledKnowledgeBase().then((kb) => ({ kb, engine: createAnswerEngine(kb) }));
  return shared;
}

describe('lunr-hostile input', () => {
  it.each(HOSTILE)('never throws through engine.decide: $what', async ({ text }) => {
    const { engine } = await bundled();
    for (const today of ['2026-11-23', '2024-04-15']) {
      const decision = engine.decide(text, { today });
      expect(KINDS).toContain(decision.kind);
      expect(decision.score).toBeGreaterThanOrEqual(0);
      expect(decision.score).toBeLessThanOrEqual(1);
    }
  });

  it.each(HOSTILE)('never throws through analyzeQuestion and searchConcepts: $what', async ({ text }) => {
    const { kb, engine } = await bundled();
    const analyzed = analyzeQuestion(text, compileGlossary(kb.glossary), engine.index.vocabulary);
    const hits = searchConcepts(engine.index, analyzed.concepts);
    for (const h of hits) {
      expect(h.coverage).toBeGreaterThanOrEqual(0);
      expect(h.coverage).toBeLessThanOrEqual(1 + 1e-9);
    }
  });
});

describe('searchConcepts', () => {
  it('returns nothing for no concepts', async () => {
    const { engine } = await bundled();
    expect(searchConcepts(engine.index, [])).toEqual([]);
  });

  it('respects the limit and reports coverage between 0 and 1, found concepts by index', async () => {
    const { kb, engine } = await bundled();
    const analyzed = analyzeQuestion('omarahoitusosuus hakuaika yhteystiedot', compileGlossary(kb.glossary), engine.index.vocabulary);
    const hits = searchConcepts(engine.index, analyzed.concepts, 3);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(3);
    for (const h of hits) {
      expect(h.headingCoverage).toBeLessThanOrEqual(h.coverage + 1e-9);
      for (const i of h.found) expect(analyzed.concepts[i]).toBeDefined();
    }
  });

  it("finds the passage that states a fact, for a query in the documents' own words", async () => {
    const { engine } = await bundled();
    const analyzed = analyzeQuestion('Hankekoodi S22786', [], engine.index.vocabulary);
    const [top] = searchConcepts(engine.index, analyzed.concepts);
    expect(top?.ref.startsWith('kanto-hankekuvaus-s22786:')).toBe(true);
    expect(top?.coverage).toBe(1);
  });
});

describe('conceptMatch', () => {
  const index = SearchIndex.build([
    { id: 'd:1', title: 'Haku', headings: 'Hakijat', body: 'Yhdistys voi hakea.' },
    { id: 'd:2', title: 'Haku', headings: 'Kohderyhmä', body: 'Jokainen rekisteröity yhdistys voi hakea.' },
  ]);
  const concept = { surface: 'rekisteröity yhdistys', alternatives: [[stem('yhdistys')], [stem('rekisteröity'), stem('yhdistys')]], weight: 1, unknown: false };
  const termsOf = (ref: string): Set<string> => new Set(index.vocabulary.entries().map(([t]) => t).filter((t) => index.occurrence(t, ref) !== 'none'));

  it("prefers the passage with the member's whole phrase to one with just the glossary term", () => {
    const whole = conceptMatch(index, concept, termsOf('d:2'));
    const term = conceptMatch(index, concept, termsOf('d:1'));
    expect(term).toBeGreaterThan(0);
    expect(whole).toBeGreaterThan(term);
  });

  it("counts the glossary's own word for a phrase ('ryhmähanke' for 'yhteinen hanke') as fully as the member's words", () => {
    const own = SearchIndex.build([
      { id: 'd:1', title: 'Haku', headings: 'Hakijat', body: 'Yhden toimijan hanke tai ryhmähanke.' },
      { id: 'd:2', title: 'Haku', headings: 'Tavoitteet', body: 'Yhteinen tavoite ja hanke.' },
    ]);
    const joint = { surface: 'yhteinen hanke', alternatives: [[stem('ryhmähanke')], [stem('yhteinen'), stem('hanke')]], weight: 1, unknown: false };
    const terms = (ref: string): Set<string> => new Set(own.vocabulary.entries().map(([t]) => t).filter((t) => own.occurrence(t, ref) !== 'none'));
    expect(conceptMatch(own, joint, terms('d:1'))).toBe(1);
  });
});

describe('searchConcepts: a question of only common words', () => {
  // 1,000 passages: "hanke" is in every heading, far more than lunr is given for one question.
  const index = SearchIndex.build(
    Array.from({ length: 1000 }, (_, i) => ({ id: `p:${i}`, title: 'Asiakirja', headings: `Hanke ${i % 2 === 0 ? 'tavoitteet' : 'tulokset'}`, body: `Teksti numero ${i}.` })),
  );

  it('finds nothing rather than every passage when its only word is in thousands of headings', () => {
    expect(searchConcepts(index, analyzeQuestion('hanke?', [], index.vocabulary).concepts)).toEqual([]);
  });

  it('still finds passages by a word that is common but within reach', () => {
    expect(searchConcepts(index, analyzeQuestion('hanke 17', [], index.vocabulary).concepts)[0]?.ref).toBe('p:17');
  });
});

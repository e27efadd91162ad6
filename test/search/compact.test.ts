import { describe, expect, it } from 'vitest';
import { CompactPostings } from '../../src/search/compact.js';
import { lunr } from '../../src/search/finnish.js';

const DOCS = [
  { id: 'a:1', headings: 'hakuaika', body: 'haku on auki toukokuuhun' },
  { id: 'a:2', headings: 'omarahoitus', body: 'omarahoitus on 20 prosenttia haku' },
  { id: '7', headings: 'numero', body: 'viite numerona haku' },
  { id: 'b/1', headings: '', body: 'kauttaviiva viitteessä' },
];

function built(): lunr.Index {
  return lunr(function () {
    this.ref('id');
    this.field('headings', { boost: 2 });
    this.field('body');
    for (const d of DOCS) this.add(d);
  });
}

const query = (index: lunr.Index, terms: readonly string[]): lunr.Index.Result[] =>
  index.query((q) => {
    for (const term of terms) q.term(term, { usePipeline: false, wildcard: lunr.Query.wildcard.NONE, presence: lunr.Query.presence.OPTIONAL });
  });

describe('CompactPostings', () => {
  const original = built();
  const postings = CompactPostings.from(built());
  const compact = postings.lunrIndex();

  it("gives lunr's own JSON, postings and vectors in lunr's order", () => {
    expect(JSON.stringify(compact.toJSON())).toBe(JSON.stringify(original.toJSON()));
  });

  it.each([[['haku']], [['omarahoitus', 'haku']], [['numero', 'kauttaviiva']], [['puuttuu']]])('answers lunr queries as lunr does: %j', (terms) => {
    expect(query(compact, terms)).toEqual(query(original, terms));
  });

  // Exact terms are looked up without lunr's token set; a wildcard or an edit distance still goes through one.
  it.each([
    ['a trailing wildcard', { term: 'nume', wildcard: lunr.Query.wildcard.TRAILING }],
    ['a leading wildcard', { term: 'ku', wildcard: lunr.Query.wildcard.LEADING }],
    ['an edit distance', { term: 'hako', editDistance: 1 }],
    ['the empty term', { term: '' }],
  ])('answers a clause with %s as lunr does', (_what, { term, ...options }) => {
    const ask = (index: lunr.Index): lunr.Index.Result[] => index.query((q) => q.term(term, { usePipeline: false, presence: lunr.Query.presence.OPTIONAL, ...options }));
    expect(ask(compact)).toEqual(ask(original));
  });

  // lunr rounds its weights to thousandths, which are kept as whole numbers; an index saved with other weights keeps them as they are.
  it.each([
    ['weights lunr did not round', (x: number) => x + 0.000123456789],
    ['thousandths over 65 535', (x: number) => x + 70.5],
    // (1.005 * 1000 is 1004.9999999999999: the thousandths are rounded, not cut.)
    ['thousandths that times 1000 fall short', () => 1.005],
  ])('keeps %s, and large term numbers, as they are', (_what, weight) => {
    const json = original.toJSON() as unknown as { fieldVectors: [string, number[]][] };
    const [first] = json.fieldVectors;
    if (first === undefined) throw new Error('no vectors');
    // (Term indexes stay ascending: the last one is the largest.)
    first[1] = first[1].map((x, i, all) => (i % 2 === 1 ? weight(x) : i === all.length - 2 ? 70_000 : x));
    const loaded = lunr.Index.load(JSON.parse(JSON.stringify(json)));
    const compacted = CompactPostings.from(lunr.Index.load(JSON.parse(JSON.stringify(json)))).lunrIndex();
    expect(JSON.stringify(compacted.toJSON())).toBe(JSON.stringify(loaded.toJSON()));
    expect(query(compacted, ['haku', 'numero'])).toEqual(query(loaded, ['haku', 'numero']));
  });

  it('tells which passages have a term in a field', () => {
    const haku = postings.termId('haku') ?? -1;
    const body = postings.fieldNumber('body') ?? -1;
    const has = (ref: string): boolean => postings.contains(haku, body, postings.refId(ref) ?? -1);
    expect(['a:1', 'a:2', '7', 'b/1'].map(has)).toEqual([true, true, true, false]);
    expect(postings.count(haku, body)).toBe(3);
    expect(postings.termId('puuttuu')).toBeUndefined();
  });
});

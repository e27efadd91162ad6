import { lunr } from './finnish.js';

/**
 * No metadata is whitelisted, so every posting's metadata is empty: all share this one object
 * (lunr only reads it, and copies it into its match data).
 */
export const NO_METADATA: Readonly<Record<string, never>> = Object.freeze(Object.create(null) as Record<string, never>);

/** lunr's inverted index as it keeps it: term → `_index` and, per field, passage ref → metadata. */
type LunrPostings = Record<string, Record<string, unknown> | undefined>;

/** What a lunr index holds besides its pipeline (lunr keeps them untyped). */
interface LunrInternals {
  invertedIndex: LunrPostings;
  fieldVectors: Record<string, lunr.Vector | undefined>;
  /** lunr's trie of every term; the index this class gives lunr has a `TermSet` in its place. */
  tokenSet: TokenSetLike;
  pipeline: lunr.Pipeline;
  fields: string[];
}

function internalsOf(index: lunr.Index): LunrInternals {
  return index as unknown as LunrInternals;
}

/** A vector's term index and weight pairs (lunr keeps them untyped). */
function elementsOf(vector: lunr.Vector | undefined): readonly number[] {
  return vector === undefined ? [] : (vector as unknown as { elements: number[] }).elements;
}

/**
 * lunr's inverted index and field vectors in a few flat typed arrays instead of an object per term
 * and field (a hash table of passage refs) and an array per field vector: with 10,000 passages
 * some 60 MB of heap becomes about 10 MB. lunr still answers every query: the index it is given
 * looks up a term's posting and a passage's field vector through proxies that build each one, as
 * lunr built it, when lunr asks for it (a query visits at most a few hundred postings), so the
 * search, its scores and its order are lunr's own, and lunr's `toJSON` gives the same JSON.
 */
export class CompactPostings {
  private readonly fieldNumbers: ReadonlyMap<string, number>;
  private readonly refIds: ReadonlyMap<string, number>;
  private readonly termIds: ReadonlyMap<string, number>;

  private constructor(
    readonly fields: readonly string[],
    /** Passage refs, numbered in the order lunr first lists them. */
    private readonly refs: readonly string[],
    /** Terms in lunr's order. */
    private readonly terms: readonly string[],
    /** lunr's `_index` (its position in the field vectors) of each term. */
    private readonly termIndex: Int32Array,
    /** Where the refs of term t in field f start in `postingRefs`: at `(t * fields + f)`, one more at the end. */
    private readonly postingStarts: Int32Array,
    /** Ref numbers, in lunr's order of each posting. */
    private readonly postingRefs: Numbers,
    /** Whether the refs of term t in field f are in ascending order (then looked up by bisection). */
    private readonly ascending: Uint8Array,
    /** The vectors in lunr's order: each one's `(ref * fields + f)`. */
    private readonly vectorSlots: Int32Array,
    /** The vector of `(ref * fields + f)`, or -1. */
    private readonly vectorOf: Int32Array,
    /** Where each vector's pairs start in `vectorTerms` and `vectorWeights`, one more at the end. */
    private readonly vectorStarts: Int32Array,
    /** Every vector's term indexes, in lunr's order. */
    private readonly vectorTerms: Numbers,
    /** Every vector's weights, beside their terms (see `weightsOf`). */
    private readonly vectorWeights: Weights,
    private readonly pipeline: lunr.Pipeline,
  ) {
    this.fieldNumbers = new Map(fields.map((f, i) => [f, i]));
    this.refIds = new Map(refs.map((r, i) => [r, i]));
    this.termIds = new Map(terms.map((t, i) => [t, i]));
    this.termSet = new TermSet((term) => this.termIds.has(term), () => this.terms);
    let longest = 0;
    for (let v = 0; v + 1 < vectorStarts.length; v += 1) longest = Math.max(longest, (vectorStarts[v + 1] ?? 0) - (vectorStarts[v] ?? 0));
    this.vectorScratch = new Float64Array(2 * longest);
  }

  /** Where a vector's elements are written out for lunr, each over the one before (see `vector`). */
  private readonly vectorScratch: Float64Array;
  /** By number of pairs, the vector lunr is given over the scratch array's first pairs (made when first needed). */
  private readonly vectorViews: (lunr.Vector | undefined)[] = [];

  /** What lunr's query reads of its token set, answered from the terms (see TermSet). */
  private readonly termSet: TermSet;

  /** Takes a built or loaded lunr index apart (metadata is dropped: none is whitelisted; its token set too, see TermSet). */
  static from(index: lunr.Index): CompactPostings {
    const { invertedIndex, fieldVectors, pipeline, fields } = internalsOf(index);
    const fieldNumbers = new Map(fields.map((f, i) => [f, i]));
    const refs: string[] = [];
    const refIds = new Map<string, number>();
    const refId = (ref: string): number => {
      let id = refIds.get(ref);
      if (id === undefined) {
        id = refs.length;
        refs.push(ref);
        refIds.set(ref, id);
      }
      return id;
    };
    const vectorKeys = Object.keys(fieldVectors);
    const slots: number[] = [];
    const split = vectorKeys.map((key) => {
      const at = key.indexOf('/');
      const field = fieldNumbers.get(key.slice(0, at));
      if (at < 0 || field === undefined) throw new Error(`lunr field vector of an unknown field: ${key}`);
      return { field, ref: refId(key.slice(at + 1)), key };
    });
    const terms = Object.keys(invertedIndex);
    const termIndex = new Int32Array(terms.length);
    const postingStarts = new Int32Array(terms.length * fields.length + 1);
    const postingRefs: number[] = [];
    terms.forEach((term, t) => {
      const posting = invertedIndex[term] ?? {};
      termIndex[t] = Number(posting['_index']);
      fields.forEach((field, f) => {
        postingStarts[t * fields.length + f] = postingRefs.length;
        const refsOf = posting[field];
        if (typeof refsOf === 'object' && refsOf !== null) for (const ref of Object.keys(refsOf)) postingRefs.push(refId(ref));
      });
    });
    postingStarts[terms.length * fields.length] = postingRefs.length;
    const ascending = new Uint8Array(terms.length * fields.length);
    for (let s = 0; s < ascending.length; s += 1) {
      let sorted = 1;
      for (let i = (postingStarts[s] ?? 0) + 1; i < (postingStarts[s + 1] ?? 0); i += 1) if ((postingRefs[i] ?? 0) <= (postingRefs[i - 1] ?? 0)) sorted = 0;
      ascending[s] = sorted;
    }
    const vectorOf = new Int32Array(refs.length * fields.length).fill(-1);
    const vectorStarts = new Int32Array(split.length + 1);
    // Two passes over the vectors, the first choosing the arrays' types, so that no array of all their elements is made
    // only to be copied (malloc keeps what such large temporary arrays leave behind: resident memory, not heap).
    const vectors = split.map(({ key }) => elementsOf(fieldVectors[key]));
    const termKind = new NumberKind();
    const weightKind = new WeightKind();
    let pairs = 0;
    for (const e of vectors) {
      pairs += e.length / 2;
      for (let i = 0; i < e.length; i += 2) {
        termKind.see(e[i] ?? 0);
        weightKind.see(e[i + 1] ?? 0);
      }
    }
    const vectorTerms = termKind.create(pairs);
    const vectorWeights = weightKind.create(pairs);
    let at = 0;
    split.forEach(({ field, ref }, v) => {
      const slot = ref * fields.length + field;
      slots.push(slot);
      vectorOf[slot] = v;
      vectorStarts[v] = at;
      const e = vectors[v] ?? [];
      for (let i = 0; i < e.length; i += 2, at += 1) {
        vectorTerms[at] = e[i] ?? 0;
        const weight = e[i + 1] ?? 0;
        // (Rounded: a weight times 1000 may fall just short of its whole thousandths, 1.005 * 1000 = 1004.9999999999999.)
        vectorWeights.values[at] = vectorWeights.scale === 1 ? weight : Math.round(weight * vectorWeights.scale);
      }
    });
    vectorStarts[split.length] = at;
    return new CompactPostings(fields, refs, terms, termIndex, postingStarts, numbersOf(postingRefs), ascending, Int32Array.from(slots), vectorOf, vectorStarts, vectorTerms, vectorWeights, pipeline);
  }

  /** A lunr index over this data: lunr's own query, scoring and serialization, reading postings and vectors as it needs them. */
  lunrIndex(): lunr.Index {
    const invertedIndex = new Proxy(Object.create(null) as LunrPostings, {
      get: (_target, term) => (typeof term === 'string' ? this.posting(term) : undefined),
      has: (_target, term) => typeof term === 'string' && this.termIds.has(term),
      ownKeys: () => [...this.terms],
      getOwnPropertyDescriptor: (_target, term) => {
        const value = typeof term === 'string' ? this.posting(term) : undefined;
        return value === undefined ? undefined : { value, writable: true, enumerable: true, configurable: true };
      },
    });
    const fieldVectors = new Proxy(Object.create(null) as Record<string, lunr.Vector | undefined>, {
      get: (_target, key) => (typeof key === 'string' ? this.vector(key) : undefined),
      has: (_target, key) => typeof key === 'string' && this.vectorNumber(key) >= 0,
      ownKeys: () => Array.from(this.vectorSlots, (slot) => `${this.fields[slot % this.fields.length] ?? ''}/${this.refs[Math.floor(slot / this.fields.length)] ?? ''}`),
      getOwnPropertyDescriptor: (_target, key) => {
        const value = typeof key === 'string' ? this.vector(key) : undefined;
        return value === undefined ? undefined : { value, writable: true, enumerable: true, configurable: true };
      },
    });
    const attributes: LunrInternals = { invertedIndex, fieldVectors, tokenSet: this.termSet, pipeline: this.pipeline, fields: [...this.fields] };
    // @types/lunr names the vectors `documentVectors`; lunr 2 reads `fieldVectors`.
    return new lunr.Index(attributes as unknown as lunr.Index.Attributes);
  }

  /** Every term of the index, in lunr's order. */
  allTerms(): readonly string[] {
    return this.terms;
  }

  /** A term's number, for `contains`; undefined when the index has no such term. */
  termId(term: string): number | undefined {
    return this.termIds.get(term);
  }

  /** A passage's number, for `contains`; undefined when no posting names it. */
  refId(ref: string): number | undefined {
    return this.refIds.get(ref);
  }

  fieldNumber(field: string): number | undefined {
    return this.fieldNumbers.get(field);
  }

  /** How many passages have the term in the field. */
  count(termId: number, field: number): number {
    const slot = termId * this.fields.length + field;
    return (this.postingStarts[slot + 1] ?? 0) - (this.postingStarts[slot] ?? 0);
  }

  /** Calls `visit` with the number of each passage that has the term in the field. */
  forEachRef(termId: number, field: number, visit: (refId: number) => void): void {
    const slot = termId * this.fields.length + field;
    for (let i = this.postingStarts[slot] ?? 0, end = this.postingStarts[slot + 1] ?? 0; i < end; i += 1) visit(this.postingRefs[i] ?? 0);
  }

  /** Whether the passage has the term in the field. */
  contains(termId: number, field: number, refId: number): boolean {
    const slot = termId * this.fields.length + field;
    let lo = this.postingStarts[slot] ?? 0;
    let hi = this.postingStarts[slot + 1] ?? 0;
    if (this.ascending[slot] === 0) {
      for (let i = lo; i < hi; i += 1) if (this.postingRefs[i] === refId) return true;
      return false;
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const at = this.postingRefs[mid] ?? 0;
      if (at === refId) return true;
      if (at < refId) lo = mid + 1;
      else hi = mid;
    }
    return false;
  }

  /** The term's posting as lunr built it: `_index`, then per field an object of refs (in lunr's order) to empty metadata. */
  private posting(term: string): Record<string, unknown> | undefined {
    const t = this.termIds.get(term);
    if (t === undefined) return undefined;
    const posting = Object.create(null) as Record<string, unknown>;
    posting['_index'] = this.termIndex[t];
    this.fields.forEach((field, f) => {
      const refs = Object.create(null) as Record<string, unknown>;
      this.forEachRef(t, f, (r) => {
        refs[this.refs[r] ?? ''] = NO_METADATA;
      });
      posting[field] = refs;
    });
    return posting;
  }

  /** The number of the vector of lunr's field ref ("field/ref"), or -1. */
  private vectorNumber(key: string): number {
    const at = key.indexOf('/');
    const field = at < 0 ? undefined : this.fieldNumbers.get(key.slice(0, at));
    const ref = at < 0 ? undefined : this.refIds.get(key.slice(at + 1));
    if (field === undefined || ref === undefined) return -1;
    return this.vectorOf[ref * this.fields.length + field] ?? -1;
  }

  /**
   * A passage field's vector as lunr built it: term index and weight, pair after pair. Its elements
   * are written into the one scratch array, over the previous vector's, and it is the one vector of
   * that many pairs, a view of them: lunr reads a field vector only right after asking for it (its
   * query's dot product, its toJSON, which copies them into lunr's plain array), so no second vector
   * is ever needed beside it, and a query allocates nothing for the hundreds of vectors it reads.
   */
  private vector(key: string): lunr.Vector | undefined {
    const v = this.vectorNumber(key);
    if (v < 0) return undefined;
    const start = this.vectorStarts[v] ?? 0;
    const end = this.vectorStarts[v + 1] ?? 0;
    const scratch = this.vectorScratch;
    const { values, scale } = this.vectorWeights;
    for (let i = start, j = 0; i < end; i += 1, j += 2) {
      scratch[j] = this.vectorTerms[i] ?? 0;
      scratch[j + 1] = (values[i] ?? 0) / scale;
    }
    const vector = (this.vectorViews[end - start] ??= viewVector(scratch.subarray(0, 2 * (end - start))));
    // (lunr remembers a vector's magnitude once asked; a field vector's never is, but this one is reused.)
    (vector as unknown as { _magnitude: number })._magnitude = 0;
    return vector;
  }
}

/** A lunr vector over a typed-array view, with lunr's JSON. */
function viewVector(elements: Float64Array): lunr.Vector {
  const vector = new lunr.Vector(elements as unknown as number[]);
  vector.toJSON = viewToJSON;
  return vector;
}

/** Whole numbers in the smallest typed array that holds them all; other numbers as doubles. */
type Numbers = Uint16Array | Int32Array | Float64Array;

/** The smallest of the `Numbers` arrays that holds every number it was shown. */
class NumberKind {
  private small = true;
  private whole = true;

  see(n: number): void {
    if (!Number.isInteger(n) || Object.is(n, -0) || n < -0x8000_0000 || n > 0x7fff_ffff) this.whole = false;
    else if (n < 0 || n > 0xffff) this.small = false;
  }

  create(length: number): Numbers {
    return !this.whole ? new Float64Array(length) : this.small ? new Uint16Array(length) : new Int32Array(length);
  }
}

function numbersOf(values: ArrayLike<number>): Numbers {
  const kind = new NumberKind();
  for (let i = 0; i < values.length; i += 1) kind.see(values[i] ?? 0);
  const out = kind.create(values.length);
  for (let i = 0; i < values.length; i += 1) out[i] = values[i] ?? 0;
  return out;
}

/**
 * lunr's vector weights: each one is `Math.round(score * 1000) / 1000` (lunr rounds them so), so kept as
 * the whole number of thousandths (see `numbersOf`) and divided by 1000 when read, which gives back the
 * very same double; any other weights (an index saved by other code) are kept as they are.
 */
interface Weights {
  values: Numbers;
  scale: number;
}

/** Whether every weight it was shown is whole thousandths, and the array they fit. */
class WeightKind {
  private thousandths = true;
  private readonly kind = new NumberKind();

  see(w: number): void {
    const k = Math.round(w * 1000);
    if (Object.is(w, -0) || k / 1000 !== w) this.thousandths = false;
    this.kind.see(k);
  }

  /** An array for the weights, to be written in as `Math.round(weight * scale)`. */
  create(length: number): Weights {
    return this.thousandths ? { values: this.kind.create(length), scale: 1000 } : { values: new Float64Array(length), scale: 1 };
  }
}

/**
 * The JSON of a vector whose elements are a typed-array view: lunr's plain array. One function for
 * every vector rather than a closure made for each (lunr asks for hundreds of vectors per query); not
 * a subclass of lunr.Vector either, whose constructor V8 (11.3) kept failing to optimize.
 */
function viewToJSON(this: lunr.Vector): number[] {
  return Array.from(elementsOf(this));
}

/**
 * What lunr's query needs of its token set (a trie of every term, an object per letter: 5.6 MB with
 * 10,000 passages): `intersect` with the token set of a clause, then `toArray`. The clause of one exact
 * term (no wildcard, no edit distance: every query this project makes) is a chain of letters, and its
 * intersection is that term when the index has it. Any other clause is intersected with lunr's own
 * token set of the terms, built the first time one comes.
 */
class TermSet implements TokenSetLike {
  private full: TokenSetLike | undefined;

  constructor(
    private readonly has: (term: string) => boolean,
    private readonly terms: () => readonly string[],
  ) {}

  intersect(clause: TokenSetNode): { toArray(): string[] } {
    const term = chainedTerm(clause);
    if (term === undefined) return (this.full ??= lunrTokenSets.fromArray([...this.terms()].sort())).intersect(clause);
    const found = term !== NO_TERM && this.has(term) ? [term] : [];
    return { toArray: () => found };
  }
}

/** A node of lunr's token set as lunr keeps it (@types/lunr leaves it out): an edge per letter, and whether a term ends here. */
interface TokenSetNode {
  final: boolean;
  edges: Record<string, TokenSetNode | undefined>;
}

/** What lunr's query calls on its index's token set. */
interface TokenSetLike {
  intersect(clause: TokenSetNode): { toArray(): string[] };
}

/** lunr's own token set of sorted terms (@types/lunr types `fromArray` as an instance method). */
const lunrTokenSets = lunr.TokenSet as unknown as { fromArray(sortedTerms: readonly string[]): TokenSetLike };

/** A chain that accepts nothing (a clause of the empty string: its root is not final). */
const NO_TERM = Symbol('no term');

/**
 * The one term a token set accepts when it is a chain of letters, as lunr makes one for an exact term
 * (`lunr.TokenSet.fromString` without "*"); NO_TERM for a chain accepting nothing; undefined for any
 * other token set (a wildcard, an edit distance).
 */
function chainedTerm(set: TokenSetNode): string | typeof NO_TERM | undefined {
  let term = '';
  let node = set;
  for (;;) {
    let next: TokenSetNode | undefined;
    let letter = '';
    let count = 0;
    for (const edge in node.edges) {
      count += 1;
      letter = edge;
      next = node.edges[edge];
    }
    if (count === 0) return node.final ? term : term === '' ? NO_TERM : undefined;
    if (count > 1 || letter === '*' || node.final || next === undefined) return undefined;
    term += letter;
    node = next;
  }
}

import { z } from 'zod';
import { contentWords, lunr, stem } from './finnish.js';
import { Vocabulary } from './vocabulary.js';

/** What the index needs of a passage: its id and three texts. */
export interface IndexablePassage {
  id: string;
  title: string;
  headings: string;
  body: string;
}

/** Field boosts: headings say what a passage is about; the document title only hints. */
const FIELDS = [
  { name: 'headings', boost: 2 },
  { name: 'body', boost: 1 },
  { name: 'title', boost: 0.5 },
] as const;

const INDEX_FORMAT = 1;

/** Turns text into the index's terms: our tokenizer, stop words out, Snowball Finnish stems. */
export function terms(text: string): string[] {
  return contentWords(text).map(stem);
}

/**
 * lunr's tokenizer hook. Stop-word removal and stemming happen here rather than in a pipeline,
 * so the saved index has an empty pipeline and loads without registering functions.
 */
function tokenizer(obj?: unknown): lunr.Token[] {
  if (obj === null || obj === undefined) return [];
  const text = Array.isArray(obj) ? obj.map(String).join(' ') : String(obj);
  return terms(text).map((t, i) => new lunr.Token(t, { position: [i, t.length] }));
}

/** A built, immutable search index over passages, with its vocabulary for query expansion. */
export class SearchIndex {
  private readonly postings: Postings;

  private constructor(
    readonly lunrIndex: lunr.Index,
    readonly vocabulary: Vocabulary,
    readonly size: number,
    /** Per term: passages with it in headings or text, and in headings; counted once, used per question. */
    private readonly counts: ReadonlyMap<string, TermCounts>,
  ) {
    this.postings = postingsOf(lunrIndex);
  }

  /** In how many passages a term occurs in the headings. */
  headingFrequency(term: string): number {
    return this.counts.get(term)?.headings ?? 0;
  }

  /** In how many passages a term occurs in the headings or text (the fields lunr is queried on). */
  passageFrequency(term: string): number {
    return this.counts.get(term)?.passages ?? 0;
  }

  /** Whether a passage contains an indexed term, and whether in its headings or title. */
  occurrence(term: string, ref: string): 'none' | 'body' | 'heading' {
    const fields = this.postings[term];
    if (fields === undefined) return 'none';
    if (fields.headings?.[ref] !== undefined || fields.title?.[ref] !== undefined) return 'heading';
    return fields.body?.[ref] !== undefined ? 'body' : 'none';
  }

  static build(passages: readonly IndexablePassage[]): SearchIndex {
    const builder = new lunr.Builder();
    builder.tokenizer = tokenizer as typeof lunr.tokenizer;
    builder.ref('id');
    for (const f of FIELDS) builder.field(f.name, { boost: f.boost });
    for (const p of passages) builder.add({ id: p.id, title: p.title, headings: p.headings, body: p.body });
    const built = builder.build();
    const counts = countPostings(postingsOf(built));
    const df = new Map([...counts].filter(([, c]) => c.anyField > 0).map(([term, c]) => [term, c.anyField]));
    return new SearchIndex(built, new Vocabulary(df, passages.length), passages.length, counts);
  }

  /** A JSON-safe snapshot; `SearchIndex.load(JSON.parse(JSON.stringify(x.toJSON())))` gives an equal index. */
  toJSON(): SerializedIndex {
    return { format: INDEX_FORMAT, size: this.size, lunr: this.lunrIndex.toJSON(), df: this.vocabulary.entries() };
  }

  static load(data: unknown): SearchIndex {
    const parsed = serializedIndexSchema.parse(data);
    const index = lunr.Index.load(parsed.lunr);
    return new SearchIndex(index, new Vocabulary(new Map(parsed.df), parsed.size), parsed.size, countPostings(postingsOf(index)));
  }
}

/** lunr's inverted index: term → field → passage ref → match metadata (lunr keeps it untyped). */
type Postings = Record<string, Partial<Record<(typeof FIELDS)[number]['name'], Record<string, unknown>>> | undefined>;

function postingsOf(index: lunr.Index): Postings {
  return (index as unknown as { invertedIndex: Postings }).invertedIndex;
}

/** In how many passages a term occurs: in any field (its document frequency), in headings or text, in headings. */
interface TermCounts {
  anyField: number;
  passages: number;
  headings: number;
}

/** Counts every term's passages in one pass over the postings, without building sets. */
function countPostings(postings: Postings): Map<string, TermCounts> {
  const counts = new Map<string, TermCounts>();
  for (const [term, fields] of Object.entries(postings)) {
    if (fields === undefined) continue;
    const title = fields.title ?? {};
    const headings = fields.headings ?? {};
    const body = fields.body ?? {};
    let inHeadings = 0;
    let onlyInHeadings = 0;
    for (const ref in headings) {
      inHeadings += 1;
      if (body[ref] === undefined) onlyInHeadings += 1;
    }
    let inBody = 0;
    for (const _ in body) inBody += 1;
    let onlyInTitle = 0;
    for (const ref in title) if (headings[ref] === undefined && body[ref] === undefined) onlyInTitle += 1;
    const passages = inBody + onlyInHeadings;
    counts.set(term, { anyField: passages + onlyInTitle, passages, headings: inHeadings });
  }
  return counts;
}

const serializedIndexSchema = z.object({
  format: z.literal(INDEX_FORMAT),
  size: z.number().int().nonnegative(),
  lunr: z.record(z.unknown()),
  df: z.array(z.tuple([z.string(), z.number().int().positive()])),
});

export interface SerializedIndex {
  format: number;
  size: number;
  lunr: object;
  df: [string, number][];
}

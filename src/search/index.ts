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
  /** Per term: passages with it in headings or text, and in headings; counted once, used per question. */
  private readonly counts = new Map<string, { passages: number; headings: number }>();

  private constructor(
    readonly lunrIndex: lunr.Index,
    readonly vocabulary: Vocabulary,
    readonly size: number,
  ) {
    this.postings = postingsOf(lunrIndex);
    for (const [term, fields] of Object.entries(this.postings)) {
      if (fields === undefined) continue;
      const body = fields.body ?? {};
      let headings = 0;
      let onlyInHeadings = 0;
      for (const ref in fields.headings ?? {}) {
        headings += 1;
        if (body[ref] === undefined) onlyInHeadings += 1;
      }
      let inBody = 0;
      for (const _ in body) inBody += 1;
      this.counts.set(term, { passages: inBody + onlyInHeadings, headings });
    }
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
    return new SearchIndex(built, new Vocabulary(documentFrequencies(postingsOf(built)), passages.length), passages.length);
  }

  /** A JSON-safe snapshot; `SearchIndex.load(JSON.parse(JSON.stringify(x.toJSON())))` gives an equal index. */
  toJSON(): SerializedIndex {
    return { format: INDEX_FORMAT, size: this.size, lunr: this.lunrIndex.toJSON(), df: this.vocabulary.entries() };
  }

  static load(data: unknown): SearchIndex {
    const parsed = serializedIndexSchema.parse(data);
    const index = lunr.Index.load(parsed.lunr);
    return new SearchIndex(index, new Vocabulary(new Map(parsed.df), parsed.size), parsed.size);
  }
}

/** lunr's inverted index: term → field → passage ref → match metadata (lunr keeps it untyped). */
type Postings = Record<string, Partial<Record<(typeof FIELDS)[number]['name'], Record<string, unknown>>> | undefined>;

function postingsOf(index: lunr.Index): Postings {
  return (index as unknown as { invertedIndex: Postings }).invertedIndex;
}

/** In how many passages each term occurs, in any field. */
function documentFrequencies(postings: Postings): Map<string, number> {
  const df = new Map<string, number>();
  for (const [term, fields] of Object.entries(postings)) {
    if (fields === undefined) continue;
    const refs = new Set<string>();
    for (const f of FIELDS) for (const ref of Object.keys(fields[f.name] ?? {})) refs.add(ref);
    if (refs.size > 0) df.set(term, refs.size);
  }
  return df;
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

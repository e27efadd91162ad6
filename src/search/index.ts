import { z } from 'zod';
import { contentWords, lunr, stem } from './finnish.js';
import { Vocabulary } from './vocabulary.js';

/** What the index needs of a passage: its id and its texts. */
export interface IndexablePassage {
  id: string;
  title: string;
  headings: string;
  body: string;
  /** Members' questions the passage answers (coordinators' `kysymykset`): found, not shown. */
  questions?: readonly string[];
}

/**
 * The fields lunr indexes, with their boosts: headings say what a passage is about. The document
 * title is the same for all of a document's passages, so it is not a lunr field (thousands of
 * postings and vectors saying the same); its terms are kept once per title, for coverage.
 */
const FIELDS = [
  { name: 'headings', boost: 2 },
  { name: 'body', boost: 1 },
  { name: 'questions', boost: 1 },
] as const;

const INDEX_FORMAT = 3;

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
  // No metadata is whitelisted, so positions would be thrown away: every token shares one empty object.
  return terms(text).map((t) => new lunr.Token(t, NO_METADATA));
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
    /** Each passage's document title terms; passages of one document share one set. */
    private readonly titles: ReadonlyMap<string, ReadonlySet<string>>,
    /** The terms of each members' question written for a passage, one set per question. */
    private readonly questionTerms: ReadonlyMap<string, readonly ReadonlySet<string>[]>,
  ) {
    this.postings = shareMetadata(postingsOf(lunrIndex));
  }

  /** In how many passages a term occurs in the headings. */
  headingFrequency(term: string): number {
    return this.counts.get(term)?.headings ?? 0;
  }

  /** In how many passages a term occurs in the headings, text or members' questions (the fields lunr is queried on). */
  passageFrequency(term: string): number {
    return this.counts.get(term)?.passages ?? 0;
  }

  /** Whether a passage contains an indexed term, and whether in its headings or title. */
  occurrence(term: string, ref: string): 'none' | 'body' | 'heading' {
    const { matched, inHeadings } = this.occurrencesOf([term])(ref);
    return inHeadings.size > 0 ? 'heading' : matched.size > 0 ? 'body' : 'none';
  }

  /**
   * For many passages at once: which of `terms` each contains, and which of those in its headings or
   * title. Looks each term's postings up once, not once per passage.
   */
  occurrencesOf(
    terms: readonly string[],
    /** Terms lunr was queried with in every field: its match data for a passage it found tells their fields, without a lookup. */
    queried: ReadonlySet<string> = NO_TERMS,
  ): (ref: string, matchData?: Readonly<Record<string, FieldsMatched>>) => { matched: Set<string>; inHeadings: Set<string>; onlyInQuestions: Set<string> } {
    const postings = terms.map((term) => (queried.has(term) ? { term, fields: undefined, given: true } : { term, fields: this.postings[term], given: false }));
    return (ref, matchData) => {
      const matched = new Set<string>();
      const inHeadings = new Set<string>();
      const onlyInQuestions = new Set<string>();
      const title = this.titles.get(ref);
      for (const { term, fields, given } of postings) {
        const m = given ? matchData?.[term] : undefined;
        const inHeading = given ? m?.headings !== undefined : fields?.headings?.[ref] !== undefined;
        if (inHeading || title?.has(term) === true) {
          matched.add(term);
          inHeadings.add(term);
        } else if (given ? m?.body !== undefined : fields?.body?.[ref] !== undefined) matched.add(term);
        else if (given ? m?.questions !== undefined : fields?.questions?.[ref] !== undefined) {
          matched.add(term);
          onlyInQuestions.add(term);
        }
      }
      return { matched, inHeadings, onlyInQuestions };
    };
  }

  /** The terms of each members' question written for the passage (none for most passages). */
  questionsOf(ref: string): readonly ReadonlySet<string>[] {
    return this.questionTerms.get(ref) ?? [];
  }

  static build(passages: readonly IndexablePassage[]): SearchIndex {
    const builder = new lunr.Builder();
    builder.tokenizer = tokenizer as typeof lunr.tokenizer;
    builder.ref('id');
    for (const f of FIELDS) builder.field(f.name, { boost: f.boost });
    const titleSets = new Map<string, Set<string>>();
    const titles = new Map<string, ReadonlySet<string>>();
    const questionTerms = new Map<string, ReadonlySet<string>[]>();
    for (const p of passages) {
      builder.add({ id: p.id, headings: p.headings, body: p.body, questions: (p.questions ?? []).join('\n') });
      if (p.questions !== undefined && p.questions.length > 0) questionTerms.set(p.id, p.questions.map((q) => new Set(terms(q))));
      let set = titleSets.get(p.title);
      if (set === undefined) titleSets.set(p.title, (set = new Set(terms(p.title))));
      titles.set(p.id, set);
    }
    const built = builder.build();
    const counts = countPostings(postingsOf(built), titles);
    // Members' questions make their words findable but not rarer: a word only they use ("mennessä") counts like one the documents never use.
    const df = new Map([...counts].filter(([, c]) => c.anyField > 0 || c.passages > 0).map(([term, c]) => [term, c.anyField]));
    return new SearchIndex(built, new Vocabulary(df, passages.length), passages.length, counts, titles, questionTerms);
  }

  /** A JSON-safe snapshot; `SearchIndex.load(JSON.parse(JSON.stringify(x.toJSON())))` gives an equal index. */
  toJSON(): SerializedIndex {
    const byTitle = new Map<ReadonlySet<string>, string[]>();
    for (const [ref, set] of this.titles) {
      const refs = byTitle.get(set);
      if (refs === undefined) byTitle.set(set, [ref]);
      else refs.push(ref);
    }
    return {
      format: INDEX_FORMAT,
      size: this.size,
      lunr: this.lunrIndex.toJSON(),
      df: this.vocabulary.entries(),
      titles: [...byTitle].map(([set, refs]) => [[...set], refs]),
      questions: [...this.questionTerms].map(([ref, sets]) => [ref, sets.map((set) => [...set])]),
    };
  }

  static load(data: unknown): SearchIndex {
    const parsed = serializedIndexSchema.parse(data);
    const index = lunr.Index.load(parsed.lunr);
    const titles = new Map<string, ReadonlySet<string>>();
    for (const [words, refs] of parsed.titles) {
      const set = new Set(words);
      for (const ref of refs) titles.set(ref, set);
    }
    const questionTerms = new Map(parsed.questions.map(([ref, sets]) => [ref, sets.map((words) => new Set(words))]));
    return new SearchIndex(index, new Vocabulary(new Map(parsed.df), parsed.size), parsed.size, countPostings(postingsOf(index), titles), titles, questionTerms);
  }
}

/**
 * lunr keeps a metadata object per posting (empty: no metadata is whitelisted) and only ever reads
 * it, so all postings can share one: with 10,000 passages that is some 600,000 objects less.
 */
const NO_METADATA: Readonly<Record<string, never>> = Object.freeze(Object.create(null) as Record<string, never>);

function shareMetadata(postings: Postings): Postings {
  for (const term in postings) {
    const fields = postings[term];
    if (fields === undefined) continue;
    for (const f of FIELDS) {
      const refs = fields[f.name];
      if (refs !== undefined) for (const ref in refs) refs[ref] = NO_METADATA;
    }
  }
  return postings;
}

const NO_TERMS: ReadonlySet<string> = new Set();

/** lunr's match data for one term of one result: the fields it was found in. */
export type FieldsMatched = Partial<Record<(typeof FIELDS)[number]['name'], unknown>> | undefined;

/** lunr's inverted index: term → field → passage ref → match metadata (lunr keeps it untyped). */
type Postings = Record<string, Partial<Record<(typeof FIELDS)[number]['name'], Record<string, unknown>>> | undefined>;

function postingsOf(index: lunr.Index): Postings {
  return (index as unknown as { invertedIndex: Postings }).invertedIndex;
}

/**
 * In how many passages a term occurs: in the documents' own words, title included (its document
 * frequency); in the fields lunr is queried on (headings, text, members' questions); in headings.
 */
interface TermCounts {
  anyField: number;
  passages: number;
  headings: number;
}

/** Counts every term's passages in one pass over the postings (and the titles), without building sets. */
function countPostings(postings: Postings, titles: ReadonlyMap<string, ReadonlySet<string>>): Map<string, TermCounts> {
  const counts = new Map<string, TermCounts>();
  for (const [term, fields] of Object.entries(postings)) {
    if (fields === undefined) continue;
    const headings = fields.headings ?? {};
    const body = fields.body ?? {};
    const questions = fields.questions ?? {};
    let inHeadings = 0;
    let onlyInHeadings = 0;
    for (const ref in headings) {
      inHeadings += 1;
      if (body[ref] === undefined) onlyInHeadings += 1;
    }
    let inBody = 0;
    for (const _ in body) inBody += 1;
    let onlyInQuestions = 0;
    for (const ref in questions) if (body[ref] === undefined && headings[ref] === undefined) onlyInQuestions += 1;
    const inText = inBody + onlyInHeadings;
    counts.set(term, { anyField: inText, passages: inText + onlyInQuestions, headings: inHeadings });
  }
  // A title word counts for the document frequency of every passage that does not have it already.
  for (const [ref, set] of titles) {
    for (const term of set) {
      const fields = postings[term];
      if (fields?.headings?.[ref] !== undefined || fields?.body?.[ref] !== undefined) continue;
      const c = counts.get(term);
      if (c === undefined) counts.set(term, { anyField: 1, passages: 0, headings: 0 });
      else c.anyField += 1;
    }
  }
  return counts;
}

const serializedIndexSchema = z.object({
  format: z.literal(INDEX_FORMAT),
  size: z.number().int().nonnegative(),
  lunr: z.record(z.unknown()),
  df: z.array(z.tuple([z.string(), z.number().int().nonnegative()])),
  titles: z.array(z.tuple([z.array(z.string()), z.array(z.string())])),
  questions: z.array(z.tuple([z.string(), z.array(z.array(z.string()))])),
});

export interface SerializedIndex {
  format: number;
  size: number;
  lunr: object;
  df: [string, number][];
  /** Distinct title term lists, each with the passages it belongs to. */
  titles: [string[], string[]][];
  /** Per passage with members' questions: each question's terms. */
  questions: [string, string[][]][];
}

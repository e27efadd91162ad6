import { z } from 'zod';
import { CompactPostings, NO_METADATA } from './compact.js';
import { batchStemmer, contentWords, lunr, stem } from './finnish.js';
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
 * lunr's tokenizer hook, stemming with `stemWord`. Stop-word removal and stemming happen here rather
 * than in a pipeline, so the saved index has an empty pipeline and loads without registering functions.
 */
function tokenizerWith(stemWord: (word: string) => string): (obj?: unknown) => lunr.Token[] {
  return (obj) => {
    if (obj === null || obj === undefined) return [];
    const text = Array.isArray(obj) ? obj.map(String).join(' ') : String(obj);
    // No metadata is whitelisted, so positions would be thrown away: every token shares one empty object.
    return contentWords(text).map((word) => new lunr.Token(stemWord(word), NO_METADATA));
  };
}

/** A built, immutable search index over passages, with its vocabulary for query expansion. */
export class SearchIndex {
  /** lunr's index over the compact postings: what queries go through. */
  readonly lunrIndex: lunr.Index;
  /** The postings' field numbers, for looking them up directly. */
  private readonly field: Readonly<Record<(typeof FIELDS)[number]['name'], number>>;

  private constructor(
    private readonly postings: CompactPostings,
    readonly vocabulary: Vocabulary,
    readonly size: number,
    /** Per term: passages with it in headings or text, and in headings; counted once, used per question. */
    private readonly counts: TermCounts,
    /** Each passage's document title terms; passages of one document share one set. */
    private readonly titles: ReadonlyMap<string, ReadonlySet<string>>,
    /** The terms of each members' question written for a passage, one set per question. */
    private readonly questionTerms: ReadonlyMap<string, readonly ReadonlySet<string>[]>,
  ) {
    this.lunrIndex = postings.lunrIndex();
    this.field = fieldNumbers(postings);
  }

  /** In how many passages a term occurs in the headings. */
  headingFrequency(term: string): number {
    const t = this.postings.termId(term);
    return t === undefined ? 0 : (this.counts.headings[t] ?? 0);
  }

  /** In how many passages a term occurs in the headings, text or members' questions (the fields lunr is queried on). */
  passageFrequency(term: string): number {
    const t = this.postings.termId(term);
    return t === undefined ? 0 : (this.counts.passages[t] ?? 0);
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
  ): (ref: string, matchData?: Readonly<Record<string, FieldsMatched>>) => { matched: Set<string>; inHeadings: Set<string>; onlyInQuestions: ReadonlySet<string> } {
    const postings = terms.map((term) => (queried.has(term) ? { term, id: undefined, given: true } : { term, id: this.postings.termId(term), given: false }));
    const { headings, body, questions } = this.field;
    // Called for every candidate of a question: no closure per call, and no set for the terms found only in members' questions until there is one.
    return (ref, matchData) => {
      const matched = new Set<string>();
      const inHeadings = new Set<string>();
      let onlyInQuestions: Set<string> | undefined;
      const title = this.titles.get(ref);
      const r = this.postings.refId(ref);
      for (const { term, id, given } of postings) {
        const m = given ? matchData?.[term] : undefined;
        const inHeading = given ? m?.headings !== undefined : this.has(id, headings, r);
        if (inHeading || title?.has(term) === true) {
          matched.add(term);
          inHeadings.add(term);
        } else if (given ? m?.body !== undefined : this.has(id, body, r)) matched.add(term);
        else if (given ? m?.questions !== undefined : this.has(id, questions, r)) {
          matched.add(term);
          (onlyInQuestions ??= new Set()).add(term);
        }
      }
      return { matched, inHeadings, onlyInQuestions: onlyInQuestions ?? NO_TERMS };
    };
  }

  /** Whether the passage numbered `r` has the term numbered `id` in the field (false when either is not indexed). */
  private has(id: number | undefined, field: number, r: number | undefined): boolean {
    return id !== undefined && r !== undefined && field >= 0 && this.postings.contains(id, field, r);
  }

  /** The terms of each members' question written for the passage (none for most passages). */
  questionsOf(ref: string): readonly ReadonlySet<string>[] {
    return this.questionTerms.get(ref) ?? [];
  }

  static build(passages: readonly IndexablePassage[]): SearchIndex {
    // The build's words are stemmed with a memory of the build's own (see batchStemmer); its terms are `terms`'.
    const stemWord = batchStemmer();
    const buildTerms = (text: string): string[] => contentWords(text).map(stemWord);
    const builder = new lunr.Builder();
    builder.tokenizer = tokenizerWith(stemWord) as typeof lunr.tokenizer;
    // lunr's token set of every term, which it makes last in a build, would be dropped at once (CompactPostings answers
    // lunr's query for it): not made at all, 0.2 s of the build with 10,000 passages.
    (builder as unknown as { createTokenSet: () => void }).createTokenSet = () => undefined;
    builder.ref('id');
    for (const f of FIELDS) builder.field(f.name, { boost: f.boost });
    const titleSets = new Map<string, Set<string>>();
    const titles = new Map<string, ReadonlySet<string>>();
    const questionTerms = new Map<string, ReadonlySet<string>[]>();
    for (const p of passages) {
      builder.add({ id: p.id, headings: p.headings, body: p.body, questions: (p.questions ?? []).join('\n') });
      if (p.questions !== undefined && p.questions.length > 0) questionTerms.set(p.id, p.questions.map((q) => new Set(buildTerms(q))));
      let set = titleSets.get(p.title);
      if (set === undefined) titleSets.set(p.title, (set = new Set(buildTerms(p.title))));
      titles.set(p.id, set);
    }
    const postings = CompactPostings.from(builder.build());
    const counts = countPostings(postings, titles);
    // Members' questions make their words findable but not rarer: a word only they use ("mennessä") counts like one the documents never use.
    const df = new Map<string, number>();
    postings.allTerms().forEach((term, t) => {
      const anyField = counts.anyField[t] ?? 0;
      if (anyField > 0 || (counts.passages[t] ?? 0) > 0) df.set(term, anyField);
    });
    for (const [term, n] of counts.titleOnly) df.set(term, n);
    return new SearchIndex(postings, new Vocabulary(df, passages.length), passages.length, counts, titles, questionTerms);
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
    const postings = CompactPostings.from(lunr.Index.load(parsed.lunr));
    const titles = new Map<string, ReadonlySet<string>>();
    for (const [words, refs] of parsed.titles) {
      const set = new Set(words);
      for (const ref of refs) titles.set(ref, set);
    }
    const questionTerms = new Map(parsed.questions.map(([ref, sets]) => [ref, sets.map((words) => new Set(words))]));
    return new SearchIndex(postings, new Vocabulary(new Map(parsed.df), parsed.size), parsed.size, countPostings(postings, titles), titles, questionTerms);
  }
}

const NO_TERMS: ReadonlySet<string> = new Set();

/** lunr's match data for one term of one result: the fields it was found in. */
export type FieldsMatched = Partial<Record<(typeof FIELDS)[number]['name'], unknown>> | undefined;

function fieldNumbers(postings: CompactPostings): Record<(typeof FIELDS)[number]['name'], number> {
  const number = (name: string): number => postings.fieldNumber(name) ?? -1;
  return { headings: number('headings'), body: number('body'), questions: number('questions') };
}

/**
 * In how many passages each term occurs, by the postings' term number: in the documents' own words,
 * title included (its document frequency); in the fields lunr is queried on (headings, text,
 * members' questions); in headings. Typed arrays rather than an object per term (with 10,000
 * passages 1.9 MB → 0.3 MB).
 */
interface TermCounts {
  anyField: Int32Array;
  passages: Int32Array;
  headings: Int32Array;
  /** Title words in no passage's own fields: in how many passages' titles. */
  titleOnly: Map<string, number>;
}

/** Counts every term's passages in one pass over the postings (and the titles), without building sets. */
function countPostings(postings: CompactPostings, titles: ReadonlyMap<string, ReadonlySet<string>>): TermCounts {
  const size = postings.allTerms().length;
  const counts: TermCounts = { anyField: new Int32Array(size), passages: new Int32Array(size), headings: new Int32Array(size), titleOnly: new Map() };
  const { headings, body, questions } = fieldNumbers(postings);
  const has = (t: number, field: number, r: number): boolean => field >= 0 && postings.contains(t, field, r);
  const count = (t: number, field: number): number => (field < 0 ? 0 : postings.count(t, field));
  for (let t = 0; t < size; t += 1) {
    let onlyInHeadings = 0;
    if (headings >= 0)
      postings.forEachRef(t, headings, (r) => {
        if (!has(t, body, r)) onlyInHeadings += 1;
      });
    let onlyInQuestions = 0;
    if (questions >= 0)
      postings.forEachRef(t, questions, (r) => {
        if (!has(t, body, r) && !has(t, headings, r)) onlyInQuestions += 1;
      });
    const inText = count(t, body) + onlyInHeadings;
    counts.anyField[t] = inText;
    counts.passages[t] = inText + onlyInQuestions;
    counts.headings[t] = count(t, headings);
  }
  // A title word counts for the document frequency of every passage that does not have it already.
  for (const [ref, set] of titles) {
    const r = postings.refId(ref);
    for (const term of set) {
      const t = postings.termId(term);
      if (t === undefined) counts.titleOnly.set(term, (counts.titleOnly.get(term) ?? 0) + 1);
      else if (r === undefined || !(has(t, headings, r) || has(t, body, r))) counts.anyField[t] = (counts.anyField[t] ?? 0) + 1;
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

import { lunr } from './finnish.js';
import type { FieldsMatched, SearchIndex } from './index.js';
import type { Concept } from './query.js';

/** A passage found for a question, with how much of the question it covers. */
export interface Hit {
  ref: string;
  /** lunr's BM25 score. */
  score: number;
  /** Share of the question's concept weight found in the passage, 0..1. */
  coverage: number;
  /** Indexed terms of the passage that matched. */
  matchedTerms: Set<string>;
  /** Concepts found in the passage (by index into the concepts array). */
  found: number[];
  /** How well each concept was found, by index into the concepts array: 1 as it is, less for a looser match, 0 not at all. */
  quality: number[];
  /** Share of the concept weight found in the passage's headings or its document's title: what it is about. */
  headingCoverage: number;
}

/**
 * The place a question is about, for matching the members' questions written for a passage: the
 * concepts naming it (a region, a municipality), and whether a written question names its region
 * in a passage of a document about that region.
 */
export interface PlaceShared {
  concepts: readonly number[];
  named: (ref: string, question: ReadonlySet<string>) => boolean;
}

const MAX_CLAUSES = 40;
/**
 * lunr's best passages that are weighed for coverage. 30 decide all 502 evaluation questions as 50
 * did, and the work per candidate (looking up every term, matching every concept) is most of a
 * decision's cost in a large knowledge base.
 */
const CANDIDATES = 30;
/** A concept found only in the members' questions written for a passage, not in its own words, counts this much. */
const QUESTIONS_FACTOR = 0.8;
/** How many of the member's concepts a written question must have for its words to count. */
const MIN_SHARED_WITH_QUESTION = 2;

/**
 * Terms in more than this share of passages (and more than COMMON_MIN of them) do not go to lunr:
 * in a large knowledge base a word like "hanke" matches thousands of passages, which costs lunr
 * far more than it helps BM25. They still count for coverage, looked up per candidate.
 */
const COMMON_SHARE = 0.01;
const COMMON_MIN = 50;
/** When every term is common, lunr gets this many of the rarest ones. */
const RAREST_WHEN_ALL_COMMON = 3;
/**
 * lunr's work grows with the postings it visits (about 3 µs each): the best-weighted terms go first
 * until this many postings are visited. A question that would need more (dozens of typo variants)
 * still has its other terms counted for coverage, looked up per candidate.
 */
const POSTINGS_BUDGET = 150;
/**
 * The best term goes to lunr even over the budget, but not one in thousands of headings ("What is
 * hanke?" over 10,000 passages): its passages say no more about the question than any others.
 */
const FIRST_TERM_MAX_POSTINGS = 4 * POSTINGS_BUDGET;
const HEADING_FIELDS = ['headings'] as const;
/** A concept found only by a shorter alternative than the member's own phrase. */
const LESS_SPECIFIC = 0.9;
/** The title is the same for every passage of a document: it counts for coverage, not for finding passages. Members' questions written for a passage find it like its text. */
const PASSAGE_FIELDS = ['headings', 'body', 'questions'] as const;

/**
 * Runs the concepts against the index through `index.query`, never `index.search`: user text is
 * never parsed as lunr query syntax, so "7 %:n", "tuki~" or "ESR+:n" cannot throw.
 */
export function searchConcepts(index: SearchIndex, concepts: readonly Concept[], limit = CANDIDATES, place?: PlaceShared): Hit[] {
  const clauses = new Map<string, number>();
  for (const c of concepts) {
    for (const alt of c.alternatives) {
      for (const s of alt) {
        for (const m of index.vocabulary.matches(s)) {
          const boost = m.weight * Math.max(c.weight, 0.1);
          if ((clauses.get(m.term) ?? 0) < boost) clauses.set(m.term, boost);
        }
      }
    }
  }
  if (clauses.size === 0) return [];
  const ranked = [...clauses.entries()].sort((a, b) => b[1] - a[1]).slice(0, MAX_CLAUSES);
  const maxDf = Math.max(COMMON_MIN, index.size * COMMON_SHARE);
  // What lunr will visit: postings in headings and text; a word in every title is not common for that.
  const df = (term: string): number => index.passageFrequency(term);
  const selective = ranked.filter(([term]) => df(term) <= maxDf);
  // Only common words ("Kerro hankkeista"): what passages are about, their headings, decides.
  const allCommon = selective.length === 0;
  const headingDf = (term: string): number => index.headingFrequency(term);
  const queried = allCommon
    ? withinBudget([...ranked].sort((a, b) => headingDf(a[0]) - headingDf(b[0])).slice(0, RAREST_WHEN_ALL_COMMON), headingDf)
    : withinBudget(selective, df);
  // Common words found in no heading say nothing specific: no candidates (and no scan of their text postings).
  const fields = allCommon ? HEADING_FIELDS : PASSAGE_FIELDS;
  // With no clause lunr would return every passage.
  if (queried.length === 0) return [];
  const results = index.lunrIndex.query((q) => {
    for (const [term, boost] of queried) {
      q.term(term, { usePipeline: false, boost, wildcard: lunr.Query.wildcard.NONE, presence: lunr.Query.presence.OPTIONAL, fields: [...fields] });
    }
  });
  const total = concepts.reduce((s, c) => s + c.weight, 0);
  // lunr's match data tells where the terms it was queried with occur in a passage it found, when it looked in every field.
  const occurrences = index.occurrencesOf(
    ranked.map(([term]) => term),
    allCommon ? undefined : new Set(queried.map(([term]) => term)),
  );
  const share = (n: number): number => (total === 0 ? 0 : n / total);
  return results.slice(0, limit).map((r) => {
    const { matched: matchedTerms, inHeadings, onlyInQuestions } = occurrences(r.ref, r.matchData.metadata as Record<string, FieldsMatched>);
    const inText = onlyInQuestions.size === 0 ? matchedTerms : new Set([...matchedTerms].filter((t) => !onlyInQuestions.has(t)));
    const inPassage = concepts.map((c) => conceptMatch(index, c, inText));
    const inQuestion = onlyInQuestions.size === 0 ? undefined : bestQuestion(index, concepts, inPassage, r.ref, place);
    const found: number[] = [];
    const quality: number[] = [];
    let covered = 0;
    let headed = 0;
    concepts.forEach((c, i) => {
      const own = inPassage[i] ?? 0;
      const q = inQuestion === undefined ? own : Math.max(own, (inQuestion[i] ?? 0) * QUESTIONS_FACTOR);
      quality.push(q);
      if (q > 0) {
        found.push(i);
        covered += q * c.weight;
        headed += conceptMatch(index, c, inHeadings) * c.weight;
      }
    });
    return { ref: r.ref, score: r.score, coverage: share(covered), matchedTerms, found, quality, headingCoverage: share(headed) };
  });
}

/**
 * Of the members' questions written for a passage, the one that covers most of what the passage's
 * own words leave out: words scattered over several written questions are weaker evidence than
 * one question that asks the same, and a written question sharing a single concept with the
 * member's is no evidence. The place the member is asking about is one thing shared, whether the written
 * question names it as the member does or names its region (`place`: "Kuopiosta", or no place word in
 * a question whose story told it, with "Pohjois-Savossa"). Returns how well that question matches each
 * concept (`inPassage`: how well the passage `ref`'s own words do).
 */
function bestQuestion(index: SearchIndex, concepts: readonly Concept[], inPassage: readonly number[], ref: string, place?: PlaceShared): number[] | undefined {
  let best: number[] | undefined;
  let bestGain = 0;
  const asksOneThing = place !== undefined && concepts.length - place.concepts.length <= 1;
  for (const q of index.questionsOf(ref)) {
    const matches = concepts.map((c) => conceptMatch(index, c, q));
    let gain = 0;
    let shared = 0;
    let placeShared = false;
    matches.forEach((inQ, i) => {
      if (place?.concepts.includes(i) === true) placeShared ||= inQ > 0;
      else if (inQ > 0) shared += 1;
      const extra = inQ - (inPassage[i] ?? 0);
      if (extra > 0) gain += extra * (concepts[i]?.weight ?? 0);
    });
    // (Its region named in a written question counts only for a question asking one thing besides the place: "Kuinka paljon pitää
    // itse rahoittaa?" after "Olemme Kuopiosta"; one asking more must share more of it.)
    if (placeShared || (asksOneThing && place?.named(ref, q) === true)) shared += 1;
    // One shared word with a written question ("hanke") says little: it must ask about at least two things the member asks.
    if (shared < MIN_SHARED_WITH_QUESTION) continue;
    if (gain > bestGain) {
      bestGain = gain;
      best = matches;
    }
  }
  return best;
}

/** The best-weighted terms whose postings fit the budget (the best one if it has at most FIRST_TERM_MAX_POSTINGS). */
function withinBudget(terms: readonly [string, number][], df: (term: string) => number): [string, number][] {
  const out: [string, number][] = [];
  let left = POSTINGS_BUDGET;
  for (const [term, boost] of terms) {
    const cost = df(term);
    if (cost > (out.length === 0 ? FIRST_TERM_MAX_POSTINGS : left)) continue;
    out.push([term, boost]);
    left -= cost;
  }
  return out;
}

/**
 * How well a passage's matched terms express a concept: the best alternative's weakest word.
 * When the member's phrase says more than the official term ("rekisteröity yhdistys" for
 * "yhdistys"), a passage with the whole phrase is better evidence than one with just the term;
 * but the member's own word found as it is ("toimintalinja") is never weaker than a longer
 * glossary term for it.
 */
export function conceptMatch(index: SearchIndex, concept: Concept, matched: ReadonlySet<string>): number {
  // A loop rather than Math.max over a mapped array: this runs for every concept of every candidate.
  let longest = 0;
  for (const alt of concept.alternatives) longest = Math.max(longest, alt.length);
  let best = 0;
  for (const alt of concept.alternatives) {
    let weakest = 1;
    for (const s of alt) {
      let w = 0;
      for (const m of index.vocabulary.matches(s)) if (matched.has(m.term) && m.weight > w) w = m.weight;
      weakest = Math.min(weakest, w);
      if (weakest === 0) break;
    }
    best = Math.max(best, weakest > 0 && alt.length < longest && alt !== concept.own && (alt !== concept.alternatives[0] || partOfLonger(alt, concept.alternatives, longest)) ? weakest * LESS_SPECIFIC : weakest);
  }
  return best;
}

/**
 * Whether a shorter alternative only repeats words of a longer one ("yhdistys" of "rekisteröity yhdistys"):
 * then the longer phrase found whole is the better evidence. The glossary's term for the phrase when it is a
 * word of its own ("ryhmähanke" for "yhteinen hanke") is no part of the member's words and is as good as they
 * are; other shorter alternatives (another glossary phrase's term merged in) still count less.
 */
function partOfLonger(alt: readonly string[], alternatives: readonly (readonly string[])[], longest: number): boolean {
  return alternatives.some((long) => long.length === longest && alt.every((s) => long.some((t) => t.startsWith(s) || s.startsWith(t))));
}

import { lunr } from './finnish.js';
import type { SearchIndex } from './index.js';
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
  /** Share of the concept weight found in the passage's headings or its document's title: what it is about. */
  headingCoverage: number;
}

const MAX_CLAUSES = 120;

/**
 * Runs the concepts against the index through `index.query`, never `index.search`: user text is
 * never parsed as lunr query syntax, so "7 %:n", "tuki~" or "ESR+:n" cannot throw.
 */
export function searchConcepts(index: SearchIndex, concepts: readonly Concept[], limit = 20): Hit[] {
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
  const results = index.lunrIndex.query((q) => {
    for (const [term, boost] of ranked) {
      q.term(term, { usePipeline: false, boost, wildcard: lunr.Query.wildcard.NONE, presence: lunr.Query.presence.OPTIONAL });
    }
  });
  const total = concepts.reduce((s, c) => s + c.weight, 0);
  return results.slice(0, limit).map((r) => {
    const metadata = r.matchData.metadata as Record<string, Record<string, unknown>>;
    const matchedTerms = new Set(Object.keys(metadata));
    const inHeadings = new Set([...matchedTerms].filter((t) => 'headings' in (metadata[t] ?? {}) || 'title' in (metadata[t] ?? {})));
    const found: number[] = [];
    let covered = 0;
    let headed = 0;
    concepts.forEach((c, i) => {
      const q = conceptMatch(index, c, matchedTerms);
      if (q > 0) {
        found.push(i);
        covered += q * c.weight;
        headed += conceptMatch(index, c, inHeadings) * c.weight;
      }
    });
    const share = (n: number): number => (total === 0 ? 0 : n / total);
    return { ref: r.ref, score: r.score, coverage: share(covered), matchedTerms, found, headingCoverage: share(headed) };
  });
}

/** How well a passage's matched terms express a concept: the best alternative's weakest word. */
export function conceptMatch(index: SearchIndex, concept: Concept, matched: ReadonlySet<string>): number {
  let best = 0;
  for (const alt of concept.alternatives) {
    let weakest = 1;
    for (const s of alt) {
      let w = 0;
      for (const m of index.vocabulary.matches(s)) if (matched.has(m.term) && m.weight > w) w = m.weight;
      weakest = Math.min(weakest, w);
      if (weakest === 0) break;
    }
    best = Math.max(best, weakest);
  }
  return best;
}

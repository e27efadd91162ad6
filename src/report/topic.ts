import type { Explanation } from '../answer/engine.js';
import type { AnswerEngine, AnswerPassage } from '../answer/types.js';
import { REGIONS, type GlossaryEntry } from '../knowledge/schema.js';
import { passageText, type KnowledgeBase, type Passage } from '../knowledge/types.js';

export interface TopicLabels {
  /** For questions nothing in the knowledge base matches: the gaps proper. */
  noTopic: string;
  /** For questions about when a call is open. */
  callTimes: string;
}

export interface TopicOptions {
  /** The day the questions are judged on (call status depends on it). */
  today: string;
  labels: TopicLabels;
  /**
   * Share of a handed-off question found in its best passage for that passage to name its topic.
   * Default 0.45, the engine's own bar for offering a passage: below it the best passage shares
   * only a word like "hanke" with the question, and naming it would hide the gap.
   */
  minCoverage?: number;
}

const DEFAULT_MIN_COVERAGE = 0.45;
/** A glossary term found in more than this share of passages is too general to name a topic ("yhdistys"). */
const MAX_TERM_SHARE = 0.2;

/**
 * The glossary entries specific enough to name a topic: not a region (the report has its own
 * column for that) and found in at most a fifth of the passages (each word of the term, cut to
 * three quarters for inflection, as kb:check looks for terms).
 */
export function topicalGlossary(kb: KnowledgeBase, maxShare = MAX_TERM_SHARE): GlossaryEntry[] {
  const texts = kb.documents.flatMap((d) => d.passages.map((p) => `${p.headings.join(' ')} ${passageText(p)}`.toLowerCase()));
  const regions = new Set<string>(REGIONS.map((r) => r.toLowerCase()));
  return kb.glossary.filter((e) => {
    const term = e.term.toLowerCase();
    if (regions.has(term)) return false;
    const words = term.split(/[\s-]+/).filter((w) => w !== '');
    const found = texts.filter((t) => words.every((w) => t.includes(w.slice(0, Math.max(3, Math.ceil(w.length * 0.75)))))).length;
    return found <= Math.max(1, texts.length * maxShare);
  });
}

/** A passage's topic: its innermost heading, or its document's title when it has none. */
function passageTopic(headings: readonly string[], title: string): string {
  return headings.at(-1) ?? title;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The glossary term whose own word, synonym or English term starts a word of the question (longest first). */
export function glossaryTopic(question: string, glossary: readonly GlossaryEntry[]): string | undefined {
  const q = question.toLowerCase();
  const words = glossary
    .flatMap((e) => [e.term, ...e.synonyms, ...e.en].map((w) => ({ word: w.toLowerCase(), term: e.term })))
    .filter((w) => w.word.length >= 3)
    .sort((a, b) => b.word.length - a.word.length);
  return words.find((w) => new RegExp(`(^|[^\\p{L}\\p{N}])${escape(w.word)}`, 'u').test(q))?.term;
}

/** The answer engine, with its explanation of the last decision when it has one (the real engine does). */
export interface TopicEngine extends AnswerEngine {
  explain?(): Explanation | undefined;
}

/**
 * Names the topic of a question the way the bot sees it: the heading of the passage it answers
 * from (or offers first); for a question it hands off, the heading of the passage that covers the
 * question best if that covers enough of it, else a specific glossary term the question uses
 * (topicalGlossary), else "no topic".
 */
export function topicAssigner(engine: TopicEngine, kb: KnowledgeBase, options: TopicOptions): (question: string) => string {
  const passages = new Map<string, { passage: Passage; title: string }>();
  for (const doc of kb.documents) for (const p of doc.passages) passages.set(p.id, { passage: p, title: doc.meta.title });
  const minCoverage = options.minCoverage ?? DEFAULT_MIN_COVERAGE;
  const ofAnswer = (p: AnswerPassage): string => passageTopic(p.headings, p.source.title);
  const glossary = topicalGlossary(kb);

  return (question) => {
    const decision = engine.decide(question, { today: options.today });
    switch (decision.kind) {
      case 'answer':
        return ofAnswer(decision.passage);
      case 'clarify': {
        const first = decision.candidates[0];
        return first === undefined ? options.labels.noTopic : ofAnswer(first);
      }
      case 'call_status':
        return options.labels.callTimes;
      case 'handoff':
      case 'invalid': {
        const best = engine.explain?.()?.ranked[0];
        const found = best !== undefined && best.coverage >= minCoverage ? passages.get(best.ref) : undefined;
        if (found !== undefined) return passageTopic(found.passage.headings, found.title);
        return glossaryTopic(question, glossary) ?? options.labels.noTopic;
      }
    }
  };
}

import type { Lang } from '../answer/types.js';
import { todayInFinland } from '../answer/dates.js';
import type { Region } from '../knowledge/schema.js';

/**
 * The gap report: which questions the bot failed on, grouped by topic and region, most frequent
 * first. Pure: the caller gathers the items (tickets, feedback, events) and names the topics.
 * Items carry questions only, never who asked.
 */

/** Where an item comes from: a ticket, a "not helpful" press, or a clarify or handoff-offer decision. */
export const GAP_SOURCES = ['handoff', 'not_helpful', 'clarify', 'handoff_offer'] as const;
export type GapSource = (typeof GAP_SOURCES)[number];

export interface GapItem {
  /** ISO instant. */
  at: string;
  source: GapSource;
  question: string;
  region?: Region;
  lang: Lang;
}

export interface GapQuestion {
  /** As first written (whitespace collapsed); questions that differ only in case, spacing and closing punctuation count as one. */
  text: string;
  count: number;
}

export interface GapGroup {
  topic: string;
  /** Undefined when neither the ticket nor the question says. */
  region?: Region;
  count: number;
  bySource: Record<GapSource, number>;
  /** Most frequent first. */
  questions: GapQuestion[];
}

export interface GapReport {
  /** First and last day, YYYY-MM-DD, both included, in Finnish time. */
  from: string;
  to: string;
  total: number;
  bySource: Record<GapSource, number>;
  /** Most frequent first. */
  groups: GapGroup[];
}

export interface GapOptions {
  from: string;
  to: string;
  /** The topic of a question, e.g. the heading of the passage that best matches it. */
  topicOf: (question: string) => string;
}

const noSources = (): Record<GapSource, number> => ({ handoff: 0, not_helpful: 0, clarify: 0, handoff_offer: 0 });
const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
/** Questions that differ only in case, spacing and closing punctuation are the same question. */
const sameQuestion = (s: string): string => collapse(s).replace(/[\s?!.]+$/u, '').toLowerCase();
const byText = (a: string, b: string): number => a.localeCompare(b, 'fi');

/** The items of the period (by their day in Finland), grouped and counted. */
export function buildGapReport(items: readonly GapItem[], options: GapOptions): GapReport {
  const inPeriod = items.filter((i) => {
    const day = todayInFinland(new Date(i.at));
    return day >= options.from && day <= options.to && collapse(i.question) !== '';
  });
  const topics = new Map<string, string>();
  const topicOf = (question: string): string => {
    const key = sameQuestion(question);
    let topic = topics.get(key);
    if (topic === undefined) {
      topic = options.topicOf(collapse(question));
      topics.set(key, topic);
    }
    return topic;
  };

  const groups = new Map<string, GapGroup & { texts: Map<string, GapQuestion> }>();
  const bySource = noSources();
  for (const item of inPeriod) {
    const topic = topicOf(item.question);
    const key = `${topic}\u0000${item.region ?? ''}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { topic, ...(item.region === undefined ? {} : { region: item.region }), count: 0, bySource: noSources(), questions: [], texts: new Map() };
      groups.set(key, group);
    }
    group.count += 1;
    group.bySource[item.source] += 1;
    bySource[item.source] += 1;
    const text = collapse(item.question);
    const textKey = sameQuestion(text);
    const q = group.texts.get(textKey) ?? { text, count: 0 };
    q.count += 1;
    group.texts.set(textKey, q);
  }

  const sorted = [...groups.values()]
    .map(({ texts, ...g }): GapGroup => ({ ...g, questions: [...texts.values()].sort((a, b) => b.count - a.count || byText(a.text, b.text)) }))
    .sort((a, b) => b.count - a.count || byText(a.topic, b.topic) || byText(a.region ?? '\uffff', b.region ?? '\uffff'));
  return { from: options.from, to: options.to, total: inPeriod.length, bySource, groups: sorted };
}

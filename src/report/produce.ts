import type { Lang } from '../answer/types.js';
import { messages } from '../i18n/index.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { buildGapReport, type GapReport } from './gap.js';
import { gatherGapItems, type GapSources } from './sources.js';
import { topicAssigner, type TopicEngine } from './topic.js';

export interface GapReportRequest {
  /** First and last day, YYYY-MM-DD, both included. */
  from: string;
  to: string;
  /** The day topics are judged on (call status depends on it). */
  today: string;
  /** Language of the topic labels ("no match", "call periods"). */
  lang: Lang;
}

export interface ProducedReport {
  report: GapReport;
  /** Records that could not be read (the report was made without them). */
  problems: string[];
}

/** Reads the sources, names each question's topic with the engine, and groups. */
export async function produceGapReport(sources: GapSources, knowledge: { engine: TopicEngine; kb: KnowledgeBase }, request: GapReportRequest): Promise<ProducedReport> {
  const { items, problems } = await gatherGapItems(sources);
  const labels = messages(request.lang).report;
  const topicOf = topicAssigner(knowledge.engine, knowledge.kb, { today: request.today, labels });
  const report = buildGapReport(items, { from: request.from, to: request.to, topicOf });
  return { report, problems };
}

/** The day `days` days before `day` (YYYY-MM-DD), in the calendar. */
export function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/** The default period: the 30 days that end with `today`. */
export const DEFAULT_REPORT_DAYS = 30;

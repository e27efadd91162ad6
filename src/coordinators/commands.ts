import type { Lang } from '../answer/types.js';
import { DEFAULT_REPORT_DAYS } from '../report/produce.js';

/**
 * Coordinators' commands in Teams, in Finnish and English. Pure. The bot removes its own
 * @mention before calling this; other <at> tags are tolerated.
 *
 * "raportti" | "raportti 90 pv" | "raportti 90 päivää" | "report" | "report 90 days":
 *   the gap report for the last N days (default 30, at most MAX_REPORT_DAYS).
 * "tietopohjakanava" | "knowledge channel": this channel is told about knowledge base edits
 *   (live reload: applied, or rejected with what is wrong).
 */
export type CoordinatorCommand =
  | { kind: 'report'; days: number; lang: Lang }
  | { kind: 'reportUsage'; lang: Lang }
  | { kind: 'knowledgeChannel'; lang: Lang }
  | { kind: 'none' };

export const MAX_REPORT_DAYS = 3650;

const REPORT: Record<string, Lang> = { raportti: 'fi', aukkoraportti: 'fi', report: 'en', 'gap report': 'en' };
const KNOWLEDGE_CHANNEL: Record<string, Lang> = { tietopohjakanava: 'fi', 'tietopohjan kanava': 'fi', 'knowledge channel': 'en' };
const DAY_WORDS = new Set(['pv', 'pv.', 'päivä', 'päivää', 'paivaa', 'vrk', 'd', 'day', 'days']);

export function parseCoordinatorCommand(raw: string): CoordinatorCommand {
  const text = raw
    .replace(/<at>.*?<\/at>/gi, ' ')
    .replace(/[!?]+$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  const channelLang = KNOWLEDGE_CHANNEL[text];
  if (channelLang !== undefined) return { kind: 'knowledgeChannel', lang: channelLang };

  const verb = Object.keys(REPORT).find((v) => text === v || text.startsWith(`${v} `));
  if (verb === undefined) return { kind: 'none' };
  const lang = REPORT[verb] ?? 'fi';
  const rest = text.slice(verb.length).trim();
  if (rest === '') return { kind: 'report', days: DEFAULT_REPORT_DAYS, lang };
  const m = /^(\d{1,5})(?:\s*(\S+))?$/.exec(rest);
  const days = Number(m?.[1]);
  const unit = m?.[2];
  if (m === null || (unit !== undefined && !DAY_WORDS.has(unit)) || days < 1 || days > MAX_REPORT_DAYS) return { kind: 'reportUsage', lang };
  return { kind: 'report', days, lang };
}

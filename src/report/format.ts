import { formatDate } from '../answer/dates.js';
import type { Lang } from '../answer/types.js';
import { messages } from '../i18n/index.js';
import type { GapGroup, GapReport } from './gap.js';

export const REPORT_FORMATS = ['md', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface FormatOptions {
  lang: Lang;
  /** Questions listed per group in Markdown (the rest are counted). Default 10; CSV lists all. */
  questionsPerGroup?: number;
}

/** A table cell: pipes and line breaks would break the table. */
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** Markdown: a summary table of the groups, then each group's questions. */
export function reportMarkdown(report: GapReport, options: FormatOptions): string {
  const t = messages(options.lang).report;
  const c = t.columns;
  const perGroup = options.questionsPerGroup ?? 10;
  const region = (g: GapGroup): string => g.region ?? t.noRegion;
  const out = [`# ${t.title(formatDate(report.from), formatDate(report.to))}`, '', t.intro, '', t.total(report.total), ''];
  if (report.groups.length === 0) return [...out, t.empty, ''].join('\n');
  out.push(
    `| ${c.topic} | ${c.region} | ${c.count} | ${c.handoff} | ${c.notHelpful} | ${c.clarify} | ${c.handoffOffer} |`,
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...report.groups.map(
      (g) => `| ${cell(g.topic)} | ${region(g)} | ${g.count} | ${g.bySource.handoff} | ${g.bySource.not_helpful} | ${g.bySource.clarify} | ${g.bySource.handoff_offer} |`,
    ),
    '',
    ...t.legend.map((l) => `- ${l}`),
    '',
    `## ${t.questionsHeading}`,
  );
  for (const g of report.groups) {
    out.push('', `### ${g.topic} – ${region(g)} (${g.count})`, '');
    for (const q of g.questions.slice(0, perGroup)) out.push(`- ${q.text.replace(/\s+/g, ' ')}${q.count > 1 ? ` (${q.count})` : ''}`);
    const rest = g.questions.length - perGroup;
    if (rest > 0) out.push(`- ${t.more(rest)}`);
  }
  return `${out.join('\n')}\n`;
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break; a leading = + - @ is defused for spreadsheets. */
function csvField(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * CSV: one row per distinct question, with its group's topic, region and counts, in report order.
 * Starts with a byte-order mark so that spreadsheet programs read the Finnish letters right.
 */
export function reportCsv(report: GapReport, options: FormatOptions): string {
  const t = messages(options.lang).report;
  const c = t.columns;
  const rows: (string | number)[][] = [[c.topic, c.region, c.count, c.handoff, c.notHelpful, c.clarify, c.handoffOffer, c.question, c.times]];
  for (const g of report.groups) {
    for (const q of g.questions) {
      rows.push([g.topic, g.region ?? t.noRegion, g.count, g.bySource.handoff, g.bySource.not_helpful, g.bySource.clarify, g.bySource.handoff_offer, q.text, q.count]);
    }
  }
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/**
 * Plain text for a Teams message: the title, the total and the most frequent groups, each with
 * its counts and its commonest questions. The full report is `npm run report`.
 */
export function reportSummary(report: GapReport, options: FormatOptions & { maxGroups?: number }): string {
  const t = messages(options.lang).report;
  const c = t.columns;
  const maxGroups = options.maxGroups ?? 10;
  const perGroup = options.questionsPerGroup ?? 3;
  const out = [t.title(formatDate(report.from), formatDate(report.to)), t.total(report.total)];
  if (report.groups.length === 0) return [...out, t.empty].join('\n');
  report.groups.slice(0, maxGroups).forEach((g, i) => {
    const counts = [
      [c.handoff, g.bySource.handoff],
      [c.notHelpful, g.bySource.not_helpful],
      [c.clarify, g.bySource.clarify],
      [c.handoffOffer, g.bySource.handoff_offer],
    ]
      .filter(([, n]) => n !== 0)
      .map(([label, n]) => `${String(label).toLocaleLowerCase(options.lang)} ${n}`)
      .join(', ');
    out.push('', `${i + 1}. ${g.topic} – ${g.region ?? t.noRegion}: ${g.count} (${counts})`);
    for (const q of g.questions.slice(0, perGroup)) out.push(`   • ${q.text}${q.count > 1 ? ` (${q.count})` : ''}`);
    if (g.questions.length > perGroup) out.push(`   ${t.more(g.questions.length - perGroup)}`);
  });
  if (report.groups.length > maxGroups) out.push('', t.more(report.groups.length - maxGroups));
  return out.join('\n');
}

export function formatReport(report: GapReport, format: ReportFormat, options: FormatOptions): string {
  return format === 'md' ? reportMarkdown(report, options) : reportCsv(report, options);
}

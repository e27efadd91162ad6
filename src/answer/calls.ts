import type { CallPeriod, Region } from '../knowledge/schema.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { dayNumber } from './dates.js';
import { sourceOf } from './source.js';
import type { CallState, CallStatusItem } from './types.js';

/** A call that opened with no known end is described as possibly open only this long. */
export const RECENT_OPENING_DAYS = 90;

/** Where a call stands on a given day. A call without an end date is never called open. */
export function callState(call: CallPeriod, today: string): CallState {
  const t = dayNumber(today);
  if (t < dayNumber(call.opens)) return 'upcoming';
  if (call.closes === undefined) return 'unknown_end';
  return t <= dayNumber(call.closes) ? 'open' : 'ended';
}

/** What a member asking "can we apply?" needs first: open calls, then coming ones, then the rest. */
const STATE_ORDER: Record<CallState, number> = { open: 0, upcoming: 1, unknown_end: 2, ended: 3 };

/** Every known call for the region (or all regions): open ones first, then newest opening first. */
export function callStatus(kb: KnowledgeBase, today: string, region: Region | undefined): CallStatusItem[] {
  const items: CallStatusItem[] = [];
  for (const doc of kb.documents) {
    for (const call of doc.meta.calls) {
      if (region !== undefined && call.region !== region) continue;
      items.push({ call, state: callState(call, today), source: sourceOf(doc.meta) });
    }
  }
  return items.sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || b.call.opens.localeCompare(a.call.opens) || a.call.region.localeCompare(b.call.region));
}

/** "1.3.-10.5.2024", "27.6.–9.9.2022", "1.3.2024 – 10.5.2024": a span of two days, the first year optional. */
const WRITTEN_SPAN = /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})?\s*[-–—]\s*(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/gu;

const iso = (year: string, month: string, day: string): string => `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;

/**
 * The call's period as its document writes it ("1.3.-10.5.2024"), when the quoted line states exactly
 * the period's two days; undefined otherwise. The answer then repeats the document's own words.
 */
export function periodAsWritten(call: CallPeriod): string | undefined {
  if (call.closes === undefined) return undefined;
  for (const m of call.quote.matchAll(WRITTEN_SPAN)) {
    const [text, d1 = '', m1 = '', y1, d2 = '', m2 = '', y2 = ''] = m;
    if (iso(y1 ?? y2, m1, d1) === call.opens && iso(y2, m2, d2) === call.closes) return text;
  }
  return undefined;
}

/** Days since the call opened (for "opened recently, end not known"). */
export function daysSinceOpening(call: CallPeriod, today: string): number {
  return dayNumber(today) - dayNumber(call.opens);
}

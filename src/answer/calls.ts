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

/** Days since the call opened (for "opened recently, end not known"). */
export function daysSinceOpening(call: CallPeriod, today: string): number {
  return dayNumber(today) - dayNumber(call.opens);
}

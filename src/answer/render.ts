import { messages, type Messages } from '../i18n/index.js';
import { daysSinceOpening, periodAsWritten, RECENT_OPENING_DAYS } from './calls.js';
import { formatDate } from './dates.js';
import { CANDIDATE_EXCERPT_CHARS } from './excerpt.js';
import { MAX_QUESTION_CHARS, type CallStatusItem, type Decision, type Notice, type SourceRef } from './types.js';

type Texts = Messages['answer'];

/** One source as a line: title, publisher, date, and the address when known (`listed`: as an item under a "Sources:" heading). */
export function sourceLine(t: Texts, source: SourceRef, listed = false): string {
  const line = (listed ? t.sourceItem : t.sourceLine)(source.title, formatDate(source.date), source.publisher);
  return source.url === undefined ? line : `${line}\n${listed ? '  ' : ''}${source.url}`;
}

export function noticeText(t: Texts, notice: Notice): string {
  switch (notice.kind) {
    case 'old_source':
      return t.oldSource(notice.years);
    case 'expired':
      return t.expired(formatDate(notice.validUntil));
    case 'call_ended':
      return t.callEndedNotice(notice.name, notice.region, formatDate(notice.closes));
    case 'project_period': {
      const say = notice.state === 'running' ? t.projectRunning : notice.state === 'ended' ? t.projectEnded : t.projectUpcoming;
      return say(notice.name, formatDate(notice.starts), formatDate(notice.ends));
    }
    case 'fit_check':
      return t.fitCheck;
  }
}

/** A call announced for several regions (the ELY press release names three) and its regions: one line, not one per region. */
export interface CallGroup {
  item: CallStatusItem;
  regions: readonly string[];
}

/** The calls grouped by what a line says about them (name, period, state, source), in their order. */
export function groupCalls(items: readonly CallStatusItem[]): CallGroup[] {
  const groups = new Map<string, { item: CallStatusItem; regions: string[] }>();
  for (const item of items) {
    const key = JSON.stringify([item.call.name, item.call.opens, item.call.closes ?? '', item.state, item.source.docId]);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { item, regions: [item.call.region] });
    else if (!group.regions.includes(item.call.region)) group.regions.push(item.call.region);
  }
  return [...groups.values()];
}

/**
 * What the member asked first: is a call open? 'open' when one is; 'recently_opened' when none is
 * known open but one opened within RECENT_OPENING_DAYS with no known end (it may be); else 'none'.
 */
export function callVerdict(calls: readonly CallStatusItem[], today: string): 'open' | 'recently_opened' | 'none' {
  if (calls.some((c) => c.state === 'open')) return 'open';
  return calls.some((c) => c.state === 'unknown_end' && daysSinceOpening(c.call, today) <= RECENT_OPENING_DAYS) ? 'recently_opened' : 'none';
}

/** The verdict's headline and, unless a call is open, what the adviser can tell. */
export function callVerdictTexts(t: Texts, verdict: ReturnType<typeof callVerdict>): { headline: string; adviser?: string } {
  switch (verdict) {
    case 'open':
      return { headline: t.openCallKnown };
    case 'recently_opened':
      return { headline: t.recentCallMayBeOpen, adviser: t.askAdviserDeadline };
    case 'none':
      return { headline: t.noOpenCall, adviser: t.askAdviser };
  }
}

/** One call's state in a sentence, true on the given day (for the regions given, else the call's own). */
export function callLine(t: Texts, item: CallStatusItem, today: string, regions: readonly string[] = [item.call.region]): string {
  const { call } = item;
  const name = `${call.name} (${regions.join(', ')})`;
  const opens = formatDate(call.opens);
  const closes = call.closes === undefined ? undefined : formatDate(call.closes);
  const written = periodAsWritten(call);
  const period = written ?? `${opens}–${closes ?? ''}`;
  switch (item.state) {
    case 'open':
      return t.callOpen(name, period, closes ?? '');
    case 'ended':
      return t.callEnded(name, period, closes ?? '');
    case 'upcoming':
      return t.callUpcoming(name, opens, closes, written);
    case 'unknown_end': {
      // ("SEURAAVA HAKU 15.1.2024": with no end given, what the source says is how the member can judge what the day means.)
      const line = daysSinceOpening(call, today) <= RECENT_OPENING_DAYS ? t.callOpenNoEnd(name, opens) : t.callUnknownEnd(name, opens);
      return `${line} ${t.asWritten(call.quote)}`;
    }
  }
}

/** A heading and a line compared as words: case, a parenthesis ("(painopisteet)") and a closing colon aside. */
function headingWords(text: string): string {
  return text.replace(/\([^)]*\)/g, ' ').replace(/[:\s]+$/u, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Whether the excerpt's first line already says what the heading says ("…painotetaan seuraavia sisältöjä:"). */
export function repeatsHeading(heading: string, excerpt: string): boolean {
  const first = headingWords(excerpt.split('\n', 1)[0] ?? '');
  const head = headingWords(heading);
  return head !== '' && first !== '' && (first.startsWith(head) || (head.startsWith(first) && first.length >= 20));
}

/** The reply as plain text in the decision's language: the text fallback of every card, and the CLI's output. */
export function renderText(decision: Decision): string {
  const t = messages(decision.lang).answer;
  switch (decision.kind) {
    case 'answer': {
      const { passage } = decision;
      const heading = passage.headings[passage.headings.length - 1];
      const body = heading === undefined || repeatsHeading(heading, passage.excerpt) ? passage.excerpt : `${heading}:\n${passage.excerpt}`;
      const parts = [t.quoteIntro, body, sourceLine(t, passage.source), ...decision.notices.map((n) => noticeText(t, n))];
      return parts.filter((p) => p !== '').join('\n\n');
    }
    case 'call_status': {
      if (decision.calls.length === 0) return [t.noCallsKnown, t.askAdviser].join('\n\n');
      const lines = groupCalls(decision.calls).map((g) => `• ${callLine(t, g.item, decision.today, g.regions)}`);
      const verdict = callVerdictTexts(t, callVerdict(decision.calls, decision.today));
      const sources = uniqueSources(decision.calls.map((c) => c.source));
      // The verdict first, as on the card: whether anything is open is what was asked.
      return [
        ...(decision.region === undefined ? [] : [t.regionLabel(decision.region)]),
        verdict.adviser === undefined ? verdict.headline : `${verdict.headline} ${verdict.adviser}`,
        lines.join('\n'),
        sources.length === 1 && sources[0] !== undefined ? sourceLine(t, sources[0]) : `${t.sourcesHeading}\n${sources.map((s) => sourceLine(t, s, true)).join('\n')}`,
      ].join('\n\n');
    }
    case 'clarify':
      return [
        t.clarifyIntro,
        ...decision.candidates.map((c, i) => `${t.candidateLine(i + 1, c.headings.join(' › ') || c.source.title, c.source.title)}\n${snippet(c.excerpt)}`),
      ].join('\n\n');
    case 'handoff':
      return handoffText(decision);
    case 'invalid':
      switch (decision.reason) {
        case 'empty':
          return t.invalidEmpty;
        case 'too_long':
          return t.invalidTooLong(MAX_QUESTION_CHARS);
        case 'no_words':
          return t.invalidNoWords;
      }
  }
}

/** The sources a decision rests on, for citations. */
export function decisionSources(decision: Decision): SourceRef[] {
  switch (decision.kind) {
    case 'answer':
      return [decision.passage.source];
    case 'call_status':
      return uniqueSources(decision.calls.map((c) => c.source));
    case 'clarify':
      return uniqueSources(decision.candidates.map((c) => c.source));
    default:
      return [];
  }
}

/** The start of an excerpt, cut at a line or word boundary. */
export function snippet(text: string, max = CANDIDATE_EXCERPT_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const at = Math.max(cut.lastIndexOf('\n'), cut.lastIndexOf(' '));
  return `${(at > max / 2 ? cut.slice(0, at) : cut).trimEnd()} …`;
}


function uniqueSources(sources: readonly SourceRef[]): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const s of sources) if (!seen.has(s.docId)) seen.set(s.docId, s);
  return [...seen.values()];
}

/** What a handoff says before the offer to forward: that the call's closing is not told, when that was asked. */
export function handoffText(decision: Extract<Decision, { kind: 'handoff' }>): string {
  const t = messages(decision.lang).answer;
  return decision.endUnknown === undefined ? t.handoff : `${t.closingNotStated(decision.endUnknown.name, formatDate(decision.endUnknown.opens))} ${t.askAdviserDeadline}`;
}

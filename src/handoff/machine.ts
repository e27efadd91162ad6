import type { Lang } from '../answer/types.js';
import type { Region } from '../knowledge/schema.js';
import type { ConversationRef } from './conversationRef.js';
import {
  LIMITS,
  laneOf,
  type Actor,
  type Effect,
  type HistoryEntry,
  type Member,
  type OutboxItem,
  type Ticket,
  type TicketId,
  type TicketStatus,
} from './ticket.js';

/**
 * The ticket state machine: pure, no I/O, no clock of its own.
 *
 *   open ──claim──▶ claimed ──answer──▶ answered ──memberFollowUp──▶ claimed (by the answerer)
 *     └────────────answer──────────────▶   │
 *   open | claimed | answered ──close──▶ closed;  answered | closed ──reopen──▶ open
 *
 * Adviser commands carry the version their card showed. A command replayed against a later version
 * (Teams resends, a double click) is recognised from the history and answered as already done; any
 * other command on an old version is refused as stale, except a claim that lost to someone else,
 * which is told who has it. Exactly one of two simultaneous claims wins because the store writes
 * with eTags: the loser re-runs its claim on the winner's ticket and gets `already_claimed`.
 */

export type Role = 'adviser' | 'coordinator';

export type Command =
  | { kind: 'claim'; by: Actor; version?: number }
  /** A coordinator may answer or close a ticket someone else has claimed; an adviser may not. */
  | { kind: 'answer'; by: Actor; role: Role; version?: number; text: string }
  | { kind: 'close'; by: Actor; role: Role; version?: number; reason: string }
  | { kind: 'reopen'; by: Actor; version?: number }
  | { kind: 'memberFollowUp'; version?: number; text: string }
  | { kind: 'memberFeedback'; helped: boolean }
  /** The outbox takes an effect for delivery; `retryAt` is when to try again if this attempt is lost. */
  | { kind: 'startDelivery'; effectId: number; retryAt: Date }
  | { kind: 'markPosted'; effectId: number; activityId: string; channel: ConversationRef; viaFallback: boolean }
  | { kind: 'markDelivered'; effectId: number }
  | { kind: 'markDeliveryFailed'; effectId: number; error: string }
  /** A channel was just registered: a card post waiting for its retry is tried now (one in flight is left alone). */
  | { kind: 'expediteDelivery' };

export type TextField = 'question' | 'details' | 'answer' | 'reason' | 'followUp';

export type TicketError =
  | { code: 'stale_version'; current: number }
  | { code: 'already_claimed'; by: Actor }
  | { code: 'claimed_by_other'; by: Actor }
  | { code: 'not_allowed_in_state'; status: TicketStatus; command: Command['kind'] }
  | { code: 'empty_text'; field: TextField }
  | { code: 'too_long'; field: TextField; max: number }
  | { code: 'too_many_messages'; max: number }
  | { code: 'no_answer_yet' }
  | { code: 'unknown_effect'; effectId: number }
  | { code: 'not_due'; effectId: number };

export type TransitionResult =
  | { ok: true; ticket: Ticket; effects: Effect[]; replayed: boolean }
  | { ok: false; error: TicketError };

export interface NewTicket {
  id: TicketId;
  requestId: string;
  lang: Lang;
  region: Region;
  question: string;
  details?: string;
  botAnswer?: string;
  member: Member;
  memberConversation: ConversationRef;
}

const fail = (error: TicketError): TransitionResult => ({ ok: false, error });
const replayed = (ticket: Ticket): TransitionResult => ({ ok: true, ticket, effects: [], replayed: true });

/** A new ticket, queued for posting to the advisers. */
export function createTicket(input: NewTicket, now: Date): TransitionResult {
  const question = input.question.trim();
  const details = input.details?.trim() ?? '';
  const invalid = checkText('question', question, LIMITS.question) ?? (details === '' ? undefined : checkText('details', details, LIMITS.details));
  if (invalid !== undefined) return fail(invalid);
  const at = now.toISOString();
  const botAnswer = input.botAnswer?.trim() ?? '';
  const base: Ticket = {
    schema: 1,
    id: input.id,
    requestId: input.requestId,
    version: 1,
    lang: input.lang,
    region: input.region,
    question,
    ...(details === '' ? {} : { details }),
    ...(botAnswer === '' ? {} : { botAnswer: cut(botAnswer, LIMITS.botAnswer) }),
    member: input.member,
    memberConversation: input.memberConversation,
    state: { status: 'open' },
    messages: [],
    outbox: [],
    nextEffectId: 1,
    delayReported: false,
    history: [{ action: 'create', by: 'member', fromVersion: 0, at }],
    createdAt: at,
    updatedAt: at,
  };
  return queued(base, [{ kind: 'postToChannel' }], now);
}

export function transition(t: Ticket, cmd: Command, now: Date): TransitionResult {
  switch (cmd.kind) {
    case 'claim':
      return claim(t, cmd, now);
    case 'answer':
      return answer(t, cmd, now);
    case 'close':
      return close(t, cmd, now);
    case 'reopen':
      return reopen(t, cmd, now);
    case 'memberFollowUp':
      return followUp(t, cmd, now);
    case 'memberFeedback':
      return feedback(t, cmd, now);
    case 'startDelivery':
      return startDelivery(t, cmd, now);
    case 'expediteDelivery':
      return expedite(t, now);
    case 'markPosted':
    case 'markDelivered':
    case 'markDeliveryFailed':
      return delivered(t, cmd, now);
  }
}

function claim(t: Ticket, cmd: Extract<Command, { kind: 'claim' }>, now: Date): TransitionResult {
  if (isReplay(t, 'claim', cmd.by.id, cmd.version)) return replayed(t);
  const s = t.state;
  if (s.status === 'claimed') return s.by.id === cmd.by.id ? replayed(t) : fail({ code: 'already_claimed', by: s.by });
  if (s.status !== 'open') return fail({ code: 'not_allowed_in_state', status: s.status, command: 'claim' });
  const stale = staleness(t, cmd.version);
  if (stale !== undefined) return fail(stale);
  const at = now.toISOString();
  return changed(t, { state: { status: 'claimed', by: cmd.by, at } }, entry('claim', cmd.by.id, t, at), adviserCardRefresh(t), now);
}

function answer(t: Ticket, cmd: Extract<Command, { kind: 'answer' }>, now: Date): TransitionResult {
  if (isReplay(t, 'answer', cmd.by.id, cmd.version)) return replayed(t);
  const text = cmd.text.trim();
  const invalid = checkText('answer', text, LIMITS.answer);
  if (invalid !== undefined) return fail(invalid);
  const s = t.state;
  if (s.status === 'answered' || s.status === 'closed') return fail({ code: 'not_allowed_in_state', status: s.status, command: 'answer' });
  if (s.status === 'claimed' && s.by.id !== cmd.by.id && cmd.role !== 'coordinator') return fail({ code: 'claimed_by_other', by: s.by });
  const stale = staleness(t, cmd.version);
  if (stale !== undefined) return fail(stale);
  if (t.messages.length >= LIMITS.messages) return fail({ code: 'too_many_messages', max: LIMITS.messages });
  const at = now.toISOString();
  const message = t.messages.length;
  return changed(
    t,
    { state: { status: 'answered', by: cmd.by, at }, messages: [...t.messages, { from: 'adviser', by: cmd.by, text, at }] },
    entry('answer', cmd.by.id, t, at),
    [{ kind: 'relayToMember', message }, ...adviserCardRefresh(t)],
    now,
  );
}

function close(t: Ticket, cmd: Extract<Command, { kind: 'close' }>, now: Date): TransitionResult {
  if (isReplay(t, 'close', cmd.by.id, cmd.version)) return replayed(t);
  const reason = cmd.reason.trim();
  const invalid = checkText('reason', reason, LIMITS.closeReason);
  if (invalid !== undefined) return fail(invalid);
  const s = t.state;
  if (s.status === 'closed') return fail({ code: 'not_allowed_in_state', status: s.status, command: 'close' });
  if (s.status === 'claimed' && s.by.id !== cmd.by.id && cmd.role !== 'coordinator') return fail({ code: 'claimed_by_other', by: s.by });
  const stale = staleness(t, cmd.version);
  if (stale !== undefined) return fail(stale);
  const at = now.toISOString();
  // A member whose question was answered is not told again that it was closed.
  const tell: Effect[] = s.status === 'answered' ? [] : [{ kind: 'tellMember', about: 'closed' }];
  return changed(t, { state: { status: 'closed', by: cmd.by, at, reason } }, entry('close', cmd.by.id, t, at), [...adviserCardRefresh(t), ...tell], now);
}

function reopen(t: Ticket, cmd: Extract<Command, { kind: 'reopen' }>, now: Date): TransitionResult {
  if (isReplay(t, 'reopen', cmd.by.id, cmd.version)) return replayed(t);
  const s = t.state;
  if (s.status === 'open' || s.status === 'claimed') return fail({ code: 'not_allowed_in_state', status: s.status, command: 'reopen' });
  const stale = staleness(t, cmd.version);
  if (stale !== undefined) return fail(stale);
  const at = now.toISOString();
  const tell: Effect[] = s.status === 'closed' ? [{ kind: 'tellMember', about: 'reopened' }] : [];
  return changed(t, { state: { status: 'open' } }, entry('reopen', cmd.by.id, t, at), [...adviserCardRefresh(t), ...tell], now);
}

function followUp(t: Ticket, cmd: Extract<Command, { kind: 'memberFollowUp' }>, now: Date): TransitionResult {
  const text = cmd.text.trim();
  const invalid = checkText('followUp', text, LIMITS.followUp);
  if (invalid !== undefined) return fail(invalid);
  const digest = fnv1a(text);
  if (isReplay(t, 'memberFollowUp', 'member', cmd.version, digest)) return replayed(t);
  const s = t.state;
  if (s.status === 'closed') return fail({ code: 'not_allowed_in_state', status: s.status, command: 'memberFollowUp' });
  if (t.messages.length >= LIMITS.messages) return fail({ code: 'too_many_messages', max: LIMITS.messages });
  const at = now.toISOString();
  const message = t.messages.length;
  // A follow-up to an answer goes back to the adviser who answered.
  const state = s.status === 'answered' ? { status: 'claimed' as const, by: s.by, at } : s;
  const notify: Effect[] = t.adviserCard === undefined ? [] : [{ kind: 'notifyThread', about: 'followUp', message }];
  return changed(
    t,
    { state, messages: [...t.messages, { from: 'member', text, at }] },
    { ...entry('memberFollowUp', 'member', t, at), digest },
    [...adviserCardRefresh(t), ...notify],
    now,
  );
}

function feedback(t: Ticket, cmd: Extract<Command, { kind: 'memberFeedback' }>, now: Date): TransitionResult {
  if (!t.messages.some((m) => m.from === 'adviser')) return fail({ code: 'no_answer_yet' });
  if (t.feedback?.helped === cmd.helped) return replayed(t);
  const at = now.toISOString();
  const notify: Effect[] = !cmd.helped && t.adviserCard !== undefined ? [{ kind: 'notifyThread', about: 'notHelped' }] : [];
  return changed(t, { feedback: { helped: cmd.helped, at } }, entry('memberFeedback', 'member', t, at), [...adviserCardRefresh(t), ...notify], now);
}

function startDelivery(t: Ticket, cmd: Extract<Command, { kind: 'startDelivery' }>, now: Date): TransitionResult {
  const item = t.outbox.find((i) => i.id === cmd.effectId);
  if (item === undefined) return fail({ code: 'unknown_effect', effectId: cmd.effectId });
  const head = t.outbox.find((i) => laneOf(i.effect) === laneOf(item.effect));
  if (head?.id !== item.id || Date.parse(item.nextAttemptAt) > now.getTime()) return fail({ code: 'not_due', effectId: cmd.effectId });
  const next: OutboxItem = { ...item, attempts: item.attempts + 1, nextAttemptAt: cmd.retryAt.toISOString(), startedAt: now.toISOString() };
  return { ok: true, ticket: { ...t, outbox: t.outbox.map((i) => (i.id === item.id ? next : i)) }, effects: [], replayed: false };
}

function delivered(
  t: Ticket,
  cmd: Extract<Command, { kind: 'markPosted' | 'markDelivered' | 'markDeliveryFailed' }>,
  now: Date,
): TransitionResult {
  const item = t.outbox.find((i) => i.id === cmd.effectId);
  if (item === undefined) return fail({ code: 'unknown_effect', effectId: cmd.effectId });
  const rest = t.outbox.filter((i) => i.id !== item.id);
  if (cmd.kind === 'markDeliveryFailed') {
    const { startedAt: _attempt, ...waiting } = item;
    const failed: OutboxItem = { ...waiting, lastError: cut(cmd.error, LIMITS.error) };
    const withError = { ...t, outbox: t.outbox.map((i) => (i.id === item.id ? failed : i)) };
    if (item.effect.kind !== 'postToChannel' || t.delayReported) return { ok: true, ticket: withError, effects: [], replayed: false };
    return queued({ ...withError, delayReported: true }, [{ kind: 'tellMember', about: 'deliveryDelayed' }], now);
  }
  if (cmd.kind === 'markPosted') {
    if (item.effect.kind !== 'postToChannel') return fail({ code: 'unknown_effect', effectId: cmd.effectId });
    const posted: Ticket = {
      ...t,
      outbox: rest,
      adviserCard: { activityId: cmd.activityId, channel: cmd.channel, viaFallback: cmd.viaFallback, postedAt: now.toISOString() },
    };
    return t.delayReported ? queued(posted, [{ kind: 'tellMember', about: 'deliveredAfterDelay' }], now) : { ok: true, ticket: posted, effects: [], replayed: false };
  }
  return { ok: true, ticket: { ...t, outbox: rest }, effects: [], replayed: false };
}

function expedite(t: Ticket, now: Date): TransitionResult {
  const at = now.toISOString();
  const waiting = (i: OutboxItem): boolean => i.effect.kind === 'postToChannel' && i.startedAt === undefined && i.attempts > 0 && Date.parse(i.nextAttemptAt) > now.getTime();
  if (!t.outbox.some(waiting)) return replayed(t);
  return { ok: true, ticket: { ...t, outbox: t.outbox.map((i) => (waiting(i) ? { ...i, nextAttemptAt: at } : i)) }, effects: [], replayed: false };
}

/** The adviser card is refreshed only when there is one, or one is about to be posted. */
function adviserCardRefresh(t: Ticket): Effect[] {
  const posting = t.outbox.some((i) => i.effect.kind === 'postToChannel');
  return t.adviserCard !== undefined || posting ? [{ kind: 'updateAdviserCard' }] : [];
}

/** A visible change: new version, audit entry, effects queued. */
function changed(t: Ticket, patch: Partial<Ticket>, h: HistoryEntry, effects: Effect[], now: Date): TransitionResult {
  const history = [...t.history, h].slice(-LIMITS.history);
  return queued({ ...t, ...patch, version: t.version + 1, history, updatedAt: now.toISOString() }, effects, now);
}

/** Appends effects to the outbox, due now. A card refresh not yet started already covers a second one. */
function queued(t: Ticket, effects: Effect[], now: Date): TransitionResult {
  const at = now.toISOString();
  let nextId = t.nextEffectId;
  const added: OutboxItem[] = [];
  const accepted: Effect[] = [];
  for (const effect of effects) {
    const pending = [...t.outbox, ...added];
    if (effect.kind === 'updateAdviserCard' && pending.some((i) => i.effect.kind === 'updateAdviserCard' && i.attempts === 0)) continue;
    added.push({ id: nextId, effect, attempts: 0, nextAttemptAt: at });
    accepted.push(effect);
    nextId += 1;
  }
  return { ok: true, ticket: { ...t, outbox: [...t.outbox, ...added], nextEffectId: nextId }, effects: accepted, replayed: false };
}

function entry(action: HistoryEntry['action'], by: string, t: Ticket, at: string): HistoryEntry {
  return { action, by, fromVersion: t.version, at };
}

function isReplay(t: Ticket, action: HistoryEntry['action'], by: string, version: number | undefined, digest?: string): boolean {
  if (version === undefined) return false;
  return t.history.some((h) => h.action === action && h.by === by && h.fromVersion === version && (digest === undefined || h.digest === digest));
}

function staleness(t: Ticket, version: number | undefined): TicketError | undefined {
  return version === undefined || version === t.version ? undefined : { code: 'stale_version', current: t.version };
}

function checkText(field: TextField, text: string, max: number): TicketError | undefined {
  if (text === '') return { code: 'empty_text', field };
  if (text.length > max) return { code: 'too_long', field, max };
  return undefined;
}

function cut(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

/** FNV-1a, 32 bits, hex: enough to tell a resent follow-up from a new one on the same card. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i += 1) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

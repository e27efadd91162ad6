import type { Actor, Ticket } from '../handoff/ticket.js';
import { FAQ_LIMITS, type FaqHistoryEntry, type FaqProposal, type FaqStatus } from './proposal.js';

/**
 * The FAQ proposal's state machine: pure, no I/O, no clock of its own.
 *
 *   (none) | rejected ──propose──▶ proposed ──approve──▶ approving ──written──▶ approved
 *                                      │   ◀──write failed──┘
 *                                      └──reject──▶ rejected
 *
 * Coordinators' buttons carry the version their card showed. A press replayed against a later
 * version (Teams resends, a double click) is recognised from the history and answered as already
 * done; any other press on an old version is refused as stale. The store writes with eTags, so of
 * two coordinators pressing at once exactly one moves the proposal; the other gets the outcome.
 */

/** An approval still "approving" after this long was cut off (writing a file takes milliseconds). */
export const STALLED_APPROVAL_MS = 2 * 60_000;

export type FaqTextField = 'question' | 'answer' | 'reason';

export type FaqError =
  | { code: 'not_answered'; status: Ticket['state']['status'] }
  | { code: 'empty_text'; field: FaqTextField }
  | { code: 'too_long'; field: FaqTextField; max: number }
  | { code: 'stale_version'; current: number }
  | { code: 'already_pending' }
  | { code: 'already_approved'; by: Actor; fileId: string }
  | { code: 'already_rejected'; by: Actor }
  | { code: 'in_progress'; by: Actor };

export type FaqResult = { ok: true; proposal: FaqProposal; replayed: boolean } | { ok: false; error: FaqError };

export interface ProposeCommand {
  by: Actor;
  question: string;
  answer: string;
}

export interface ApproveCommand {
  by: Actor;
  version: number;
  /** The coordinator's edited texts; absent means as proposed. */
  question?: string;
  answer?: string;
  /** The file id the entry will be written under (faqFileId of the final question). */
  fileId: (question: string) => string;
}

export interface RejectCommand {
  by: Actor;
  version: number;
  reason?: string;
}

/** The texts a proposal starts from: the ticket's question and its latest adviser answer. */
export function defaultTexts(t: Ticket): { question: string; answer: string } {
  const answers = t.messages.filter((m) => m.from === 'adviser');
  return { question: t.question, answer: answers[answers.length - 1]?.text ?? '' };
}

/**
 * A new proposal from an answered ticket, or a new round for one that was rejected. A pending or
 * approved proposal is not replaced: the adviser is told it is waiting, or already in the base.
 */
export function propose(t: Ticket, existing: FaqProposal | undefined, cmd: ProposeCommand, now: Date): FaqResult {
  if (existing !== undefined) {
    const s = existing.state;
    if (s.status === 'approved') return fail({ code: 'already_approved', by: s.by, fileId: s.fileId });
    if (s.status === 'proposed' || s.status === 'approving') {
      // The same adviser pressing again (a resend, or after the card could not be posted) is a replay.
      return existing.proposedBy.id === cmd.by.id ? { ok: true, proposal: existing, replayed: true } : fail({ code: 'already_pending' });
    }
  }
  if (t.state.status !== 'answered') return fail({ code: 'not_answered', status: t.state.status });
  const texts = checkTexts(cmd.question, cmd.answer);
  if (!texts.ok) return texts;
  const at = now.toISOString();
  const fromVersion = existing?.version ?? 0;
  return {
    ok: true,
    replayed: false,
    proposal: {
      schema: 1,
      ticketId: t.id,
      version: fromVersion + 1,
      lang: t.lang,
      region: t.region,
      question: texts.question,
      answer: texts.answer,
      proposedBy: cmd.by,
      proposedAt: at,
      state: { status: 'proposed' },
      // A new round starts with the card of the last one gone (it shows the rejection).
      history: withEntry(existing?.history ?? [], { action: 'propose', by: cmd.by.id, fromVersion, at }),
      updatedAt: at,
    },
  };
}

/** A coordinator approves, possibly with edited texts: the proposal is held as "approving" until the file is written. */
export function startApproval(p: FaqProposal, cmd: ApproveCommand, now: Date): FaqResult {
  const s = p.state;
  if (s.status === 'approved') {
    return isReplay(p, 'approve', cmd.by.id, cmd.version) ? { ok: true, proposal: p, replayed: true } : fail({ code: 'already_approved', by: s.by, fileId: s.fileId });
  }
  if (s.status === 'rejected') return fail({ code: 'already_rejected', by: s.by });
  if (s.status === 'approving') {
    // The approver pressing again, or anyone once the approval has stalled (a crash cut it off):
    // the stored texts and file id are written again. Someone else meanwhile waits for the outcome.
    const stalled = now.getTime() - Date.parse(s.at) > STALLED_APPROVAL_MS;
    return cmd.version === p.version && (s.by.id === cmd.by.id || stalled) ? { ok: true, proposal: p, replayed: true } : fail({ code: 'in_progress', by: s.by });
  }
  if (cmd.version !== p.version) return fail({ code: 'stale_version', current: p.version });
  const texts = checkTexts(cmd.question ?? p.question, cmd.answer ?? p.answer);
  if (!texts.ok) return texts;
  const edited = texts.question !== p.question || texts.answer !== p.answer;
  const at = now.toISOString();
  return {
    ok: true,
    replayed: false,
    proposal: {
      ...p,
      question: texts.question,
      answer: texts.answer,
      state: { status: 'approving', by: cmd.by, at, fileId: cmd.fileId(texts.question), edited },
      history: withEntry(p.history, { action: 'approve', by: cmd.by.id, fromVersion: p.version, at }),
      updatedAt: at,
    },
  };
}

/** The file is in the knowledge folder: approved. Only from "approving". */
export function finishApproval(p: FaqProposal, now: Date): FaqProposal | undefined {
  const s = p.state;
  if (s.status !== 'approving') return undefined;
  return { ...p, version: p.version + 1, state: { ...s, status: 'approved' }, updatedAt: now.toISOString() };
}

/** The file could not be written (invalid, or the disk refused): back to "proposed", for another try. */
export function abortApproval(p: FaqProposal, now: Date): FaqProposal | undefined {
  if (p.state.status !== 'approving') return undefined;
  return { ...p, version: p.version + 1, state: { status: 'proposed' }, updatedAt: now.toISOString() };
}

export function reject(p: FaqProposal, cmd: RejectCommand, now: Date): FaqResult {
  const s = p.state;
  if (s.status === 'rejected') {
    return isReplay(p, 'reject', cmd.by.id, cmd.version) ? { ok: true, proposal: p, replayed: true } : fail({ code: 'already_rejected', by: s.by });
  }
  if (s.status === 'approved') return fail({ code: 'already_approved', by: s.by, fileId: s.fileId });
  if (s.status === 'approving') return fail({ code: 'in_progress', by: s.by });
  if (cmd.version !== p.version) return fail({ code: 'stale_version', current: p.version });
  const reason = cmd.reason?.trim() ?? '';
  if ([...reason].length > FAQ_LIMITS.rejectReason) return fail({ code: 'too_long', field: 'reason', max: FAQ_LIMITS.rejectReason });
  const at = now.toISOString();
  return {
    ok: true,
    replayed: false,
    proposal: {
      ...p,
      version: p.version + 1,
      state: { status: 'rejected', by: cmd.by, at, ...(reason === '' ? {} : { reason }) },
      history: withEntry(p.history, { action: 'reject', by: cmd.by.id, fromVersion: p.version, at }),
      updatedAt: at,
    },
  };
}

/** Whether the proposal still waits for a coordinator (and so shows buttons). */
export function isPending(status: FaqStatus): boolean {
  return status === 'proposed' || status === 'approving';
}

function checkTexts(question: string, answer: string): { ok: true; question: string; answer: string } | { ok: false; error: FaqError } {
  const q = question.replace(/\s+/g, ' ').trim();
  const a = answer.replace(/\r\n?/g, '\n').replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
  if (q === '') return fail({ code: 'empty_text', field: 'question' });
  if ([...q].length > FAQ_LIMITS.question) return fail({ code: 'too_long', field: 'question', max: FAQ_LIMITS.question });
  if (a === '') return fail({ code: 'empty_text', field: 'answer' });
  if ([...a].length > FAQ_LIMITS.answer) return fail({ code: 'too_long', field: 'answer', max: FAQ_LIMITS.answer });
  return { ok: true, question: q, answer: a };
}

function isReplay(p: FaqProposal, action: FaqHistoryEntry['action'], by: string, version: number): boolean {
  return p.history.some((h) => h.action === action && h.by === by && h.fromVersion === version);
}

function withEntry(history: readonly FaqHistoryEntry[], entry: FaqHistoryEntry): FaqHistoryEntry[] {
  return [...history, entry].slice(-FAQ_LIMITS.history);
}

function fail(error: FaqError): { ok: false; error: FaqError } {
  return { ok: false, error };
}

import type { Lang } from '../answer/types.js';
import { messages } from '../i18n/index.js';
import { formatIssue } from '../knowledge/types.js';
import type { FaqError } from './machine.js';
import type { PersonalDataFinding } from './privacy.js';
import type { ApproveResult, InUse, ProposeResult, RegisterCoordinatorsResult, RejectResult } from './service.js';

/** The one-message replies after a FAQ button or command. Pure: results in, text out. */

/** Most kb:check issues listed in one reply; the log has them all. */
const MAX_ISSUES = 10;

export function proposeReply(result: ProposeResult, lang: Lang): string {
  const f = messages(lang).faq;
  switch (result.kind) {
    case 'forbidden':
      return f.forbiddenPropose;
    case 'not_found':
      return f.notFound(result.ticketId);
    case 'busy':
      return f.busy;
    case 'personal_data':
      return personalDataReply(result.finding, lang);
    case 'refused':
      return errorReply(result.error, result.ticketId, lang);
    case 'proposed': {
      const id = result.proposal.ticketId;
      switch (result.card) {
        case 'posted':
          return f.proposed(id);
        case 'already_posted':
          return result.replayed ? f.proposedAgain(id) : f.proposed(id);
        case 'no_channel':
          return f.proposedNoChannel(id);
        case 'failed':
          return f.proposedFailed(id);
      }
    }
  }
}

export function approveReply(result: ApproveResult, lang: Lang): string {
  const f = messages(lang).faq;
  switch (result.kind) {
    case 'forbidden':
      return f.forbiddenDecide;
    case 'not_found':
      return f.notFound(result.ticketId);
    case 'busy':
      return f.busy;
    case 'personal_data':
      return personalDataReply(result.finding, lang);
    case 'refused':
      return errorReply(result.error, result.proposal.ticketId, lang);
    case 'invalid': {
      const shown = result.issues.slice(0, MAX_ISSUES).map((i) => `• ${formatIssue(i)}`);
      const more = result.issues.length > MAX_ISSUES ? [messages(lang).report.more(result.issues.length - MAX_ISSUES)] : [];
      return [f.invalid, ...shown, ...more, f.invalidAfter].join('\n');
    }
    case 'exists':
      return f.exists(result.path);
    case 'write_failed':
      return f.writeFailed(result.message);
    case 'approved': {
      if (result.replayed) return f.alreadyApprovedByYou(result.path);
      const edited = result.proposal.state.status === 'approved' && result.proposal.state.edited;
      return `${f.approved(result.path, edited)} ${inUseText(result.inUse, lang)}`;
    }
  }
}

export function rejectReply(result: RejectResult, lang: Lang): string {
  const f = messages(lang).faq;
  switch (result.kind) {
    case 'forbidden':
      return f.forbiddenDecide;
    case 'not_found':
      return f.notFound(result.ticketId);
    case 'busy':
      return f.busy;
    case 'refused':
      return errorReply(result.error, result.proposal.ticketId, lang);
    case 'rejected':
      return result.replayed ? f.alreadyRejectedByYou(result.proposal.ticketId) : f.rejectedByYou(result.proposal.ticketId);
  }
}

export function registerCoordinatorsReply(result: RegisterCoordinatorsResult, lang: Lang): string {
  const f = messages(lang).faq;
  switch (result.kind) {
    case 'registered':
      return f.coordinatorsRegistered;
    case 'forbidden':
      return f.coordinatorsForbidden;
    case 'not_a_channel':
      return f.coordinatorsNotChannel;
  }
}

function inUseText(inUse: InUse, lang: Lang): string {
  const f = messages(lang).faq;
  switch (inUse) {
    case 'reloaded':
    case 'unchanged':
      return f.inUseNow;
    case 'pending':
      return f.inUseSoon;
    case 'rejected':
      return f.inUseRejected;
  }
}

function personalDataReply(finding: PersonalDataFinding, lang: Lang): string {
  return messages(lang).faq.personalData(finding.found);
}

export function errorReply(error: FaqError, ticketId: string, lang: Lang): string {
  const f = messages(lang).faq;
  switch (error.code) {
    case 'not_answered':
      return f.notAnswered(ticketId, messages(lang).handoff.status[error.status]);
    case 'empty_text':
      return f.emptyText(f.fieldName[error.field]);
    case 'too_long':
      return f.tooLong(f.fieldName[error.field], error.max);
    case 'stale_version':
      return f.staleCard(ticketId);
    case 'already_pending':
      return f.alreadyPending(ticketId);
    case 'already_approved':
      return f.alreadyApproved(ticketId, error.by.name, `faq/${error.fileId}.md`);
    case 'already_rejected':
      return f.alreadyRejected(ticketId, error.by.name);
    case 'in_progress':
      return f.inProgress(ticketId, error.by.name);
  }
}

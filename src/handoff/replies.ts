import type { Lang } from '../answer/types.js';
import { REGIONS } from '../knowledge/schema.js';
import { formatWhen } from '../cards/ticketKit.js';
import { messages } from '../i18n/index.js';
import type { TicketError } from './machine.js';
import type { ChannelTarget } from './routing.js';
import type { AdviserResult, ChannelsResult, ForwardResult, MemberResult, RegisterResult } from './service.js';

/** The one-line replies the bot sends after a handoff action. Pure: results in, text out. */

export function adviserReply(result: AdviserResult, lang: Lang = 'fi'): string {
  const h = messages(lang).handoff;
  switch (result.kind) {
    case 'forbidden':
      return h.forbidden;
    case 'not_found':
      return h.ticketNotFound(result.ticketId);
    case 'busy':
      return h.busy;
    case 'rejected':
      return errorText(result.error, result.ticket.id, lang);
    case 'done': {
      const id = result.ticket.id;
      if (result.replayed) return h.alreadyDone(id);
      const done = { claim: h.claimedByYou, answer: h.answerSent, close: h.closedByYou, reopen: h.reopenedByYou };
      return done[result.action](id);
    }
  }
}

/** After a member's follow-up (`helped` undefined) or feedback. */
export function memberReply(result: MemberResult, lang: Lang, helped?: boolean): string {
  const h = messages(lang).handoff;
  switch (result.kind) {
    case 'not_found':
      return h.memberTicketNotFound;
    case 'busy':
      return h.busy;
    case 'rejected':
      if (result.error.code === 'not_allowed_in_state' && result.error.status === 'closed') return h.followUpClosed(result.ticket.id);
      return errorText(result.error, result.ticket.id, lang);
    case 'done':
      if (helped === undefined) return h.followUpSent(result.ticket.id);
      return helped ? h.feedbackThanksHelped : h.feedbackThanksNotHelped;
  }
}

/** Text for the forward results that are not answered with a card. */
export function forwardReply(result: Exclude<ForwardResult, { kind: 'created' }>, lang: Lang): string {
  const h = messages(lang).handoff;
  switch (result.kind) {
    case 'already_forwarded':
      return h.alreadyForwarded(result.ticket.id);
    case 'need_region':
      return h.needRegion;
    case 'busy':
      return h.busy;
    case 'invalid':
      return errorText(result.error, '', lang);
  }
}

export function registerReply(result: RegisterResult, lang: Lang = 'fi'): string {
  const h = messages(lang).handoff;
  switch (result.kind) {
    case 'forbidden':
      return h.registerForbidden;
    case 'not_a_channel':
      return h.registerNotChannel;
    case 'registered': {
      const line = result.target === 'fallback' ? h.registeredFallback : h.registeredRegion(result.target);
      return result.expedited > 0 ? `${line} ${h.queuedAfterRegistration(result.expedited)}` : line;
    }
  }
}

export function unknownRegionReply(given: string, lang: Lang = 'fi'): string {
  const h = messages(lang).handoff;
  return h.registerUnknown(given, [...REGIONS, h.fallbackName].join(', '));
}

export function channelsReply(result: ChannelsResult, lang: Lang = 'fi'): string {
  const h = messages(lang).handoff;
  if (result.kind === 'forbidden') return h.forbidden;
  const targets: ChannelTarget[] = [...REGIONS, 'fallback'];
  const lines = targets.map((target) => {
    const name = target === 'fallback' ? h.fallbackName : target;
    const r = result.registrations[target];
    return r === undefined ? h.channelMissing(name) : h.channelLine(name, r.registeredBy.name, formatWhen(r.registeredAt, lang));
  });
  return [h.channelsHeading, ...lines].join('\n');
}

function errorText(error: TicketError, id: string, lang: Lang): string {
  const h = messages(lang).handoff;
  switch (error.code) {
    case 'stale_version':
      return h.staleCard(id);
    case 'already_claimed':
      return h.alreadyClaimed(id, error.by.name);
    case 'claimed_by_other':
      return h.claimedByOther(id, error.by.name);
    case 'not_allowed_in_state':
      return h.notAllowed(id, h.status[error.status]);
    case 'empty_text':
      return error.field === 'answer' ? h.emptyAnswer : error.field === 'reason' ? h.emptyReason : h.emptyText;
    case 'too_long':
      return h.tooLong(error.max);
    case 'too_many_messages':
      return h.tooManyMessages(id);
    case 'no_answer_yet':
      return h.noAnswerYet(id);
    case 'unknown_effect':
    case 'not_due':
      return h.busy;
  }
}

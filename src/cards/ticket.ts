import type { Lang } from '../answer/types.js';
import type { Ticket } from '../handoff/ticket.js';
import { messages } from '../i18n/index.js';
import { text, truncate, type TextBlock } from './adaptive.js';
import { defaultTexts } from '../faq/machine.js';
import { proposeFaqAction } from './faqProposal.js';
import type { AdviserSubmitData } from './ticketSubmit.js';
import { formatWhen, showCard, statusColor, submitAction, ticketCard, type TicketAction, type TicketCard, type TicketElement } from './ticketKit.js';

export interface AdviserCardOptions {
  /** Advisers read Finnish; the member's own language is shown as a fact. */
  lang?: Lang;
  /** The ticket came to the fallback channel because its region has none. */
  viaFallback?: boolean;
}

/**
 * The card posted to the advisers' channel, re-rendered in place after every change. Pure.
 * Open: Ota käsittelyyn / Vastaa / Sulje. Claimed: shows who, Vastaa / Sulje. Answered: the
 * outcome and Ehdota usein kysytyksi (src/cards/faqProposal.ts). Closed: the outcome, no buttons.
 * Every button carries the ticket id and the version shown.
 */
export function adviserTicketCard(t: Ticket, options: AdviserCardOptions = {}): TicketCard {
  const lang = options.lang ?? 'fi';
  const h = messages(lang).handoff;
  const body: TicketElement[] = [
    text(h.cardTitle(t.id, t.region), { weight: 'Bolder', size: 'Medium', style: 'heading' }),
    text(statusLine(t, lang), { color: statusColor[t.state.status], spacing: 'Small' }),
    ...(options.viaFallback === true ? [text(h.cardViaFallback, { isSubtle: true, size: 'Small' })] : []),
    {
      type: 'FactSet',
      facts: [
        { title: h.factAsker, value: t.member.displayName || '–' },
        { title: h.factRegion, value: t.region },
        { title: h.factSent, value: formatWhen(t.createdAt, lang) },
        { title: h.factLang, value: h.langName[t.lang] },
      ],
    },
    ...section(h.questionHeading, truncate(t.question, 2500)),
    ...(t.details === undefined ? [] : section(h.detailsHeading, t.details)),
    ...section(h.botAnswerHeading, t.botAnswer ?? h.noBotAnswer, true),
    ...thread(t, lang),
    ...(t.feedback === undefined ? [] : [text(t.feedback.helped ? h.feedbackHelped : h.feedbackNotHelped, { color: t.feedback.helped ? 'Good' : 'Warning', spacing: 'Medium' })]),
  ];
  return ticketCard(body, actionsFor(t, lang), `${h.cardTitle(t.id, t.region)}: ${truncate(t.question, 200)}`);
}

function statusLine(t: Ticket, lang: Lang): string {
  const h = messages(lang).handoff;
  const s = t.state;
  switch (s.status) {
    case 'open':
      return h.cardOpen;
    case 'claimed':
      return h.cardClaimed(s.by.name, formatWhen(s.at, lang));
    case 'answered':
      return h.cardAnswered(s.by.name, formatWhen(s.at, lang));
    case 'closed':
      return h.cardClosed(s.by.name, formatWhen(s.at, lang), s.reason);
  }
}

function section(heading: string, body: string, subtle = false): TextBlock[] {
  return [text(heading, { weight: 'Bolder', spacing: 'Medium' }), text(body, { spacing: 'Small', ...(subtle ? { isSubtle: true } : {}) })];
}

/** Messages shown on the card: the latest ones, shortened, so that the card stays within Teams' size limit. */
const THREAD_SHOWN = 6;
const THREAD_MESSAGE_CHARS = 1500;

function thread(t: Ticket, lang: Lang): TicketElement[] {
  if (t.messages.length === 0) return [];
  const h = messages(lang).handoff;
  const hidden = t.messages.length - THREAD_SHOWN;
  const earlier = hidden > 0 ? [text(h.earlierMessages(hidden), { isSubtle: true, size: 'Small' })] : [];
  const items = t.messages.slice(-THREAD_SHOWN).flatMap((m) => [
    text(m.from === 'adviser' ? h.fromAdviser(m.by.name, formatWhen(m.at, lang)) : h.fromMember(t.member.displayName, formatWhen(m.at, lang)), {
      isSubtle: true,
      size: 'Small',
      spacing: 'Medium',
    }),
    text(truncate(m.text, THREAD_MESSAGE_CHARS), { spacing: 'None' }),
  ]);
  return [text(h.threadHeading, { weight: 'Bolder', spacing: 'Medium' }), { type: 'Container', style: 'emphasis', items: [...earlier, ...items] }];
}

function actionsFor(t: Ticket, lang: Lang): TicketAction[] {
  const h = messages(lang).handoff;
  const ref = { ticketId: t.id, version: t.version };
  const answer = showCard(
    h.answerButton,
    [{ type: 'Input.Text', id: 'answerText', label: h.answerLabel, placeholder: h.answerPlaceholder, isMultiline: true, maxLength: 4000, isRequired: true, errorMessage: h.emptyAnswer }],
    [submitAction<AdviserSubmitData>(h.sendAnswerButton, { action: 'ticket.answer', ...ref }, 'positive')],
  );
  const close = showCard(
    h.closeButton,
    [{ type: 'Input.Text', id: 'closeReason', label: h.closeReasonLabel, placeholder: h.closeReasonPlaceholder, maxLength: 500, isRequired: true, errorMessage: h.emptyReason }],
    [submitAction<AdviserSubmitData>(h.closeConfirmButton, { action: 'ticket.close', ...ref }, 'destructive')],
  );
  switch (t.state.status) {
    case 'open':
      return [submitAction<AdviserSubmitData>(h.claimButton, { action: 'ticket.claim', ...ref }, 'positive'), answer, close];
    case 'claimed':
      return [answer, close];
    case 'answered':
      // The question and answer can go into the knowledge base (src/faq); coordinators decide.
      return [proposeFaqAction(t, defaultTexts(t), lang)];
    case 'closed':
      return [];
  }
}

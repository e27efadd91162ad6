import type { Lang } from '../answer/types.js';
import { isPending } from '../faq/machine.js';
import { FAQ_LIMITS, type FaqProposal } from '../faq/proposal.js';
import type { Ticket } from '../handoff/ticket.js';
import { messages } from '../i18n/index.js';
import { text, truncate } from './adaptive.js';
import type { FaqSubmitData } from './faqSubmit.js';
import { formatWhen, showCard, statusColor, submitAction, ticketCard, type InputText, type TicketAction, type TicketCard, type TicketElement } from './ticketKit.js';

/**
 * The coordinators' card for a FAQ proposal, re-rendered in place after every decision. Pure.
 * Pending: the question and answer with Hyväksy / Muokkaa ja hyväksy / Hylkää; decided: the
 * outcome, no buttons. Every button carries the ticket id and the proposal version shown. Shows
 * who proposed it, never who asked.
 */
export function faqProposalCard(p: FaqProposal, lang: Lang = 'fi'): TicketCard {
  const f = messages(lang).faq;
  const body: TicketElement[] = [
    text(f.cardTitle(p.ticketId, p.region), { weight: 'Bolder', size: 'Medium', style: 'heading' }),
    text(statusLine(p, lang), { color: statusColor[statusKey(p)], spacing: 'Small' }),
    {
      type: 'FactSet',
      facts: [
        { title: f.factProposer, value: p.proposedBy.name || '–' },
        { title: f.factTicket, value: p.ticketId },
        { title: f.factRegion, value: p.region },
        { title: f.factProposed, value: formatWhen(p.proposedAt, lang) },
        { title: f.factLang, value: f.langName[p.lang] },
      ],
    },
    text(f.questionHeading, { weight: 'Bolder', spacing: 'Medium' }),
    text(p.question, { spacing: 'Small' }),
    text(f.answerHeading, { weight: 'Bolder', spacing: 'Medium' }),
    text(p.answer, { spacing: 'Small' }),
    ...(isPending(p.state.status) ? [text(f.privacyHint, { isSubtle: true, size: 'Small', spacing: 'Medium' })] : []),
  ];
  return ticketCard(body, isPending(p.state.status) ? actions(p, lang) : [], `${f.cardTitle(p.ticketId, p.region)}: ${truncate(p.question, 200)}`);
}

/** The "Ehdota usein kysytyksi" button of an answered ticket's card: the texts prefilled, editable. */
export function proposeFaqAction(t: Ticket, texts: { question: string; answer: string }, lang: Lang = 'fi'): TicketAction {
  const f = messages(lang).faq;
  return showCard(
    f.proposeButton,
    [text(f.proposeHint, { isSubtle: true, size: 'Small' }), ...textInputs(texts, lang)],
    [submitAction<FaqSubmitData>(f.proposeSend, { action: 'faq.propose', ticketId: t.id, version: t.version, lang }, 'positive')],
  );
}

function actions(p: FaqProposal, lang: Lang): TicketAction[] {
  const f = messages(lang).faq;
  const ref = { ticketId: p.ticketId, version: p.version, lang };
  return [
    submitAction<FaqSubmitData>(f.approveButton, { action: 'faq.approve', ...ref }, 'positive', 'none'),
    showCard(f.editApproveButton, textInputs(p, lang), [submitAction<FaqSubmitData>(f.approveEditedButton, { action: 'faq.approve', ...ref }, 'positive')]),
    showCard(
      f.rejectButton,
      [{ type: 'Input.Text', id: 'rejectReason', label: f.rejectReasonLabel, isMultiline: true, maxLength: FAQ_LIMITS.rejectReason }],
      [submitAction<FaqSubmitData>(f.rejectConfirmButton, { action: 'faq.reject', ...ref }, 'destructive')],
    ),
  ];
}

function textInputs(texts: { question: string; answer: string }, lang: Lang): InputText[] {
  const f = messages(lang).faq;
  return [
    { type: 'Input.Text', id: 'faqQuestion', label: f.questionLabel, value: truncate(texts.question, FAQ_LIMITS.question), maxLength: FAQ_LIMITS.question, isRequired: true, errorMessage: f.emptyQuestion },
    {
      type: 'Input.Text',
      id: 'faqAnswer',
      label: f.answerLabel,
      value: truncate(texts.answer, FAQ_LIMITS.answer),
      isMultiline: true,
      maxLength: FAQ_LIMITS.answer,
      isRequired: true,
      errorMessage: f.emptyAnswer,
    },
  ];
}

function statusKey(p: FaqProposal): 'open' | 'claimed' | 'answered' | 'closed' {
  switch (p.state.status) {
    case 'proposed':
      return 'open';
    case 'approving':
      return 'claimed';
    case 'approved':
      return 'answered';
    case 'rejected':
      return 'closed';
  }
}

function statusLine(p: FaqProposal, lang: Lang): string {
  const f = messages(lang).faq;
  const s = p.state;
  switch (s.status) {
    case 'proposed':
      return f.statusProposed;
    case 'approving':
      return f.statusApproving(s.by.name);
    case 'approved':
      return f.statusApproved(s.by.name, formatWhen(s.at, lang), `faq/${s.fileId}.md`, s.edited);
    case 'rejected':
      return f.statusRejected(s.by.name, formatWhen(s.at, lang), s.reason);
  }
}

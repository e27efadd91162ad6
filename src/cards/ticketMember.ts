import type { Lang } from '../answer/types.js';
import { REGIONS, type Region } from '../knowledge/schema.js';
import { deliveryState, type Ticket } from '../handoff/ticket.js';
import { messages } from '../i18n/index.js';
import { text, truncate } from './adaptive.js';
import type { MemberSubmitData, PendingForward } from './ticketSubmit.js';
import { formatWhen, showCard, submitAction, ticketCard, type InputChoiceSet, type TicketCard, type TicketElement } from './ticketKit.js';

/** The member's side of the handoff, as pure card builders. */

export interface ForwardCardInput {
  question: string;
  /** What the bot answered before, shortened; shown to the adviser. */
  botAnswer?: string;
  /** Makes the forward idempotent: the same card sent twice creates one ticket. Use the activity id of the confirm. */
  requestId: string;
  /** The member's remembered region; without it the card asks. */
  region?: Region;
  lang: Lang;
}

/** After "Lähetä neuvojalle" on the offer: region (if not known yet), optional details, send or cancel. */
export function forwardCard(input: ForwardCardInput): TicketCard {
  const { lang } = input;
  const h = messages(lang).handoff;
  const body: TicketElement[] = [
    text(h.forwardTitle, { weight: 'Bolder', size: 'Medium', style: 'heading' }),
    text(h.forwardQuestionLabel, { weight: 'Bolder', spacing: 'Medium' }),
    { type: 'Container', style: 'emphasis', items: [text(input.question.trim() === '' ? '–' : input.question, { maxLines: 10 })] },
    input.region === undefined ? regionInput(lang) : text(h.regionKnown(input.region), { spacing: 'Medium' }),
    { type: 'Input.Text', id: 'details', label: h.detailsLabel, placeholder: h.detailsPlaceholder, isMultiline: true, maxLength: 2000 },
    text(h.forwardPrivacy, { isSubtle: true, size: 'Small' }),
  ];
  const send: MemberSubmitData = {
    action: 'handoff.send',
    requestId: input.requestId,
    question: input.question,
    ...(input.botAnswer === undefined ? {} : { botAnswer: input.botAnswer }),
    lang,
  };
  return ticketCard(
    body,
    [submitAction(h.sendButton, send, 'positive'), submitAction<MemberSubmitData>(h.cancelButton, { action: 'handoff.cancel', lang }, undefined, 'none')],
    `${h.forwardTitle}: ${truncate(input.question, 200)}`,
  );
}

/** "Millä alueella yhdistyksesi toimii?"; with `pending`, choosing also sends that question. */
export function regionChooserCard(lang: Lang, options: { current?: Region; pending?: PendingForward } = {}): TicketCard {
  const h = messages(lang).handoff;
  const data: MemberSubmitData = { action: 'handoff.region', lang, ...(options.pending === undefined ? {} : { pending: options.pending }) };
  return ticketCard(
    [
      text(h.regionChooserTitle, { weight: 'Bolder', size: 'Medium', style: 'heading' }),
      text(h.regionChooserText),
      { ...regionInput(lang), style: 'expanded', ...(options.current === undefined ? {} : { value: options.current }) },
    ],
    [submitAction(h.regionSaveButton, data, 'positive')],
    h.regionChooserTitle,
  );
}

function regionInput(lang: Lang): InputChoiceSet {
  const h = messages(lang).handoff;
  return {
    type: 'Input.ChoiceSet',
    id: 'region',
    label: h.regionLabel,
    style: 'compact',
    placeholder: h.regionPlaceholder,
    choices: REGIONS.map((r) => ({ title: r, value: r })),
    isRequired: true,
    errorMessage: h.needRegion,
  };
}

/** "Kysymys välitetty – numero HA-4F7K". */
export function forwardConfirmationCard(t: Ticket): TicketCard {
  const h = messages(t.lang).handoff;
  return ticketCard(
    [
      text(h.confirmationTitle(t.id), { weight: 'Bolder', size: 'Medium', style: 'heading', color: 'Good' }),
      text(h.confirmationText(t.region)),
      { type: 'Container', style: 'emphasis', items: [text(truncate(t.question, 500), { maxLines: 6 })] },
      text(h.confirmationHint, { isSubtle: true, size: 'Small' }),
    ],
    [],
    `${h.confirmationTitle(t.id)}. ${h.confirmationText(t.region)}`,
  );
}

/** An adviser's answer (message `index` of the ticket) with "Auttoiko vastaus?" and a follow-up box. */
export function memberAnswerCard(t: Ticket, index: number): TicketCard {
  const h = messages(t.lang).handoff;
  const m = t.messages[index];
  const answer = m?.from === 'adviser' ? m : undefined;
  const ref = { ticketId: t.id, version: t.version, lang: t.lang };
  return ticketCard(
    [
      text(h.answerTitle(t.id), { weight: 'Bolder', size: 'Medium', style: 'heading' }),
      ...(answer === undefined ? [] : [text(h.answeredBy(answer.by.name), { isSubtle: true, spacing: 'Small' })]),
      { type: 'Container', style: 'emphasis', items: [text(answer?.text ?? '–')] },
      text(h.yourQuestion, { weight: 'Bolder', spacing: 'Medium', size: 'Small' }),
      text(truncate(t.question, 300), { isSubtle: true, size: 'Small', spacing: 'None' }),
      text(h.helpedQuestion, { weight: 'Bolder', spacing: 'Medium' }),
    ],
    [
      submitAction<MemberSubmitData>(h.helpedYes, { action: 'ticket.feedback', ...ref, helped: true }, 'positive'),
      submitAction<MemberSubmitData>(h.helpedNo, { action: 'ticket.feedback', ...ref, helped: false }),
      showCard(
        h.followUpButton,
        [{ type: 'Input.Text', id: 'followUpText', label: h.followUpLabel, isMultiline: true, maxLength: 2000, isRequired: true, errorMessage: h.emptyText }],
        [submitAction<MemberSubmitData>(h.followUpSend, { action: 'ticket.followUp', ...ref }, 'positive')],
      ),
    ],
    `${h.answerTitle(t.id)}: ${answer?.text ?? ''}`,
  );
}

const LIST_MAX = 10;

/** "Avoimet kysymyksesi": number, status, when sent, the question. */
export function openQuestionsCard(tickets: readonly Ticket[], lang: Lang): TicketCard {
  const h = messages(lang).handoff;
  if (tickets.length === 0) return ticketCard([text(h.openListTitle, { weight: 'Bolder', size: 'Medium', style: 'heading' }), text(h.openListEmpty)], [], h.openListEmpty);
  const shown = tickets.slice(0, LIST_MAX);
  const items: TicketElement[] = shown.map((t) => {
    const queued = deliveryState(t).state === 'queued';
    const status = `${h.status[t.state.status]}${queued ? ` (${h.deliveryPending})` : ''}`;
    return {
      type: 'Container',
      separator: true,
      spacing: 'Medium',
      items: [text(h.openListLine(t.id, status, formatWhen(t.createdAt, lang)), { weight: 'Bolder', size: 'Small' }), text(truncate(t.question, 200), { spacing: 'None' })],
    };
  });
  const more = tickets.length > LIST_MAX ? [text(h.openListMore(tickets.length - LIST_MAX), { isSubtle: true })] : [];
  return ticketCard(
    [text(h.openListTitle, { weight: 'Bolder', size: 'Medium', style: 'heading' }), ...items, ...more],
    [],
    `${h.openListTitle}: ${shown.map((t) => t.id).join(', ')}`,
  );
}

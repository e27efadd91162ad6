import { adviserTicketCard } from '../cards/ticket.js';
import { memberAnswerCard } from '../cards/ticketMember.js';
import type { Lang } from '../answer/types.js';
import { messages } from '../i18n/index.js';
import type { ConversationRef } from './conversationRef.js';
import type { ChannelPoster } from './ports.js';
import { routeFor, type Registrations } from './routing.js';
import type { Effect, Ticket } from './ticket.js';

export type DeliveryOutcome =
  | { ok: true; posted?: { activityId: string; channel: ConversationRef; viaFallback: boolean } }
  | { ok: false; error: string };

/**
 * Carries out one effect for the ticket as it is now. Cards are rendered at delivery time, so a
 * card refresh shows the latest state. Never throws: a refusal from Teams becomes `ok: false`.
 */
export async function deliver(
  t: Ticket,
  effect: Effect,
  poster: ChannelPoster,
  registrations: () => Promise<Registrations>,
  adviserLang: Lang,
): Promise<DeliveryOutcome> {
  try {
    const h = messages(adviserLang).handoff;
    const m = messages(t.lang).handoff;
    const card = t.adviserCard;
    switch (effect.kind) {
      case 'postToChannel': {
        const route = routeFor(t.region, await registrations());
        if (route.kind === 'none') return { ok: false, error: `no advisers' channel registered for ${t.region} and no fallback channel` };
        const viaFallback = route.kind === 'fallback';
        const { activityId } = await poster.post(route.channel, adviserTicketCard(t, { lang: adviserLang, viaFallback }));
        return { ok: true, posted: { activityId, channel: route.channel, viaFallback } };
      }
      case 'updateAdviserCard':
        // Without a posted card there is nothing to update: the post itself renders the latest state.
        if (card !== undefined) await poster.update(card.channel, card.activityId, adviserTicketCard(t, { lang: adviserLang, viaFallback: card.viaFallback }));
        return { ok: true };
      case 'notifyThread': {
        if (card === undefined) return { ok: true };
        const message = effect.message === undefined ? undefined : t.messages[effect.message];
        const text = effect.about === 'followUp' ? h.threadFollowUp(t.id, message?.text ?? '') : h.threadNotHelped(t.id);
        await poster.replyInThread(card.channel, card.activityId, { kind: 'text', text });
        return { ok: true };
      }
      case 'relayToMember': {
        const answer = t.messages[effect.message];
        await poster.sendToMember(t.memberConversation, {
          kind: 'card',
          card: memberAnswerCard(t, effect.message),
          text: `${m.answerTitle(t.id)}: ${answer?.text ?? ''}`,
        });
        return { ok: true };
      }
      case 'tellMember':
        await poster.sendToMember(t.memberConversation, { kind: 'text', text: memberNotice(t, effect.about) });
        return { ok: true };
    }
  } catch (err) {
    return { ok: false, error: describe(err) };
  }
}

function memberNotice(t: Ticket, about: Extract<Effect, { kind: 'tellMember' }>['about']): string {
  const m = messages(t.lang).handoff;
  switch (about) {
    case 'deliveryDelayed':
      return m.deliveryDelayed(t.id);
    case 'deliveredAfterDelay':
      return m.deliveredAfterDelay(t.id);
    case 'closed':
      return m.closedNotice(t.id, t.state.status === 'closed' ? t.state.reason : '–');
    case 'reopened':
      return m.reopenedNotice(t.id);
  }
}

/** A short, log-safe description: error name, HTTP status when the SDK gives one, message. */
function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const status = 'statusCode' in err && typeof err.statusCode === 'number' ? ` (HTTP ${err.statusCode})` : '';
  return `${err.name}${status}: ${err.message}`;
}

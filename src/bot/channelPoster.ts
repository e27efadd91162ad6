import { withAttachment } from './reply.js';
import type { Activity, TurnContext } from 'botbuilder';
import { ticketAttachment, type TicketCard } from '../cards/ticketKit.js';
import { toConversationReference } from '../handoff/botReference.js';
import { threadOf, type ConversationRef } from '../handoff/conversationRef.js';
import type { ChannelPoster, Outgoing } from '../handoff/ports.js';
import type { HankeapuAdapter } from './adapter.js';

/** Teams accepted the request but said nothing usable back (no activity id for a posted card). */
export class ProactiveSendError extends Error {
  override readonly name = 'ProactiveSendError';
}

/**
 * The handoff's proactive messages through the Bot Framework: each call opens a proactive turn
 * with adapter.continueConversationAsync on the stored reference and sends, updates or replies.
 *
 * Errors are caught inside the turn and rethrown to the caller, because the Teams AI application
 * installs an onTurnError handler that would otherwise swallow them; the outbox must see a refusal
 * (e.g. HTTP 503 from the connector) to keep the effect queued and retry it with backoff.
 */
export function createChannelPoster(adapter: HankeapuAdapter, botAppId: string): ChannelPoster {
  const inTurn = async <T>(ref: ConversationRef, work: (ctx: TurnContext) => Promise<T>): Promise<T> => {
    let outcome: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
    await adapter.continueConversationAsync(botAppId, toConversationReference(ref), async (ctx) => {
      // The SDK makes every proactive message a reply to the continuation event's made-up id;
      // a new message must go to the conversation itself (POST …/conversations/{id}/activities).
      ctx.onSendActivities(async (_ctx, activities, next) => {
        for (const a of activities) delete a.replyToId;
        return next();
      });
      try {
        outcome = { ok: true, value: await work(ctx) };
      } catch (error) {
        outcome = { ok: false, error };
      }
    });
    if (outcome === undefined) throw new ProactiveSendError('the proactive turn did not run');
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  };

  const send = (ref: ConversationRef, activity: Partial<Activity>): Promise<string | undefined> =>
    inTurn(startOf(ref), async (ctx) => (await ctx.sendActivity(activity))?.id);

  return {
    async post(channel, card) {
      const id = await send(channel, cardActivity(card, card.fallbackText ?? ''));
      if (id === undefined || id === '') throw new ProactiveSendError('Teams returned no activity id for the posted card');
      return { activityId: id };
    },
    async update(channel, activityId, card) {
      await inTurn(startOf(channel), async (ctx) => {
        await ctx.updateActivity({ ...cardActivity(card, card.fallbackText ?? ''), id: activityId });
      });
    },
    async replyInThread(channel, activityId, message) {
      await send(threadOf(startOf(channel), activityId), outgoing(message));
    },
    async sendToMember(member, message) {
      await send(member, outgoing(message));
    },
  };
}

/**
 * A reference for a new message in the conversation, not a reply to whatever activity the
 * reference was taken from: with an activityId the SDK would send a reply to that activity.
 */
function startOf(ref: ConversationRef): ConversationRef {
  const { activityId: _reply, ...rest } = ref;
  return rest;
}

function cardActivity(card: TicketCard, text: string): Partial<Activity> {
  return withAttachment(text, ticketAttachment(card));
}

function outgoing(message: Outgoing): Partial<Activity> {
  return message.kind === 'card' ? cardActivity(message.card, message.text) : { type: 'message', text: message.text, textFormat: 'plain' };
}

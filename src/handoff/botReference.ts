import type { ChannelAccount, ConversationReference } from 'botbuilder';
import { conversationRefSchema, type ConversationRef } from './conversationRef.js';

/**
 * Conversion between botbuilder's ConversationReference and the loosely validated ConversationRef
 * the handoff stores. Only types come from botbuilder; this is the edge where the two meet.
 */

/** What TurnContext.getConversationReference(activity) gave, checked; undefined if it lacks what replies need. */
export function fromConversationReference(ref: Partial<ConversationReference>): ConversationRef | undefined {
  const parsed = conversationRefSchema.safeParse(JSON.parse(JSON.stringify(ref)));
  return parsed.success ? parsed.data : undefined;
}

/**
 * For adapter.continueConversationAsync. Teams leaves out fields the SDK types call required
 * (a personal chat has no conversation name); they are filled with neutral values the Bot
 * Connector ignores.
 */
export function toConversationReference(ref: ConversationRef): Partial<ConversationReference> {
  const c = ref.conversation;
  return {
    serviceUrl: ref.serviceUrl,
    channelId: ref.channelId,
    conversation: {
      id: c.id,
      isGroup: c.isGroup === true,
      conversationType: c.conversationType ?? '',
      name: typeof c.name === 'string' ? c.name : '',
      ...(c.tenantId === undefined ? {} : { tenantId: c.tenantId }),
    },
    ...(ref.bot === undefined ? {} : { bot: account(ref.bot) }),
    ...(ref.user === undefined ? {} : { user: account(ref.user) }),
    ...(ref.activityId === undefined ? {} : { activityId: ref.activityId }),
    ...(ref.locale === undefined ? {} : { locale: ref.locale }),
  };
}

function account(a: { id: string; [k: string]: unknown }): ChannelAccount {
  return {
    id: a.id,
    name: typeof a.name === 'string' ? a.name : '',
    ...(typeof a.aadObjectId === 'string' ? { aadObjectId: a.aadObjectId } : {}),
    ...(typeof a.role === 'string' ? { role: a.role } : {}),
  };
}

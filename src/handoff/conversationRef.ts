import { z } from 'zod';

/**
 * A Bot Framework conversation reference as stored with a ticket or a channel registration.
 * Validated loosely: Teams leaves out fields the SDK's types call required (a personal chat's
 * conversation has no `name` or `isGroup`), and the SDK may add new ones, so only what the
 * handoff itself reads is checked and everything else is kept as it came (`passthrough`).
 */
const accountSchema = z.object({ id: z.string().min(1) }).passthrough();

export const conversationRefSchema = z
  .object({
    conversation: z
      .object({
        id: z.string().min(1),
        conversationType: z.string().optional(),
        tenantId: z.string().optional(),
      })
      .passthrough(),
    serviceUrl: z.string().min(1),
    channelId: z.string().min(1),
    bot: accountSchema.optional(),
    user: accountSchema.optional(),
    activityId: z.string().optional(),
    locale: z.string().optional(),
  })
  .passthrough();

export type ConversationRef = z.infer<typeof conversationRefSchema>;

/**
 * The channel itself, not the thread a message was posted in: Teams writes a channel thread's
 * conversation id as "19:…@thread.tacv2;messageid=123". Proactive posts to the channel root start
 * a new thread; posts to "<root>;messageid=<activityId>" reply in that thread.
 */
export function channelRoot(ref: ConversationRef): ConversationRef {
  const { activityId: _thread, user: _user, ...rest } = ref;
  return { ...rest, conversation: { ...ref.conversation, id: rootConversationId(ref.conversation.id) } };
}

export function rootConversationId(conversationId: string): string {
  const cut = conversationId.indexOf(';messageid=');
  return cut === -1 ? conversationId : conversationId.slice(0, cut);
}

/** The reference that replies inside the thread started by `activityId` in the channel `channel`. */
export function threadOf(channel: ConversationRef, activityId: string): ConversationRef {
  const root = rootConversationId(channel.conversation.id);
  return { ...channel, conversation: { ...channel.conversation, id: `${root};messageid=${activityId}` } };
}

export function isChannelConversation(ref: ConversationRef): boolean {
  return ref.conversation.conversationType === 'channel';
}

import { z } from 'zod';
import { regionSchema } from '../knowledge/schema.js';
import { conversationRefSchema } from './conversationRef.js';

/**
 * The ticket record: one question forwarded to the advisers, as stored.
 * Everything here is validated when read back (`ticketSchema`); the state machine that changes it
 * is in machine.ts. Personal data is kept to what answering needs: the member's Teams ids and
 * display name, the conversation to reply into, and what the member and the advisers wrote.
 */

/** Ticket numbers avoid look-alike characters (0/O, 1/I/L, U/V) so they can be read out and typed. */
export const TICKET_ID_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const TICKET_ID_PATTERN = /^HA-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}$/;
export const ticketIdSchema = z.string().regex(TICKET_ID_PATTERN, 'must be a ticket number like HA-4F7K');
export type TicketId = z.infer<typeof ticketIdSchema>;

/**
 * Longest texts accepted. The question may be longer than the answer engine reads (1000): a member
 * told their question is too long for the bot can still forward it, as carried by the button (4000).
 * Cards shorten what they show so that they stay under Teams' ~28 KB.
 */
export const LIMITS = {
  question: 4000,
  details: 2000,
  botAnswer: 1500,
  answer: 4000,
  followUp: 2000,
  closeReason: 500,
  /** Answers and follow-ups on one ticket. */
  messages: 60,
  /** Audit entries kept (oldest dropped first). */
  history: 200,
  /** Kept from a delivery error message; never contains personal data beyond what the SDK puts there. */
  error: 300,
} as const;

const instant = z.string().datetime({ offset: true });
const lang = z.enum(['fi', 'en']);

/** An adviser or coordinator as shown on cards: the Teams user id and display name. */
export const actorSchema = z.object({ id: z.string().min(1), name: z.string() }).strict();
export type Actor = z.infer<typeof actorSchema>;

/** `key` is how the member is recognised: the AAD object id when Teams gives one, else the channel user id. */
export const memberSchema = z
  .object({ key: z.string().min(1), id: z.string().min(1), aadObjectId: z.string().optional(), displayName: z.string() })
  .strict();
export type Member = z.infer<typeof memberSchema>;

export const STATUSES = ['open', 'claimed', 'answered', 'closed'] as const;
export type TicketStatus = (typeof STATUSES)[number];

export const ticketStateSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('open') }).strict(),
  z.object({ status: z.literal('claimed'), by: actorSchema, at: instant }).strict(),
  z.object({ status: z.literal('answered'), by: actorSchema, at: instant }).strict(),
  z.object({ status: z.literal('closed'), by: actorSchema, at: instant, reason: z.string().min(1).max(LIMITS.closeReason) }).strict(),
]);
export type TicketState = z.infer<typeof ticketStateSchema>;

/** The conversation after the question: advisers' answers and the member's follow-ups, oldest first. */
export const ticketMessageSchema = z.discriminatedUnion('from', [
  z.object({ from: z.literal('adviser'), by: actorSchema, text: z.string().min(1).max(LIMITS.answer), at: instant }).strict(),
  z.object({ from: z.literal('member'), text: z.string().min(1).max(LIMITS.followUp), at: instant }).strict(),
]);
export type TicketMessage = z.infer<typeof ticketMessageSchema>;

/**
 * Something to do outside the store because the ticket changed. Effects are kept in the ticket's
 * outbox (written in the same store write as the change) until delivered, so a crash loses none.
 * `message` points into `messages`, which only grows.
 */
export const effectSchema = z.discriminatedUnion('kind', [
  /** Post the ticket card to the region's advisers' channel (or the fallback channel). */
  z.object({ kind: z.literal('postToChannel') }).strict(),
  /** Re-render the posted card in place from the ticket as it is when delivered. */
  z.object({ kind: z.literal('updateAdviserCard') }).strict(),
  /** Reply in the card's thread: a member follow-up, or that the answer did not help. */
  z.object({ kind: z.literal('notifyThread'), about: z.enum(['followUp', 'notHelped']), message: z.number().int().min(0).optional() }).strict(),
  /** Send an adviser's answer to the member's conversation, asking whether it helped. */
  z.object({ kind: z.literal('relayToMember'), message: z.number().int().min(0) }).strict(),
  /** Tell the member, truthfully, what happened to their question. */
  z.object({ kind: z.literal('tellMember'), about: z.enum(['deliveryDelayed', 'deliveredAfterDelay', 'closed', 'reopened']) }).strict(),
]);
export type Effect = z.infer<typeof effectSchema>;
export type EffectKind = Effect['kind'];

/** Effects in one lane are delivered in order; the lanes do not wait for each other. */
export type Lane = 'advisers' | 'member';
export function laneOf(effect: Effect): Lane {
  return effect.kind === 'relayToMember' || effect.kind === 'tellMember' ? 'member' : 'advisers';
}

export const outboxItemSchema = z
  .object({
    id: z.number().int().min(1),
    effect: effectSchema,
    /** Delivery attempts started so far. */
    attempts: z.number().int().min(0),
    /** Not to be attempted before this; while an attempt runs it is the time to retry if that attempt is lost. */
    nextAttemptAt: instant,
    /** Set while an attempt runs (or was lost in a crash); cleared when the attempt fails. */
    startedAt: instant.optional(),
    lastError: z.string().max(LIMITS.error).optional(),
  })
  .strict();
export type OutboxItem = z.infer<typeof outboxItemSchema>;

export const historyEntrySchema = z
  .object({
    action: z.enum(['create', 'claim', 'answer', 'close', 'reopen', 'memberFollowUp', 'memberFeedback']),
    /** Actor id, or "member". */
    by: z.string().min(1),
    /** The version the action was applied to: a replayed submit names the same one. */
    fromVersion: z.number().int().min(0),
    at: instant,
    /** Short hash of the text, for recognising a replayed follow-up. */
    digest: z.string().max(16).optional(),
  })
  .strict();
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const ticketSchema = z
  .object({
    schema: z.literal(1),
    id: ticketIdSchema,
    /** What the member's submit carried to make forwarding idempotent (a pressed-twice button makes one ticket). */
    requestId: z.string().min(1).max(200),
    /** Changes with every change an adviser or the member can see; cards carry it to detect stale clicks. */
    version: z.number().int().min(1),
    lang,
    region: regionSchema,
    question: z.string().min(1).max(LIMITS.question),
    details: z.string().min(1).max(LIMITS.details).optional(),
    /** What the bot had answered before the handoff, shortened. */
    botAnswer: z.string().min(1).max(LIMITS.botAnswer).optional(),
    member: memberSchema,
    memberConversation: conversationRefSchema,
    state: ticketStateSchema,
    messages: z.array(ticketMessageSchema).max(LIMITS.messages),
    feedback: z.object({ helped: z.boolean(), at: instant }).strict().optional(),
    /** Where the ticket card was posted, once it has been. */
    adviserCard: z
      .object({ activityId: z.string().min(1), channel: conversationRefSchema, viaFallback: z.boolean(), postedAt: instant })
      .strict()
      .optional(),
    outbox: z.array(outboxItemSchema),
    nextEffectId: z.number().int().min(1),
    /** The member has been told that posting to the advisers is delayed. */
    delayReported: z.boolean(),
    history: z.array(historyEntrySchema).max(LIMITS.history),
    createdAt: instant,
    updatedAt: instant,
  })
  .strict();
export type Ticket = z.infer<typeof ticketSchema>;

/** Where the ticket card stands, derived from the outbox: for cards, listings and logs. */
export type DeliveryState =
  | { state: 'posted'; at: string }
  | { state: 'queued'; attempts: number; nextAttemptAt: string; lastError?: string };

export function deliveryState(t: Ticket): DeliveryState {
  if (t.adviserCard !== undefined) return { state: 'posted', at: t.adviserCard.postedAt };
  const post = t.outbox.find((i) => i.effect.kind === 'postToChannel');
  return {
    state: 'queued',
    attempts: post?.attempts ?? 0,
    nextAttemptAt: post?.nextAttemptAt ?? t.updatedAt,
    ...(post?.lastError === undefined ? {} : { lastError: post.lastError }),
  };
}

/** Open or being handled: what the member sees as "open questions". */
export function isOpen(t: Ticket): boolean {
  return t.state.status === 'open' || t.state.status === 'claimed';
}

/** Still needs the store's attention: open, or something left to deliver. */
export function needsAttention(t: Ticket): boolean {
  return isOpen(t) || t.outbox.length > 0;
}

import type { TicketCard } from '../cards/ticketKit.js';
import type { ConversationRef } from './conversationRef.js';

/** What the handoff needs from the outside world, passed in. */

export interface Clock {
  now(): Date;
}

/** Schedules `fn` after `ms` milliseconds; the returned function cancels it. */
export interface Timer {
  schedule(fn: () => void, ms: number): () => void;
}

export const systemTimer: Timer = {
  schedule(fn, ms) {
    const handle = setTimeout(fn, ms);
    // The outbox's wait must not keep a process alive on its own.
    handle.unref();
    return () => clearTimeout(handle);
  },
};

/** Same shape as the server's Logger, so the bot can pass its own. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

/** A proactive message: plain text, or a card with its text for notifications and old clients. */
export type Outgoing = { kind: 'text'; text: string } | { kind: 'card'; card: TicketCard; text: string };

/**
 * Proactive sending, implemented by the bot with the adapter's continueConversationAsync
 * (convert references with toConversationReference). Every method rejects when Teams refuses;
 * the outbox then retries later, so implementations should not retry themselves.
 */
export interface ChannelPoster {
  /** Posts the card as a new thread at the channel root; resolves with the new message's activity id. */
  post(channel: ConversationRef, card: TicketCard): Promise<{ activityId: string }>;
  /** Replaces the card posted as `activityId` (updateActivity with that id). */
  update(channel: ConversationRef, activityId: string, card: TicketCard): Promise<void>;
  /** Replies inside the thread of `activityId` (conversation id "<channel>;messageid=<activityId>", see threadOf). */
  replyInThread(channel: ConversationRef, activityId: string, message: Outgoing): Promise<void>;
  /** Sends into the member's own conversation with the bot. */
  sendToMember(member: ConversationRef, message: Outgoing): Promise<void>;
}

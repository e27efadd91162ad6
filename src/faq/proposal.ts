import { z } from 'zod';
import { conversationRefSchema } from '../handoff/conversationRef.js';
import { actorSchema, ticketIdSchema } from '../handoff/ticket.js';
import { regionSchema } from '../knowledge/schema.js';

/**
 * A proposal to turn an answered ticket's question and answer into a FAQ entry of the knowledge
 * base, as stored: one record per ticket ("faq/proposal/HA-4F7K"). It holds what the entry will
 * say and who proposed and decided it; never who asked (the member's name and ids stay in the
 * ticket).
 */

/** Longest texts of a FAQ entry: a question one can read as a heading, an answer that fits a card. */
export const FAQ_LIMITS = {
  question: 300,
  answer: 3000,
  rejectReason: 500,
  history: 50,
} as const;

const instant = z.string().datetime({ offset: true });

/** The file's id (and name without ".md" under faq/): lower-case letters, digits and dashes. */
export const faqFileIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes');

export const faqStateSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('proposed') }).strict(),
  /**
   * A coordinator approved and the file is being written. Held in the store before the write so
   * that of two approvals exactly one writes; a later approval finishes one that a crash cut off.
   */
  z.object({ status: z.literal('approving'), by: actorSchema, at: instant, fileId: faqFileIdSchema, edited: z.boolean() }).strict(),
  z.object({ status: z.literal('approved'), by: actorSchema, at: instant, fileId: faqFileIdSchema, edited: z.boolean() }).strict(),
  z.object({ status: z.literal('rejected'), by: actorSchema, at: instant, reason: z.string().max(FAQ_LIMITS.rejectReason).optional() }).strict(),
]);
export type FaqState = z.infer<typeof faqStateSchema>;
export type FaqStatus = FaqState['status'];

export const faqHistoryEntrySchema = z
  .object({
    action: z.enum(['propose', 'approve', 'reject']),
    /** Actor id. */
    by: z.string().min(1),
    /** The version acted on: a replayed button press names the same one. */
    fromVersion: z.number().int().min(0),
    at: instant,
  })
  .strict();
export type FaqHistoryEntry = z.infer<typeof faqHistoryEntrySchema>;

export const faqProposalSchema = z
  .object({
    schema: z.literal(1),
    ticketId: ticketIdSchema,
    /** Changes with every change the coordinators' card shows; buttons carry it. */
    version: z.number().int().min(1),
    /** The language of the entry: the member's, as the adviser answered in it. */
    lang: z.enum(['fi', 'en']),
    region: regionSchema,
    question: z.string().min(1).max(FAQ_LIMITS.question),
    answer: z.string().min(1).max(FAQ_LIMITS.answer),
    proposedBy: actorSchema,
    proposedAt: instant,
    state: faqStateSchema,
    /** Where the coordinators' card was posted, once it has been. */
    card: z.object({ channel: conversationRefSchema, activityId: z.string().min(1) }).strict().optional(),
    history: z.array(faqHistoryEntrySchema).max(FAQ_LIMITS.history),
    updatedAt: instant,
  })
  .strict();
export type FaqProposal = z.infer<typeof faqProposalSchema>;

import { z } from 'zod';
import { MAX_SUBMIT_QUESTION_CHARS } from './actions.js';

/**
 * The confirm button of the offer card that came before the forward card (src/cards/ticketMember.ts).
 * Such buttons may still sit in members' chats; the handoff answers them with the forward card.
 */
export const handoffConfirmSchema = z.object({
  action: z.literal('handoff.confirm'),
  question: z.string().max(MAX_SUBMIT_QUESTION_CHARS),
  lang: z.enum(['fi', 'en']).default('fi'),
});
export type HandoffConfirm = z.infer<typeof handoffConfirmSchema>;

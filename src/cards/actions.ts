import { z } from 'zod';

/**
 * What the bot's own card buttons send back (Action.Submit `data`, received as `activity.value`).
 * Cards build these; the bot validates every incoming one with `cardSubmitSchema` before acting,
 * because a submit can come from an old card, another client or a hand-written request.
 */

/** Longest question carried in a button; Teams messages must stay under ~28 KB. */
export const MAX_SUBMIT_QUESTION_CHARS = 4000;

const lang = z.enum(['fi', 'en']).default('fi');
const question = z.string().max(MAX_SUBMIT_QUESTION_CHARS);
const passageId = z.string().min(1).max(200);
export const decisionKindSchema = z.enum(['answer', 'call_status', 'clarify', 'handoff', 'invalid']);

export const feedbackSubmitSchema = z.object({
  action: z.literal('feedback'),
  helpful: z.boolean(),
  kind: decisionKindSchema,
  passageId: passageId.optional(),
  question,
  lang,
});

export const cardSubmitSchema = z.discriminatedUnion('action', [
  feedbackSubmitSchema,
  /** The member picked one of the clarify candidates. */
  z.object({ action: z.literal('answer.pick'), passageId, question, lang }),
  /** An example question on the welcome card: asked as if typed. */
  z.object({ action: z.literal('answer.ask'), question: question.min(1), lang }),
  /** "Kysy neuvojalta": show the offer to forward the question to an adviser. */
  z.object({ action: z.literal('handoff.offer'), question, lang }),
]);

export type CardSubmit = z.infer<typeof cardSubmitSchema>;
export type FeedbackSubmit = z.infer<typeof feedbackSubmitSchema>;
export type CardSubmitAction = CardSubmit['action'];
export const CARD_ACTIONS: readonly string[] = cardSubmitSchema.options.map((o) => o.shape.action.value);

/** Questions put into buttons are cut to the limit the schema accepts. */
export function forButton(q: string): string {
  return q.length <= MAX_SUBMIT_QUESTION_CHARS ? q : q.slice(0, MAX_SUBMIT_QUESTION_CHARS);
}

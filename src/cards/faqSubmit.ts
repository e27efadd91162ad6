import { z } from 'zod';
import { ticketIdSchema } from '../handoff/ticket.js';

/**
 * What the FAQ buttons send back (Action.Submit `data` merged with the card's inputs, received as
 * `activity.value`), validated before the FAQ service is called. The service checks the sender,
 * the proposal's state and version again: a submit can come from an old card or be hand-written.
 *
 * Typed texts are only bounded here, so that a huge forged payload is refused; their real limits
 * (FAQ_LIMITS) are checked by the proposal machine, which answers with a specific, polite error.
 * A text input that is absent means "as it stands"; one sent empty is an empty text.
 */
const typed = z.string().max(20_000).optional();
const lang = z.enum(['fi', 'en']).default('fi');

export const faqSubmitSchema = z.discriminatedUnion('action', [
  /** "Ehdota usein kysytyksi" on an answered ticket's card in the advisers' channel. */
  z.object({ action: z.literal('faq.propose'), ticketId: ticketIdSchema, version: z.number().int().min(1), lang, faqQuestion: typed, faqAnswer: typed }),
  /** "Hyväksy" (no texts) and "Hyväksy muokattuna" (the edited texts) on the coordinators' card. */
  z.object({ action: z.literal('faq.approve'), ticketId: ticketIdSchema, version: z.number().int().min(1), lang, faqQuestion: typed, faqAnswer: typed }),
  z.object({ action: z.literal('faq.reject'), ticketId: ticketIdSchema, version: z.number().int().min(1), lang, rejectReason: typed }),
]);
export type FaqSubmit = z.infer<typeof faqSubmitSchema>;
/** A button's `data`: without the keys the card's inputs fill in. */
export type FaqSubmitData = z.input<typeof faqSubmitSchema>;

export const FAQ_ACTIONS: readonly string[] = faqSubmitSchema.options.map((o) => o.shape.action.value);

export type ParsedFaqSubmit =
  | { ok: true; submit: FaqSubmit }
  /** Not a FAQ action: the bot's other handlers own it. */
  | { ok: false; reason: 'not_faq' }
  | { ok: false; reason: 'invalid'; issues: string[] };

export function parseFaqSubmit(value: unknown): ParsedFaqSubmit {
  const action = typeof value === 'object' && value !== null && 'action' in value ? value.action : undefined;
  if (typeof action !== 'string' || !FAQ_ACTIONS.includes(action)) return { ok: false, reason: 'not_faq' };
  const parsed = faqSubmitSchema.safeParse(value);
  return parsed.success
    ? { ok: true, submit: parsed.data }
    : { ok: false, reason: 'invalid', issues: parsed.error.issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`) };
}

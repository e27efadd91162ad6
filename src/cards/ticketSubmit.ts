import { z } from 'zod';
import { regionSchema } from '../knowledge/schema.js';
import { ticketIdSchema } from '../handoff/ticket.js';
import { MAX_SUBMIT_QUESTION_CHARS } from './actions.js';

/**
 * What the handoff's card buttons send back (Action.Submit `data` merged with the card's inputs,
 * received as `activity.value`). The bot validates every submit with `parseHandoffSubmit` before
 * calling the handoff service; the service then checks the ticket id, version and sender again,
 * because a submit can come from an old card, another client or a hand-written request.
 *
 * Texts typed into inputs are only bounded here (so a huge forged payload is refused); their real
 * limits are checked by the ticket machine, which answers with a polite, specific error.
 */
const lang = z.enum(['fi', 'en']).default('fi');
const typed = (max: number) => z.string().max(max).default('');
/** An unanswered Input.ChoiceSet arrives as "". */
const chosenRegion = z.preprocess((v) => (v === '' ? undefined : v), regionSchema.optional());
const ticketRef = { ticketId: ticketIdSchema, version: z.number().int().min(1) };
const requestId = z.string().min(1).max(200);

/** Buttons on the advisers' ticket card. */
export const adviserSubmitSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('ticket.claim'), ...ticketRef }),
  z.object({ action: z.literal('ticket.answer'), ...ticketRef, answerText: typed(20_000) }),
  z.object({ action: z.literal('ticket.close'), ...ticketRef, closeReason: typed(5_000) }),
  z.object({ action: z.literal('ticket.reopen'), ...ticketRef }),
]);
export type AdviserSubmit = z.infer<typeof adviserSubmitSchema>;
/** A button's `data`: without the keys the card's inputs fill in (an input wins over data only in some clients). */
export type AdviserSubmitData = z.input<typeof adviserSubmitSchema>;

/** What the forward card carries so that the ticket can be created from the submit alone. */
export const pendingForwardSchema = z.object({
  requestId,
  question: z.string().max(MAX_SUBMIT_QUESTION_CHARS),
  botAnswer: z.string().max(MAX_SUBMIT_QUESTION_CHARS).optional(),
  details: typed(20_000),
});
export type PendingForward = z.infer<typeof pendingForwardSchema>;

/** Buttons on the member's cards. */
export const memberSubmitSchema = z.discriminatedUnion('action', [
  /** "Lähetä neuvojalle" on the forward card; `region` is there when the card asked for it. */
  pendingForwardSchema.extend({ action: z.literal('handoff.send'), lang, region: chosenRegion }),
  z.object({ action: z.literal('handoff.cancel'), lang }),
  /** The region chooser; with `pending`, the question waiting for a region is sent right after. */
  z.object({ action: z.literal('handoff.region'), lang, region: chosenRegion, pending: pendingForwardSchema.optional() }),
  z.object({ action: z.literal('ticket.followUp'), ...ticketRef, lang, followUpText: typed(20_000) }),
  z.object({ action: z.literal('ticket.feedback'), ...ticketRef, lang, helped: z.boolean() }),
]);
export type MemberSubmit = z.infer<typeof memberSubmitSchema>;
export type MemberSubmitData = z.input<typeof memberSubmitSchema>;

export type HandoffSubmit = { side: 'adviser'; submit: AdviserSubmit } | { side: 'member'; submit: MemberSubmit };

export const ADVISER_ACTIONS: readonly string[] = adviserSubmitSchema.options.map((o) => o.shape.action.value);
export const MEMBER_ACTIONS: readonly string[] = memberSubmitSchema.options.map((o) => o.shape.action.value);

export type ParsedSubmit =
  | { ok: true; value: HandoffSubmit }
  /** The action is not the handoff's: the bot's other handlers own it. */
  | { ok: false; reason: 'not_handoff' }
  /** A handoff action with a payload that does not validate: answer politely, act on nothing. */
  | { ok: false; reason: 'invalid'; issues: string[] };

export function parseHandoffSubmit(value: unknown): ParsedSubmit {
  const action = typeof value === 'object' && value !== null && 'action' in value ? value.action : undefined;
  if (typeof action !== 'string') return { ok: false, reason: 'not_handoff' };
  const side = ADVISER_ACTIONS.includes(action) ? 'adviser' : MEMBER_ACTIONS.includes(action) ? 'member' : undefined;
  if (side === undefined) return { ok: false, reason: 'not_handoff' };
  if (side === 'adviser') {
    const parsed = adviserSubmitSchema.safeParse(value);
    return parsed.success ? { ok: true, value: { side, submit: parsed.data } } : { ok: false, reason: 'invalid', issues: issuesOf(parsed.error) };
  }
  const parsed = memberSubmitSchema.safeParse(value);
  return parsed.success ? { ok: true, value: { side, submit: parsed.data } } : { ok: false, reason: 'invalid', issues: issuesOf(parsed.error) };
}

function issuesOf(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`);
}

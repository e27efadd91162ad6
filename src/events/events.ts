import { z } from 'zod';
import type { Decision } from '../answer/types.js';
import { findPlaces } from '../answer/regions.js';
import { regionSchema, type Region } from '../knowledge/schema.js';
import { tokenize } from '../search/finnish.js';

/**
 * What the bot did with a question that it did not simply answer: asked back with candidates
 * ('clarify'), or found nothing and offered an adviser ('handoff_offer'). The gap report counts
 * them. Like feedback, an event holds the question and never who asked.
 */
export const botEventSchema = z
  .object({
    /** ISO instant. */
    at: z.string().datetime({ offset: true }),
    kind: z.enum(['clarify', 'handoff_offer']),
    question: z.string(),
    /** The one region the question names, if it names exactly one. */
    region: regionSchema.optional(),
    lang: z.enum(['fi', 'en']),
  })
  .strict();
export type BotEvent = z.infer<typeof botEventSchema>;
export type BotEventKind = BotEvent['kind'];

/** Where events go. `list` returns every stored event, oldest first. */
export interface EventLog {
  add(event: BotEvent): Promise<void>;
  list(): Promise<BotEvent[]>;
}

/** The region a question names, when it names exactly one of ours. */
export function regionOfQuestion(question: string): Region | undefined {
  const places = findPlaces(tokenize(question));
  return places.regions.length === 1 ? places.regions[0] : undefined;
}

/** The event to record for a decision, if any: pure, so that the bot's edge only writes it. */
export function eventForDecision(decision: Decision, at: Date): BotEvent | undefined {
  const kind: BotEventKind | undefined = decision.kind === 'clarify' ? 'clarify' : decision.kind === 'handoff' ? 'handoff_offer' : undefined;
  if (kind === undefined) return undefined;
  const region = regionOfQuestion(decision.question);
  return { at: at.toISOString(), kind, question: decision.question, ...(region === undefined ? {} : { region }), lang: decision.lang };
}

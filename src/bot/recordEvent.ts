import type { Decision } from '../answer/types.js';
import { eventForDecision } from '../events/events.js';
import type { BotDeps } from './deps.js';

/**
 * Writes a clarify or handoff decision to the event log for the gap report. The member has had
 * the reply already; a failed write is logged and never reaches the member.
 */
export async function recordDecision(decision: Decision, deps: Pick<BotDeps, 'events' | 'clock' | 'log'>): Promise<void> {
  const event = eventForDecision(decision, deps.clock.now());
  if (event === undefined) return;
  await deps.events.add(event).catch((err: unknown) => deps.log.warn(`event log: could not record a ${event.kind}: ${err instanceof Error ? err.message : String(err)}`));
}

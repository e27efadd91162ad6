import { createHash } from 'node:crypto';
import { TICKET_ID_ALPHABET, type TicketId } from './ticket.js';

/**
 * The ticket number for a forward request: derived from the request (member and the submit's
 * request id), so a resent submit maps to the same number and finds its ticket instead of making a
 * second one. `attempt` picks another number when a different ticket already has this one
 * (30⁴ ≈ 810,000 numbers, so over the years numbers do collide now and then).
 */
export function ticketNumber(seed: string, attempt: number): TicketId {
  const digest = createHash('sha256').update(`${seed}\u0000${attempt}`).digest();
  let id = 'HA-';
  for (let i = 0; i < 4; i += 1) id += TICKET_ID_ALPHABET[(digest[i] ?? 0) % TICKET_ID_ALPHABET.length];
  return id;
}

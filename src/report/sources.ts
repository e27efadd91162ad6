import { regionOfQuestion, type BotEvent, type EventLog } from '../events/events.js';
import type { FeedbackRecord, FeedbackStore } from '../feedback/store.js';
import type { Ticket } from '../handoff/ticket.js';
import type { GapItem } from './gap.js';

/** Every forwarded question, at the time it was forwarded, in the region the member chose. */
export function itemsFromTickets(tickets: readonly Ticket[]): GapItem[] {
  return tickets.map((t) => ({ at: t.createdAt, source: 'handoff', question: t.question, region: t.region, lang: t.lang }));
}

/** "Not helpful" presses; the region is the one the question names, if any. */
export function itemsFromFeedback(records: readonly FeedbackRecord[]): GapItem[] {
  return records
    .filter((r) => !r.helpful)
    .map((r) => {
      const region = regionOfQuestion(r.question);
      return { at: r.at, source: 'not_helpful', question: r.question, ...(region === undefined ? {} : { region }), lang: r.lang };
    });
}

export function itemsFromEvents(events: readonly BotEvent[]): GapItem[] {
  return events.map((e) => ({ at: e.at, source: e.kind, question: e.question, ...(e.region === undefined ? {} : { region: e.region }), lang: e.lang }));
}

/** Where the report reads from. `tickets` lists every stored ticket (TicketStore.listCreated). */
export interface GapSources {
  tickets: () => Promise<{ tickets: Ticket[]; problems: readonly Error[] }>;
  feedback: Pick<FeedbackStore, 'list'>;
  events: Pick<EventLog, 'list'>;
}

/** Reads every source; a ticket record that cannot be read is a problem to report, not a stop. */
export async function gatherGapItems(sources: GapSources): Promise<{ items: GapItem[]; problems: string[] }> {
  const [tickets, feedback, events] = await Promise.all([sources.tickets(), sources.feedback.list(), sources.events.list()]);
  return {
    items: [...itemsFromTickets(tickets.tickets), ...itemsFromFeedback(feedback), ...itemsFromEvents(events)],
    problems: tickets.problems.map((p) => p.message),
  };
}

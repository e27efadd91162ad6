import type { Ticket, TicketId } from '../handoff/ticket.js';
import type { PruneResult } from '../storage/jsonlFile.js';

/**
 * Retention: stored question texts and feedback older than the configured period are deleted.
 * What is kept where, and what the sweep deletes:
 * - feedback.jsonl and events.jsonl: every record whose `at` is before the cutoff;
 * - tickets: answered or closed tickets (nothing left to deliver) whose last change is before the
 *   cutoff, whole, with the member's question, details and the advisers' answers, and the FAQ
 *   proposal made from the ticket, if any. Open tickets stay.
 */

export const DEFAULT_RETENTION_DAYS = 365;
const DAY_MS = 86_400_000;

/** A JSON lines file that can drop old records (the feedback store, the event log). */
export interface Prunable {
  deleteBefore(cutoff: string): Promise<PruneResult>;
}

/** The ticket store as the sweep uses it (TicketStore). */
export interface RetainedTickets {
  listCreated(before?: string): Promise<{ tickets: Ticket[]; problems: readonly Error[] }>;
  deleteFinished(id: TicketId): Promise<boolean>;
}

export interface RetentionTargets {
  feedback?: Prunable;
  events?: Prunable;
  tickets?: RetainedTickets;
  /** Records kept per ticket elsewhere (a FAQ proposal with the question's text), deleted with it. */
  withTicket?: (id: TicketId) => Promise<void>;
}

export interface SweepResult {
  /** ISO instant; everything older is gone. */
  cutoff: string;
  feedback?: PruneResult;
  events?: PruneResult;
  tickets?: { deleted: number; problems: string[] };
  /** Targets that failed; the others were still swept. */
  failures: string[];
}

/** The instant before which records are deleted: `days` whole days before `now`. */
export function retentionCutoff(now: Date, days: number): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString();
}

/** A ticket the sweep deletes: finished, and untouched since before the cutoff. */
export function isExpiredTicket(ticket: Ticket, cutoff: string): boolean {
  const finished = (ticket.state.status === 'answered' || ticket.state.status === 'closed') && ticket.outbox.length === 0;
  return finished && Date.parse(ticket.updatedAt) < Date.parse(cutoff);
}

/** One sweep over every target; one failing target does not keep the others from being swept. */
export async function sweepOnce(targets: RetentionTargets, options: { now: Date; days: number }): Promise<SweepResult> {
  const cutoff = retentionCutoff(options.now, options.days);
  const result: SweepResult = { cutoff, failures: [] };
  const attempt = async (name: string, run: () => Promise<void>): Promise<void> => {
    try {
      await run();
    } catch (err) {
      result.failures.push(`${name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  const { feedback, events, tickets } = targets;
  if (feedback !== undefined) await attempt('feedback', async () => void (result.feedback = await feedback.deleteBefore(cutoff)));
  if (events !== undefined) await attempt('events', async () => void (result.events = await events.deleteBefore(cutoff)));
  if (tickets !== undefined) {
    await attempt('tickets', async () => {
      // A ticket last changed before the cutoff was created before it too.
      const listed = await tickets.listCreated(cutoff);
      let deleted = 0;
      for (const t of listed.tickets.filter((t) => isExpiredTicket(t, cutoff))) {
        if (!(await tickets.deleteFinished(t.id))) continue;
        deleted += 1;
        await targets.withTicket?.(t.id);
      }
      result.tickets = { deleted, problems: listed.problems.map((p) => p.message) };
    });
  }
  return result;
}

/** One line for the operational log. */
export function describeSweep(result: SweepResult, days: number): string {
  const parts = [
    result.feedback === undefined ? undefined : `${result.feedback.deleted} feedback records`,
    result.events === undefined ? undefined : `${result.events.deleted} bot events`,
    result.tickets === undefined ? undefined : `${result.tickets.deleted} finished tickets`,
  ].filter((p): p is string => p !== undefined);
  const failed = result.failures.length === 0 ? '' : `; failed: ${result.failures.join('; ')}`;
  const problems = result.tickets !== undefined && result.tickets.problems.length > 0 ? `; unreadable tickets: ${result.tickets.problems.join('; ')}` : '';
  return `retention: deleted ${parts.length === 0 ? 'nothing' : parts.join(', ')} older than ${days} days (before ${result.cutoff})${failed}${problems}`;
}

export interface RetentionSchedule {
  /** The sweep at start, for tests and logs. */
  first: Promise<SweepResult>;
  stop(): void;
}

export interface ScheduleOptions {
  days: number;
  now: () => Date;
  log: { info(message: string): void; warn(message: string): void };
  /** Default: a day. */
  intervalMs?: number;
}

/** Sweeps now and then every `intervalMs`; the timer does not keep the process alive. */
export function startRetention(targets: RetentionTargets, options: ScheduleOptions): RetentionSchedule {
  const run = async (): Promise<SweepResult> => {
    const result = await sweepOnce(targets, { now: options.now(), days: options.days });
    if (result.failures.length > 0) options.log.warn(describeSweep(result, options.days));
    else options.log.info(describeSweep(result, options.days));
    return result;
  };
  const first = run();
  const timer = setInterval(() => {
    run().catch((err: unknown) => options.log.warn(`retention: sweep failed: ${err instanceof Error ? err.message : String(err)}`));
  }, options.intervalMs ?? DAY_MS);
  timer.unref();
  return { first, stop: () => clearInterval(timer) };
}

/** True for stores that can drop old records (the JSON lines ones). */
export function isPrunable(store: object): store is Prunable {
  return 'deleteBefore' in store && typeof store.deleteBefore === 'function';
}

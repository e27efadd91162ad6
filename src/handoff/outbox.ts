import type { Lang } from '../answer/types.js';
import type { ChannelRegistry } from '../storage/channelRegistry.js';
import type { TicketStore } from '../storage/ticketStore.js';
import { deliver } from './deliver.js';
import { transition, type Command } from './machine.js';
import type { ChannelPoster, Clock, Logger, Timer } from './ports.js';
import type { Registrations } from './routing.js';
import { laneOf, type Lane, type OutboxItem, type Ticket, type TicketId } from './ticket.js';

/**
 * Delivery of tickets' effects (card posts, card updates, messages to members) with retries.
 *
 * Effects wait in their ticket's outbox, written together with the change that caused them, so
 * nothing is lost in a crash: on start the runner reads every ticket with something left to do.
 * Each attempt is first recorded in the store (compare-and-swap, so of several instances exactly
 * one takes it) together with the time to retry should the attempt be lost; a failure keeps the
 * effect queued with exponential backoff, a success removes it. Delivery is therefore at least
 * once: a crash between sending and recording can repeat a message.
 */

export interface RetryPolicy {
  /** Wait after the first failed attempt. */
  baseMs: number;
  /** Longest wait between attempts; retries never stop. */
  capMs: number;
}

/** 10 s, 20 s, 40 s … up to 15 minutes. */
export const DEFAULT_RETRY: RetryPolicy = { baseMs: 10_000, capMs: 15 * 60_000 };

/**
 * The wait after attempt `attempt` (1, 2, …) fails: base · 2^(attempt−1), capped, then spread by
 * `jitter` (0 ≤ jitter < 1) over the upper half, so that instances do not retry in step. Pure.
 */
export function retryDelay(attempt: number, policy: RetryPolicy, jitter: number): number {
  const exponential = policy.baseMs * 2 ** Math.max(0, attempt - 1);
  const capped = Math.min(policy.capMs, exponential);
  const spread = Math.min(Math.max(jitter, 0), 1);
  return Math.round(capped * (0.5 + spread / 2));
}

export interface OutboxDeps {
  tickets: TicketStore;
  channels: Pick<ChannelRegistry, 'all'>;
  poster: ChannelPoster;
  clock: Clock;
  timer: Timer;
  /** 0 ≤ random() < 1, for jitter. Default Math.random. */
  random?: () => number;
  retry?: RetryPolicy;
  /** Longest wait between two looks at the store, to pick up work of other instances. Default 60 s. */
  pollMs?: number;
  /** Language of the advisers' cards. Default Finnish. */
  adviserLang?: Lang;
  log?: Logger;
}

export interface RunReport {
  /** Effects delivered in this run. */
  delivered: number;
  /** Attempts that failed in this run (the effects stay queued). */
  failed: number;
  /** When the earliest effect still queued is due, if any. */
  nextDueAt?: Date;
}

/** What the service needs: a nudge after it queued effects. */
export interface OutboxTrigger {
  kick(): void;
}

export class Outbox implements OutboxTrigger {
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = true;
  private cancelWait: (() => void) | undefined;

  constructor(private readonly deps: OutboxDeps) {}

  /** Starts delivering, beginning with whatever the store has queued (e.g. from before a restart). */
  start(): void {
    this.stopped = false;
    this.kick();
  }

  /** Stops scheduling and waits for a run in progress to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.cancelWait?.();
    this.cancelWait = undefined;
    await this.running;
  }

  /** Runs as soon as possible; a kick during a run makes another run follow it. */
  kick(): void {
    if (this.stopped) return;
    if (this.running !== undefined) {
      this.again = true;
      return;
    }
    this.cancelWait?.();
    this.cancelWait = undefined;
    this.running = this.cycle().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  private async cycle(): Promise<void> {
    let wait = this.deps.pollMs ?? 60_000;
    try {
      const report = await this.runDue();
      if (report.nextDueAt !== undefined) wait = Math.min(wait, Math.max(0, report.nextDueAt.getTime() - this.deps.clock.now().getTime()));
    } catch (err) {
      this.deps.log?.error('handoff outbox: run failed; will try again', err);
    }
    if (!this.stopped && !this.again) this.cancelWait = this.deps.timer.schedule(() => this.kick(), wait);
  }

  /** One pass over every ticket with queued effects: delivers what is due. Exposed for tests and tools. */
  async runDue(): Promise<RunReport> {
    const { tickets, problems } = await this.deps.tickets.listPending();
    for (const p of problems) this.deps.log?.error(`handoff outbox: skipping unreadable record: ${p.message}`);
    let registrations: Promise<Registrations> | undefined;
    const lookup = (): Promise<Registrations> => {
      registrations ??= this.deps.channels.all().then((r) => {
        for (const p of r.problems) this.deps.log?.error(`handoff outbox: unreadable channel registration: ${p.message}`);
        return r.registrations;
      });
      return registrations;
    };
    const report: RunReport = { delivered: 0, failed: 0 };
    for (const t of tickets) {
      for (const lane of ['advisers', 'member'] as const) await this.runLane(t.id, lane, lookup, report);
    }
    return report;
  }

  /** Delivers the lane's effects in order until one is not due or fails. */
  private async runLane(id: TicketId, lane: Lane, registrations: () => Promise<Registrations>, report: RunReport): Promise<void> {
    const { tickets, poster, clock } = this.deps;
    // Bounded so that a record that keeps changing under us cannot hold the run forever.
    for (let step = 0; step < MAX_STEPS_PER_LANE; step += 1) {
      const stored = await tickets.get(id);
      const head = stored === undefined ? undefined : headOf(stored.ticket, lane);
      if (head === undefined) return;
      const now = clock.now();
      if (Date.parse(head.nextAttemptAt) > now.getTime()) {
        noteDue(report, new Date(head.nextAttemptAt));
        return;
      }
      const retryAt = new Date(now.getTime() + retryDelay(head.attempts + 1, this.deps.retry ?? DEFAULT_RETRY, (this.deps.random ?? Math.random)()));
      const started = await this.apply(id, { kind: 'startDelivery', effectId: head.id, retryAt });
      // Someone else took it, or it is gone: look again from the top.
      if (started === undefined) continue;
      const outcome = await deliver(started, head.effect, poster, registrations, this.deps.adviserLang ?? 'fi');
      if (outcome.ok) {
        const posted = outcome.posted;
        await this.apply(id, posted === undefined ? { kind: 'markDelivered', effectId: head.id } : { kind: 'markPosted', effectId: head.id, ...posted });
        report.delivered += 1;
        continue;
      }
      this.deps.log?.warn(`handoff outbox: ${head.effect.kind} for ${id} failed (attempt ${head.attempts + 1}); retrying at ${retryAt.toISOString()}: ${outcome.error}`);
      await this.apply(id, { kind: 'markDeliveryFailed', effectId: head.id, error: outcome.error });
      report.failed += 1;
      noteDue(report, retryAt);
      return;
    }
  }

  /** Applies a bookkeeping command with compare-and-swap; undefined when it no longer applies. */
  private async apply(id: TicketId, cmd: Command): Promise<Ticket | undefined> {
    const now = this.deps.clock.now();
    const outcome = await this.deps.tickets.update(id, (t) => {
      const r = transition(t, cmd, now);
      return r.ok ? { write: r.ticket, result: true } : { keep: true, result: false };
    });
    return outcome.kind === 'written' ? outcome.ticket : undefined;
  }
}

const MAX_STEPS_PER_LANE = 50;

function headOf(t: Ticket, lane: Lane): OutboxItem | undefined {
  return t.outbox.find((i) => laneOf(i.effect) === lane);
}

function noteDue(report: RunReport, at: Date): void {
  if (report.nextDueAt === undefined || at < report.nextDueAt) report.nextDueAt = at;
}

import type { TicketCard } from '../../src/cards/ticketKit.js';
import type { ConversationRef } from '../../src/handoff/conversationRef.js';
import type { ChannelPoster, Clock, Outgoing, Timer } from '../../src/handoff/ports.js';
import { T0 } from './fixtures.js';

/** Typed fakes for the handoff's ports. */

export class FakeClock implements Clock {
  constructor(private current: Date = T0) {}
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
  set(at: Date): void {
    this.current = new Date(at);
  }
}

/** Timers fire only when the test advances them. */
export class FakeTimer implements Timer {
  private waiting: { at: number; fn: () => void; cancelled: boolean }[] = [];
  private elapsed = 0;

  schedule(fn: () => void, ms: number): () => void {
    const entry = { at: this.elapsed + ms, fn, cancelled: false };
    this.waiting.push(entry);
    return () => {
      entry.cancelled = true;
    };
  }

  /** Pending waits, in milliseconds from now. */
  pending(): number[] {
    return this.waiting.filter((w) => !w.cancelled).map((w) => w.at - this.elapsed);
  }

  advance(ms: number): void {
    this.elapsed += ms;
    const due = this.waiting.filter((w) => !w.cancelled && w.at <= this.elapsed);
    this.waiting = this.waiting.filter((w) => !due.includes(w));
    for (const w of due) w.fn();
  }
}

export type PosterCall =
  | { kind: 'post'; channel: ConversationRef; card: TicketCard }
  | { kind: 'update'; channel: ConversationRef; activityId: string; card: TicketCard }
  | { kind: 'replyInThread'; channel: ConversationRef; activityId: string; message: Outgoing }
  | { kind: 'sendToMember'; member: ConversationRef; message: Outgoing };

/** Records every call; `failNext(kind, n)` makes the next n calls of that kind reject like Teams would. */
export class FakePoster implements ChannelPoster {
  readonly calls: PosterCall[] = [];
  private failures = new Map<PosterCall['kind'], number>();
  private nextActivity = 1;

  failNext(kind: PosterCall['kind'], times: number): void {
    this.failures.set(kind, times);
  }

  of<K extends PosterCall['kind']>(kind: K): Extract<PosterCall, { kind: K }>[] {
    return this.calls.filter((c): c is Extract<PosterCall, { kind: K }> => c.kind === kind);
  }

  async post(channel: ConversationRef, card: TicketCard): Promise<{ activityId: string }> {
    this.calls.push({ kind: 'post', channel, card });
    this.maybeFail('post');
    const activityId = `activity-${this.nextActivity}`;
    this.nextActivity += 1;
    return { activityId };
  }

  async update(channel: ConversationRef, activityId: string, card: TicketCard): Promise<void> {
    this.calls.push({ kind: 'update', channel, activityId, card });
    this.maybeFail('update');
  }

  async replyInThread(channel: ConversationRef, activityId: string, message: Outgoing): Promise<void> {
    this.calls.push({ kind: 'replyInThread', channel, activityId, message });
    this.maybeFail('replyInThread');
  }

  async sendToMember(member: ConversationRef, message: Outgoing): Promise<void> {
    this.calls.push({ kind: 'sendToMember', member, message });
    this.maybeFail('sendToMember');
  }

  private maybeFail(kind: PosterCall['kind']): void {
    const left = this.failures.get(kind) ?? 0;
    if (left <= 0) return;
    this.failures.set(kind, left - 1);
    throw Object.assign(new Error('Service Unavailable'), { statusCode: 503 });
  }
}

/** Text of a message, card or not. */
export function textOf(message: Outgoing): string {
  return message.text;
}

import type { Lang } from '../answer/types.js';
import type { AdviserSubmit } from '../cards/ticketSubmit.js';
import type { Region } from '../knowledge/schema.js';
import type { ChannelRegistry } from '../storage/channelRegistry.js';
import { StorageError } from '../storage/errors.js';
import type { MemberStore } from '../storage/memberStore.js';
import type { TicketStore } from '../storage/ticketStore.js';
import type { ConversationRef } from './conversationRef.js';
import { createTicket, transition, type Command, type Role, type TicketError } from './machine.js';
import type { OutboxTrigger } from './outbox.js';
import type { Clock, Logger } from './ports.js';
import { actorOf, checkRegistration, roleOf, type AccessList, type ChannelTarget, type Identity, type Registrations } from './routing.js';
import type { Actor, Ticket, TicketId } from './ticket.js';
import { ticketNumber } from './ticketNumber.js';

/**
 * The handoff's application service: what the bot calls, with plain data in and a discriminated
 * union out for the bot to render. No TurnContext here; conversation references come in already
 * validated (fromConversationReference). Every change goes through the ticket machine and is
 * written with compare-and-swap; effects it queues are delivered by the outbox, which is kicked
 * after each write.
 */

export interface HandoffServiceDeps {
  tickets: TicketStore;
  channels: ChannelRegistry;
  members: MemberStore;
  access: AccessList;
  outbox: OutboxTrigger;
  clock: Clock;
  log?: Logger;
}

/** The member as the bot sees them on an incoming activity (`activity.from`). */
export interface MemberIdentity {
  id: string;
  aadObjectId?: string;
  name: string;
}

export interface ForwardRequest {
  member: MemberIdentity;
  /** The conversation the question was asked in; the answer is relayed there. */
  conversation: ConversationRef;
  /** From the forward card's payload; the same request twice makes one ticket. */
  requestId: string;
  question: string;
  details?: string;
  botAnswer?: string;
  /** Chosen on the card; remembered for the member's next questions. */
  region?: Region;
  lang: Lang;
}

export type ForwardResult =
  | { kind: 'created'; ticket: Ticket }
  | { kind: 'already_forwarded'; ticket: Ticket }
  /** No region given and none remembered: show the region chooser (with the request as pending). */
  | { kind: 'need_region' }
  | { kind: 'invalid'; error: TicketError }
  | { kind: 'busy' };

export type AdviserAction = 'claim' | 'answer' | 'close' | 'reopen';

/** The card to show afterwards is always `ticket` (rendered with adviserTicketCard). */
export type AdviserResult =
  | { kind: 'done'; action: AdviserAction; ticket: Ticket; replayed: boolean }
  | { kind: 'rejected'; action: AdviserAction; ticket: Ticket; error: TicketError }
  | { kind: 'forbidden' }
  | { kind: 'not_found'; ticketId: string }
  | { kind: 'busy'; ticketId: string };

export type MemberResult =
  | { kind: 'done'; ticket: Ticket; replayed: boolean }
  | { kind: 'rejected'; ticket: Ticket; error: TicketError }
  /** Unknown, or someone else's ticket: the member is told it was not found. */
  | { kind: 'not_found' }
  | { kind: 'busy' };

export type RegisterResult =
  | { kind: 'registered'; target: ChannelTarget; expedited: number }
  | { kind: 'forbidden' }
  | { kind: 'not_a_channel' };

export type ChannelsResult = { kind: 'channels'; registrations: Registrations } | { kind: 'forbidden' };

/** Which card version a button press refers to; commands typed in a channel carry none. */
export interface TicketRef {
  ticketId: TicketId;
  version?: number;
}

const NUMBER_ATTEMPTS = 12;

/** What the machine made of a command, carried out of a compare-and-swap update. */
type Verdict = { error: TicketError } | { replayed: boolean };

export class HandoffService {
  constructor(private readonly deps: HandoffServiceDeps) {}

  /** Creates the ticket (or finds the one this request already made) and queues it for the advisers. */
  async forward(req: ForwardRequest): Promise<ForwardResult> {
    const key = memberKeyOf(req.member);
    const now = this.deps.clock.now();
    const region = req.region ?? (await this.deps.members.region(key));
    if (region === undefined) return { kind: 'need_region' };
    if (req.region !== undefined) await this.deps.members.setRegion(key, req.region, now);
    for (let attempt = 0; attempt < NUMBER_ATTEMPTS; attempt += 1) {
      const made = createTicket(
        {
          id: ticketNumber(`${key}\u0000${req.requestId}`, attempt),
          requestId: req.requestId,
          lang: req.lang,
          region,
          question: req.question,
          ...(req.details === undefined ? {} : { details: req.details }),
          ...(req.botAnswer === undefined ? {} : { botAnswer: req.botAnswer }),
          member: { key, id: req.member.id, ...(req.member.aadObjectId === undefined ? {} : { aadObjectId: req.member.aadObjectId }), displayName: req.member.name },
          memberConversation: req.conversation,
        },
        now,
      );
      if (!made.ok) return { kind: 'invalid', error: made.error };
      const stored = await this.deps.tickets.create(made.ticket);
      if (stored.kind === 'created') {
        this.deps.outbox.kick();
        return { kind: 'created', ticket: stored.ticket };
      }
      if (stored.ticket.requestId === req.requestId && stored.ticket.member.key === key) return { kind: 'already_forwarded', ticket: stored.ticket };
    }
    return { kind: 'busy' };
  }

  claim(identity: Identity, ref: TicketRef): Promise<AdviserResult> {
    return this.act(identity, ref, 'claim', (by) => ({ kind: 'claim', by, ...version(ref) }));
  }

  answer(identity: Identity, ref: TicketRef, text: string): Promise<AdviserResult> {
    return this.act(identity, ref, 'answer', (by, role) => ({ kind: 'answer', by, role, text, ...version(ref) }));
  }

  close(identity: Identity, ref: TicketRef, reason: string): Promise<AdviserResult> {
    return this.act(identity, ref, 'close', (by, role) => ({ kind: 'close', by, role, reason, ...version(ref) }));
  }

  reopen(identity: Identity, ref: TicketRef): Promise<AdviserResult> {
    return this.act(identity, ref, 'reopen', (by) => ({ kind: 'reopen', by, ...version(ref) }));
  }

  /** A validated button press from the advisers' card (see parseHandoffSubmit). */
  handleAdviserSubmit(identity: Identity, submit: AdviserSubmit): Promise<AdviserResult> {
    const ref = { ticketId: submit.ticketId, version: submit.version };
    switch (submit.action) {
      case 'ticket.claim':
        return this.claim(identity, ref);
      case 'ticket.answer':
        return this.answer(identity, ref, submit.answerText);
      case 'ticket.close':
        return this.close(identity, ref, submit.closeReason);
      case 'ticket.reopen':
        return this.reopen(identity, ref);
    }
  }

  memberFollowUp(member: MemberIdentity, ref: TicketRef, text: string): Promise<MemberResult> {
    return this.memberAct(member, ref.ticketId, { kind: 'memberFollowUp', text, ...version(ref) });
  }

  memberFeedback(member: MemberIdentity, ref: TicketRef, helped: boolean): Promise<MemberResult> {
    return this.memberAct(member, ref.ticketId, { kind: 'memberFeedback', helped });
  }

  /** The member's open and claimed tickets, newest first. */
  async listOpenForMember(member: MemberIdentity): Promise<Ticket[]> {
    const { tickets, problems } = await this.deps.tickets.listOpenByMember(memberKeyOf(member));
    for (const p of problems) this.deps.log?.error(`handoff: unreadable ticket while listing: ${p.message}`);
    return tickets;
  }

  memberRegion(member: MemberIdentity): Promise<Region | undefined> {
    return this.deps.members.region(memberKeyOf(member));
  }

  async setMemberRegion(member: MemberIdentity, region: Region): Promise<void> {
    await this.deps.members.setRegion(memberKeyOf(member), region, this.deps.clock.now());
  }

  /**
   * Makes the channel of `ref` (an adviser's message in it) the advisers' channel for `target`.
   * Card posts that were waiting for a channel are tried again at once.
   */
  async registerChannel(target: ChannelTarget, ref: ConversationRef, identity: Identity): Promise<RegisterResult> {
    const now = this.deps.clock.now();
    const check = checkRegistration(target, ref, identity, this.deps.access, now);
    if (!check.ok) return { kind: check.reason };
    await this.deps.channels.register(check.registration);
    const expedited = await this.expeditePosts(target);
    this.deps.outbox.kick();
    return { kind: 'registered', target, expedited };
  }

  async listChannels(identity: Identity): Promise<ChannelsResult> {
    if (roleOf(identity, this.deps.access) === undefined) return { kind: 'forbidden' };
    const { registrations, problems } = await this.deps.channels.all();
    for (const p of problems) this.deps.log?.error(`handoff: unreadable channel registration: ${p.message}`);
    return { kind: 'channels', registrations };
  }

  /** Whether this person may act on tickets at all (to show or hide adviser help, for instance). */
  roleOf(identity: Identity): Role | undefined {
    return roleOf(identity, this.deps.access);
  }

  private async act(identity: Identity, ref: TicketRef, action: AdviserAction, command: (by: Actor, role: Role) => Command): Promise<AdviserResult> {
    const role = roleOf(identity, this.deps.access);
    if (role === undefined) return { kind: 'forbidden' };
    const cmd = command(actorOf(identity), role);
    const now = this.deps.clock.now();
    try {
      const outcome = await this.deps.tickets.update<Verdict>(ref.ticketId, (t) => {
        const r = transition(t, cmd, now);
        if (!r.ok) return { keep: true, result: { error: r.error } };
        return r.replayed ? { keep: true, result: { replayed: true } } : { write: r.ticket, result: { replayed: false } };
      });
      if (outcome.kind === 'not_found') return { kind: 'not_found', ticketId: ref.ticketId };
      if ('error' in outcome.result) return { kind: 'rejected', action, ticket: outcome.ticket, error: outcome.result.error };
      if (outcome.kind === 'written') this.deps.outbox.kick();
      return { kind: 'done', action, ticket: outcome.ticket, replayed: outcome.result.replayed };
    } catch (err) {
      if (err instanceof StorageError && err.code === 'busy') return { kind: 'busy', ticketId: ref.ticketId };
      throw err;
    }
  }

  private async memberAct(member: MemberIdentity, ticketId: TicketId, cmd: Command): Promise<MemberResult> {
    const key = memberKeyOf(member);
    const now = this.deps.clock.now();
    try {
      const outcome = await this.deps.tickets.update<Verdict | { foreign: true }>(ticketId, (t) => {
        if (t.member.key !== key) return { keep: true, result: { foreign: true } };
        const r = transition(t, cmd, now);
        if (!r.ok) return { keep: true, result: { error: r.error } };
        return r.replayed ? { keep: true, result: { replayed: true } } : { write: r.ticket, result: { replayed: false } };
      });
      if (outcome.kind === 'not_found' || 'foreign' in outcome.result) return { kind: 'not_found' };
      if ('error' in outcome.result) return { kind: 'rejected', ticket: outcome.ticket, error: outcome.result.error };
      if (outcome.kind === 'written') this.deps.outbox.kick();
      return { kind: 'done', ticket: outcome.ticket, replayed: outcome.result.replayed };
    } catch (err) {
      if (err instanceof StorageError && err.code === 'busy') return { kind: 'busy' };
      throw err;
    }
  }

  /** Card posts the new channel can take, waiting for a retry, are made due now. */
  private async expeditePosts(target: ChannelTarget): Promise<number> {
    const { tickets } = await this.deps.tickets.listPending();
    const { registrations } = await this.deps.channels.all();
    const now = this.deps.clock.now();
    let count = 0;
    for (const t of tickets) {
      const routedHere = target === 'fallback' ? registrations[t.region] === undefined : t.region === target;
      if (!routedHere) continue;
      const outcome = await this.deps.tickets.update<boolean>(t.id, (current) => {
        const r = transition(current, { kind: 'expediteDelivery' }, now);
        return r.ok && !r.replayed ? { write: r.ticket, result: true } : { keep: true, result: false };
      });
      if (outcome.kind === 'written') count += 1;
    }
    return count;
  }
}

export function memberKeyOf(member: MemberIdentity): string {
  return member.aadObjectId ?? member.id;
}

function version(ref: TicketRef): { version?: number } {
  return ref.version === undefined ? {} : { version: ref.version };
}

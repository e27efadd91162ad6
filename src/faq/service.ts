import { todayInFinland } from '../answer/dates.js';
import { faqProposalCard } from '../cards/faqProposal.js';
import type { ConversationRef } from '../handoff/conversationRef.js';
import { isChannelConversation, channelRoot } from '../handoff/conversationRef.js';
import type { ChannelPoster, Logger } from '../handoff/ports.js';
import { actorOf, roleOf, routeFor, type AccessList, type Identity, type Registrations } from '../handoff/routing.js';
import type { Actor, Ticket, TicketId } from '../handoff/ticket.js';
import { messages } from '../i18n/index.js';
import type { ReloadOutcome } from '../knowledge/live.js';
import type { CheckIssue } from '../knowledge/check.js';
import { StorageError } from '../storage/errors.js';
import { faqEntryFile, faqFileId, yearsAfter, type FaqEntryFile } from './entry.js';
import { abortApproval, defaultTexts, finishApproval, propose, reject, startApproval, type FaqError, type FaqResult } from './machine.js';
import { findMemberData, type PersonalDataFinding } from './privacy.js';
import type { FaqProposal } from './proposal.js';
import type { FaqProposalStore } from './store.js';
import type { FaqWriter } from './writer.js';

/**
 * Adviser answers into the knowledge base: the application service behind the FAQ buttons. Plain
 * data in, a discriminated union out for the bot to render; the coordinators' card is posted and
 * updated in place from here (best effort: a card Teams refused is re-posted when the adviser
 * presses again, and re-rendered on the next press of any of its buttons).
 */

/** The coordinators' channel: one registration, replaced by the next. */
export interface CoordinatorsChannel {
  get(): Promise<{ channel: ConversationRef } | undefined>;
  register(channel: ConversationRef, by: Actor, at: Date): Promise<void>;
}

export interface FaqClock {
  now(): Date;
  /** YYYY-MM-DD in Finland. */
  today(): string;
}

export interface FaqServiceDeps {
  proposals: FaqProposalStore;
  tickets: { get(id: TicketId): Promise<{ ticket: Ticket } | undefined> };
  coordinators: CoordinatorsChannel;
  /** The advisers' channels: a region's channel takes proposals when no coordinators' channel is registered. */
  adviserChannels: { all(): Promise<{ registrations: Registrations }> };
  poster: ChannelPoster;
  writer: FaqWriter;
  access: AccessList;
  clock: FaqClock;
  /** Reloads the knowledge base now, so the next member is answered from the new entry; without it, live reload's watcher picks it up. */
  reload?: () => Promise<ReloadOutcome>;
  log?: Logger;
  /** Years an entry is valid from its approval (valid_until). Default 1; 0 writes no valid_until. */
  validYears?: number;
  /** Default "Hankeapu-neuvojat". */
  publisher?: string;
}

export type PostState = 'posted' | 'already_posted' | 'no_channel' | 'failed';

export type ProposeResult =
  | { kind: 'proposed'; proposal: FaqProposal; replayed: boolean; card: PostState }
  | { kind: 'refused'; ticketId: TicketId; error: FaqError }
  | { kind: 'personal_data'; finding: PersonalDataFinding }
  | { kind: 'forbidden' }
  | { kind: 'not_found'; ticketId: string }
  | { kind: 'busy' };

/** Whether the knowledge base serving now includes the new entry. */
export type InUse = 'reloaded' | 'unchanged' | 'rejected' | 'pending';

export type ApproveResult =
  | { kind: 'approved'; proposal: FaqProposal; path: string; replayed: boolean; inUse: InUse }
  | { kind: 'refused'; proposal: FaqProposal; error: FaqError }
  | { kind: 'invalid'; proposal: FaqProposal; issues: CheckIssue[] }
  | { kind: 'exists'; proposal: FaqProposal; path: string }
  | { kind: 'write_failed'; proposal: FaqProposal; message: string }
  | { kind: 'personal_data'; finding: PersonalDataFinding }
  | { kind: 'forbidden' }
  | { kind: 'not_found'; ticketId: string }
  | { kind: 'busy' };

export type RejectResult =
  | { kind: 'rejected'; proposal: FaqProposal; replayed: boolean }
  | { kind: 'refused'; proposal: FaqProposal; error: FaqError }
  | { kind: 'forbidden' }
  | { kind: 'not_found'; ticketId: string }
  | { kind: 'busy' };

export type RegisterCoordinatorsResult = { kind: 'registered' } | { kind: 'forbidden' } | { kind: 'not_a_channel' };

export interface ProposeRequest {
  ticketId: TicketId;
  /** Absent: the ticket's own question and latest answer. */
  question?: string;
  answer?: string;
}

export interface DecideRequest {
  ticketId: TicketId;
  version: number;
}

/** Outcome of one compare-and-swap on a proposal. */
type Step = { error: FaqError } | { proposal: FaqProposal; replayed: boolean } | { missing: true };

export class FaqService {
  constructor(private readonly deps: FaqServiceDeps) {}

  /** An adviser (or coordinator) proposes an answered ticket's question and answer as a FAQ entry. */
  async propose(identity: Identity, req: ProposeRequest): Promise<ProposeResult> {
    if (roleOf(identity, this.deps.access) === undefined) return { kind: 'forbidden' };
    const stored = await this.deps.tickets.get(req.ticketId);
    if (stored === undefined) return { kind: 'not_found', ticketId: req.ticketId };
    const ticket = stored.ticket;
    const defaults = defaultTexts(ticket);
    const question = req.question ?? defaults.question;
    const answer = req.answer ?? defaults.answer;
    const finding = findMemberData(question, ticket.member) ?? findMemberData(answer, ticket.member);
    if (finding !== undefined) return { kind: 'personal_data', finding };

    const by = actorOf(identity);
    const now = this.deps.clock.now();
    const step = await this.step(req.ticketId, (current) => propose(ticket, current, { by, question, answer }, now));
    if (step === 'busy') return { kind: 'busy' };
    if ('missing' in step) return { kind: 'not_found', ticketId: req.ticketId };
    if ('error' in step) return { kind: 'refused', ticketId: req.ticketId, error: step.error };
    const posted = await this.ensureCard(step.proposal);
    return { kind: 'proposed', proposal: posted.proposal, replayed: step.replayed, card: posted.state };
  }

  /** A coordinator approves as proposed, or with edited texts: the entry is validated, written and served. */
  async approve(identity: Identity, req: DecideRequest & { question?: string; answer?: string }): Promise<ApproveResult> {
    if (roleOf(identity, this.deps.access) !== 'coordinator') return { kind: 'forbidden' };
    const existing = await this.deps.proposals.get(req.ticketId);
    if (existing === undefined) return { kind: 'not_found', ticketId: req.ticketId };
    // Edited texts are checked for the asker's name again; the ticket may be gone (retention), the proposal's texts were checked.
    const member = (await this.deps.tickets.get(req.ticketId))?.ticket.member;
    if (member !== undefined) {
      const finding = findMemberData(req.question ?? existing.question, member) ?? findMemberData(req.answer ?? existing.answer, member);
      if (finding !== undefined) return { kind: 'personal_data', finding };
    }
    const by = actorOf(identity);
    const now = this.deps.clock.now();
    const step = await this.step(req.ticketId, (current) =>
      current === undefined ? undefined : startApproval(current, { by, version: req.version, ...texts(req), fileId: (q) => faqFileId(q, req.ticketId) }, now),
    );
    if (step === 'busy') return { kind: 'busy' };
    if ('missing' in step) return { kind: 'not_found', ticketId: req.ticketId };
    if ('error' in step) {
      // The card the coordinator pressed is out of date: show them the truth.
      const current = (await this.deps.proposals.get(req.ticketId)) ?? existing;
      await this.refreshCard(current);
      return { kind: 'refused', proposal: current, error: step.error };
    }
    const p = step.proposal;
    if (p.state.status === 'approved') return { kind: 'approved', proposal: p, path: this.entryOf(p).path, replayed: true, inUse: 'unchanged' };
    return this.write(p);
  }

  async reject(identity: Identity, req: DecideRequest & { reason?: string }): Promise<RejectResult> {
    if (roleOf(identity, this.deps.access) !== 'coordinator') return { kind: 'forbidden' };
    const by = actorOf(identity);
    const now = this.deps.clock.now();
    const step = await this.step(req.ticketId, (current) =>
      current === undefined ? undefined : reject(current, { by, version: req.version, ...(req.reason === undefined ? {} : { reason: req.reason }) }, now),
    );
    if (step === 'busy') return { kind: 'busy' };
    if ('missing' in step) return { kind: 'not_found', ticketId: req.ticketId };
    const current = await this.deps.proposals.get(req.ticketId);
    if (current === undefined) return { kind: 'not_found', ticketId: req.ticketId };
    if ('error' in step) {
      await this.refreshCard(current);
      return { kind: 'refused', proposal: current, error: step.error };
    }
    if (!step.replayed) {
      await this.refreshCard(current);
      await this.tellTicketThread(current, 'rejected');
    }
    return { kind: 'rejected', proposal: current, replayed: step.replayed };
  }

  /** Makes the channel of `ref` the coordinators' channel. Only coordinators, only in a channel. */
  async registerCoordinators(identity: Identity, ref: ConversationRef): Promise<RegisterCoordinatorsResult> {
    if (roleOf(identity, this.deps.access) !== 'coordinator') return { kind: 'forbidden' };
    if (!isChannelConversation(ref)) return { kind: 'not_a_channel' };
    await this.deps.coordinators.register(channelRoot(ref), actorOf(identity), this.deps.clock.now());
    return { kind: 'registered' };
  }

  /** Writes the file of a proposal held as "approving", then marks it approved (or back to proposed). */
  private async write(p: FaqProposal): Promise<ApproveResult> {
    const entry = this.entryOf(p);
    let outcome: Awaited<ReturnType<FaqWriter['write']>>;
    try {
      outcome = await this.deps.writer.write(entry, this.deps.clock.today());
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.deps.log?.error(`faq: could not write ${entry.path}: ${message}`);
      return { kind: 'write_failed', proposal: await this.settle(p.ticketId, abortApproval), message };
    }
    switch (outcome.kind) {
      case 'invalid':
        this.deps.log?.warn(`faq: ${entry.path} not written, kb:check found: ${outcome.issues.map((i) => i.message).join('; ')}`);
        return { kind: 'invalid', proposal: await this.settle(p.ticketId, abortApproval), issues: outcome.issues };
      case 'exists':
        return { kind: 'exists', proposal: await this.settle(p.ticketId, abortApproval), path: outcome.path };
      case 'written':
      case 'unchanged': {
        this.deps.log?.info(`faq: ${outcome.path} written from ${p.ticketId}`);
        const approved = await this.settle(p.ticketId, finishApproval);
        const inUse = await this.reloadNow();
        await this.tellTicketThread(approved, 'approved');
        return { kind: 'approved', proposal: approved, path: outcome.path, replayed: false, inUse };
      }
    }
  }

  /** The entry's file for a proposal being approved or approved. */
  private entryOf(p: FaqProposal): FaqEntryFile {
    const s = p.state;
    const fileId = s.status === 'approving' || s.status === 'approved' ? s.fileId : faqFileId(p.question, p.ticketId);
    // The day of approval, not of writing, so that finishing an interrupted approval writes the same text.
    const approvedOn = s.status === 'approving' || s.status === 'approved' ? todayInFinland(new Date(s.at)) : this.deps.clock.today();
    const years = this.deps.validYears ?? 1;
    return faqEntryFile({
      ticketId: p.ticketId,
      region: p.region,
      lang: p.lang,
      question: p.question,
      answer: p.answer,
      fileId,
      approvedOn,
      ...(years > 0 ? { validUntil: yearsAfter(approvedOn, years) } : {}),
      ...(this.deps.publisher === undefined ? {} : { publisher: this.deps.publisher }),
    });
  }

  private async reloadNow(): Promise<InUse> {
    if (this.deps.reload === undefined) return 'pending';
    try {
      const outcome = await this.deps.reload();
      return outcome.kind === 'reloaded' ? 'reloaded' : outcome.kind === 'unchanged' ? 'unchanged' : outcome.kind === 'rejected' ? 'rejected' : 'pending';
    } catch (err) {
      this.deps.log?.error('faq: reloading the knowledge base failed', err);
      return 'pending';
    }
  }

  /** Applies a follow-up transition after the write, re-renders the card and returns the proposal as stored. */
  private async settle(ticketId: TicketId, next: (p: FaqProposal, now: Date) => FaqProposal | undefined): Promise<FaqProposal> {
    const now = this.deps.clock.now();
    const outcome = await this.deps.proposals.change<undefined>(ticketId, (current) => {
      const moved = current === undefined ? undefined : next(current, now);
      return moved === undefined ? { keep: true, result: undefined } : { write: moved, result: undefined };
    });
    const stored = outcome.value ?? (await this.deps.proposals.get(ticketId));
    if (stored === undefined) throw new StorageError('invalid_record', ticketId, `FAQ proposal ${ticketId} disappeared while it was being approved`);
    await this.refreshCard(stored);
    return stored;
  }

  /**
   * One compare-and-swap with the machine's decision (`undefined`: there is no proposal to act on);
   * 'busy' when the store kept changing under us.
   */
  private async step(ticketId: TicketId, decide: (current: FaqProposal | undefined) => FaqResult | undefined): Promise<Step | 'busy'> {
    try {
      const outcome = await this.deps.proposals.change<Step>(ticketId, (current) => {
        const r = decide(current);
        if (r === undefined) return { keep: true, result: { missing: true } };
        if (!r.ok) return { keep: true, result: { error: r.error } };
        return r.replayed ? { keep: true, result: { proposal: r.proposal, replayed: true } } : { write: r.proposal, result: { proposal: r.proposal, replayed: false } };
      });
      return outcome.result;
    } catch (err) {
      if (err instanceof StorageError && err.code === 'busy') return 'busy';
      throw err;
    }
  }

  /** Posts the coordinators' card for a pending proposal that has none yet, and remembers where. */
  private async ensureCard(p: FaqProposal): Promise<{ proposal: FaqProposal; state: PostState }> {
    if (p.card !== undefined) return { proposal: p, state: 'already_posted' };
    if (p.state.status !== 'proposed') return { proposal: p, state: 'already_posted' };
    const channel = await this.channelFor(p);
    if (channel === undefined) return { proposal: p, state: 'no_channel' };
    let activityId: string;
    try {
      ({ activityId } = await this.deps.poster.post(channel, faqProposalCard(p)));
    } catch (err) {
      this.deps.log?.warn(`faq: could not post the proposal of ${p.ticketId} to the coordinators: ${err instanceof Error ? err.message : String(err)}`);
      return { proposal: p, state: 'failed' };
    }
    const outcome = await this.deps.proposals.change<undefined>(p.ticketId, (current) =>
      current === undefined || current.card !== undefined ? { keep: true, result: undefined } : { write: { ...current, card: { channel, activityId } }, result: undefined },
    );
    return { proposal: outcome.value ?? p, state: 'posted' };
  }

  /** The coordinators' channel; without one, the channel the ticket's region goes to. */
  private async channelFor(p: FaqProposal): Promise<ConversationRef | undefined> {
    const own = await this.deps.coordinators.get();
    if (own !== undefined) return own.channel;
    const route = routeFor(p.region, (await this.deps.adviserChannels.all()).registrations);
    return route.kind === 'none' ? undefined : route.channel;
  }

  private async refreshCard(p: FaqProposal): Promise<void> {
    if (p.card === undefined) return;
    try {
      await this.deps.poster.update(p.card.channel, p.card.activityId, faqProposalCard(p));
    } catch (err) {
      this.deps.log?.warn(`faq: could not update the proposal card of ${p.ticketId}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** Tells the ticket's thread in the advisers' channel what the coordinators decided. */
  private async tellTicketThread(p: FaqProposal, outcome: 'approved' | 'rejected'): Promise<void> {
    const card = (await this.deps.tickets.get(p.ticketId))?.ticket.adviserCard;
    if (card === undefined) return;
    const f = messages('fi').faq;
    const s = p.state;
    const text =
      outcome === 'approved' && s.status === 'approved'
        ? f.threadApproved(p.ticketId, s.by.name, `${s.fileId}.md`)
        : s.status === 'rejected'
          ? f.threadRejected(p.ticketId, s.by.name, s.reason)
          : undefined;
    if (text === undefined) return;
    try {
      await this.deps.poster.replyInThread(card.channel, card.activityId, { kind: 'text', text });
    } catch (err) {
      this.deps.log?.warn(`faq: could not tell the thread of ${p.ticketId}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}

function texts(req: { question?: string; answer?: string }): { question?: string; answer?: string } {
  return { ...(req.question === undefined ? {} : { question: req.question }), ...(req.answer === undefined ? {} : { answer: req.answer }) };
}

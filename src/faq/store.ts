import type { Storage } from 'botbuilder';
import type { TicketId } from '../handoff/ticket.js';
import { RecordStore, type Change, type ChangeOutcome, type RetryOptions } from '../storage/records.js';
import { faqProposalSchema, type FaqProposal } from './proposal.js';

export const faqProposalKey = (ticketId: TicketId): string => `faq/proposal/${ticketId}`;

/** FAQ proposals on any botbuilder Storage, one record per ticket, changed with compare-and-swap. */
export class FaqProposalStore {
  private readonly records: RecordStore<typeof faqProposalSchema>;

  constructor(storage: Storage) {
    this.records = new RecordStore(storage, faqProposalSchema, 'FAQ proposal');
  }

  async get(ticketId: TicketId): Promise<FaqProposal | undefined> {
    return (await this.records.get(faqProposalKey(ticketId)))?.value;
  }

  /** Read, decide, compare-and-swap; `decide` may run again after a conflict and must be pure. */
  change<R>(ticketId: TicketId, decide: (current: FaqProposal | undefined) => Change<FaqProposal, R>, options?: RetryOptions): Promise<ChangeOutcome<FaqProposal, R>> {
    return this.records.change(faqProposalKey(ticketId), decide, options);
  }
}

import type { Storage } from 'botbuilder';
import { z } from 'zod';
import { regionSchema, type Region } from '../knowledge/schema.js';
import { isOpen, needsAttention, ticketSchema, type Ticket, type TicketId } from '../handoff/ticket.js';
import { StorageError } from './errors.js';
import { serialQueue } from './jsonlFile.js';
import { RecordStore, type RetryOptions } from './records.js';

/**
 * Tickets on any botbuilder Storage, one record per ticket ("handoff/ticket/HA-4F7K"), written
 * with eTags so that concurrent changes never overwrite each other.
 *
 * Storage cannot list keys, so one index record ("handoff/index") names every ticket that may
 * still need attention: open, claimed, or with effects left to deliver. The index is a hint that
 * only ever says too much: a ticket is entered (or its entry refreshed) *before* a write that needs
 * it, and entries are dropped only by `scan`, only for tickets found finished, and only when the
 * entry has not been touched for `graceMs` (so a write in flight is never dropped). Lists read the
 * tickets themselves and decide from their real state.
 */
export const TICKET_INDEX_KEY = 'handoff/index';
export const ticketKey = (id: TicketId): string => `handoff/ticket/${id}`;
/**
 * Every ticket ever created and not yet deleted, with its creation time: how the gap report and the
 * retention sweep find finished tickets, which the index forgets. Entered before the ticket is written.
 */
export const TICKET_ARCHIVE_KEY = 'handoff/archive';

const indexEntrySchema = z.object({ memberKey: z.string().min(1), region: regionSchema, touchedAt: z.string().datetime({ offset: true }) }).strict();
const indexSchema = z.object({ schema: z.literal(1), entries: z.record(indexEntrySchema) }).strict();
type TicketIndex = z.infer<typeof indexSchema>;
type IndexEntry = z.infer<typeof indexEntrySchema>;
const archiveSchema = z.object({ schema: z.literal(1), created: z.record(z.string().datetime({ offset: true })) }).strict();

export interface StoredTicket {
  ticket: Ticket;
  eTag: string;
}

/** What an update function decides; it may run more than once (after a conflict) and must be pure. */
export type TicketChange<R> = { write: Ticket; result: R } | { keep: true; result: R };

export type UpdateOutcome<R> =
  | { kind: 'written'; ticket: Ticket; result: R; attempts: number }
  | { kind: 'kept'; ticket: Ticket; result: R; attempts: number }
  | { kind: 'not_found' };

export interface ScanResult {
  tickets: Ticket[];
  /** Records that could not be read; the scan carries on without them. */
  problems: StorageError[];
}

export interface TicketStoreOptions extends RetryOptions {
  now?: () => Date;
  /** How long an index entry is kept after its last touch even if its ticket looks finished. Default 10 min. */
  graceMs?: number;
}

export class TicketStore {
  private readonly tickets: RecordStore<typeof ticketSchema>;
  private readonly index: RecordStore<typeof indexSchema>;
  private readonly archive: RecordStore<typeof archiveSchema>;
  private readonly now: () => Date;
  private readonly graceMs: number;
  private indexReady: Promise<void> | undefined;
  /**
   * This process's changes to the index, one at a time: every forward touches the one index record,
   * and dozens of simultaneous compare-and-swaps from the same process only defeat each other
   * (found by `npm run load`: 40 forwards at once gave up after 12 attempts). Other processes
   * sharing the storage are still kept apart by the eTags.
   */
  private readonly indexChanges = serialQueue();
  /** The same for the archive record, which every created and deleted ticket changes too (found by `npm run load -- --soak`). */
  private readonly archiveChanges = serialQueue();

  constructor(
    private readonly storage: Storage,
    private readonly options: TicketStoreOptions = {},
  ) {
    this.tickets = new RecordStore(storage, ticketSchema, 'ticket');
    this.index = new RecordStore(storage, indexSchema, 'ticket index');
    this.archive = new RecordStore(storage, archiveSchema, 'ticket archive');
    this.now = options.now ?? (() => new Date());
    this.graceMs = options.graceMs ?? 10 * 60_000;
  }

  async get(id: TicketId): Promise<StoredTicket | undefined> {
    const found = await this.tickets.get(ticketKey(id));
    return found === undefined ? undefined : { ticket: found.value, eTag: found.eTag };
  }

  /**
   * Stores a new ticket unless its id is taken: then the existing ticket is returned and the
   * caller decides (the same request made twice, or a different ticket that happens to share the number).
   */
  async create(ticket: Ticket): Promise<{ kind: 'created'; ticket: Ticket } | { kind: 'exists'; ticket: Ticket }> {
    const existing = await this.get(ticket.id);
    if (existing !== undefined) return { kind: 'exists', ticket: existing.ticket };
    await this.touch(ticket);
    await this.archiveChanges(() =>
      this.archive.change(
        TICKET_ARCHIVE_KEY,
        (current) =>
          current?.created[ticket.id] !== undefined ? { keep: true, result: undefined } : { write: { schema: 1, created: { ...current?.created, [ticket.id]: ticket.createdAt } }, result: undefined },
        this.options,
      ),
    );
    await this.tickets.put(ticketKey(ticket.id), ticket);
    return { kind: 'created', ticket };
  }

  /** One compare-and-swap: false when someone else wrote since `stored` was read. */
  async replace(stored: StoredTicket, next: Ticket): Promise<{ ok: true } | { ok: false; conflict: true }> {
    if (needsAttention(next)) await this.touch(next);
    return this.tickets.replace(ticketKey(next.id), next, stored.eTag);
  }

  /**
   * Read, decide, compare-and-swap, and after a conflict decide again on the fresh ticket, up to the
   * retry limit (then StorageError('busy')). This is how two simultaneous claims end with one winner:
   * the loser's decision is re-made on the winner's ticket.
   */
  async update<R>(id: TicketId, decide: (ticket: Ticket) => TicketChange<R>): Promise<UpdateOutcome<R>> {
    const key = ticketKey(id);
    const limit = this.options.attempts ?? 12;
    for (let attempt = 1; attempt <= limit; attempt += 1) {
      const stored = await this.get(id);
      if (stored === undefined) return { kind: 'not_found' };
      const change = decide(stored.ticket);
      if ('keep' in change) return { kind: 'kept', ticket: stored.ticket, result: change.result, attempts: attempt };
      const done = await this.replace(stored, change.write);
      if (done.ok) return { kind: 'written', ticket: change.write, result: change.result, attempts: attempt };
      if (attempt < limit) await (this.options.pause ?? pauseFor)(attempt);
    }
    throw new StorageError('busy', key, `ticket "${id}" kept changing under us; gave up after ${limit} attempts`);
  }

  /** Open and claimed tickets of one member, newest first. */
  async listOpenByMember(memberKey: string): Promise<ScanResult> {
    const found = await this.scan((e) => e.memberKey === memberKey);
    return { ...found, tickets: found.tickets.filter((t) => isOpen(t) && t.member.key === memberKey) };
  }

  /** Open and claimed tickets of one region, newest first. */
  async listOpenByRegion(region: Region): Promise<ScanResult> {
    const found = await this.scan((e) => e.region === region);
    return { ...found, tickets: found.tickets.filter((t) => isOpen(t) && t.region === region) };
  }

  /** Tickets with effects left to deliver (the outbox's queue), in any order. */
  async listPending(): Promise<ScanResult> {
    const found = await this.scan(() => true);
    return { ...found, tickets: found.tickets.filter((t) => t.outbox.length > 0) };
  }

  /**
   * Every stored ticket created before `before` (ISO instant; all when omitted), finished ones too,
   * newest first. For the gap report and the retention sweep; a broken record is a problem, not a stop.
   */
  async listCreated(before?: string): Promise<ScanResult> {
    const archive = await this.archive.get(TICKET_ARCHIVE_KEY);
    const ids = Object.entries(archive?.value.created ?? {})
      .filter(([, at]) => before === undefined || Date.parse(at) < Date.parse(before))
      .map(([id]) => id as TicketId);
    const read = await this.tickets.getEach(ids.map(ticketKey));
    const tickets = read.flatMap((r) => (r.found === undefined ? [] : [r.found.value]));
    tickets.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return { tickets, problems: read.flatMap((r) => (r.error === undefined ? [] : [r.error])) };
  }

  /**
   * Deletes a finished ticket (answered or closed, nothing left to deliver) with what the member and
   * the advisers wrote: the retention sweep's one way to remove personal data. Returns false, and
   * deletes nothing, when the ticket still needs attention; true when it is gone (or never was).
   */
  async deleteFinished(id: TicketId): Promise<boolean> {
    const stored = await this.get(id);
    if (stored !== undefined && needsAttention(stored.ticket)) return false;
    await this.storage.delete([ticketKey(id)]);
    await this.archiveChanges(() =>
      this.archive.change(
        TICKET_ARCHIVE_KEY,
        (current) => {
          if (current?.created[id] === undefined) return { keep: true, result: undefined };
          const { [id]: _gone, ...created } = current.created;
          return { write: { schema: 1, created }, result: undefined };
        },
        this.options,
      ),
    );
    return true;
  }

  /**
   * Reads the tickets the index names (filtered by `which`) and drops index entries of tickets that
   * are finished or missing and have not been touched for the grace period.
   */
  async scan(which: (entry: IndexEntry) => boolean = () => true): Promise<ScanResult> {
    const index = await this.index.get(TICKET_INDEX_KEY);
    const entries = Object.entries(index?.value.entries ?? {}).filter(([, e]) => which(e));
    const read = await this.tickets.getEach(entries.map(([id]) => ticketKey(id as TicketId)));
    const cutoff = this.now().getTime() - this.graceMs;
    const tickets: Ticket[] = [];
    const problems: StorageError[] = [];
    const finished = new Map<string, string>();
    read.forEach((r, i) => {
      const [id, entry] = entries[i] ?? ['', undefined];
      if (r.error !== undefined) problems.push(r.error);
      else if (r.found !== undefined) tickets.push(r.found.value);
      const done = r.error === undefined && (r.found === undefined || !needsAttention(r.found.value));
      if (entry !== undefined && done && Date.parse(entry.touchedAt) < cutoff) finished.set(id, entry.touchedAt);
    });
    if (finished.size > 0) await this.dropEntries(finished);
    tickets.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return { tickets, problems };
  }

  /**
   * Creates the empty index once, before any compare-and-swap on it (a record that does not exist
   * cannot be written conditionally). Two processes starting on an empty store at the same moment
   * could still race here; after the first start the index always exists.
   */
  private ensureIndex(): Promise<void> {
    this.indexReady ??= this.index.get(TICKET_INDEX_KEY).then(async (found) => {
      if (found === undefined) await this.index.put(TICKET_INDEX_KEY, { schema: 1, entries: {} });
    });
    // A failed attempt is not remembered: the next write tries again.
    this.indexReady.catch(() => {
      this.indexReady = undefined;
    });
    return this.indexReady;
  }

  /** Ensures the index names the ticket with a fresh enough touch before the ticket is written. */
  private async touch(t: Ticket): Promise<void> {
    await this.ensureIndex();
    const now = this.now();
    const fresh = now.getTime() - this.graceMs / 2;
    await this.indexChanges(() =>
      this.index.change(
        TICKET_INDEX_KEY,
        (current) => {
          const entries = current?.entries ?? {};
          const entry = entries[t.id];
          if (entry !== undefined && Date.parse(entry.touchedAt) >= fresh) return { keep: true, result: undefined };
          const next: TicketIndex = {
            schema: 1,
            entries: { ...entries, [t.id]: { memberKey: t.member.key, region: t.region, touchedAt: now.toISOString() } },
          };
          return { write: next, result: undefined };
        },
        this.options,
      ),
    );
  }

  /** Drops entries only if untouched since they were judged finished. */
  private async dropEntries(finished: ReadonlyMap<string, string>): Promise<void> {
    await this.indexChanges(() =>
      this.index.change(
        TICKET_INDEX_KEY,
        (current) => {
          if (current === undefined) return { keep: true, result: undefined };
          const entries = Object.fromEntries(Object.entries(current.entries).filter(([id, e]) => finished.get(id) !== e.touchedAt));
          if (Object.keys(entries).length === Object.keys(current.entries).length) return { keep: true, result: undefined };
          return { write: { schema: 1, entries }, result: undefined };
        },
        this.options,
      ),
    );
  }
}

function pauseFor(attempt: number): Promise<void> {
  const ms = Math.random() * Math.min(200, 5 * 2 ** attempt);
  return new Promise((resolve) => setTimeout(resolve, ms));
}

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TICKET_ID_ALPHABET } from '../../src/handoff/ticket.js';
import { FileStorage } from '../../src/storage/fileStorage.js';
import { TicketStore } from '../../src/storage/ticketStore.js';
import { apply, drained, maija, openTicket } from '../handoff/fixtures.js';

/**
 * Many members forwarding at once to one bot process: every ticket passes through the one index
 * record. Found by `npm run load` (200 conversations, 40 forwards): compare-and-swap on the index
 * gave up after 12 attempts and the member's forward failed.
 */
const temps: string[] = [];
afterAll(async () => Promise.all(temps.map((t) => rm(t, { recursive: true, force: true }))));

const idOf = (n: number): string => `HA-${[...Array(4).keys()].map((k) => TICKET_ID_ALPHABET[Math.floor(n / TICKET_ID_ALPHABET.length ** k) % TICKET_ID_ALPHABET.length] ?? '2').join('')}`;

describe('TicketStore under concurrent forwards in one process', () => {
  it('creates 80 tickets at once, each exactly once, none refused as busy', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hankeapu-concurrent-'));
    temps.push(dir);
    const store = new TicketStore(new FileStorage(join(dir, 'handoff')));
    const tickets = Array.from({ length: 80 }, (_, n) => openTicket({ id: idOf(n), requestId: `request-${n}` }));
    const results = await Promise.allSettled(tickets.map((t) => store.create(t)));
    expect(results.filter((r) => r.status === 'rejected').map((r) => String(r.reason))).toEqual([]);
    const listed = await store.listCreated();
    expect(listed.tickets.map((t) => t.id).sort()).toEqual(tickets.map((t) => t.id).sort());
    const open = await store.scan();
    expect(open.tickets).toHaveLength(80);
  });

  it('deletes 200 finished tickets at once (the retention sweep), each leaving the archive', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hankeapu-concurrent-'));
    temps.push(dir);
    const store = new TicketStore(new FileStorage(join(dir, 'handoff'), { fsync: false }));
    const answered = Array.from({ length: 200 }, (_, n) =>
      drained(apply(drained(openTicket({ id: idOf(n), requestId: `request-${n}` })), [{ kind: 'answer', by: maija, role: 'adviser', text: 'Kyllä voi.' }])),
    );
    for (const t of answered) await store.create(t);
    const results = await Promise.allSettled(answered.map((t) => store.deleteFinished(t.id)));
    expect(results.filter((r) => r.status === 'rejected').map((r) => String(r.reason))).toEqual([]);
    expect((await store.listCreated()).tickets).toEqual([]);
  });
});

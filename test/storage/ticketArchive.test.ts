import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Storage } from 'botbuilder';
import { afterAll, describe, expect, it } from 'vitest';
import { createStorage } from '../../src/storage/createStorage.js';
import { FileStorage } from '../../src/storage/fileStorage.js';
import { TICKET_ARCHIVE_KEY, ticketKey, TicketStore } from '../../src/storage/ticketStore.js';
import { apply, drained, kaisa, later, maija, openTicket, T0 } from '../handoff/fixtures.js';

/** TicketStore.listCreated and deleteFinished: what the gap report and the retention sweep use. */
const temps: string[] = [];
afterAll(async () => Promise.all(temps.map((t) => rm(t, { recursive: true, force: true }))));

const backends: [string, () => Promise<Storage>][] = [
  ['MemoryStorage', async () => createStorage({ kind: 'memory' })],
  [
    'FileStorage',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'hankeapu-archive-'));
      temps.push(dir);
      return new FileStorage(join(dir, 'handoff'), { fsync: false });
    },
  ],
];

describe.each(backends)('%s: TicketStore archive', (_name, makeStorage) => {
  /** An old answered ticket (delivered), an old closed one, and a new open one. */
  async function seeded() {
    const storage = await makeStorage();
    // The index drops finished tickets after its grace period: the archive must still find them.
    const store = new TicketStore(storage, { now: () => later(30 * 86_400_000), graceMs: 1 });
    const answered = drained(apply(drained(openTicket({ id: 'HA-2222', requestId: 'r1' })), [{ kind: 'answer', by: maija, role: 'adviser', text: 'Kyllä voi.' }]));
    const minuteLater = later(60_000);
    const closed = drained(
      apply(drained(openTicket({ id: 'HA-3333', requestId: 'r2', region: 'Pohjois-Savo' }, minuteLater), minuteLater), [{ kind: 'close', by: kaisa, role: 'coordinator', reason: 'Kaksoiskappale' }], minuteLater),
      minuteLater,
    );
    const open = openTicket({ id: 'HA-4444', requestId: 'r3' }, later(20 * 86_400_000));
    for (const t of [answered, closed, open]) expect((await store.create(t)).kind).toBe('created');
    await store.scan();
    return { storage, store, answered, closed, open };
  }

  it('lists every ticket ever created, finished ones too, newest first, and by creation time', async () => {
    const { store, answered, closed, open } = await seeded();
    expect((await store.listOpenByRegion('Etelä-Savo')).tickets.map((t) => t.id)).toEqual([open.id]);
    expect((await store.listCreated()).tickets.map((t) => t.id)).toEqual([open.id, closed.id, answered.id]);
    const old = await store.listCreated(later(86_400_000).toISOString());
    expect(old.tickets.map((t) => t.id).sort()).toEqual([answered.id, closed.id]);
    expect(old.problems).toEqual([]);
  });

  it('deletes a finished ticket and its archive entry, but never one that still needs attention', async () => {
    const { storage, store, answered, closed, open } = await seeded();
    expect(await store.deleteFinished(open.id)).toBe(false);
    expect(await store.get(open.id)).toBeDefined();
    expect(await store.deleteFinished(answered.id)).toBe(true);
    expect(await store.deleteFinished(closed.id)).toBe(true);
    expect(await store.get(answered.id)).toBeUndefined();
    expect(await storage.read([ticketKey(answered.id), ticketKey(closed.id)])).toEqual({});
    expect((await store.listCreated()).tickets.map((t) => t.id)).toEqual([open.id]);
    const archive = (await storage.read([TICKET_ARCHIVE_KEY]))[TICKET_ARCHIVE_KEY] as { created: Record<string, string> };
    expect(Object.keys(archive.created)).toEqual([open.id]);
    // Deleting again is not an error.
    expect(await store.deleteFinished(answered.id)).toBe(true);
  });

  it('does not archive a ticket twice when its creation is repeated', async () => {
    const storage = await makeStorage();
    const store = new TicketStore(storage);
    const t = openTicket({ id: 'HA-5555' }, T0);
    await store.create(t);
    expect((await store.create(t)).kind).toBe('exists');
    expect((await store.listCreated()).tickets).toHaveLength(1);
  });
});

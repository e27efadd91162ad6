import { randomUUID } from 'node:crypto';
import type { Storage } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { transition } from '../../src/handoff/machine.js';
import { StorageError } from '../../src/storage/errors.js';
import { ticketKey, TicketStore } from '../../src/storage/ticketStore.js';
import { kaisa, later, maija, member, memberRef, openTicket, pekka, T0 } from '../handoff/fixtures.js';

export interface ContractOptions {
  /**
   * botbuilder's MemoryStorage accepts a write with a specific eTag to a key that does not exist
   * (it only compares eTags when there is an old item); FileStorage and BlobsStorage refuse it.
   */
  conflictOnMissingKey: boolean;
}

/** The behaviour every storage backend must have, run against each one. */
export function storageContract(name: string, storage: () => Storage, options: ContractOptions): void {
  describe(`${name}: botbuilder Storage contract`, () => {
    const ns = (): string => `contract/${randomUUID()}`;

    it('reads nothing for a missing key', async () => {
      expect(await storage().read([`${ns()}/missing`])).toEqual({});
    });

    it('round-trips values, Finnish text included, and gives an eTag', async () => {
      const key = `${ns()}/item`;
      const value = { region: 'Etelä-Savo', text: 'Äänestys: öljy, Åland – “lainausmerkit” 🙂', n: 3, list: [1, 'kaksi'], nested: { ok: true } };
      await storage().write({ [key]: value });
      const item = (await storage().read([key]))[key];
      expect(item).toMatchObject(value);
      expect(typeof item?.eTag).toBe('string');
      expect(item?.eTag).not.toBe('');
    });

    it('reads several keys at once and keeps similar keys apart', async () => {
      const base = ns();
      const keys = [`${base}/HA-4F7K`, `${base}/ha-4f7k`, `${base}/a:b?c#d e`, `${base}/ä/ö`];
      await storage().write(Object.fromEntries(keys.map((k, i) => [k, { i }])));
      const items = await storage().read([...keys, `${base}/none`]);
      expect(Object.keys(items).sort()).toEqual([...keys].sort());
      keys.forEach((k, i) => expect(items[k]?.i).toBe(i));
    });

    it('writes with the current eTag and changes the eTag', async () => {
      const key = `${ns()}/cas`;
      await storage().write({ [key]: { v: 1 } });
      const first = (await storage().read([key]))[key];
      await storage().write({ [key]: { v: 2, eTag: first?.eTag } });
      const second = (await storage().read([key]))[key];
      expect(second?.v).toBe(2);
      expect(second?.eTag).not.toBe(first?.eTag);
    });

    it('refuses a stale eTag with a typed conflict error and keeps the newer value', async () => {
      const key = `${ns()}/stale`;
      await storage().write({ [key]: { v: 1 } });
      const stale = (await storage().read([key]))[key]?.eTag;
      await storage().write({ [key]: { v: 2, eTag: stale } });
      const err = await storage().write({ [key]: { v: 3, eTag: stale } }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StorageError);
      expect(err).toMatchObject({ code: 'conflict' });
      expect((await storage().read([key]))[key]?.v).toBe(2);
    });

    it('overwrites with eTag "*" or without an eTag', async () => {
      const key = `${ns()}/star`;
      await storage().write({ [key]: { v: 1 } });
      await storage().write({ [key]: { v: 2, eTag: '*' } });
      expect((await storage().read([key]))[key]?.v).toBe(2);
      await storage().write({ [key]: { v: 3 } });
      expect((await storage().read([key]))[key]?.v).toBe(3);
    });

    it(`${options.conflictOnMissingKey ? 'refuses' : 'accepts'} a specific eTag for a key that does not exist`, async () => {
      const key = `${ns()}/gone`;
      const write = storage().write({ [key]: { v: 1, eTag: 'no-such-etag' } });
      if (options.conflictOnMissingKey) await expect(write).rejects.toMatchObject({ code: 'conflict' });
      else await expect(write).resolves.toBeUndefined();
    });

    it('deletes, and deleting a missing key is fine', async () => {
      const key = `${ns()}/del`;
      await storage().write({ [key]: { v: 1 } });
      await storage().delete([key, `${key}-never`]);
      expect(await storage().read([key])).toEqual({});
    });

    it('lets exactly one of several concurrent writers with the same eTag win', async () => {
      const key = `${ns()}/race`;
      await storage().write({ [key]: { v: 0 } });
      const eTag = (await storage().read([key]))[key]?.eTag;
      const writers = [1, 2, 3, 4, 5].map((v) => storage().write({ [key]: { v, eTag } }).then(() => v));
      const settled = await Promise.allSettled(writers);
      const won = settled.filter((s): s is PromiseFulfilledResult<number> => s.status === 'fulfilled');
      const lost = settled.filter((s): s is PromiseRejectedResult => s.status === 'rejected');
      expect(won).toHaveLength(1);
      lost.forEach((l) => expect(l.reason).toMatchObject({ code: 'conflict' }));
      expect((await storage().read([key]))[key]?.v).toBe(won[0]?.value);
    });
  });

  describe(`${name}: TicketStore`, () => {
    const uniqueId = (): `HA-${string}` => {
      const alphabet = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
      let s = '';
      for (let i = 0; i < 4; i += 1) s += alphabet[Math.floor(Math.random() * alphabet.length)];
      return `HA-${s}`;
    };

    it('creates, reads back, and refuses to create the same id twice', async () => {
      const store = new TicketStore(storage());
      const t = openTicket({ id: uniqueId() });
      expect(await store.create(t)).toEqual({ kind: 'created', ticket: t });
      expect((await store.get(t.id))?.ticket).toEqual(t);
      expect(await store.create({ ...t, requestId: 'other' })).toEqual({ kind: 'exists', ticket: t });
    });

    it('settles two simultaneous claims with exactly one winner', async () => {
      const store = new TicketStore(storage());
      const t = openTicket({ id: uniqueId() });
      await store.create(t);
      const claim = (by: typeof maija) =>
        store.update(t.id, (current) => {
          const r = transition(current, { kind: 'claim', by, version: 1 }, later(1000));
          return r.ok && !r.replayed ? { write: r.ticket, result: 'won' as const } : { keep: true, result: r.ok ? ('replayed' as const) : r.error.code };
        });
      const [a, b] = await Promise.all([claim(maija), claim(pekka)]);
      const results = [a, b].map((o) => (o.kind === 'not_found' ? 'not_found' : o.result)).sort();
      expect(results).toEqual(['already_claimed', 'won']);
      const stored = await store.get(t.id);
      expect(stored?.ticket.state.status).toBe('claimed');
      expect(stored?.ticket.version).toBe(2);
    });

    it('lists open tickets by member and region, and the undelivered ones', async () => {
      const store = new TicketStore(storage());
      const mine = openTicket({ id: uniqueId(), member: { ...member(7), key: `m-${randomUUID()}` }, memberConversation: memberRef(7) });
      const closed = transition(
        openTicket({ id: uniqueId(), member: mine.member, requestId: 'r2' }),
        { kind: 'close', by: kaisa, role: 'coordinator', reason: 'Kaksoiskappale' },
        T0,
      );
      if (!closed.ok) throw new Error('fixture');
      await store.create(mine);
      await store.create(closed.ticket);
      const byMember = await store.listOpenByMember(mine.member.key);
      expect(byMember.tickets.map((t) => t.id)).toEqual([mine.id]);
      expect((await store.listOpenByRegion('Etelä-Savo')).tickets.map((t) => t.id)).toContain(mine.id);
      expect((await store.listOpenByRegion('Pohjois-Savo')).tickets.map((t) => t.id)).not.toContain(mine.id);
      const pending = (await store.listPending()).tickets.map((t) => t.id);
      expect(pending).toContain(mine.id);
      expect(pending).toContain(closed.ticket.id); // its card post and the member's notice are still queued
    });

    it('reports a ticket record that is not valid as a typed error naming its key', async () => {
      const s = storage();
      const id = uniqueId();
      await s.write({ [ticketKey(id)]: { schema: 1, id, question: 42 } });
      const err = await new TicketStore(s).get(id).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StorageError);
      expect(err).toMatchObject({ code: 'invalid_record', key: ticketKey(id) });
      expect(String((err as Error).message)).toContain(ticketKey(id));
    });
  });
}

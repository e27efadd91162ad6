import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StorageError } from '../../src/storage/errors.js';
import { encodeKey, FileStorage } from '../../src/storage/fileStorage.js';
import { ticketKey, TicketStore } from '../../src/storage/ticketStore.js';
import { openTicket } from '../handoff/fixtures.js';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hankeapu-file-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('file names', () => {
  it.each([
    { key: 'handoff/ticket/HA-4F7K', name: 'handoff%2Fticket%2F%48%41-4%467%4B' },
    { key: 'handoff/member/aad-1_x', name: 'handoff%2Fmember%2Faad-1_x' },
    { key: 'ä', name: '%C3%A4' },
    { key: '../etc/passwd', name: '%2E%2E%2Fetc%2Fpasswd' },
  ])('$key → $name', ({ key, name }) => {
    expect(encodeKey(key)).toBe(name);
  });

  it('shortens very long keys with a hash, keeping them apart', () => {
    const a = encodeKey('x'.repeat(500));
    const b = encodeKey(`${'x'.repeat(499)}y`);
    expect(a.length).toBeLessThanOrEqual(200);
    expect(a).not.toBe(b);
  });

  it('refuses an empty key', () => {
    expect(() => encodeKey('')).toThrow(TypeError);
  });
});

describe('FileStorage', () => {
  it('a corrupt file is a typed error naming the key, not a crash; the other tickets are still listed', async () => {
    const storage = new FileStorage(dir);
    const store = new TicketStore(storage);
    const good = openTicket({ id: 'HA-2222' });
    const bad = openTicket({ id: 'HA-3333', requestId: 'r3' });
    await store.create(good);
    await store.create(bad);
    await writeFile(storage.fileOf(ticketKey(bad.id)), '{"key":"handoff/ticket/HA-3333","eTag":"1","value":{"schema":1,"id":"HA-33');
    const err = await storage.read([ticketKey(bad.id)]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageError);
    expect(err).toMatchObject({ code: 'corrupt', key: 'handoff/ticket/HA-3333' });
    const listed = await store.listPending();
    expect(listed.tickets.map((t) => t.id)).toEqual([good.id]);
    expect(listed.problems.map((p) => p.key)).toEqual(['handoff/ticket/HA-3333']);
  });

  it('a file that holds another key is corrupt too', async () => {
    const storage = new FileStorage(dir);
    await storage.write({ a: { v: 1 } });
    await writeFile(storage.fileOf('b'), JSON.stringify({ key: 'a', eTag: 'x', value: { v: 1 } }));
    await expect(storage.read(['b'])).rejects.toMatchObject({ code: 'corrupt', key: 'b' });
  });

  it('an overwrite repairs a corrupt file; a conditional write reports it', async () => {
    const storage = new FileStorage(dir);
    await storage.write({ k: { v: 1 } });
    await writeFile(storage.fileOf('k'), 'not json');
    await expect(storage.write({ k: { v: 2, eTag: 'old' } })).rejects.toMatchObject({ code: 'corrupt', key: 'k' });
    await storage.write({ k: { v: 3, eTag: '*' } });
    expect((await storage.read(['k'])).k?.v).toBe(3);
  });

  it('a write of several keys with one stale eTag writes none of them', async () => {
    const storage = new FileStorage(dir);
    await storage.write({ a: { v: 1 }, b: { v: 1 } });
    const { a } = await storage.read(['a']);
    await expect(storage.write({ a: { v: 2, eTag: a?.eTag }, b: { v: 2, eTag: 'stale' } })).rejects.toMatchObject({ code: 'conflict', key: 'b' });
    const after = await storage.read(['a', 'b']);
    expect([after.a?.v, after.b?.v]).toEqual([1, 1]);
  });

  it('refuses items that are not objects', async () => {
    await expect(new FileStorage(dir).write({ k: 'text' })).rejects.toThrow(TypeError);
  });

  it('leaves no temporary files behind, and sweeps old ones a killed process left', async () => {
    const leftover = join(dir, '.crashed.tmp');
    await writeFile(leftover, 'half');
    const old = new Date(Date.now() - 60 * 60_000);
    await utimes(leftover, old, old);
    const storage = new FileStorage(dir);
    await storage.write({ a: { v: 1 } });
    expect(await readdir(dir)).toEqual([basename(storage.fileOf('a'))]);
  });
});

/** Runs a fixture script in its own Node process. */
function child(script: string, args: string[]) {
  return spawn(process.execPath, ['--import', 'tsx', join('test/storage/fixtures', script), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('durability', () => {
  it('a ticket written by a process killed with SIGKILL mid-write is read back intact by a fresh process', async () => {
    const writer = child('killWriter.ts', [dir]);
    let out = '';
    let err = '';
    writer.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const lastAcked = await new Promise<number>((done, failed) => {
      const timer = setTimeout(() => failed(new Error(`writer too slow:\n${out}\n${err}`)), 30_000);
      writer.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const versions = [...out.matchAll(/^v (\d+)$/gm)].map((m) => Number(m[1]));
        const last = versions.at(-1) ?? 0;
        if (last >= 25) {
          clearTimeout(timer);
          // Killed while it is writing the next versions.
          writer.kill('SIGKILL');
          done(last);
        }
      });
      writer.once('exit', (code) => failed(new Error(`writer exited early (${String(code)}):\n${err}`)));
    });
    await new Promise((done) => (writer.exitCode !== null || writer.signalCode !== null ? done(undefined) : writer.once('exit', done)));
    expect(writer.signalCode).toBe('SIGKILL');

    const reader = child('readTicket.ts', [dir, 'HA-K9K9']);
    let json = '';
    let readerErr = '';
    reader.stdout.on('data', (d: Buffer) => (json += d.toString()));
    reader.stderr.on('data', (d: Buffer) => (readerErr += d.toString()));
    const code = await new Promise<number | null>((done) => reader.once('exit', done));
    expect(readerErr).toBe('');
    expect(code).toBe(0);
    const back = JSON.parse(json) as { version: number; details: string; status: string; pending: string[]; problems: string[] };
    expect(back.version).toBeGreaterThanOrEqual(lastAcked);
    expect(back.details).toBe(`Päivitys ${back.version}: ${'ä'.repeat(20)}`.slice(0, 20));
    expect(back.status).toBe('open');
    // The forwarded question is still queued for the advisers after the restart.
    expect(back.pending).toEqual(['HA-K9K9']);
    expect(back.problems).toEqual([]);
  });
});

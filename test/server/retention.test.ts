import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENTS_FILE } from '../../src/events/jsonl.js';
import { FEEDBACK_FILE } from '../../src/feedback/jsonl.js';
import { FileStorage } from '../../src/storage/fileStorage.js';
import { TicketStore } from '../../src/storage/ticketStore.js';
import { apply, drained, maija, openTicket } from '../handoff/fixtures.js';
import { spawnBot, type BotProcess } from '../helpers/botProcess.js';

/** The retention sweep runs when the real entry point starts, over the data in DATA_DIR. */
describe('retention at start-up', { timeout: 60_000 }, () => {
  let root: string;
  let dataDir: string;
  let child: BotProcess;
  const recent = new Date(Date.now() - 86_400_000);
  const old = new Date(Date.now() - 40 * 86_400_000);

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'hankeapu-retention-'));
    dataDir = join(root, 'data');
    await mkdir(dataDir, { recursive: true });
    const line = (at: Date, extra: Record<string, unknown>): string => `${JSON.stringify({ at: at.toISOString(), question: `kysymys ${at.toISOString()}`, lang: 'fi', ...extra })}\n`;
    await writeFile(join(dataDir, FEEDBACK_FILE), [old, recent].map((at) => line(at, { kind: 'answer', helpful: false })).join(''));
    await writeFile(join(dataDir, EVENTS_FILE), [old, recent].map((at) => line(at, { kind: 'handoff_offer' })).join(''));
    const store = new TicketStore(new FileStorage(join(dataDir, 'handoff'), { fsync: false }));
    await store.create(drained(apply(drained(openTicket({ id: 'HA-2222' }, old), old), [{ kind: 'answer', by: maija, role: 'adviser', text: 'Vastaus.' }], old), old));
    await store.create(openTicket({ id: 'HA-3333', requestId: 'r2' }, old));

    child = spawnBot({ DATA_DIR: dataDir, STORAGE: 'file', RETENTION_DAYS: '30' });
  });

  afterAll(async () => {
    await child.stop();
    await rm(root, { recursive: true, force: true });
  });

  it('deletes what is older than RETENTION_DAYS from feedback, events and finished tickets, and logs it', async () => {
    await expect.poll(() => /retention: deleted .*/.exec(child.output())?.[0], { timeout: 30_000, interval: 100 }).toMatch(
      /^retention: deleted 1 feedback records, 1 bot events, 1 finished tickets older than 30 days/,
    );
    for (const file of [FEEDBACK_FILE, EVENTS_FILE]) {
      const text = await readFile(join(dataDir, file), 'utf8');
      expect(text).toContain(recent.toISOString());
      expect(text).not.toContain(old.toISOString());
    }
    const store = new TicketStore(new FileStorage(join(dataDir, 'handoff'), { fsync: false }));
    expect((await store.listCreated()).tickets.map((t) => t.id)).toEqual(['HA-3333']);
  });
});

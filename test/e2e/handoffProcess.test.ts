import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalConnector, type LocalConnector } from '../../src/devtools/connector.js';
import { ticketIdSchema } from '../../src/handoff/ticket.js';
import { FileStorage } from '../../src/storage/fileStorage.js';
import { TicketStore } from '../../src/storage/ticketStore.js';
import { messagesOf } from '../helpers/activities.js';
import { botClient } from '../helpers/testBot.js';
import { spawnBot } from '../helpers/botProcess.js';
import { ADVISER_MAIJA, cardIn, CHANNELS, channelActivity, memberActivity, mention, startFlakyFront, textOf, ticketIdIn, type FlakyFront } from './handoffWorld.js';

/**
 * The real program (`node --import tsx src/index.ts`) with file storage: a question forwarded while
 * the advisers' connector is down survives `kill -9`, and the next process delivers it.
 */

interface Child {
  process: ChildProcessWithoutNullStreams;
  url: string;
  exited: Promise<number | null>;
}

/** Starts the program on the data folder and resolves once it prints the URL it listens on. */
async function startChild(dataDir: string, timeoutMs = 30_000): Promise<Child> {
  const bot = spawnBot({ DATA_DIR: dataDir, STORAGE: 'file', ADVISER_IDS: ADVISER_MAIJA.aadObjectId, COORDINATOR_IDS: '' });
  return { process: bot.child, url: await bot.url(timeoutMs), exited: bot.exited };
}

describe('kill -9 between forwarding and delivery', () => {
  let connector: LocalConnector;
  let front: FlakyFront;
  let dataDir: string;
  const children: Child[] = [];

  beforeAll(async () => {
    connector = await startLocalConnector();
    front = await startFlakyFront(connector);
    dataDir = await mkdtemp(join(tmpdir(), 'hankeapu-kill-'));
  });
  afterAll(async () => {
    for (const c of children) {
      if (c.process.exitCode === null && c.process.signalCode === null) {
        c.process.kill('SIGTERM');
        await c.exited;
      }
    }
    await front.close();
    await connector.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps the ticket and delivers it after a restart', { timeout: 90_000 }, async () => {
    const first = await startChild(dataDir);
    children.push(first);
    const bot = botClient(first.url, dataDir, async () => undefined);

    const [registered] = messagesOf(await bot.exchange(channelActivity(front.serviceUrl, CHANNELS['Etelä-Savo'], ADVISER_MAIJA, mention('rekisteröi Etelä-Savo'))));
    expect(registered?.text).toBe('Tämä kanava vastaanottaa nyt alueen Etelä-Savo kysymykset.');

    // The advisers' side is down: the post cannot succeed in this process.
    front.failing = true;
    const send = { action: 'handoff.send', requestId: 'kill-test-1', question: 'Kestääkö tiketti kill -9:n?', lang: 'fi', region: 'Etelä-Savo', details: '' };
    const [confirmation] = messagesOf(await bot.exchange(memberActivity(front.serviceUrl, { value: send })));
    const ticketId = ticketIdSchema.parse(ticketIdIn(confirmation?.text ?? ''));

    // Stored before the member was told: on disk now, card not yet posted.
    const stored = await new TicketStore(new FileStorage(join(dataDir, 'handoff'))).get(ticketId);
    expect(stored?.ticket.question).toBe('Kestääkö tiketti kill -9:n?');
    expect(stored?.ticket.adviserCard).toBeUndefined();
    expect(stored?.ticket.outbox.map((i) => i.effect.kind)).toContain('postToChannel');

    first.process.kill('SIGKILL');
    await first.exited;
    expect(connector.requests.some((r) => textOf(cardIn(r)).includes(ticketId))).toBe(false);

    front.failing = false;
    const second = await startChild(dataDir);
    children.push(second);
    const posted = await connector.waitFor((r) => r.kind === 'send' && r.conversationId === CHANNELS['Etelä-Savo'] && textOf(cardIn(r)).includes(ticketId), 40_000);
    expect(textOf(cardIn(posted))).toContain('Kestääkö tiketti kill -9:n?');

    await until(async () => (await new TicketStore(new FileStorage(join(dataDir, 'handoff'))).get(ticketId))?.ticket.adviserCard?.activityId === posted.activityId);
    second.process.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });
});

async function until(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

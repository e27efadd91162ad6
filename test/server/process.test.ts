import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardOf, message, messagesOf, textOf } from '../helpers/activities.js';
import { botClient, type TestBot } from '../helpers/testBot.js';
import { spawnBot, type BotProcess } from '../helpers/botProcess.js';

async function exitOf(bot: BotProcess): Promise<{ code: number | null; output: string }> {
  const code = await bot.exited;
  return { code, output: bot.output() };
}

describe('node --import tsx src/index.ts', () => {
  let child: BotProcess;
  let bot: TestBot;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'hankeapu-child-'));
    child = spawnBot({ DATA_DIR: dataDir });
    const url = await child.url(20_000);
    bot = botClient(url, dataDir, async () => undefined);
  });
  afterAll(async () => {
    await child.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('prints that it runs in local mode and how to chat', () => {
    expect(child.output()).toContain('LOCAL MODE');
    expect(child.output()).toContain('npm run chat');
    expect(child.output()).toContain('expectReplies');
  });

  it('answers a Finnish question with an answer card and its source', async () => {
    const [reply] = messagesOf(await bot.exchange(message('Paljonko omarahoitusta tarvitaan?')));
    expect(textOf(cardOf(reply))).toMatch(/^Lähde: /m);
  });

  it('answers malformed JSON with 400 and keeps serving', async () => {
    expect((await bot.post('{oops')).status).toBe(400);
    expect(messagesOf(await bot.exchange(message('apua')))).toHaveLength(1);
  });

  it('reports local mode on /healthz', async () => {
    const res = await fetch(`${bot.url}/healthz`);
    expect(await res.json()).toMatchObject({ status: 'ok', mode: 'local' });
  });
});

describe('start-up failures', () => {
  it('exits 1 naming the variable when the configuration is invalid', async () => {
    const { code, output } = await exitOf(spawnBot({ PORT: 'eighty' }));
    expect(code).toBe(1);
    expect(output).toContain('PORT: must be a whole number');
  });

  it('exits 1 naming REMEMBERED_DECISIONS when it is not a whole number', async () => {
    const { code, output } = await exitOf(spawnBot({ REMEMBERED_DECISIONS: 'kaikki' }));
    expect(code).toBe(1);
    expect(output).toContain('REMEMBERED_DECISIONS: must be a whole number');
  });

  it('exits 1 naming the folder when the knowledge base cannot be read', async () => {
    const { code, output } = await exitOf(spawnBot({ KNOWLEDGE_DIR: 'no-such-folder' }));
    expect(code).toBe(1);
    expect(output).toContain('no-such-folder');
  });
});

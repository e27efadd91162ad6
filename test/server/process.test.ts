import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardOf, message, messagesOf, textOf } from '../helpers/activities.js';
import { botClient, type TestBot } from '../helpers/testBot.js';

/** Environment for the child: only what it needs, so a developer's .env or shell cannot change the mode. */
function childEnv(extra: Record<string, string>): Record<string, string> {
  return {
    PATH: process.env['PATH'] ?? '',
    PORT: '0',
    HOST: '',
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    MicrosoftAppTenantId: '',
    MicrosoftAppType: '',
    KNOWLEDGE_DIR: 'knowledge',
    ...extra,
  };
}

function run(env: Record<string, string>): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], { env: childEnv(env), stdio: 'pipe' });
}

/** Resolves with the base URL the server prints, or rejects with everything it printed. */
function urlFrom(child: ChildProcessWithoutNullStreams, timeoutMs = 20_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no URL within ${timeoutMs} ms:\n${out}`)), timeoutMs);
    const onData = (chunk: Buffer): void => {
      out += chunk.toString('utf8');
      const m = /listens on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${String(code)}:\n${out}`));
    });
  });
}

function exitOf(child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; output: string }> {
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

describe('node --import tsx src/index.ts', () => {
  let child: ChildProcessWithoutNullStreams;
  let bot: TestBot;
  let dataDir: string;
  let printed = '';
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'hankeapu-child-'));
    child = run({ DATA_DIR: dataDir });
    child.stdout.on('data', (c: Buffer) => (printed += c.toString('utf8')));
    const url = await urlFrom(child);
    bot = botClient(url, dataDir, async () => undefined);
  });
  afterAll(async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    await rm(dataDir, { recursive: true, force: true });
  });

  it('prints that it runs in local mode and how to chat', () => {
    expect(printed).toContain('LOCAL MODE');
    expect(printed).toContain('npm run chat');
    expect(printed).toContain('expectReplies');
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
    const { code, output } = await exitOf(run({ PORT: 'eighty' }));
    expect(code).toBe(1);
    expect(output).toContain('PORT: must be a whole number');
  });

  it('exits 1 naming the folder when the knowledge base cannot be read', async () => {
    const { code, output } = await exitOf(run({ KNOWLEDGE_DIR: 'no-such-folder' }));
    expect(code).toBe(1);
    expect(output).toContain('no-such-folder');
  });
});

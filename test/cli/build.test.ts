import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cardOf, message, messagesOf, textOf } from '../helpers/activities.js';
import { nodeCommands } from '../../bench/startCommand.js';
import { FROM_BUILD, spawnBot, type BotProcess } from '../helpers/botProcess.js';
import { botClient, type TestBot } from '../helpers/testBot.js';
import { REPO } from '../knowledge/fixtures.js';
import { CLI_TIMEOUT_MS, runCli } from './run.js';

/** `npm start` is `npm run build` (prestart) and then `node --expose-gc dist/server/src/index.js`: both, as processes, with npm start's node options. */
describe('npm run build, then the built server as npm start runs it', () => {
  let built: Awaited<ReturnType<typeof runCli>>;
  let child: BotProcess;
  let bot: TestBot;
  let dataDir: string;
  beforeAll(async () => {
    built = await runCli('src/cli/build.ts', []);
    dataDir = await mkdtemp(join(tmpdir(), 'hankeapu-built-'));
    child = spawnBot({ DATA_DIR: dataDir }, [...(await nodeCommands()).startFlags, ...FROM_BUILD]);
    bot = botClient(await child.url(20_000), dataDir, async () => undefined);
  }, CLI_TIMEOUT_MS);
  afterAll(async () => {
    await child.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('writes plain JavaScript for every source file and says where', async () => {
    expect(built.code, built.stderr).toBe(0);
    expect(built.stdout).toMatch(/^built \d+ files into dist\/server\/ in \d+ ms$/m);
    expect((await stat(join(REPO, 'dist/server/src/index.js'))).isFile()).toBe(true);
  });

  it('collects the index build\'s garbage a moment after it starts serving (npm start exposes gc)', async () => {
    await vi.waitFor(() => expect(child.output()).toMatch(/^memory: \d+ MB in use after building the knowledge index$/m), { timeout: 10_000, interval: 100 });
  });

  it('starts without the deprecation warning restify\'s spdy dependency triggers (DEP0111)', () => {
    expect(child.output()).not.toContain('DeprecationWarning');
  });

  it('starts from the build and answers a Finnish question with its source', async () => {
    expect(child.output()).toContain('LOCAL MODE');
    const [reply] = messagesOf(await bot.exchange(message('Paljonko omarahoitusta tarvitaan?')));
    expect(textOf(cardOf(reply))).toMatch(/^Lähde: /m);
  });
});

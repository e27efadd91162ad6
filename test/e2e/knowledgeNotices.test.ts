import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../src/answer/render.js';
import { buildLoadedKnowledge, type LoadedKnowledge } from '../../src/bot/deps.js';
import { startLocalConnector, type LocalConnector } from '../../src/devtools/connector.js';
import { bothNotifiers, logReloadNotifier, startLiveKnowledge, type KnowledgeReloadNotifier, type LiveKnowledge } from '../../src/knowledge/live.js';
import { silentLogger } from '../../src/server/log.js';
import { startHankeapu, type RunningServer } from '../../src/server/start.js';
import { message, messagesOf } from '../helpers/activities.js';
import { botClient, fixedClock, type TestBot } from '../helpers/testBot.js';
import { KNOWLEDGE_DIR } from '../knowledge/fixtures.js';
import { channelActivity, mention } from './handoffWorld.js';

/**
 * Live reload wired as src/index.ts wires it, with a local Bot Connector: a coordinator chooses the
 * channel, a broken edit on disk is posted there with file, line and field while the old content
 * keeps answering, and the fix is announced too.
 */
const KAISA = { id: '29:coordinator-kaisa', name: 'Kaisa Koordinaattori', aadObjectId: '00000000-0000-0000-0000-0000000000c1' };
const CHANNEL = '19:koordinaattorit@thread.tacv2';
const DOC = 'docs/kanto-esitys-2022.md';

describe('knowledge reload notices in the coordinators’ channel', { timeout: 30_000 }, () => {
  let root: string;
  let dir: string;
  let connector: LocalConnector;
  let live: LiveKnowledge<LoadedKnowledge>;
  let running: RunningServer;
  let bot: TestBot;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'hankeapu-notices-'));
    dir = join(root, 'knowledge');
    await cp(KNOWLEDGE_DIR, dir, { recursive: true });
    connector = await startLocalConnector({ members: [KAISA] });
    let channel: KnowledgeReloadNotifier | undefined;
    const started = await startLiveKnowledge({
      dir,
      build: buildLoadedKnowledge,
      notifier: bothNotifiers(logReloadNotifier(silentLogger), { notify: (e) => channel?.notify(e) ?? Promise.resolve() }),
      log: silentLogger,
      debounceMs: 50,
    });
    if (!started.ok) throw new Error('the bundled knowledge base does not load');
    live = started.live;
    running = await startHankeapu({
      config: {
        port: 0,
        host: '127.0.0.1',
        auth: { mode: 'local' },
        knowledgeDir: dir,
        dataDir: join(root, 'data'),
        handoff: { access: { advisers: [], coordinators: [KAISA.aadObjectId] }, storage: { kind: 'file', dir: join(root, 'data', 'handoff') } },
      },
      renderText,
      knowledge: live.current,
      clock: fixedClock(),
      log: silentLogger,
    });
    channel = running.knowledgeNotifier;
    bot = botClient(running.url, join(root, 'data'), async () => undefined);
  });
  afterAll(async () => {
    live.close();
    await running.close();
    await connector.close();
    await rm(root, { recursive: true, force: true });
  });

  const posts = (): string[] => connector.requests.filter((r) => r.conversationId === CHANNEL && r.kind === 'send').map((r) => r.activity?.text ?? '');
  const answer = async (): Promise<string> => messagesOf(await bot.exchange(message('Paljonko omarahoitusta tarvitaan?')))[0]?.text ?? '';
  const edit = async (change: (t: string) => string): Promise<void> => writeFile(join(dir, DOC), change(await readFile(join(dir, DOC), 'utf8')));

  it('posts a broken edit’s errors to the chosen channel, keeps answering from the old content, and announces the fix', async () => {
    const say = channelActivity(connector.serviceUrl, CHANNEL, KAISA, mention('tietopohjakanava'));
    expect(messagesOf(await bot.exchange(say))[0]?.text).toContain('tälle kanavalle kerrotaan jatkossa');

    await edit((t) => t.replace('type: presentation', 'type: esitys').replace('Omarahoitusosuus 20%', 'Omarahoitusosuus 25%'));
    await expect.poll(posts, { timeout: 10_000 }).toHaveLength(1);
    expect(posts()[0]).toContain('Tietopohjan muutosta ei otettu käyttöön');
    expect(posts()[0]).toMatch(/• docs\/kanto-esitys-2022\.md:4 \[type\]: /);
    expect(await answer()).toContain('Omarahoitusosuus 20%');

    await edit((t) => t.replace('type: esitys', 'type: presentation'));
    await expect.poll(posts, { timeout: 10_000 }).toHaveLength(2);
    expect(posts()[1]).toContain('Tietopohjan muutos on otettu käyttöön');
    expect(await answer()).toContain('Omarahoitusosuus 25%');
  });
});

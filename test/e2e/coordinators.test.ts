import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLoadedKnowledge } from '../../src/bot/deps.js';
import { renderText } from '../../src/answer/render.js';
import { startLocalConnector, type LocalConnector } from '../../src/devtools/connector.js';
import type { ReloadEvent } from '../../src/knowledge/live.js';
import { silentLogger } from '../../src/server/log.js';
import { startHankeapu, type RunningServer } from '../../src/server/start.js';
import { messagesOf } from '../helpers/activities.js';
import { botClient, fixedClock, type TestBot } from '../helpers/testBot.js';
import { bundledKnowledgeBase } from '../knowledge/fixtures.js';
import { channelActivity, memberActivity, mention, MEMBER, OUTSIDER } from './handoffWorld.js';

/**
 * Coordinators in Teams, through the real endpoint with the real engine and a local Bot Connector:
 * the gap report command and the knowledge notice channel.
 */
const KAISA = { id: '29:coordinator-kaisa', name: 'Kaisa Koordinaattori', aadObjectId: '00000000-0000-0000-0000-0000000000c1' };
const CHANNEL = '19:koordinaattorit@thread.tacv2';

describe('coordinators in Teams', () => {
  let connector: LocalConnector;
  let running: RunningServer;
  let bot: TestBot;
  let dataDir: string;
  const say = async (activity: Record<string, unknown>): Promise<string> => messagesOf(await bot.exchange(activity))[0]?.text ?? '';
  const inChannel = (who: typeof KAISA, text: string): Record<string, unknown> => channelActivity(connector.serviceUrl, CHANNEL, who, mention(text));

  beforeAll(async () => {
    connector = await startLocalConnector({ members: [MEMBER, OUTSIDER, KAISA] });
    dataDir = await mkdtemp(join(tmpdir(), 'hankeapu-coordinators-'));
    const kb = await bundledKnowledgeBase();
    const loaded = buildLoadedKnowledge(kb, { version: 'v1', loadedAt: '2025-03-15T08:00:00.000Z' });
    running = await startHankeapu({
      config: {
        port: 0,
        host: '127.0.0.1',
        auth: { mode: 'local' },
        knowledgeDir: './knowledge',
        dataDir,
        handoff: { access: { advisers: [], coordinators: [KAISA.aadObjectId] }, storage: { kind: 'file', dir: join(dataDir, 'handoff') } },
      },
      renderText,
      knowledge: () => loaded,
      clock: fixedClock(),
      log: silentLogger,
    });
    bot = botClient(running.url, dataDir, async () => undefined);
  });
  afterAll(async () => {
    await running.close();
    await connector.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('gives a coordinator the gap report of the period asked for; questions only, never who asked', async () => {
    // A member asks what the knowledge base does not cover, twice, and something it asks back on.
    await say(memberActivity(connector.serviceUrl, { text: 'Saako yhdistys ostaa veneen Kuopioon?' }, MEMBER));
    await say(memberActivity(connector.serviceUrl, { text: 'Saako yhdistys ostaa veneen Kuopioon' }, MEMBER));
    const report = await say(inChannel(KAISA, 'raportti 7 pv'));
    expect(report.split('\n').slice(0, 2)).toEqual(['Aukkoraportti 9.3.2025–15.3.2025', 'Kysymyksiä yhteensä: 2']);
    expect(report, report).toContain('1. (ei vastinetta tietopohjassa) – Pohjois-Savo: 2 (neuvojaa tarjottu 2)');
    expect(report).toContain('• Saako yhdistys ostaa veneen Kuopioon? (2)');
    expect(report).not.toContain(MEMBER.name);
  });

  it('refuses the report to anyone not in COORDINATOR_IDS, and explains a malformed period', async () => {
    expect(await say(inChannel(OUTSIDER, 'raportti'))).toBe('Raportin voi pyytää vain koordinaattori.');
    expect(await say(inChannel(KAISA, 'raportti ensi viikolla'))).toBe('Kirjoita "raportti" (30 päivää) tai esim. "raportti 90 pv".');
  });

  it('posts knowledge reload notices to the channel a coordinator chose', async () => {
    const rejected: ReloadEvent = {
      kind: 'rejected',
      version: 'v2',
      serving: 'v1',
      errors: [{ file: 'docs/kanto-esitys-2022.md', line: 4, field: 'type', message: 'must be one of …', severity: 'error' }],
      warnings: [],
    };
    // Nobody chose a channel yet: nothing is posted.
    await running.knowledgeNotifier.notify(rejected);
    expect(connector.requests.filter((r) => r.conversationId === CHANNEL)).toEqual([]);

    expect(await say(inChannel(OUTSIDER, 'tietopohjakanava'))).toBe('Raportin voi pyytää vain koordinaattori.');
    expect(await say(inChannel(KAISA, 'tietopohjakanava'))).toContain('tälle kanavalle kerrotaan jatkossa');
    await running.knowledgeNotifier.notify(rejected);
    const posted = await connector.waitFor((r) => r.conversationId === CHANNEL && r.kind === 'send', 5_000);
    expect(posted.activity?.text).toContain('Tietopohjan muutosta ei otettu käyttöön');
    expect(posted.activity?.text).toContain('• docs/kanto-esitys-2022.md:4 [type]: must be one of …');
  });
});

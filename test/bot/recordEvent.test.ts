import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EVENTS_FILE } from '../../src/events/jsonl.js';
import type { EventLog } from '../../src/events/events.js';
import type { Logger } from '../../src/server/log.js';
import { message, messagesOf } from '../helpers/activities.js';
import { startTestBot, type TestBot } from '../helpers/testBot.js';

/** The bot's edge writes clarify and handoff decisions to `<DATA_DIR>/events.jsonl`, never who asked. */
describe('event log at the bot edge', () => {
  let bot: TestBot | undefined;
  afterEach(async () => {
    await bot?.close();
    bot = undefined;
  });

  it('records a clarify and a handoff offer with question, region and language, but not an answer', async () => {
    bot = await startTestBot();
    await bot.exchange(message('Mitkä kustannukset hyväksytään Pohjois-Savossa?'));
    await bot.exchange(message('Paljonko omarahoitusta tarvitaan?'));
    await bot.exchange(message('Saako hankkeessa ostaa veneen?'));
    const lines = (await readFile(join(bot.dataDir, EVENTS_FILE), 'utf8')).trim().split('\n');
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual([
      { at: '2025-03-15T10:00:00.000Z', kind: 'clarify', question: 'Mitkä kustannukset hyväksytään Pohjois-Savossa?', region: 'Pohjois-Savo', lang: 'fi' },
      { at: '2025-03-15T10:00:00.000Z', kind: 'handoff_offer', question: 'Saako hankkeessa ostaa veneen?', lang: 'fi' },
    ]);
    expect(lines.join('\n')).not.toMatch(/member-1|Maija/);
  });

  it('still answers when the event log cannot be written, and logs why', async () => {
    const warnings: string[] = [];
    const log: Logger = { info: () => undefined, warn: (m) => void warnings.push(m), error: () => undefined };
    const broken: EventLog = { add: () => Promise.reject(new Error('disk full')), list: () => Promise.resolve([]) };
    bot = await startTestBot({ events: broken, log });
    const [reply] = messagesOf(await bot.exchange(message('Saako hankkeessa ostaa veneen?')));
    expect(reply?.text).toBeTruthy();
    expect(warnings).toEqual(['event log: could not record a handoff_offer: disk full']);
  });
});

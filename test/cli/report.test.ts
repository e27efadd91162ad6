import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BotEvent } from '../../src/events/events.js';
import { EVENTS_FILE } from '../../src/events/jsonl.js';
import { FEEDBACK_FILE } from '../../src/feedback/jsonl.js';
import type { FeedbackRecord } from '../../src/feedback/store.js';
import { FileStorage } from '../../src/storage/fileStorage.js';
import { TicketStore } from '../../src/storage/ticketStore.js';
import { apply, drained, maija, member, openTicket } from '../handoff/fixtures.js';
import { CLI_TIMEOUT_MS, lines, runCli } from './run.js';

const REPORT = 'src/cli/report.ts';
const PERIOD = ['--from', '2025-03-01', '--to', '2025-03-31', '--today', '2025-03-31'];

/**
 * `npm run report` as a process, over fixture data in a DATA_DIR: tickets in the file storage (one
 * answered and delivered, so the store's index has let it go), feedback and bot events.
 */
describe('npm run report', { timeout: CLI_TIMEOUT_MS }, () => {
  let root: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'hankeapu-report-'));
    const dataDir = join(root, 'data');
    await mkdir(dataDir, { recursive: true });
    env = { DATA_DIR: dataDir, KNOWLEDGE_DIR: 'knowledge', STORAGE: 'file', MicrosoftAppId: '', HOST: '' };

    const store = new TicketStore(new FileStorage(join(dataDir, 'handoff'), { fsync: false }), { graceMs: 0 });
    const day = (d: number): Date => new Date(`2025-03-${String(d).padStart(2, '0')}T09:00:00.000Z`);
    const answered = drained(apply(drained(openTicket({ id: 'HA-2222', requestId: 'r1', question: 'Voiko omarahoituksen kattaa talkootyöllä?' }, day(3)), day(3)), [{ kind: 'answer', by: maija, role: 'adviser', text: 'Voi.' }], day(3)), day(3));
    await store.create(answered);
    await store.create(openTicket({ id: 'HA-3333', requestId: 'r2', question: 'Voiko omarahoituksen kattaa talkootyöllä?', member: member(2) }, day(4)));
    await store.create(openTicket({ id: 'HA-4444', requestId: 'r3', question: 'Saako hankerahalla ostaa veneen?', region: 'Pohjois-Savo', member: member(3) }, day(5)));
    await store.create(openTicket({ id: 'HA-5555', requestId: 'r4', question: 'Vanha kysymys helmikuulta', member: member(4) }, new Date('2025-02-10T09:00:00.000Z')));
    await store.scan();

    const feedback: FeedbackRecord[] = [
      { at: day(6).toISOString(), kind: 'answer', passageId: 'x:1', question: 'Paljonko omarahoitusta tarvitaan?', helpful: false, lang: 'fi' },
      { at: day(6).toISOString(), kind: 'answer', passageId: 'x:1', question: 'Kuka voi hakea?', helpful: true, lang: 'fi' },
    ];
    const events: BotEvent[] = [
      { at: day(7).toISOString(), kind: 'handoff_offer', question: 'Saako hankerahalla ostaa veneen?', region: 'Pohjois-Savo', lang: 'fi' },
      { at: day(8).toISOString(), kind: 'handoff_offer', question: 'saako hankerahalla  ostaa veneen', region: 'Pohjois-Savo', lang: 'fi' },
    ];
    await writeFile(join(dataDir, FEEDBACK_FILE), feedback.map((r) => `${JSON.stringify(r)}\n`).join(''));
    await writeFile(join(dataDir, EVENTS_FILE), events.map((e) => `${JSON.stringify(e)}\n`).join(''));
  });
  afterAll(async () => rm(root, { recursive: true, force: true }));

  it('prints a Markdown report of the period, grouped by topic and region, most frequent first', async () => {
    const result = await runCli(REPORT, PERIOD, undefined, env);
    expect(result.code, result.stderr).toBe(0);
    const out = result.stdout;
    expect(lines(out)[0]).toBe('# Aukkoraportti 1.3.2025–31.3.2025');
    expect(out).toContain('Kysymyksiä yhteensä: 6');
    const rows = lines(out).filter((l) => /^\| [^-]/.test(l)).slice(1);
    expect(rows).toEqual([
      '| (ei vastinetta tietopohjassa) | Pohjois-Savo | 3 | 1 | 0 | 0 | 2 |',
      expect.stringMatching(/^\| .+ \| Etelä-Savo \| 2 \| 2 \| 0 \| 0 \| 0 \|$/) as unknown as string,
      '| Hakuaika, rahoitus ja omarahoitusosuus | (ei tiedossa) | 1 | 0 | 1 | 0 | 0 |',
    ]);
    expect(out).toContain('- Saako hankerahalla ostaa veneen? (3)');
    expect(out).toContain('- Voiko omarahoituksen kattaa talkootyöllä? (2)');
    // The answered ticket counts though the index no longer names it; February is outside the period.
    expect(out).not.toContain('Vanha kysymys');
    // Questions, never who asked.
    expect(out).not.toMatch(/Jäsen \d|member-\d|Maija/);
  });

  it('writes CSV to --out and says what it wrote', async () => {
    const file = join(root, 'gaps.csv');
    const result = await runCli(REPORT, [...PERIOD, '--format', 'csv', '--out', file], undefined, env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`report: 2025-03-01–2025-03-31: 6 questions in 3 groups written to ${file}\n`);
    const rows = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(rows[0]).toBe('Aihe,Maakunta,Yhteensä,Siirretty neuvojalle,Ei hyödyllinen,Tarkennettu,Neuvojaa tarjottu,Kysymys,Kertaa');
    expect(rows[1]).toBe('(ei vastinetta tietopohjassa),Pohjois-Savo,3,1,0,0,2,Saako hankerahalla ostaa veneen?,3');
    expect(rows).toHaveLength(4);
  });

  it('defaults to the 30 days ending --today, in English with --lang en', async () => {
    const result = await runCli(REPORT, ['--today', '2025-04-02', '--lang', 'en'], undefined, env);
    expect(result.code, result.stderr).toBe(0);
    expect(lines(result.stdout)[0]).toBe('# Gap report 4.3.2025–2.4.2025');
    expect(result.stdout).toContain('Questions in all: 5');
  });

  it('exits 2 on bad arguments', async () => {
    for (const args of [['--format', 'pdf'], ['--from', '2025-02-30'], ['--from', '2025-04-01', '--to', '2025-03-01'], ['extra']]) {
      const result = await runCli(REPORT, args, undefined, env);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^usage: /);
    }
  });
});

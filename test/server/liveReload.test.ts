import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { KNOWLEDGE_DIR } from '../knowledge/fixtures.js';
import { message, messagesOf } from '../helpers/activities.js';
import { botClient, type TestBot } from '../helpers/testBot.js';
import { spawnBot, type BotProcess } from '../helpers/botProcess.js';

/**
 * Live reload through the real entry point: `src/index.ts` runs as a child process on a copy of
 * knowledge/, the test edits files on disk and asks through POST /api/messages.
 */

const QUESTION = 'Paljonko omarahoitusta tarvitaan?';
const DOC = 'docs/kanto-esitys-2022.md';

/** Everything the child printed, for the checks and for failure messages. */

/** The running bot; module-level so that `eventually` can show what it printed. */
let child: BotProcess;

const healthSchema = z.object({ knowledge: z.object({ documents: z.number(), version: z.string(), loadedAt: z.string().datetime() }) });

describe('live reload of knowledge/ in the running bot', { timeout: 60_000 }, () => {
  let root: string;
  let dir: string;
  let bot: TestBot;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'hankeapu-live-'));
    dir = join(root, 'knowledge');
    await cp(KNOWLEDGE_DIR, dir, { recursive: true });
    child = spawnBot({ KNOWLEDGE_DIR: dir, DATA_DIR: join(root, 'data'), STORAGE: 'memory' });
    const url = await child.url(30_000);
    bot = botClient(url, join(root, 'data'), async () => undefined);
  });

  afterAll(async () => {
    await child.stop();
    await rm(root, { recursive: true, force: true });
  });

  const answer = async (): Promise<string> => messagesOf(await bot.exchange(message(QUESTION)))[0]?.text ?? '';
  const health = async () => healthSchema.parse(await (await fetch(`${bot.url}/healthz`)).json()).knowledge;
  const edit = async (change: (text: string) => string): Promise<void> => {
    const path = join(dir, DOC);
    const before = await readFile(path, 'utf8');
    const after = change(before);
    expect(after).not.toBe(before);
    // Saved the way many editors save: a new file renamed over the old one.
    await writeFile(`${path}.tmp`, after);
    await rename(`${path}.tmp`, path);
  };

  it('serves an edit without a restart, and keeps serving the last good version after a broken edit', async () => {
    expect(await answer()).toContain('Omarahoitusosuus 20%');
    const first = await health();

    await edit((t) => t.replace('- Omarahoitusosuus 20%', '- Omarahoitusosuus 25%'));
    const second = await eventually('a new knowledge version on /healthz', async () => {
      const h = await health();
      return h.version !== first.version ? h : undefined;
    });
    expect(second.loadedAt >= first.loadedAt).toBe(true);
    expect(child.output()).toContain(`knowledge: reloaded version ${second.version}`);
    const changed = await answer();
    expect(changed).toContain('Omarahoitusosuus 25%');
    expect(changed).not.toContain('Omarahoitusosuus 20%');
    expect(changed).not.toContain('voimassaolo päättyi');

    // A broken edit: the type is misspelled, and the text changes too.
    await edit((t) => t.replace('type: presentation', 'type: esitys').replace('- Omarahoitusosuus 25%', '- Omarahoitusosuus 30%'));
    const report = await eventually('the broken edit to be reported', () => /knowledge: edit rejected.*/.exec(child.output())?.[0]);
    expect(report).toContain(`still serving version ${second.version}`);
    expect(child.output()).toMatch(/error: docs\/kanto-esitys-2022\.md:4 \[type\]: /);
    expect(await answer()).toContain('Omarahoitusosuus 25%');
    expect((await health()).version).toBe(second.version);
    expect(child.child.exitCode).toBeNull();

    // Fixed: the fixed text is served.
    await edit((t) => t.replace('type: esitys', 'type: presentation'));
    await eventually('the fixed version to be served', async () => ((await health()).version !== second.version ? true : undefined));
    expect(await answer()).toContain('Omarahoitusosuus 30%');

    // Freshness: once its valid_until has passed, answers from the document say so.
    const before = (await health()).version;
    await edit((t) => t.replace('date: "2022"', 'date: "2022"\nvalid_until: "2024-01-31"'));
    await eventually('the valid_until edit to be served', async () => ((await health()).version !== before ? true : undefined));
    expect(await answer()).toContain('Huom: tämän tiedon voimassaolo päättyi 31.1.2024.');
  });
});

/** Polls `probe` until it gives a value; fails naming `what` after the timeout. */
async function eventually<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; the bot printed:\n${child.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

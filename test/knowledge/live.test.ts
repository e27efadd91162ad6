import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startLiveKnowledge, versionOf, type LiveKnowledge, type ReloadEvent } from '../../src/knowledge/live.js';
import type { KnowledgeBase } from '../../src/knowledge/types.js';
import { silentLogger } from '../../src/server/log.js';
import { documentFile, VALID_FRONT_MATTER, withField } from './fixtures.js';

const temps: string[] = [];
const lives: LiveKnowledge<unknown>[] = [];

afterEach(async () => {
  for (const l of lives.splice(0)) l.close();
  await Promise.all(temps.splice(0).map((t) => rm(t, { recursive: true, force: true })));
});

const GOOD = documentFile('docs/a.md', VALID_FRONT_MATTER, '# A\n\n## Osio\n\nOmarahoitusosuus 20 %.\n');

async function folder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hankeapu-live-'));
  temps.push(dir);
  await mkdir(join(dir, 'docs'));
  await writeFile(join(dir, GOOD.path), GOOD.text);
  return dir;
}

/** The text of the first passage of the first document: what the "engine" built from the folder. */
const firstText = (kb: KnowledgeBase): string => {
  const block = kb.documents[0]?.passages[0]?.blocks[0];
  return block?.kind === 'paragraph' ? block.text : '';
};

async function start(dir: string, options: { watch?: boolean; build?: (kb: KnowledgeBase) => string } = {}) {
  const events: ReloadEvent[] = [];
  const started = await startLiveKnowledge({
    dir,
    build: options.build ?? firstText,
    notifier: { notify: async (e) => void events.push(e) },
    log: silentLogger,
    debounceMs: 50,
    watch: options.watch ?? false,
    now: () => new Date('2025-03-15T10:00:00.000Z'),
  });
  if (!started.ok) throw new Error(started.errors.map((e) => e.message).join('; '));
  lives.push(started.live);
  return { live: started.live, events };
}

/** Waits until `check` holds, polling; fails with `what` after the timeout. */
async function eventually(what: string, check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('startLiveKnowledge', () => {
  it('refuses to start on an invalid folder, with the errors', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'docs/a.md'), documentFile('docs/a.md', withField('type', 'type: blogi')).text);
    const started = await startLiveKnowledge({ dir, build: firstText, notifier: { notify: async () => undefined }, log: silentLogger, watch: false });
    expect(started.ok).toBe(false);
    if (!started.ok) expect(started.errors[0]).toMatchObject({ file: 'docs/a.md', line: 4, field: 'type' });
  });

  it('swaps in a valid edit and tells the notifier the new and previous versions', async () => {
    const dir = await folder();
    const { live, events } = await start(dir);
    const before = live.version();
    expect(live.current()).toBe('Omarahoitusosuus 20 %.');
    await writeFile(join(dir, 'docs/a.md'), GOOD.text.replace('20 %', '25 %'));
    expect(await live.reload()).toMatchObject({ kind: 'reloaded' });
    expect(live.current()).toBe('Omarahoitusosuus 25 %.');
    expect(live.version().version).not.toBe(before.version);
    expect(events).toEqual([{ kind: 'reloaded', version: live.version().version, previous: before.version, documents: 1, warnings: [] }]);
  });

  it('keeps serving the old version on an invalid edit, reports file, line and field once, and recovers', async () => {
    const dir = await folder();
    const { live, events } = await start(dir);
    const serving = live.version().version;
    await writeFile(join(dir, 'docs/a.md'), documentFile('docs/a.md', withField('date', 'date: "2024-02-30"'), '# A\n\n## Osio\n\nUusi.\n').text);
    expect(await live.reload()).toMatchObject({ kind: 'rejected' });
    expect(live.current()).toBe('Omarahoitusosuus 20 %.');
    expect(live.version().version).toBe(serving);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'rejected', serving, errors: [{ file: 'docs/a.md', line: 7, field: 'date', message: 'is not a real calendar date' }] });

    // The same broken content read again (another save, a touch) is not reported again.
    expect(await live.reload()).toMatchObject({ kind: 'rejected' });
    expect(events).toHaveLength(1);

    await writeFile(join(dir, 'docs/a.md'), GOOD.text.replace('20 %', '30 %'));
    expect(await live.reload()).toMatchObject({ kind: 'reloaded' });
    expect(live.current()).toBe('Omarahoitusosuus 30 %.');
  });

  it('keeps serving when the build throws, and says so', async () => {
    const dir = await folder();
    let calls = 0;
    const { live, events } = await start(dir, {
      build: (kb) => {
        calls += 1;
        if (calls > 1) throw new Error('index too large');
        return firstText(kb);
      },
    });
    await writeFile(join(dir, 'docs/a.md'), GOOD.text.replace('20 %', '25 %'));
    expect(await live.reload()).toMatchObject({ kind: 'rejected' });
    expect(live.current()).toBe('Omarahoitusosuus 20 %.');
    expect(events[0]).toMatchObject({ kind: 'rejected', errors: [{ message: expect.stringContaining('index too large') as unknown }] });
  });

  it('does nothing for a reload with the same content', async () => {
    const dir = await folder();
    const { live, events } = await start(dir);
    await writeFile(join(dir, 'docs/a.md'), GOOD.text);
    expect(await live.reload()).toEqual({ kind: 'unchanged', version: live.version().version });
    expect(events).toEqual([]);
  });

  it('runs overlapping reloads one after another, the last one seeing the last write', async () => {
    const dir = await folder();
    const { live } = await start(dir);
    await writeFile(join(dir, 'docs/a.md'), GOOD.text.replace('20 %', '21 %'));
    const first = live.reload();
    await writeFile(join(dir, 'docs/a.md'), GOOD.text.replace('20 %', '22 %'));
    const second = live.reload();
    const third = live.reload();
    await Promise.all([first, second, third]);
    expect(live.current()).toBe('Omarahoitusosuus 22 %.');
  });

  it('picks up a file written in place, with the watcher', async () => {
    const dir = await folder();
    const { live } = await start(dir, { watch: true });
    await writeFile(join(dir, 'docs/a.md'), GOOD.text.replace('20 %', '25 %'));
    await eventually('the edit to be served', () => live.current() === 'Omarahoitusosuus 25 %.');
  });

  it('picks up a file saved by writing a temporary file and renaming it over the old one', async () => {
    const dir = await folder();
    const { live } = await start(dir, { watch: true });
    for (const percent of ['25 %', '26 %']) {
      const temp = join(dir, 'docs/.a.md.tmp');
      await writeFile(temp, GOOD.text.replace('20 %', percent));
      await rename(temp, join(dir, 'docs/a.md'));
      await eventually(`the ${percent} edit to be served`, () => live.current() === `Omarahoitusosuus ${percent}.`);
    }
  });

  it('picks up a new document in a new subfolder', async () => {
    const dir = await folder();
    const { live } = await start(dir, { watch: true, build: (kb) => String(kb.documents.length) });
    expect(live.current()).toBe('1');
    await mkdir(join(dir, 'faq'));
    await writeFile(join(dir, 'faq/b.md'), documentFile('faq/b.md', withField('id', 'id: b')).text);
    await eventually('two documents to be served', () => live.current() === '2');
  });
});

describe('versionOf', () => {
  it('depends on paths and texts, not on the order the files were read in', () => {
    const a = { path: 'docs/a.md', text: 'x' };
    const b = { path: 'docs/b.md', text: 'y' };
    expect(versionOf([a, b])).toBe(versionOf([b, a]));
    expect(versionOf([a, b])).not.toBe(versionOf([a, { ...b, text: 'z' }]));
    expect(versionOf([a])).not.toBe(versionOf([{ ...a, path: 'docs/c.md' }]));
    expect(versionOf([a])).toMatch(/^[0-9a-f]{12}$/);
  });
});

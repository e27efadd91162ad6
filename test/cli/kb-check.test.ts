import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KNOWLEDGE_DIR } from '../knowledge/fixtures.js';
import { CLI_TIMEOUT_MS, lines, runCli } from './run.js';

const KB_CHECK = 'src/cli/kb-check.ts';
const temps: string[] = [];

/** A copy of knowledge/ in a temporary folder, with `edit` applied to one file. */
async function brokenCopy(file: string, edit: (text: string) => string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'hankeapu-kb-'));
  temps.push(root);
  const dir = join(root, 'knowledge');
  await cp(KNOWLEDGE_DIR, dir, { recursive: true });
  const path = join(dir, file);
  const before = await readFile(path, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  await writeFile(path, after);
  return dir;
}

afterEach(async () => {
  await Promise.all(temps.splice(0).map((t) => rm(t, { recursive: true, force: true })));
});

describe('npm run kb:check', { timeout: CLI_TIMEOUT_MS }, () => {
  it('passes the bundled knowledge folder with exit 0 and a summary line', async () => {
    const result = await runCli(KB_CHECK, ['--today', '2026-11-23']);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(lines(result.stdout).at(-1)).toMatch(/^kb:check 2026-11-23: \d+ documents checked, 0 errors, \d+ warnings? /);
  });

  it('fails a broken document with exit 1, naming file, line and field', async () => {
    const dir = await brokenCopy('docs/etela-savo-haku-2-2024.md', (t) => t.replace('closes: "2024-05-10"', 'closes: "2024-02-30"'));
    const result = await runCli(KB_CHECK, ['--today', '2026-11-23', '--dir', dir]);
    expect(result.code).toBe(1);
    const issue = lines(result.stdout).find((l) => l.includes('etela-savo-haku-2-2024.md'));
    expect(issue).toMatch(/etela-savo-haku-2-2024\.md:\d+ \[calls\[0\]\.closes\]: error: is not a real calendar date/);
    expect(lines(result.stdout).at(-1)).toMatch(/ [1-9]\d* errors?,/);
  });

  it('warns about a misquoted call period and an expired document, but exits 0', async () => {
    const dir = await brokenCopy('docs/kanto-esitys-2022.md', (t) =>
      t.replace('quote: "Hakuaika: 27.6.–9.9.2022"', 'quote: "Hakuaika: 27.6.–9.10.2022"').replace('date: "2022"', 'date: "2022"\nvalid_until: "2023-12-31"'),
    );
    const result = await runCli(KB_CHECK, ['--today', '2026-11-23', '--dir', dir]);
    expect(result.code, result.stdout).toBe(0);
    const out = lines(result.stdout);
    expect(out.some((l) => /kanto-esitys-2022\.md:\d+ \[calls\[0\]\.quote\]: warning: .*27\.6\.–9\.10\.2022/.test(l))).toBe(true);
    expect(out.some((l) => /kanto-esitys-2022\.md:\d+ \[valid_until\]: warning: expired/.test(l))).toBe(true);
    expect(out.at(-1)).toMatch(/0 errors, 2 warnings \(1 expired, 0 expiring within 30 days\)/);
  });

  it('names file, line and field for each kind of mistake at once, without a cascade of glossary errors', async () => {
    const dir = await brokenCopy('docs/etela-savo-haku-2-2024.md', (t) => t.replace('closes: "2024-05-10"', 'closes: "2024-02-10"'));
    const edit = async (file: string, change: (t: string) => string): Promise<void> => writeFile(join(dir, file), change(await readFile(join(dir, file), 'utf8')));
    await edit('docs/kanto-esitys-2022.md', (t) => t.replace('date: "2022"', 'date: "2022-02-30"'));
    await edit('docs/ely-tiedote-2024-06-18.md', (t) => t.replace('publisher:', 'publisherr:'));
    await writeFile(join(dir, 'docs/koonto-kopio.md'), await readFile(join(dir, 'docs/koonto-esitys.md'), 'utf8'));
    await edit('docs/kanto-hankekuvaus-s22786.md', (t) => `${t.trimEnd()}\n\n## Tyhjä osio\n\n## Toinen\n\nTekstiä.\n`);
    await edit('glossary.yaml', (t) => t.replace('entries:\n', 'entries:\n  - term: purjevene\n    synonyms: [vene]\n'));
    const result = await runCli(KB_CHECK, ['--today', '2026-11-23', '--dir', dir]);
    expect(result.code).toBe(1);
    const out = lines(result.stdout).map((l) => l.replace(`${dir}/`, ''));
    for (const expected of [
      /^docs\/etela-savo-haku-2-2024\.md:\d+ \[calls\[0\]\.closes\]: error: closes is before opens/,
      /^docs\/kanto-esitys-2022\.md:\d+ \[date\]: error: /,
      /^docs\/ely-tiedote-2024-06-18\.md:\d+ \[publisherr\]: error: /,
      /^docs\/koonto-kopio\.md:\d+ \[id\]: error: id "koonto-esitys" is already used by docs\/koonto-esitys\.md/,
      /^docs\/kanto-hankekuvaus-s22786\.md:\d+: warning: section "Tyhjä osio" is empty/,
      /^glossary\.yaml:\d+ \[entries\[0\]\.term\]: error: term "purjevene" does not occur in any document/,
    ]) {
      expect(out.some((l) => expected.test(l)), `${String(expected)} in\n${out.join('\n')}`).toBe(true);
    }
    // The terms only the broken documents mention are not reported as unused.
    expect(out.filter((l) => l.startsWith('glossary.yaml'))).toHaveLength(1);
  });

  it('exits 2 on a bad --today or --soon-days, and 1 on a missing folder', async () => {
    expect((await runCli(KB_CHECK, ['--today', '2026-02-30'])).code).toBe(2);
    expect((await runCli(KB_CHECK, ['--soon-days', 'kuukausi'])).code).toBe(2);
    const missing = await runCli(KB_CHECK, ['--dir', join(tmpdir(), 'hankeapu-no-such-folder')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read the knowledge folder/);
  });
});

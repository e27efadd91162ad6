/** Runs the real `npm run package` entry (src/cli/package.ts) as a child process. */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readZip } from './readZip.js';
import { TEST_BOT_ID } from './values.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const work = await mkdtemp(join(tmpdir(), 'hankeapu-package-'));
afterAll(() => rm(work, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with only the given packaging variables (BOT_ID etc. from the outer env removed). */
function runCli(args: readonly string[], vars: Readonly<Record<string, string>>): Promise<Run> {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of ['BOT_ID', 'MicrosoftAppId', 'TEAMS_APP_ID', 'APP_VERSION']) delete env[name];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/package.ts', ...args],
      { cwd: repoRoot, env: { ...env, ...vars } },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('npm run package', () => {
  it('writes a zip with exactly the manifest and icons, BOT_ID filled in', async () => {
    const out = join(work, 'x.zip');
    const run = await runCli(['--out', out], { BOT_ID: TEST_BOT_ID });
    expect(run.stderr).not.toContain('error');
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([`Teams app package written: ${out}`]);

    const entries = readZip(await readFile(out));
    expect([...entries.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifestText = entries.get('manifest.json')?.toString('utf8') ?? '';
    expect(manifestText).not.toContain('${{');
    const manifest: unknown = JSON.parse(manifestText);
    expect(manifest).toMatchObject({ id: TEST_BOT_ID, bots: [{ botId: TEST_BOT_ID }] });
  });

  it('exits 1 naming BOT_ID when it is not set', async () => {
    const run = await runCli(['--out', join(work, 'none.zip')], {});
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/error: BOT_ID is not set/);
    expect(run.stdout).toBe('');
  });

  it('exits 1 naming BOT_ID when it is not a GUID', async () => {
    const run = await runCli(['--out', join(work, 'bad.zip')], { BOT_ID: 'abc' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('BOT_ID: must be a GUID');
  });
});

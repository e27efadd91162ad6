import { spawn } from 'node:child_process';
import { REPO } from '../knowledge/fixtures.js';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawning tsx and loading the knowledge base takes a few seconds on a busy machine. */
export const CLI_TIMEOUT_MS = 60_000;

/**
 * Runs a CLI entry point as a child process, as `npm run` would (node --import tsx), from the
 * repository root. `input`, when given, is written to stdin and stdin is closed; `env` is added to
 * the environment.
 */
export function runCli(script: string, args: readonly string[], input?: string, env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: REPO,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

/** Output lines without the final empty one. */
export function lines(text: string): string[] {
  return text.split('\n').filter((l, i, all) => l !== '' || i < all.length - 1);
}

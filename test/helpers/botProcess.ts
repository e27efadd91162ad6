import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { botEnv } from '../../src/devtools/botEnv.js';

/** The repository root: the child runs from here, as `npm start` does. */
const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** The real program (`node --import tsx src/index.ts`) in a child process. */
export interface BotProcess {
  child: ChildProcessWithoutNullStreams;
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
  exited: Promise<number | null>;
  /** The base URL it prints once listening; rejects with its output if it exits or is too slow. */
  url(timeoutMs?: number): Promise<string>;
  /** SIGTERM, and wait for the exit (nothing if it already ended). */
  stop(): Promise<void>;
}

const LISTENING = /listens on (http:\/\/127\.0\.0\.1:\d+)/;

/** How to run the program: the sources through tsx (`npm run dev`), or the build's output (`npm start`). */
export const FROM_SOURCES: readonly string[] = ['--import', 'tsx', 'src/index.ts'];
export const FROM_BUILD: readonly string[] = ['dist/server/src/index.js'];

export function spawnBot(extra: Record<string, string> = {}, entry: readonly string[] = FROM_SOURCES): BotProcess {
  const child = spawn(process.execPath, [...entry], { cwd: REPO, env: botEnv({ KNOWLEDGE_DIR: 'knowledge', ...extra }), stdio: 'pipe' });
  let out = '';
  const collect = (chunk: Buffer): void => {
    out += chunk.toString('utf8');
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = (timeoutMs = 30_000): Promise<string> =>
    new Promise((resolve, reject) => {
      const found = (): string | undefined => LISTENING.exec(out)?.[1];
      const now = found();
      if (now !== undefined) return resolve(now);
      const cleanup = (): void => {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        child.stderr.off('data', onData);
        child.off('exit', onExit);
      };
      const onData = (): void => {
        const u = found();
        if (u === undefined) return;
        cleanup();
        resolve(u);
      };
      const onExit = (code: number | null): void => {
        cleanup();
        reject(new Error(`exited with ${String(code)}:\n${out}`));
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`no URL within ${timeoutMs} ms:\n${out}`));
      }, timeoutMs);
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', onExit);
    });
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await exited;
  };
  return { child, output: () => out, exited, url, stop };
}

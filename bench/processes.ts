import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';

/** A server started as a child process by the benchmarks: where it listens, and how to measure and stop it. */
export interface ServerProcess {
  name: string;
  url: string;
  pid: number;
  /** Milliseconds from spawn until it printed its URL. */
  startedMs: number;
  /** Resident and peak resident memory now, in bytes (Linux /proc; `ps` elsewhere). */
  memory(): Promise<{ rss: number; peak?: number }>;
  /** CPU time the process has used so far (user + system), in milliseconds (Linux /proc). */
  cpuMs(): Promise<number>;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  stop(): Promise<void>;
}

export interface SpawnOptions {
  name: string;
  command: string;
  args: readonly string[];
  env: Readonly<Record<string, string>>;
  cwd: string;
  timeoutMs?: number;
}

export { botEnv } from '../src/devtools/botEnv.js';

const URL_LINE = /(?:listens on|listening on) (http:\/\/127\.0\.0\.1:\d+)/;

/** Spawns a server and resolves once it printed its URL; rejects with its output if it exits or times out first. */
export function startServerProcess(options: SpawnOptions): Promise<ServerProcess> {
  const started = performance.now();
  const child: ChildProcess = spawn(options.command, [...options.args], { cwd: options.cwd, env: { ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${options.name} printed no URL within ${options.timeoutMs ?? 60_000} ms:\n${out}`));
    }, options.timeoutMs ?? 60_000);
    const onExit = (code: number | null): void => {
      clearTimeout(timer);
      reject(new Error(`${options.name} exited with ${String(code)} before listening:\n${out}`));
    };
    const onData = (chunk: Buffer): void => {
      const before = out;
      out += chunk.toString('utf8');
      if (URL_LINE.test(before)) return;
      const m = URL_LINE.exec(out);
      if (m?.[1] === undefined || child.pid === undefined) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      const pid = child.pid;
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      resolve({
        name: options.name,
        url: m[1],
        pid,
        startedMs: performance.now() - started,
        memory: () => memoryOf(pid),
        cpuMs: () => cpuMsOf(pid),
        output: () => out,
        async stop() {
          if (child.exitCode === null && child.signalCode === null) {
            child.kill('SIGTERM');
            const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
            await exited;
            clearTimeout(killer);
          }
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}

/** Clock ticks per second of /proc/<pid>/stat; 100 on Linux on every common architecture. */
const CLOCK_TICKS = 100;

async function cpuMsOf(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis are fixed.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) throw new Error(`cannot read the CPU time of process ${pid}`);
  return ((utime + stime) * 1000) / CLOCK_TICKS;
}

async function memoryOf(pid: number): Promise<{ rss: number; peak?: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string): number | undefined => {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return m?.[1] === undefined ? undefined : Number(m[1]) * 1024;
  };
  const rss = kb('VmRSS');
  if (rss === undefined) throw new Error(`no VmRSS for process ${pid}`);
  const peak = kb('VmHWM');
  return peak === undefined ? { rss } : { rss, peak };
}

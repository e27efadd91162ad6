import { createHash } from 'node:crypto';
import { watch, type FSWatcher } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { withoutGlossaryCascade } from './check.js';
import { readKnowledgeFiles } from './load.js';
import { parseKnowledge, type SourceFile } from './parse.js';
import { formatIssue, type KnowledgeBase, type KnowledgeIssue } from './types.js';

/**
 * Live reload of the knowledge folder: the running bot picks up coordinators' edits without a
 * restart. On a change the whole folder is read again and validated; a valid folder is built
 * (index and engine) beside the one serving, then swapped in with one assignment, so a question
 * is answered either wholly from the old version or wholly from the new. An invalid folder is
 * never swapped in: the old version keeps serving and the notifier says what is wrong.
 */

/** Which content is serving: a hash of every file's path and text, and when it was loaded. */
export interface KnowledgeVersion {
  /** First 12 hex digits of SHA-256 over the sorted files; the same files give the same version. */
  version: string;
  /** ISO instant the version was swapped in. */
  loadedAt: string;
}

/** What happened to an edit; the coordinators are told both. */
export type ReloadEvent =
  | { kind: 'reloaded'; version: string; previous: string; documents: number; warnings: KnowledgeIssue[] }
  | { kind: 'rejected'; version: string; serving: string; errors: KnowledgeIssue[]; warnings: KnowledgeIssue[] };

/**
 * Port: tells the coordinators what became of their edit. The log implementation below is the
 * default; the handoff side implements a second one that posts to the coordinators' channel when
 * one is registered (combine them with `bothNotifiers`). Must not throw for a failed delivery it
 * can retry itself; a rejection is logged and otherwise ignored.
 */
export interface KnowledgeReloadNotifier {
  notify(event: ReloadEvent): Promise<void>;
}

/** Same shape as the server's Logger, so the entry point can pass its own. */
export interface ReloadLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

/** Operator-facing lines for an event; every issue names its file, line and field. */
export function describeReloadEvent(event: ReloadEvent): string[] {
  const issues = (list: readonly KnowledgeIssue[], label: string): string[] => list.map((i) => `  ${label}: ${formatIssue(i)}`);
  switch (event.kind) {
    case 'reloaded':
      return [`knowledge: reloaded version ${event.version} (${event.documents} documents), was ${event.previous}`, ...issues(event.warnings, 'warning')];
    case 'rejected':
      return [
        `knowledge: edit rejected (version ${event.version} has ${event.errors.length} error${event.errors.length === 1 ? '' : 's'}); still serving version ${event.serving}`,
        ...issues(event.errors, 'error'),
        ...issues(event.warnings, 'warning'),
      ];
  }
}

/** The default notifier: writes the event to the operational log. */
export function logReloadNotifier(log: ReloadLogger): KnowledgeReloadNotifier {
  return {
    notify(event) {
      const [head = '', ...rest] = describeReloadEvent(event);
      const text = [head, ...rest].join('\n');
      if (event.kind === 'rejected') log.error(text);
      else log.info(text);
      return Promise.resolve();
    },
  };
}

/** Tells every notifier, each independently: one failing does not keep the others from hearing. */
export function bothNotifiers(...notifiers: readonly KnowledgeReloadNotifier[]): KnowledgeReloadNotifier {
  return {
    async notify(event) {
      const results = await Promise.allSettled(notifiers.map((n) => n.notify(event)));
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed !== undefined) throw failed.reason;
    },
  };
}

/** The version of a set of files: independent of the order they were read in. */
export function versionOf(files: readonly SourceFile[]): string {
  const hash = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) hash.update(f.path).update('\0').update(f.text).update('\0');
  return hash.digest('hex').slice(0, 12);
}

/** What one reload did. */
export type ReloadOutcome =
  | { kind: 'unchanged'; version: string }
  | { kind: 'reloaded'; version: string }
  /** Invalid content, or the build threw: the old version keeps serving. */
  | { kind: 'rejected'; version: string }
  /** The folder could not be read at all (e.g. being replaced): nothing changes, nobody is told. */
  | { kind: 'unreadable'; message: string };

export interface LiveKnowledgeOptions<T> {
  dir: string;
  /** Builds what the bot serves (index, engine, summary) from a valid knowledge base. May throw. */
  build: (kb: KnowledgeBase, version: KnowledgeVersion) => T;
  notifier: KnowledgeReloadNotifier;
  log: ReloadLogger;
  /** Quiet time after the last file event before reloading, so one save is one reload. Default 300 ms. */
  debounceMs?: number;
  /** Watch the folder for changes. Default true; off, only `reload()` reloads. */
  watch?: boolean;
  /** Re-read the folder this often even without events; 0 never. Default 60 s. */
  pollMs?: number;
  /** Default: real time. */
  now?: () => Date;
}

export interface LiveKnowledge<T> {
  /** What is serving now. Read it once per turn: a later read may give a newer version. */
  current(): T;
  version(): KnowledgeVersion;
  /** Reads the folder now; runs after any reload in progress. The watcher calls this. */
  reload(): Promise<ReloadOutcome>;
  /** Stops watching; what is serving stays. */
  close(): void;
}

export type StartResult<T> =
  | { ok: true; live: LiveKnowledge<T>; warnings: KnowledgeIssue[] }
  | { ok: false; errors: KnowledgeIssue[]; warnings: KnowledgeIssue[] };

const DEFAULT_DEBOUNCE_MS = 300;
/** How long to wait before watching again after the watcher failed (e.g. the folder was replaced). */
const REWATCH_MS = 2_000;
const DEFAULT_POLL_MS = 60_000;

/**
 * Loads the folder once (failing as the bot's start-up must when it is invalid), then keeps it
 * current. Reloads never overlap: a change during a reload causes one more reload after it.
 */
export async function startLiveKnowledge<T>(options: LiveKnowledgeOptions<T>): Promise<StartResult<T>> {
  const now = options.now ?? (() => new Date());
  const read = async (): Promise<{ ok: true; files: SourceFile[] } | { ok: false; message: string }> => {
    try {
      return { ok: true, files: await readKnowledgeFiles(options.dir) };
    } catch (err) {
      return { ok: false, message: `cannot read the knowledge folder ${options.dir}: ${err instanceof Error ? err.message : String(err)}` };
    }
  };

  const first = await read();
  if (!first.ok) return { ok: false, errors: [{ file: options.dir, message: first.message, severity: 'error' }], warnings: [] };
  const parsed = parseKnowledge(first.files);
  if (!parsed.ok) return { ok: false, errors: parsed.errors, warnings: parsed.warnings };
  let version: KnowledgeVersion = { version: versionOf(first.files), loadedAt: now().toISOString() };
  let serving: T = options.build(parsed.kb, version);
  /** The last rejected version, so that saving the same broken file again is not reported again. */
  let lastRejected: string | undefined;

  const reloadOnce = async (): Promise<ReloadOutcome> => {
    const got = await read();
    if (!got.ok) {
      options.log.warn(`knowledge: ${got.message}; still serving version ${version.version}`);
      return { kind: 'unreadable', message: got.message };
    }
    const next = versionOf(got.files);
    if (next === version.version) {
      lastRejected = undefined;
      return { kind: 'unchanged', version: next };
    }
    if (next === lastRejected) return { kind: 'rejected', version: next };
    const result = parseKnowledge(got.files);
    let event: ReloadEvent;
    if (result.ok) {
      const nextVersion: KnowledgeVersion = { version: next, loadedAt: now().toISOString() };
      try {
        const built = options.build(result.kb, nextVersion);
        event = { kind: 'reloaded', version: next, previous: version.version, documents: result.kb.documents.length, warnings: result.warnings };
        // The swap: one assignment each, with no await between them.
        serving = built;
        version = nextVersion;
        lastRejected = undefined;
      } catch (err) {
        const message = `the knowledge base is valid but could not be built: ${err instanceof Error ? err.message : String(err)}`;
        event = { kind: 'rejected', version: next, serving: version.version, errors: [{ file: '.', message, severity: 'error' }], warnings: result.warnings };
        lastRejected = next;
      }
    } else {
      event = { kind: 'rejected', version: next, serving: version.version, errors: withoutGlossaryCascade(result.errors, got.files), warnings: result.warnings };
      lastRejected = next;
    }
    await options.notifier.notify(event).catch((err: unknown) => options.log.error('knowledge: could not notify the coordinators', err));
    return { kind: event.kind, version: next };
  };

  // Reloads run one after another; a request during a run is served by one more run after it.
  let running: Promise<ReloadOutcome> | undefined;
  let queued: Promise<ReloadOutcome> | undefined;
  const reload = (): Promise<ReloadOutcome> => {
    if (running === undefined) {
      running = reloadOnce().finally(() => {
        running = undefined;
      });
      return running;
    }
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = undefined;
        return reload();
      });
    return queued;
  };

  let closed = false;
  const watchers = new Map<string, FSWatcher>();
  let debounce: NodeJS.Timeout | undefined;
  let rewatch: NodeJS.Timeout | undefined;
  let poll: NodeJS.Timeout | undefined;
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const schedule = (): void => {
    if (closed) return;
    if (debounce !== undefined) clearTimeout(debounce);
    debounce = setTimeout(() => {
      debounce = undefined;
      // A folder may have been added or replaced: watch whatever is there now.
      watchTree().catch((err: unknown) => options.log.warn(`knowledge: cannot watch ${options.dir}: ${err instanceof Error ? err.message : String(err)}`));
      reload().catch((err: unknown) => options.log.error('knowledge: reload failed', err));
    }, debounceMs);
    debounce.unref();
  };
  const retryWatch = (): void => {
    if (closed || rewatch !== undefined) return;
    rewatch = setTimeout(() => {
      rewatch = undefined;
      schedule();
    }, REWATCH_MS);
    rewatch.unref();
  };
  /**
   * One watcher per folder, not per file: editors that save by writing a new file and renaming it
   * over the old one replace the file a per-file watch would be on. Node's `recursive` option is
   * not used: on Linux (Node 20) it misses changes after such renames.
   */
  const watchTree = async (): Promise<void> => {
    if (closed) return;
    const entries = await readdir(options.dir, { recursive: true, withFileTypes: true }).catch(() => undefined);
    const folders = [options.dir, ...(entries ?? []).filter((e) => e.isDirectory()).map((e) => join(e.parentPath, e.name))];
    for (const [folder, watcher] of watchers) {
      if (!folders.includes(folder)) {
        watcher.close();
        watchers.delete(folder);
      }
    }
    for (const folder of folders) {
      if (closed || watchers.has(folder)) continue;
      try {
        const watcher = watch(folder, { persistent: false }, () => schedule());
        watcher.on('error', (err) => {
          watcher.close();
          watchers.delete(folder);
          if (folder === options.dir) options.log.warn(`knowledge: watching ${folder} failed (${err.message}); watching again in ${REWATCH_MS / 1000} s`);
          retryWatch();
        });
        watchers.set(folder, watcher);
      } catch (err) {
        if (folder === options.dir) options.log.warn(`knowledge: cannot watch ${folder} (${err instanceof Error ? err.message : String(err)}); trying again in ${REWATCH_MS / 1000} s`);
        retryWatch();
      }
    }
  };
  if (options.watch ?? true) {
    await watchTree();
    // A slow re-read catches what events miss (network file systems, a folder swapped while unwatched).
    const pollMs = options.pollMs ?? DEFAULT_POLL_MS;
    if (pollMs > 0) {
      poll = setInterval(schedule, pollMs);
      poll.unref();
    }
  }

  return {
    ok: true,
    warnings: parsed.warnings,
    live: {
      current: () => serving,
      version: () => version,
      reload,
      close() {
        closed = true;
        for (const w of watchers.values()) w.close();
        watchers.clear();
        if (debounce !== undefined) clearTimeout(debounce);
        if (rewatch !== undefined) clearTimeout(rewatch);
        if (poll !== undefined) clearInterval(poll);
      },
    },
  };
}

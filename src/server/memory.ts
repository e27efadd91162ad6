import { setFlagsFromString } from 'node:v8';
import type { KnowledgeReloadNotifier } from '../knowledge/live.js';

/**
 * A full, compacting garbage collection, when node runs with --expose-gc (npm start does);
 * otherwise nothing (tests, `npm run dev`). Building the index allocates several times what it
 * keeps: collected at once, V8 sets the heap's next growth limit from what is live rather than
 * from the build's peak. A full collection alone leaves what is live scattered over the pages the
 * build filled (with 10,000 passages 36 MB live kept 130 MB of old space), so this one also moves
 * the live objects together (V8's compaction of every page, switched on for this collection only)
 * and the emptied pages go back to the system.
 * Returns whether a collection ran.
 */
export function collectBuildGarbage(scope: { gc?: unknown } = globalThis, setFlags: (flags: string) => void = setFlagsFromString): boolean {
  if (typeof scope.gc !== 'function') return false;
  setFlags('--compact-on-every-full-gc');
  try {
    (scope.gc as () => void)();
  } finally {
    setFlags('--no-compact-on-every-full-gc');
  }
  return true;
}

/** After a reload has swapped the new knowledge in (the old engine is garbage then), the same collection. */
export function collectAfterReload(collect: () => boolean = collectBuildGarbage): KnowledgeReloadNotifier {
  return {
    notify(event) {
      if (event.kind === 'reloaded') collect();
      return Promise.resolve();
    },
  };
}

/**
 * How long after the server starts listening the build's garbage is collected: the collection pauses
 * the process for a tenth of a second or more (with 10,000 passages, several), and a member whose
 * message arrives first after a restart should not wait for it.
 */
export const STARTUP_COLLECTION_DELAY_MS = 1_000;

/** The collection after start-up, `delayMs` later, without keeping the process alive for it; `done` hears whether it ran. */
export function collectBuildGarbageSoon(done: (collected: boolean) => void, delayMs = STARTUP_COLLECTION_DELAY_MS, collect: () => boolean = collectBuildGarbage): void {
  setTimeout(() => done(collect()), delayMs).unref();
}

import type { KnowledgeReloadNotifier } from '../knowledge/live.js';

/**
 * A full garbage collection, when node runs with --expose-gc (npm start does); otherwise nothing
 * (tests, `npm run dev`). Building the index allocates several times what it keeps: collected at
 * once, V8 sets the heap's next growth limit from what is live rather than from the build's peak,
 * and the heap stays smaller under load (10,000 passages: about 600 → 430 MB resident after
 * load; the bundled knowledge base is too small to matter).
 * Returns whether a collection ran.
 */
export function collectBuildGarbage(scope: { gc?: unknown } = globalThis): boolean {
  if (typeof scope.gc !== 'function') return false;
  (scope.gc as () => void)();
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

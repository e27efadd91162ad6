import { describe, expect, it, vi } from 'vitest';
import { collectAfterReload, collectBuildGarbage, collectBuildGarbageSoon } from '../../src/server/memory.js';

describe('collectBuildGarbage', () => {
  it('runs a collection when node exposes gc, compacting every page for that one only', () => {
    const flags: string[] = [];
    const gc = vi.fn(() => flags.push('gc'));
    expect(collectBuildGarbage({ gc }, (f) => flags.push(f))).toBe(true);
    expect(gc).toHaveBeenCalledOnce();
    expect(flags).toEqual(['--compact-on-every-full-gc', 'gc', '--no-compact-on-every-full-gc']);
  });

  it('does nothing without --expose-gc', () => {
    expect(collectBuildGarbage({})).toBe(false);
  });
});

describe('collectAfterReload', () => {
  it('collects after a reload swapped the knowledge in, not after a rejected one', async () => {
    const collect = vi.fn(() => true);
    const notifier = collectAfterReload(collect);
    await notifier.notify({ kind: 'rejected', version: 'b', serving: 'a', errors: [], warnings: [] });
    expect(collect).not.toHaveBeenCalled();
    await notifier.notify({ kind: 'reloaded', version: 'b', previous: 'a', documents: 5, warnings: [] });
    expect(collect).toHaveBeenCalledOnce();
  });
});

describe('collectBuildGarbageSoon', () => {
  it('collects after the delay, not at once, and says whether a collection ran', () => {
    vi.useFakeTimers();
    try {
      const collect = vi.fn(() => true);
      const done = vi.fn();
      collectBuildGarbageSoon(done, 1_000, collect);
      vi.advanceTimersByTime(999);
      expect(collect).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(collect).toHaveBeenCalledOnce();
      expect(done).toHaveBeenCalledWith(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

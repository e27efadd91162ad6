import { describe, expect, it, vi } from 'vitest';
import { collectAfterReload, collectBuildGarbage } from '../../src/server/memory.js';

describe('collectBuildGarbage', () => {
  it('runs a collection when node exposes gc', () => {
    const gc = vi.fn();
    expect(collectBuildGarbage({ gc })).toBe(true);
    expect(gc).toHaveBeenCalledOnce();
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

import { describe, expect, it } from 'vitest';
import { createRateLimiter, type RateDecision } from '../../src/ratelimit/limiter.js';

function manualClock(start = 1_000_000): { now: () => number; advance: (ms: number) => void } {
  let t = start;
  return { now: () => t, advance: (ms) => (t += ms) };
}

const kinds = (ds: readonly RateDecision[]): string[] => ds.map((d) => (d.kind === 'limited' ? (d.notify ? 'notify' : 'drop') : 'ok'));

describe('createRateLimiter', () => {
  it('admits `limit` messages within the window, then refuses, telling the member once', () => {
    const clock = manualClock();
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, now: clock.now });
    const ds = Array.from({ length: 6 }, () => {
      clock.advance(1_000);
      return limiter.take('m1');
    });
    expect(kinds(ds)).toEqual(['ok', 'ok', 'ok', 'notify', 'drop', 'drop']);
    // The first admitted message was at +1 s; the sixth attempt at +6 s waits until +61 s.
    expect(ds[5]).toEqual({ kind: 'limited', notify: false, retryAfterMs: 55_000 });
  });

  it('slides: a message is admitted again as soon as the oldest leaves the window, and refusals do not count', () => {
    const clock = manualClock();
    const limiter = createRateLimiter({ limit: 2, windowMs: 10_000, now: clock.now });
    expect(limiter.take('m').kind).toBe('admitted'); // t=0
    clock.advance(4_000);
    expect(limiter.take('m').kind).toBe('admitted'); // t=4
    clock.advance(5_999);
    expect(limiter.take('m')).toEqual({ kind: 'limited', notify: true, retryAfterMs: 1 }); // t=9.999
    clock.advance(1);
    expect(limiter.take('m').kind).toBe('admitted'); // t=10: the first left the window
    expect(limiter.take('m').kind).toBe('limited');
    clock.advance(4_000);
    expect(limiter.take('m').kind).toBe('admitted'); // t=14: the second left
  });

  it('tells a member who keeps on being refused again only after a whole window', () => {
    const clock = manualClock();
    const limiter = createRateLimiter({ limit: 1, windowMs: 10_000, now: clock.now });
    const seen: string[] = [];
    for (let i = 0; i < 40; i += 1) {
      seen.push(...kinds([limiter.take('m')]));
      clock.advance(1_000);
    }
    // One admitted and one notice per 10 s, whatever the member does in between.
    expect(seen.filter((k) => k === 'ok')).toHaveLength(4);
    expect(seen.filter((k) => k === 'notify')).toHaveLength(4);
    expect(seen.filter((k) => k === 'drop')).toHaveLength(32);
  });

  it('counts each member on their own', () => {
    const clock = manualClock();
    const limiter = createRateLimiter({ limit: 1, now: clock.now });
    expect(limiter.take('a').kind).toBe('admitted');
    expect(limiter.take('b').kind).toBe('admitted');
    expect(limiter.take('a').kind).toBe('limited');
    expect(limiter.take('c').kind).toBe('admitted');
  });

  it('admits everything when the limit is 0 (off) and remembers nobody', () => {
    const limiter = createRateLimiter({ limit: 0, now: () => 0 });
    for (let i = 0; i < 1000; i += 1) expect(limiter.take('m').kind).toBe('admitted');
    expect(limiter.size).toBe(0);
  });

  it('forgets members idle for a whole window', () => {
    const clock = manualClock();
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000, now: clock.now });
    for (let i = 0; i < 500; i += 1) limiter.take(`member-${i}`);
    expect(limiter.size).toBe(500);
    clock.advance(60_000);
    limiter.take('late');
    expect(limiter.size).toBe(1);
  });

  it('never remembers more than maxMembers, forgetting the least recently seen first', () => {
    const clock = manualClock();
    const limiter = createRateLimiter({ limit: 1, maxMembers: 100, now: clock.now });
    limiter.take('kept');
    for (let i = 0; i < 10_000; i += 1) {
      limiter.take(`member-${i}`);
      if (i % 50 === 0) limiter.take('kept'); // seen recently: not the one forgotten
      expect(limiter.size).toBeLessThanOrEqual(100);
    }
    expect(limiter.take('kept').kind).toBe('limited');
    expect(limiter.take('member-0').kind).toBe('admitted');
  });

  it.each([
    [{ limit: -1 }],
    [{ limit: 1.5 }],
    [{ limit: 1, windowMs: 0 }],
    [{ limit: 1, maxMembers: 0 }],
  ])('rejects the options %o', (options) => {
    expect(() => createRateLimiter({ now: () => 0, ...options })).toThrow(RangeError);
  });
});

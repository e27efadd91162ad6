/**
 * A per-member sliding-window rate limiter. Pure: time comes from the injected `now`, nothing is
 * sent or logged here; the bot decides what to say.
 *
 * A member may have `limit` messages admitted within any `windowMs`. Refused messages do not
 * count, so a member who keeps typing is admitted again as soon as the oldest admitted message
 * leaves the window. Of the refused messages, only the first in a window is marked `notify`, so
 * that the member is told once, not on every dropped message.
 *
 * Memory is bounded: a member idle for a whole window is forgotten (nothing about them still
 * matters), and beyond `maxMembers` the least recently seen member is forgotten first.
 */
export interface RateLimitOptions {
  /** Messages admitted per member within one window; 0 turns limiting off. */
  limit: number;
  /** Default 60 000 (one minute). */
  windowMs?: number;
  /** Members remembered at most. Default 10 000. */
  maxMembers?: number;
  /** Milliseconds on a clock that does not go backwards (e.g. performance.now, or Date.now). */
  now: () => number;
}

export type RateDecision =
  | { kind: 'admitted' }
  /** `retryAfterMs`: until the member's next message would be admitted. */
  | { kind: 'limited'; notify: boolean; retryAfterMs: number };

export interface RateLimiter {
  /** Counts one message of `memberKey` if it is admitted. */
  take(memberKey: string): RateDecision;
  /** Members currently remembered (for tests and memory checks). */
  readonly size: number;
}

export const DEFAULT_WINDOW_MS = 60_000;
export const DEFAULT_MAX_MEMBERS = 10_000;

interface MemberWindow {
  /** Admission times within the window, oldest first; at most `limit` of them. */
  admitted: number[];
  lastSeen: number;
  notifiedAt?: number;
}

const ADMITTED: RateDecision = { kind: 'admitted' };

export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const { limit, now } = options;
  const windowMs = options.windowMs ?? DEFAULT_WINDOW_MS;
  const maxMembers = options.maxMembers ?? DEFAULT_MAX_MEMBERS;
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`rate limit must be a whole number ≥ 0, got ${limit}`);
  if (!(windowMs > 0)) throw new RangeError(`rate limit window must be positive, got ${windowMs}`);
  if (!Number.isInteger(maxMembers) || maxMembers < 1) throw new RangeError(`maxMembers must be a whole number ≥ 1, got ${maxMembers}`);

  if (limit === 0) return { take: () => ADMITTED, size: 0 };

  // Insertion order is recency order: every take moves its member to the end.
  const members = new Map<string, MemberWindow>();

  /** Forgets idle members, and the least recently seen beyond the cap (making room for one more). */
  const evict = (t: number): void => {
    for (const [key, m] of members) {
      if (members.size >= maxMembers || t - m.lastSeen >= windowMs) members.delete(key);
      else break;
    }
  };

  return {
    take(memberKey) {
      const t = now();
      const current = members.get(memberKey) ?? { admitted: [], lastSeen: t };
      members.delete(memberKey);
      current.lastSeen = t;
      evict(t);
      members.set(memberKey, current);

      while (current.admitted.length > 0 && t - (current.admitted[0] ?? t) >= windowMs) current.admitted.shift();
      if (current.admitted.length < limit) {
        current.admitted.push(t);
        return ADMITTED;
      }
      const oldest = current.admitted[0] ?? t;
      const notify = current.notifiedAt === undefined || t - current.notifiedAt >= windowMs;
      if (notify) current.notifiedAt = t;
      return { kind: 'limited', notify, retryAfterMs: Math.max(0, oldest + windowMs - t) };
    },
    get size() {
      return members.size;
    },
  };
}

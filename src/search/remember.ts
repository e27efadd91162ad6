/**
 * `compute` remembered per key, for work done again and again on the same words (members use the same
 * words message after message). At most `max` keys are kept; then it starts over, so memory stays bounded.
 */
export function remembered<T>(compute: (key: string) => T, max: number): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    if (known.has(key)) return known.get(key) as T;
    if (known.size >= max) known.clear();
    const value = compute(key);
    known.set(key, value);
    return value;
  };
}

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

/**
 * `compute` remembered per object (a passage, a document), for what is read from it the first time a question
 * needs it and is the same ever after. Unbounded: there are only as many keys as the knowledge base has objects.
 */
export function rememberedPer<K extends object, T>(compute: (key: K) => T): (key: K) => T {
  const known = new Map<K, T>();
  return (key) => {
    if (known.has(key)) return known.get(key) as T;
    const value = compute(key);
    known.set(key, value);
    return value;
  };
}

/**
 * A pure function of a string that returns a list, remembering its last `size` results: one
 * decision splits and tokenizes the same message several times (the whole message, its asking
 * sentences, its story). Each call gets its own copy, so a caller may change what it gets.
 */
export function rememberingRecent<T>(size: number, compute: (text: string) => T[]): (text: string) => T[] {
  const recent = new Map<string, readonly T[]>();
  return (text: string): T[] => {
    const known = recent.get(text);
    if (known !== undefined) return [...known];
    const value = compute(text);
    if (recent.size >= size) {
      const oldest = recent.keys().next();
      if (oldest.done !== true) recent.delete(oldest.value);
    }
    recent.set(text, [...value]);
    return value;
  };
}

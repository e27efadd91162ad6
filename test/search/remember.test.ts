import { describe, expect, it } from 'vitest';
import { remembered } from '../../src/search/remember.js';

describe('remembered', () => {
  it('computes each key once, undefined results too, and starts over after max keys', () => {
    const calls: string[] = [];
    const read = remembered((key) => {
      calls.push(key);
      return key === 'x' ? undefined : key.toUpperCase();
    }, 2);
    expect([read('a'), read('x'), read('a'), read('x')]).toEqual(['A', undefined, 'A', undefined]);
    expect(calls).toEqual(['a', 'x']);
    read('b');
    expect(calls).toEqual(['a', 'x', 'b']);
    read('a');
    expect(calls).toEqual(['a', 'x', 'b', 'a']);
  });
});

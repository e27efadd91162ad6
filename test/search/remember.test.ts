import { describe, expect, it } from 'vitest';
import { remembered, rememberedPer } from '../../src/search/remember.js';

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

describe('rememberedPer', () => {
  it('computes once per object, and apart for another object with the same contents', () => {
    const calls: object[] = [];
    const size = rememberedPer((o: { words: string[] }) => {
      calls.push(o);
      return o.words.length;
    });
    const a = { words: ['kanto', 'koonto'] };
    const b = { words: ['kanto', 'koonto'] };
    expect([size(a), size(a), size(b), size(a)]).toEqual([2, 2, 2, 2]);
    expect(calls).toEqual([a, b]);
    expect(calls[0]).toBe(a);
    expect(calls[1]).toBe(b);
  });
});

import { describe, expect, it } from 'vitest';
import { rememberingRecent } from '../../src/search/recent.js';

describe('rememberingRecent', () => {
  it('computes a text once while it is among the last ones asked, and again after it has dropped out', () => {
    const seen: string[] = [];
    const split = rememberingRecent(2, (text: string) => {
      seen.push(text);
      return text.split(' ');
    });
    expect(split('a b')).toEqual(['a', 'b']);
    expect(split('a b')).toEqual(['a', 'b']);
    expect(seen).toEqual(['a b']);
    split('c');
    split('d');
    expect(split('a b')).toEqual(['a', 'b']);
    expect(seen).toEqual(['a b', 'c', 'd', 'a b']);
  });

  it('gives every caller its own copy', () => {
    const split = rememberingRecent(4, (text: string) => text.split(' '));
    const first = split('x y');
    first.push('changed');
    expect(split('x y')).toEqual(['x', 'y']);
  });
});

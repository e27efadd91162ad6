import { describe, expect, it } from 'vitest';
import { withSubItems } from '../../src/knowledge/types.js';

describe('withSubItems', () => {
  it('groups each parent item with the sub-items that follow it', () => {
    const items = ['7.1 Yritykset', '  – Suunniteltu: 0', '  – Toteutunut: 0', '7.2 Henkilöt', '  – Suunniteltu: 50', 'Muu'];
    expect(withSubItems(items, (item) => item.startsWith(' '))).toEqual([
      { parent: '7.1 Yritykset', subs: ['  – Suunniteltu: 0', '  – Toteutunut: 0'] },
      { parent: '7.2 Henkilöt', subs: ['  – Suunniteltu: 50'] },
      { parent: 'Muu', subs: [] },
    ]);
  });

  it('takes a sub-item with no parent before it for a parent', () => {
    expect(withSubItems(['  – orpo', 'Pää'], (item) => item.startsWith(' '))).toEqual([
      { parent: '  – orpo', subs: [] },
      { parent: 'Pää', subs: [] },
    ]);
  });
});

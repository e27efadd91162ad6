import { describe, expect, it } from 'vitest';
import { aboutTime, documentTimes, monthsNamed, namesTime, yearNamed } from '../../src/answer/periods.js';

describe('monthsNamed and yearNamed', () => {
  it.each([
    ['kesäkuun', [6]],
    ['toukokuussa', [5]],
    ['elokuu', [8]],
    ['june', [6]],
    ['keväällä', [3, 4, 5]],
    ['juhannuksen', [6]],
    ['kevään', [3, 4, 5]],
    ['syksyn', [9, 10, 11]],
    ['kesällä', [6, 7, 8]],
    ['talvella', [12, 1, 2]],
    ['kesäkuu', [6]],
    ['kesäteatteri', []],
    ['hanke', []],
  ])('%s → %j', (word, months) => {
    expect(monthsNamed(word)).toEqual(months);
  });

  it.each([
    ['2024', 2024],
    ['2022:n', 2022],
    ['1999', undefined],
    ['20245', undefined],
    ['10.5.2024', undefined],
  ])('%s → %s', (word, year) => {
    expect(yearNamed(word)).toBe(year);
  });
});

describe('namesTime', () => {
  it.each([
    ['kesäkuun', true],
    ['keväällä', true],
    ['2024', true],
    ['haussa', false],
    ['050', false],
  ] as const)('%s → %s', (word, expected) => {
    expect(namesTime(word)).toBe(expected);
  });
});

describe('documentTimes and aboutTime', () => {
  const times = documentTimes({
    date: '2023',
    calls: [{ name: 'Haku', region: 'Pohjois-Savo', opens: '2023-11-15', closes: '2024-01-31', quote: 'q' }],
  });

  it('knows the date\'s year and every month and year a call is open, across the turn of a year', () => {
    expect([...times.years].sort()).toEqual([2023, 2024]);
    expect([...times.months].sort((a, b) => a - b)).toEqual([1, 11, 12]);
  });

  it.each([
    ['2024', true],
    ['2022', false],
    ['joulukuun', true],
    ['talvella', true],
    ['kesäkuun', false],
    ['hanke', undefined],
  ])('%s → %s', (word, about) => {
    expect(aboutTime(word, times)).toBe(about);
  });

  it('takes the month of a dated document, and only the opening month of a call without an end', () => {
    const t = documentTimes({ date: '2024-06-18', calls: [{ name: 'Haku', region: 'Etelä-Savo', opens: '2024-06-18', quote: 'q' }] });
    expect([...t.months]).toEqual([6]);
    expect([...t.years]).toEqual([2024]);
  });
});

import { describe, expect, it } from 'vitest';
import { dayNumber, formatDate, latestDay, todayInFinland, wholeYears } from '../../src/answer/dates.js';

describe('formatDate', () => {
  it.each([
    ['2024-05-10', '10.5.2024'],
    ['2024-03-01', '1.3.2024'],
    ['2024-12-31', '31.12.2024'],
    ['2023-08', '8/2023'],
    ['2022', '2022'],
  ])('%s → %s', (iso, finnish) => {
    expect(formatDate(iso)).toBe(finnish);
  });
});

describe('latestDay', () => {
  it.each([
    ['2022', '2022-12-31'],
    ['2024-02', '2024-02-29'],
    ['2023-02', '2023-02-28'],
    ['2023-04', '2023-04-30'],
    ['2024-12', '2024-12-31'],
    ['2024-06-18', '2024-06-18'],
  ])('%s → %s', (date, last) => {
    expect(latestDay(date)).toBe(last);
  });
});

describe('wholeYears', () => {
  it.each([
    ['2022-12-31', '2026-11-23', 3],
    ['2023-12-31', '2026-11-23', 2],
    ['2024-06-18', '2026-11-23', 2],
    ['2024-06-18', '2025-06-17', 0],
    ['2024-06-18', '2025-06-19', 1],
    ['2024-01-01', '2024-12-31', 0],
    ['2020-01-01', '2024-01-01', 4],
    ['2024-05-10', '2024-05-10', 0],
    ['2024-06-18', '2025-06-18', 1],
    ['2023-11-23', '2026-11-23', 3],
    ['2022-12-31', '2023-12-31', 1],
    ['2022-12-31', '2023-12-30', 0],
    ['2024-02-29', '2025-02-28', 0],
    ['2024-02-29', '2025-03-01', 1],
    ['2024-02-29', '2028-02-29', 4],
    ['2026-01-01', '2024-01-01', 0],
  ] as const)('%s → %s: %i', (from, to, years) => {
    expect(wholeYears(from, to)).toBe(years);
  });
});

describe('dayNumber', () => {
  it('counts days in UTC, across a leap day and a daylight-saving change', () => {
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2);
    expect(dayNumber('2024-03-31') - dayNumber('2024-03-30')).toBe(1);
    expect(dayNumber('2024-10-28') - dayNumber('2024-10-26')).toBe(2);
  });
});

describe('todayInFinland', () => {
  it.each([
    ['2024-01-01T21:59:59Z', '2024-01-01'],
    ['2024-01-01T22:00:00Z', '2024-01-02'],
    ['2024-05-10T20:59:59Z', '2024-05-10'],
    ['2024-05-10T21:00:00Z', '2024-05-11'],
    ['2024-12-31T23:30:00Z', '2025-01-01'],
  ])('%s is %s in Helsinki', (instant, day) => {
    expect(todayInFinland(new Date(instant))).toBe(day);
  });
});

import { describe, expect, it } from 'vitest';
import { callState, callStatus, daysSinceOpening, periodAsWritten } from '../../src/answer/calls.js';
import type { CallState } from '../../src/answer/types.js';
import type { CallPeriod } from '../../src/knowledge/schema.js';
import { parseKnowledge } from '../../src/knowledge/parse.js';
import { documentFile, VALID_FRONT_MATTER, withField } from '../knowledge/fixtures.js';

const SPRING: CallPeriod = { name: 'Hankehaku 2/2024', region: 'Etelä-Savo', opens: '2024-03-01', closes: '2024-05-10', quote: 'q' };
const NO_END: CallPeriod = { name: 'Seuraava haku', region: 'Pohjois-Savo', opens: '2024-01-15', quote: 'q' };
const ONE_DAY: CallPeriod = { name: 'Päivän haku', region: 'Pohjois-Karjala', opens: '2024-06-01', closes: '2024-06-01', quote: 'q' };

/** Where a call stands around its boundaries. The closing day is still open. */
const STATES: { call: CallPeriod; today: string; state: CallState }[] = [
  { call: SPRING, today: '2023-12-31', state: 'upcoming' },
  { call: SPRING, today: '2024-02-29', state: 'upcoming' },
  { call: SPRING, today: '2024-03-01', state: 'open' },
  { call: SPRING, today: '2024-04-15', state: 'open' },
  { call: SPRING, today: '2024-05-10', state: 'open' },
  { call: SPRING, today: '2024-05-11', state: 'ended' },
  { call: SPRING, today: '2026-11-23', state: 'ended' },
  { call: NO_END, today: '2024-01-14', state: 'upcoming' },
  { call: NO_END, today: '2024-01-15', state: 'unknown_end' },
  { call: NO_END, today: '2030-01-01', state: 'unknown_end' },
  { call: ONE_DAY, today: '2024-05-31', state: 'upcoming' },
  { call: ONE_DAY, today: '2024-06-01', state: 'open' },
  { call: ONE_DAY, today: '2024-06-02', state: 'ended' },
];

describe('callState', () => {
  it.each(STATES)('$call.name on $today is $state', ({ call, today, state }) => {
    expect(callState(call, today)).toBe(state);
  });

  it('never calls a call without an end date open', () => {
    for (const today of ['2024-01-15', '2024-01-16', '2024-06-01', '2099-12-31']) expect(callState(NO_END, today)).not.toBe('open');
  });
});

describe('daysSinceOpening', () => {
  it.each([
    ['2024-01-15', 0],
    ['2024-01-16', 1],
    ['2024-03-01', 46],
    ['2025-01-15', 366],
  ] as const)('%s → %i', (today, days) => {
    expect(daysSinceOpening(NO_END, today)).toBe(days);
  });
});

describe('callStatus', () => {
  const callLines = (c: CallPeriod): string[] => [
    `  - name: ${c.name}`,
    `    region: ${c.region}`,
    `    opens: "${c.opens}"`,
    ...(c.closes === undefined ? [] : [`    closes: "${c.closes}"`]),
    `    quote: ${c.quote}`,
  ];
  const parsed = parseKnowledge([
    documentFile('docs/a.md', [...withField('regions', 'regions: [Etelä-Savo, Pohjois-Savo]'), 'calls:', ...callLines(SPRING), ...callLines(NO_END)]),
    documentFile('docs/b.md', [...withField('id', 'id: b', VALID_FRONT_MATTER), 'calls:', ...callLines(ONE_DAY)]),
  ]);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  const { kb } = parsed;

  it('lists open calls first, then coming ones, then the rest, newest opening first, with state and source', () => {
    const items = callStatus(kb, '2024-04-15', undefined);
    expect(items.map((i) => [i.call.name, i.state, i.source.docId])).toEqual([
      ['Hankehaku 2/2024', 'open', 'a'],
      ['Päivän haku', 'upcoming', 'b'],
      ['Seuraava haku', 'unknown_end', 'a'],
    ]);
  });

  it('keeps only the calls of the region asked about', () => {
    expect(callStatus(kb, '2024-04-15', 'Etelä-Savo').map((i) => i.call.name)).toEqual(['Hankehaku 2/2024']);
    expect(callStatus(kb, '2024-04-15', 'Pohjois-Savo').map((i) => i.call.name)).toEqual(['Seuraava haku']);
  });

  it('gives an empty list when no call is known', () => {
    expect(callStatus({ documents: [], glossary: [] }, '2024-04-15', undefined)).toEqual([]);
  });
});

describe('periodAsWritten', () => {
  it.each([
    ['HANKEHAKU (2/2024) ON AUKI 1.3.-10.5.2024 ETELÄ-SAVOSSA', '1.3.-10.5.2024'],
    ['Hakuaika: 27.6.–9.9.2024', '27.6.–9.9.2024'],
    ['haku on auki 01.03.2024 – 10.05.2024.', '01.03.2024 – 10.05.2024'],
  ])('%s → %s', (quote, written) => {
    const opens = written.startsWith('27') ? '2024-06-27' : '2024-03-01';
    const closes = written.startsWith('27') ? '2024-09-09' : '2024-05-10';
    expect(periodAsWritten({ ...SPRING, opens, closes, quote })).toBe(written);
  });

  it.each([
    ['a span of other days', 'Haku 1.3.-10.6.2024 ja jotain muuta'],
    ['another year', 'ON AUKI 1.3.-10.5.2023'],
    ['no span', 'Hakuaika päättyy 10.5.2024'],
    ['a longer number', 'koodi 11.3.-10.5.20245'],
  ])('nothing when the quote has %s', (_what, quote) => {
    expect(periodAsWritten({ ...SPRING, quote })).toBeUndefined();
  });

  it('nothing for a call without an end', () => {
    expect(periodAsWritten({ ...NO_END, quote: '15.1.-10.5.2024' })).toBeUndefined();
  });
});

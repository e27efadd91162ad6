import { describe, expect, it } from 'vitest';
import { buildGapReport, type GapItem } from '../../src/report/gap.js';

/** Topics by keyword, so that grouping is tested apart from the engine. */
const topicOf = (q: string): string => (/omarahoit/i.test(q) ? 'Omarahoitus' : /kustannu/i.test(q) ? 'Kustannukset' : '(ei aihetta)');
const item = (at: string, source: GapItem['source'], question: string, region?: GapItem['region']): GapItem => ({ at, source, question, lang: 'fi', ...(region === undefined ? {} : { region }) });

const ITEMS: GapItem[] = [
  item('2025-03-01T10:00:00.000Z', 'handoff', 'Voiko omarahoituksen kattaa talkoilla?', 'Etelä-Savo'),
  item('2025-03-02T10:00:00.000Z', 'not_helpful', 'voiko  omarahoituksen kattaa talkoilla', 'Etelä-Savo'),
  item('2025-03-03T10:00:00.000Z', 'clarify', 'Paljonko omarahoitusta?', 'Etelä-Savo'),
  item('2025-03-04T10:00:00.000Z', 'handoff_offer', 'Mitkä kustannukset käyvät?'),
  item('2025-03-05T10:00:00.000Z', 'handoff', 'Paljonko omarahoitusta?', 'Pohjois-Savo'),
  item('2025-03-06T10:00:00.000Z', 'handoff_offer', 'Saako ostaa veneen?', 'Pohjois-Karjala'),
  item('2025-03-06T11:00:00.000Z', 'handoff_offer', 'Saako ostaa veneen?', 'Pohjois-Karjala'),
];

describe('buildGapReport', () => {
  const report = buildGapReport(ITEMS, { from: '2025-03-01', to: '2025-03-31', topicOf });

  it('groups by topic and region, most frequent first, ties by topic', () => {
    expect(report.groups.map((g) => [g.topic, g.region, g.count])).toEqual([
      ['Omarahoitus', 'Etelä-Savo', 3],
      ['(ei aihetta)', 'Pohjois-Karjala', 2],
      ['Kustannukset', undefined, 1],
      ['Omarahoitus', 'Pohjois-Savo', 1],
    ]);
    expect(report.total).toBe(7);
    expect(report.bySource).toEqual({ handoff: 2, not_helpful: 1, clarify: 1, handoff_offer: 3 });
  });

  it('counts each source in a group and each distinct question, ignoring case, spacing and the question mark', () => {
    const [top] = report.groups;
    expect(top?.bySource).toEqual({ handoff: 1, not_helpful: 1, clarify: 1, handoff_offer: 0 });
    expect(top?.questions).toEqual([
      { text: 'Voiko omarahoituksen kattaa talkoilla?', count: 2 },
      { text: 'Paljonko omarahoitusta?', count: 1 },
    ]);
  });

  it('takes the period by the day in Finland, both ends included', () => {
    const edge = [
      item('2025-02-28T21:59:00.000Z', 'handoff', 'ennen'), // 23.59 in Helsinki, 28 Feb
      item('2025-02-28T22:00:00.000Z', 'handoff', 'alussa'), // 00.00 in Helsinki, 1 Mar
      item('2025-03-31T20:59:00.000Z', 'handoff', 'lopussa'), // 23.59 in Helsinki (summer time), 31 Mar
      item('2025-03-31T21:00:00.000Z', 'handoff', 'jälkeen'),
    ];
    const r = buildGapReport(edge, { from: '2025-03-01', to: '2025-03-31', topicOf });
    expect(r.groups.flatMap((g) => g.questions.map((q) => q.text)).sort()).toEqual(['alussa', 'lopussa']);
  });

  it('asks the topic once per distinct question', () => {
    const asked: string[] = [];
    buildGapReport(ITEMS, { from: '2025-03-01', to: '2025-03-31', topicOf: (q) => (asked.push(q), topicOf(q)) });
    expect(asked).toHaveLength(4);
  });

  it('is empty for a period without items, and skips blank questions', () => {
    expect(buildGapReport(ITEMS, { from: '2024-01-01', to: '2024-12-31', topicOf })).toMatchObject({ total: 0, groups: [] });
    expect(buildGapReport([item('2025-03-01T10:00:00.000Z', 'handoff', '   ')], { from: '2025-03-01', to: '2025-03-31', topicOf }).total).toBe(0);
  });
});

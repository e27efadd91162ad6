import { describe, expect, it } from 'vitest';
import { reportCsv, reportMarkdown } from '../../src/report/format.js';
import type { GapGroup, GapReport } from '../../src/report/gap.js';

const NO_TOPIC: GapGroup = { topic: '(ei vastinetta tietopohjassa)', count: 1, bySource: { handoff: 0, not_helpful: 0, clarify: 0, handoff_offer: 1 }, questions: [{ text: '=SUM(1)', count: 1 }] };

const REPORT: GapReport = {
  from: '2025-03-01',
  to: '2025-03-31',
  total: 5,
  bySource: { handoff: 2, not_helpful: 1, clarify: 1, handoff_offer: 1 },
  groups: [
    {
      topic: 'Hakuaika, rahoitus ja omarahoitusosuus',
      region: 'Etelä-Savo',
      count: 4,
      bySource: { handoff: 2, not_helpful: 1, clarify: 1, handoff_offer: 0 },
      questions: [
        { text: 'Voiko omarahoituksen kattaa "talkoilla"?', count: 3 },
        { text: 'A | B?', count: 1 },
      ],
    },
    NO_TOPIC,
  ],
};

describe('reportMarkdown', () => {
  const md = reportMarkdown(REPORT, { lang: 'fi' });

  it('has a Finnish title with the period, the total and one table row per group, most frequent first', () => {
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Aukkoraportti 1.3.2025–31.3.2025');
    expect(md).toContain('Kysymyksiä yhteensä: 5');
    expect(lines).toContain('| Aihe | Maakunta | Yhteensä | Siirretty neuvojalle | Ei hyödyllinen | Tarkennettu | Neuvojaa tarjottu |');
    const rows = lines.filter((l) => /^\| [^-A]/.test(l));
    expect(rows).toEqual(['| Hakuaika, rahoitus ja omarahoitusosuus | Etelä-Savo | 4 | 2 | 1 | 1 | 0 |', '| (ei vastinetta tietopohjassa) | (ei tiedossa) | 1 | 0 | 0 | 0 | 1 |']);
  });

  it('lists each group’s questions with their counts', () => {
    expect(md).toContain('### Hakuaika, rahoitus ja omarahoitusosuus – Etelä-Savo (4)\n\n- Voiko omarahoituksen kattaa "talkoilla"? (3)\n- A | B?\n');
  });

  it('shortens long lists and says how many were left out', () => {
    const many: GapReport = { ...REPORT, groups: [{ ...NO_TOPIC, count: 4, questions: ['a', 'b', 'c', 'd'].map((text) => ({ text, count: 1 })) }] };
    expect(reportMarkdown(many, { lang: 'fi', questionsPerGroup: 2 })).toContain('- a\n- b\n- …ja 2 muuta\n');
  });

  it('says so when the period has nothing, and speaks English when asked', () => {
    const empty: GapReport = { ...REPORT, total: 0, groups: [] };
    expect(reportMarkdown(empty, { lang: 'fi' })).toContain('Ajanjaksolla ei ole');
    expect(reportMarkdown(empty, { lang: 'en' }).split('\n')[0]).toBe('# Gap report 1.3.2025–31.3.2025');
  });
});

describe('reportCsv', () => {
  const csv = reportCsv(REPORT, { lang: 'fi' });
  const rows = csv.replace(/^\uFEFF/, '').split('\r\n');

  it('starts with a byte-order mark and a header row, one row per question, CRLF line ends', () => {
    expect(csv.startsWith('\uFEFFAihe,Maakunta,Yhteensä,')).toBe(true);
    expect(rows).toHaveLength(1 + 3 + 1);
    expect(rows.at(-1)).toBe('');
  });

  it('quotes fields with commas and quotes, and defuses spreadsheet formulas', () => {
    expect(rows[1]).toBe('"Hakuaika, rahoitus ja omarahoitusosuus",Etelä-Savo,4,2,1,1,0,"Voiko omarahoituksen kattaa ""talkoilla""?",3');
    expect(rows[2]).toBe('"Hakuaika, rahoitus ja omarahoitusosuus",Etelä-Savo,4,2,1,1,0,A | B?,1');
    expect(rows[3]).toBe("(ei vastinetta tietopohjassa),(ei tiedossa),1,0,0,0,1,'=SUM(1),1");
  });
});

import { describe, expect, it } from 'vitest';
import { answerMarkdown, faqEntryFile, faqFileId, yearsAfter, type FaqEntryInput } from '../../src/faq/entry.js';
import { checkKnowledge } from '../../src/knowledge/check.js';
import { readKnowledgeFiles } from '../../src/knowledge/load.js';
import { parseKnowledge } from '../../src/knowledge/parse.js';
import { passageText } from '../../src/knowledge/types.js';
import { KNOWLEDGE_DIR } from '../knowledge/fixtures.js';

const INPUT: FaqEntryInput = {
  ticketId: 'HA-4F7K',
  region: 'Etelä-Savo',
  lang: 'fi',
  question: 'Voiko yhdistyksen hallituksen jäsen toimia hankkeen projektipäällikkönä?',
  answer: 'Voi, kunhan esteellisyys on arvioitu ja päätös kirjattu hallituksen pöytäkirjaan.',
  fileId: 'voiko-yhdistyksen-hallituksen-jasen-toimia-hankkeen-ha-4f7k',
  approvedOn: '2026-11-30',
  validUntil: '2027-11-30',
};

/** The entry parsed back alone, as the knowledge loader reads it. */
function parsedBack(input: FaqEntryInput) {
  const file = faqEntryFile(input);
  const result = parseKnowledge([file]);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  const [doc] = result.kb.documents;
  if (doc === undefined) throw new Error('no document');
  return { file, doc, warnings: result.warnings };
}

describe('faqEntryFile', () => {
  it('writes valid front matter: type faq, the adviser publisher, region, approval date, validity, ticket; nothing about the asker', () => {
    const { file, doc, warnings } = parsedBack(INPUT);
    expect(file.path).toBe(`faq/${INPUT.fileId}.md`);
    expect(warnings).toEqual([]);
    expect(doc.meta).toEqual({
      id: INPUT.fileId,
      title: `Neuvojan vastaus: ${INPUT.question}`,
      type: 'faq',
      publisher: 'Hankeapu-neuvojat',
      regions: ['Etelä-Savo'],
      date: '2026-11-30',
      valid_until: '2027-11-30',
      ticket: 'HA-4F7K',
      lang: 'fi',
      calls: [],
    });
    expect(file.text).toContain('# Neuvojan vastaus kysymykseen HA-4F7K, koordinaattorin hyväksymä 2026-11-30.');
  });

  it('makes the question the heading and the answer the passage under it', () => {
    const { doc } = parsedBack(INPUT);
    expect(doc.passages).toHaveLength(1);
    expect(doc.passages[0]?.headings).toEqual([INPUT.question]);
    expect(passageText(doc.passages[0] ?? { id: '', docId: '', headings: [], blocks: [], line: 0 })).toBe(INPUT.answer);
  });

  it('passes kb:check beside the bundled knowledge base with no issue of its own', async () => {
    const files = await readKnowledgeFiles(KNOWLEDGE_DIR);
    const file = faqEntryFile(INPUT);
    const report = checkKnowledge([...files, file], { today: '2026-11-30', soonDays: 30 });
    expect(report.errors).toBe(0);
    expect(report.issues.filter((i) => i.file === file.path)).toEqual([]);
  });

  it('writes an English entry with an English title', () => {
    const { doc } = parsedBack({ ...INPUT, lang: 'en', question: 'Can a board member lead the project?', answer: 'Yes, if conflicts of interest are assessed.' });
    expect(doc.meta.title).toBe("Adviser's answer: Can a board member lead the project?");
    expect(doc.meta.lang).toBe('en');
  });

  it('shortens a long question in the title but keeps it whole in the heading', () => {
    const question = `${'Kuinka pitkä kysymys voi olla '.repeat(8)}?`;
    const { doc } = parsedBack({ ...INPUT, question });
    expect([...doc.meta.title].length).toBeLessThanOrEqual('Neuvojan vastaus: '.length + 120);
    expect(doc.meta.title.endsWith('…')).toBe(true);
    expect(doc.passages[0]?.headings).toEqual([question.replace(/\s+/g, ' ').trim()]);
  });

  it('quotes YAML-significant text in the title and publisher', () => {
    const { doc } = parsedBack({ ...INPUT, question: 'Mitä "flat rate: 40 %" # tarkoittaa?', publisher: 'Liitto: neuvonta' });
    expect(doc.meta.title).toBe('Neuvojan vastaus: Mitä "flat rate: 40 %" # tarkoittaa?');
    expect(doc.meta.publisher).toBe('Liitto: neuvonta');
  });
});

describe('answers with Markdown in them come back as the same text under the question', () => {
  const cases: { what: string; answer: string; blocks: string[] }[] = [
    { what: 'a line starting with #', answer: '# Tärkeää\nOmarahoitus on 20 %.', blocks: ['# Tärkeää Omarahoitus on 20 %.'] },
    { what: 'a rule and a setext underline', answer: 'Ensin näin\n---\nsitten ===\n===', blocks: ['Ensin näin --- sitten === ==='] },
    { what: 'a quote', answer: '> ELY-keskus sanoo näin', blocks: ['> ELY-keskus sanoo näin'] },
    { what: 'HTML and a comment', answer: '<div>Teksti</div> <!-- ei --> ja <b>lihava</b>', blocks: ['<div>Teksti</div> <!-- ei --> ja <b>lihava</b>'] },
    { what: 'emphasis and code marks', answer: 'Käytä *flat rate* -mallia ja `7 %` tai _40 %_.', blocks: ['Käytä *flat rate* -mallia ja `7 %` tai _40 %_.'] },
    { what: 'a link', answer: 'Katso [sivu](https://www.rakennerahastot.fi).', blocks: ['Katso [sivu](https://www.rakennerahastot.fi).'] },
    { what: 'a number that looks like a list', answer: '2024. vuonna haku oli auki.', blocks: ['2024. vuonna haku oli auki.'] },
    { what: 'ordinary punctuation', answer: 'Etelä-Savo, R&D ja ESR+ = 20 % | 7 %!', blocks: ['Etelä-Savo, R&D ja ESR+ = 20 % | 7 %!'] },
    { what: 'paragraphs', answer: 'Ensimmäinen kappale.\n\n\nToinen kappale.', blocks: ['Ensimmäinen kappale.', 'Toinen kappale.'] },
    {
      what: 'a list after its introduction',
      answer: 'Tarvitset:\n- hakemuksen\n• budjetin\n1. liitteet',
      blocks: ['Tarvitset:\n• hakemuksen\n• budjetin', '• liitteet'],
    },
  ];
  it.each(cases)('$what', ({ answer, blocks }) => {
    const { doc } = parsedBack({ ...INPUT, answer });
    expect(doc.passages.every((p) => p.headings.length === 1 && p.headings[0] === INPUT.question)).toBe(true);
    expect(doc.passages.map(passageText)).toEqual(blocks);
  });

  it('never leaves a blank line at the end', () => {
    expect(answerMarkdown('Teksti.\n\n')).toEqual(['Teksti.']);
  });
});

describe('faqFileId', () => {
  it.each([
    { question: 'Voiko yhdistys hakea?', id: 'voiko-yhdistys-hakea-ha-4f7k' },
    { question: 'Mitä ESR+:n KAKE-rahoitus tarkoittaa Etelä-Savossa ja Pohjois-Karjalassa nyt?', id: 'mita-esr-n-kake-rahoitus-tarkoittaa-etela-ha-4f7k' },
    { question: '?!', id: 'faq-ha-4f7k' },
  ])('$question → $id', ({ question, id }) => {
    expect(faqFileId(question, 'HA-4F7K')).toBe(id);
    expect(id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
  });
});

describe('yearsAfter', () => {
  it.each([
    ['2026-11-30', 1, '2027-11-30'],
    ['2024-02-29', 1, '2025-02-28'],
    ['2026-01-31', 2, '2028-01-31'],
  ] as const)('%s + %i years = %s', (from, years, to) => {
    expect(yearsAfter(from, years)).toBe(to);
  });
});

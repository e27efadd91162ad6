import { describe, expect, it } from 'vitest';
import { checkKnowledge, normalizeQuote, type CheckIssue, type CheckKind } from '../../src/knowledge/check.js';
import type { SourceFile } from '../../src/knowledge/parse.js';
import { readKnowledgeFiles } from '../../src/knowledge/load.js';
import { documentFile, KNOWLEDGE_DIR, VALID_FRONT_MATTER, withField } from './fixtures.js';

const TODAY = '2026-11-23';
const OPTIONS = { today: TODAY, soonDays: 30 };

const BODY = '# A\n\n## Hakuaika\n\n**Hakuaika:** 27.6.–9.9.2022\n\nTOIMINTA-AIKA   15.3.2022–31.12.2023\n';

function call(quote: string, region = 'Etelä-Savo'): string[] {
  return ['calls:', '  - name: Haku', `    region: ${region}`, '    opens: "2022-06-27"', '    closes: "2022-09-09"', `    quote: ${JSON.stringify(quote)}`];
}

function issuesOf(files: readonly SourceFile[]): CheckIssue[] {
  return checkKnowledge(files, OPTIONS).issues;
}

function kinds(files: readonly SourceFile[]): (CheckKind | undefined)[] {
  return issuesOf(files).map((i) => i.kind);
}

/** Quotes that occur in the body, though written differently. */
const FOUND: { what: string; quote: string }[] = [
  { what: 'verbatim', quote: '27.6.–9.9.2022' },
  { what: 'without the emphasis marks', quote: 'Hakuaika: 27.6.–9.9.2022' },
  { what: 'in another case', quote: 'HAKUAIKA: 27.6.–9.9.2022' },
  { what: 'with other whitespace', quote: 'Toiminta-aika 15.3.2022–31.12.2023' },
  { what: 'spanning a heading and the text under it', quote: 'Hakuaika Hakuaika:' },
];

/** Quotes that do not: each must be reported. */
const MISSING: { what: string; quote: string }[] = [
  { what: 'another date', quote: 'Hakuaika: 27.6.–9.10.2022' },
  { what: 'a hyphen for the en dash', quote: 'Hakuaika: 27.6.-9.9.2022' },
  { what: 'text found only in a comment', quote: 'piilotettu huomautus' },
];

describe('checkKnowledge: call quotes', () => {
  const body = `${BODY}\n<!-- piilotettu huomautus -->\n`;

  it.each(FOUND)('accepts a quote $what', ({ quote }) => {
    expect(issuesOf([documentFile('docs/a.md', [...VALID_FRONT_MATTER, ...call(quote)], body)])).toEqual([]);
  });

  it.each(MISSING)('warns about a quote with $what, naming file, line and field', ({ quote }) => {
    const [issue] = issuesOf([documentFile('docs/a.md', [...VALID_FRONT_MATTER, ...call(quote)], body)]);
    expect(issue).toMatchObject({ file: 'docs/a.md', line: 13, field: 'calls[0].quote', severity: 'warning', kind: 'quote' });
    expect(issue?.message).toContain(quote);
  });

  it('checks the project period quote too', () => {
    const project = ['project:', '  name: KANTO-hanke', '  starts: "2022-03-15"', '  ends: "2023-12-31"', '  quote: "Toiminta-aika: 1.1.2022–31.12.2023"'];
    const [issue] = issuesOf([documentFile('docs/a.md', [...VALID_FRONT_MATTER, ...project], BODY)]);
    expect(issue).toMatchObject({ line: 12, field: 'project.quote', kind: 'quote' });
  });

  it('warns about a call in a region the document does not cover', () => {
    const [issue] = issuesOf([documentFile('docs/a.md', [...VALID_FRONT_MATTER, ...call('27.6.–9.9.2022', 'Pohjois-Savo')], BODY)]);
    expect(issue).toMatchObject({ line: 10, field: 'calls[0].region', kind: 'call_region' });
  });
});

/** valid_until against today (2026-11-23) with --soon-days 30. The last valid day is not expired. */
const VALIDITY: { validUntil: string; kind: CheckKind | undefined }[] = [
  { validUntil: '2026-11-22', kind: 'expired' },
  { validUntil: '2024-05-10', kind: 'expired' },
  { validUntil: '2026-11-23', kind: 'expires_soon' },
  { validUntil: '2026-12-23', kind: 'expires_soon' },
  { validUntil: '2026-12-24', kind: undefined },
  { validUntil: '2030-01-01', kind: undefined },
];

describe('checkKnowledge: valid_until', () => {
  it.each(VALIDITY)('valid_until $validUntil → $kind', ({ validUntil, kind }) => {
    const issues = issuesOf([documentFile('docs/a.md', [...VALID_FRONT_MATTER, `valid_until: "${validUntil}"`])]);
    expect(issues.map((i) => i.kind)).toEqual(kind === undefined ? [] : [kind]);
    for (const i of issues) expect(i).toMatchObject({ file: 'docs/a.md', line: 8, field: 'valid_until', severity: 'warning' });
  });

  it('says "expired" and "expires soon" in the message, and counts them', () => {
    const report = checkKnowledge(
      [
        documentFile('docs/a.md', [...VALID_FRONT_MATTER, 'valid_until: "2024-05-10"']),
        documentFile('faq/b.md', [...withField('id', 'id: b'), 'valid_until: "2026-12-01"']),
      ],
      OPTIONS,
    );
    expect(report.issues.map((i) => i.message.split(':')[0])).toEqual(['expired', 'expires soon']);
    expect(report).toMatchObject({ documents: 2, errors: 0, warnings: 2, expired: 1, expiresSoon: 1 });
  });

  it('honours --soon-days', () => {
    const files = [documentFile('docs/a.md', [...VALID_FRONT_MATTER, 'valid_until: "2027-01-01"'])];
    expect(checkKnowledge(files, { today: TODAY, soonDays: 30 }).expiresSoon).toBe(0);
    expect(checkKnowledge(files, { today: TODAY, soonDays: 60 }).expiresSoon).toBe(1);
  });
});

describe('checkKnowledge: the folder', () => {
  it('reports the parser errors and still checks the documents that parse', () => {
    const report = checkKnowledge(
      [documentFile('docs/a.md', withField('type', 'type: blog')), documentFile('docs/b.md', [...withField('id', 'id: b'), 'valid_until: "2024-01-01"'])],
      OPTIONS,
    );
    expect(report.issues.map((i) => [i.file, i.line, i.field, i.severity])).toEqual([
      ['docs/a.md', 4, 'type', 'error'],
      ['docs/b.md', 8, 'valid_until', 'warning'],
    ]);
    expect(report).toMatchObject({ documents: 1, errors: 1, warnings: 1 });
  });

  it('keeps parser warnings (empty sections)', () => {
    const report = checkKnowledge([documentFile('docs/a.md', VALID_FRONT_MATTER, '# A\n\n## Tyhjä\n\n## Täysi\n\nTeksti.\n')], OPTIONS);
    expect(report.issues).toEqual([{ file: 'docs/a.md', line: 11, message: 'section "Tyhjä" is empty', severity: 'warning' }]);
  });

  it('does not bury a broken document under glossary errors for the terms only it mentions', () => {
    const report = checkKnowledge(
      [
        documentFile('docs/a.md', withField('type', 'type: blog'), '# A\n\n## Omarahoitusosuus\n\n20 %.\n'),
        documentFile('docs/b.md', withField('id', 'id: b'), '# B\n\n## Osio\n\nTeksti.\n'),
        { path: 'glossary.yaml', text: 'entries:\n  - term: omarahoitusosuus\n  - term: purjevene\n' },
      ],
      OPTIONS,
    );
    expect(report.issues.map((i) => [i.file, i.line, i.field])).toEqual([
      ['docs/a.md', 4, 'type'],
      ['glossary.yaml', 3, 'entries[1].term'],
    ]);
    expect(report.issues[1]?.message).toBe('term "purjevene" does not occur in any document, so its synonyms lead nowhere');
  });

  it('warns when the id differs from the file name, and when a faq/ file is not of type faq', () => {
    expect(kinds([documentFile('docs/other.md')])).toEqual(['id_file']);
    expect(kinds([documentFile('faq/a.md', withField('type', 'type: presentation'))])).toEqual(['faq_type']);
    expect(kinds([documentFile('faq/a.md')])).toEqual([]);
  });

  it('reads CRLF files and still points at the right line', () => {
    const crlf = documentFile('docs/a.md', [...VALID_FRONT_MATTER, 'valid_until: "2024-01-01"']);
    const [issue] = issuesOf([{ path: crlf.path, text: `\uFEFF${crlf.text.replace(/\n/g, '\r\n')}` }]);
    expect(issue).toMatchObject({ line: 8, kind: 'expired' });
  });

  it('finds no error and no misquoted period in the bundled knowledge folder', async () => {
    const report = checkKnowledge(await readKnowledgeFiles(KNOWLEDGE_DIR), OPTIONS);
    expect(report.issues.filter((i) => i.severity === 'error' || i.kind === 'quote' || i.kind === 'call_region')).toEqual([]);
    expect(report.documents).toBeGreaterThan(0);
  });
});

describe('normalizeQuote', () => {
  it.each([
    ['**Hakuaika:** 27.6.', 'hakuaika:27.6.'],
    ['ETELÄ-SAVOSSA', 'etelä-savossa'],
    ['a \n\t b', 'ab'],
    ['`koodi` _em_', 'koodiem'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeQuote(input)).toBe(expected);
  });
});

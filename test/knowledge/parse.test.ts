import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { isDocumentPath, parseKnowledge, type ParseResult, type SourceFile } from '../../src/knowledge/parse.js';
import { formatIssue, type KnowledgeIssue } from '../../src/knowledge/types.js';
import { documentFile, VALID_FRONT_MATTER, withField } from './fixtures.js';

const FILE = 'docs/a.md';

function errorsOf(result: ParseResult): KnowledgeIssue[] {
  return result.ok ? [] : result.errors;
}

function onlyError(files: readonly SourceFile[]): KnowledgeIssue {
  const errors = errorsOf(parseKnowledge(files));
  expect(errors, errors.map(formatIssue).join('\n')).toHaveLength(1);
  const [error] = errors;
  if (error === undefined) throw new Error('no error reported');
  return error;
}

const CALL = ['calls:', '  - name: Hankehaku', '    region: Etelä-Savo'];

/**
 * Front matter that must be rejected, with where the error must point. `line` is the file line
 * (line 1 is the opening "---"); `message` is a part of the message that tells what is wrong.
 */
const FRONT_MATTER_ERRORS: { what: string; frontMatter: string[]; field: string; line: number; message: RegExp }[] = [
  { what: 'a type outside the list', frontMatter: withField('type', 'type: blog'), field: 'type', line: 4, message: /blog/ },
  { what: 'a region not in the enum', frontMatter: withField('regions', 'regions: [Lappi]'), field: 'regions[0]', line: 6, message: /Lappi/ },
  { what: 'no region at all', frontMatter: withField('regions', 'regions: []'), field: 'regions', line: 6, message: /./ },
  { what: 'a non-existent date', frontMatter: withField('date', 'date: "2024-02-30"'), field: 'date', line: 7, message: /real calendar date/ },
  { what: 'a day-first date', frontMatter: withField('date', 'date: "10.5.2024"'), field: 'date', line: 7, message: /YYYY/ },
  { what: 'a month that does not exist', frontMatter: withField('date', 'date: "2024-13"'), field: 'date', line: 7, message: /real calendar date/ },
  { what: 'an unquoted year (a number)', frontMatter: withField('date', 'date: 2024'), field: 'date', line: 7, message: /string/i },
  { what: 'an id with capitals and spaces', frontMatter: withField('id', 'id: Minun Dokumentti'), field: 'id', line: 2, message: /lower-case/ },
  { what: 'a source that is not a URL', frontMatter: [...VALID_FRONT_MATTER, 'source: pksotu.fi/kanto'], field: 'source', line: 8, message: /url/i },
  { what: 'a lang other than fi or en', frontMatter: [...VALID_FRONT_MATTER, 'lang: sv'], field: 'lang', line: 8, message: /sv/ },
  {
    what: 'a call whose opening day does not exist',
    frontMatter: [...VALID_FRONT_MATTER, ...CALL, '    opens: "2024-02-30"', '    quote: q'],
    field: 'calls[0].opens',
    line: 11,
    message: /real calendar date/,
  },
  {
    what: 'a call date written day first (only the format error, not also "not a real date")',
    frontMatter: [...VALID_FRONT_MATTER, ...CALL, '    opens: "01.03.2024"', '    quote: q'],
    field: 'calls[0].opens',
    line: 11,
    message: /YYYY-MM-DD/,
  },
  {
    what: 'a call without its quote (pointing at the call)',
    frontMatter: [...VALID_FRONT_MATTER, ...CALL, '    opens: "2024-03-01"'],
    field: 'calls[0].quote',
    line: 9,
    message: /"quote" is missing/,
  },
  {
    what: 'a call in a region not in the enum',
    frontMatter: [...VALID_FRONT_MATTER, 'calls:', '  - name: H', '    region: Uusimaa', '    opens: "2024-03-01"', '    quote: q'],
    field: 'calls[0].region',
    line: 10,
    message: /Uusimaa/,
  },
  {
    what: 'a project that ends before it starts',
    frontMatter: [...VALID_FRONT_MATTER, 'project:', '  name: P', '  starts: "2024-01-01"', '  ends: "2023-12-31"', '  quote: q'],
    field: 'project.ends',
    line: 11,
    message: /before/,
  },
];

describe('parseKnowledge: front matter', () => {
  it.each(FRONT_MATTER_ERRORS)('rejects $what, naming file, line and field', ({ frontMatter, field, line, message }) => {
    const error = onlyError([documentFile(FILE, frontMatter)]);
    expect(error).toMatchObject({ file: FILE, field, line, severity: 'error' });
    expect(error.message).toMatch(message);
    expect(formatIssue(error)).toBe(`${FILE}:${line} [${field}]: ${error.message}`);
    // Plain words for coordinators, not the validator's jargon.
    expect(error.message).not.toMatch(/Invalid enum value|Expected \w+, received|Unrecognized key|^Required$|Invalid url/);
  });

  it('rejects a call that closes before it opens, pointing into the call', () => {
    const frontMatter = [...VALID_FRONT_MATTER, ...CALL, '    opens: "2024-05-01"', '    closes: "2024-04-01"', '    quote: q'];
    const error = onlyError([documentFile(FILE, frontMatter)]);
    expect(error).toMatchObject({ file: FILE, field: 'calls[0].closes', message: 'closes is before opens' });
    // The "calls:" line (8) or the "closes:" line (12).
    expect(error.line).toBeGreaterThanOrEqual(8);
    expect(error.line).toBeLessThanOrEqual(12);
  });

  // Known gap: the object-level refine still runs when `closes` is not a real day, so
  // "2024-02-30" also gets "closes is before opens" (string comparison with "2024-03-01").
  it('reports a non-existent closing day once, not also as "closes before opens"', () => {
    const frontMatter = [...VALID_FRONT_MATTER, ...CALL, '    opens: "2024-03-01"', '    closes: "2024-02-30"', '    quote: q'];
    const error = onlyError([documentFile(FILE, frontMatter)]);
    expect(error.message).toMatch(/real calendar date/);
  });

  it('accepts a call that opens and closes on the same day', () => {
    const frontMatter = [...VALID_FRONT_MATTER, ...CALL, '    opens: "2024-05-01"', '    closes: "2024-05-01"', '    quote: q'];
    expect(parseKnowledge([documentFile(FILE, frontMatter)]).ok).toBe(true);
  });

  it('rejects a missing title, naming file and field', () => {
    const error = onlyError([documentFile(FILE, withField('title', undefined))]);
    expect(error).toMatchObject({ file: FILE, field: 'title', severity: 'error' });
  });

  // Known gap: a missing field has no line of its own, and the issue carries none; it should point
  // at the front matter (e.g. its closing "---", line 7 here) so editors can jump to it.
  it('names a line for a missing field', () => {
    const error = onlyError([documentFile(FILE, withField('title', undefined))]);
    expect(error.line).toBe(7);
    expect(error.message).toMatch(/"title" is missing/);
  });

  it('rejects an unknown key and names it in the message', () => {
    const error = onlyError([documentFile(FILE, [...VALID_FRONT_MATTER, 'author: X'])]);
    expect(error).toMatchObject({ file: FILE, severity: 'error' });
    expect(error.message).toMatch(/author/);
  });

  // Known gap: zod reports unknown keys at the object's path ([]), so the issue has no field and no
  // line; a misspelled key ("valid_untill") should point at its own line.
  it('names the line and field of an unknown key', () => {
    const error = onlyError([documentFile(FILE, [...VALID_FRONT_MATTER, 'author: X'])]);
    expect(error).toMatchObject({ field: 'author', line: 8 });
  });

  it('suggests the field a misspelled key was meant to be', () => {
    const error = onlyError([documentFile(FILE, [...VALID_FRONT_MATTER, 'valid_untill: "2025-01-01"'])]);
    expect(error).toMatchObject({ field: 'valid_untill', line: 8 });
    expect(error.message).toMatch(/did you mean "valid_until"/);
  });

  it('names each unknown key inside a call at its own line', () => {
    const frontMatter = [...VALID_FRONT_MATTER, ...CALL, '    opens: "2024-03-01"', '    close: "2024-05-10"', '    quote: q'];
    const error = onlyError([documentFile(FILE, frontMatter)]);
    expect(error).toMatchObject({ field: 'calls[0].close', line: 12 });
    expect(error.message).toMatch(/did you mean "closes"/);
  });

  it('rejects front matter that is never closed, at line 1', () => {
    const error = onlyError([{ path: FILE, text: `---\n${VALID_FRONT_MATTER.join('\n')}\n# A\n\nTeksti.\n` }]);
    expect(error).toMatchObject({ file: FILE, line: 1 });
    expect(error.message).toMatch(/not closed/);
  });

  it('rejects a file without front matter, at line 1', () => {
    const error = onlyError([{ path: FILE, text: '# A\n\nTeksti.\n' }]);
    expect(error).toMatchObject({ file: FILE, line: 1 });
    expect(error.message).toMatch(/front matter/);
  });

  const YAML_ERRORS: { what: string; broken: string }[] = [
    { what: 'a key without a colon', broken: 'publisher P' },
    { what: 'tab indentation', broken: '\tbad: 1' },
    { what: 'a nested compact mapping', broken: 'a: b: c' },
  ];

  it.each(YAML_ERRORS)('reports invalid YAML ($what) at the broken line of the file', ({ broken }) => {
    const frontMatter = [...VALID_FRONT_MATTER.slice(0, 3), broken, ...VALID_FRONT_MATTER.slice(3)];
    const error = onlyError([documentFile(FILE, frontMatter)]);
    expect(error).toMatchObject({ file: FILE, line: 5 });
    expect(error.message).toMatch(/not valid YAML/);
  });

  // Known gap: the YAML parser's own text ends with "at line 4, column 1:" counted from the start of
  // the front matter, so the reported issue "docs/a.md:5: ... at line 4" names two different lines.
  it('does not contradict its own line number in the YAML message', () => {
    const frontMatter = [...VALID_FRONT_MATTER.slice(0, 3), 'publisher P', ...VALID_FRONT_MATTER.slice(3)];
    const error = onlyError([documentFile(FILE, frontMatter)]);
    expect(error.message).not.toMatch(/at line (?!5\b)\d+/);
  });

  it('explains a YAML error in plain words', () => {
    const frontMatter = [...VALID_FRONT_MATTER.slice(0, 3), '\tbad: 1', ...VALID_FRONT_MATTER.slice(3)];
    expect(onlyError([documentFile(FILE, frontMatter)]).message).toMatch(/tab.*spaces/);
  });

  it('points an unclosed quotation mark at the line that opens it, not at the end', () => {
    const frontMatter = withField('title', 'title: "Hankehaku 2/2024');
    const error = onlyError([documentFile(FILE, frontMatter)]);
    expect(error).toMatchObject({ line: 3 });
    expect(error.message).toMatch(/quotation mark is opened but not closed/);
  });

  it('reads CRLF files and a byte-order mark', () => {
    const text = `\uFEFF---\r\n${VALID_FRONT_MATTER.join('\r\n')}\r\n---\r\n# A\r\n\r\n## Osio\r\n\r\nTeksti.\r\n`;
    const result = parseKnowledge([{ path: FILE, text }]);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.kb.documents[0]?.passages[0]).toMatchObject({ headings: ['Osio'], line: 13 });
  });
});

describe('parseKnowledge: the folder as a whole', () => {
  it('rejects a duplicate id in the later file, naming the earlier one', () => {
    const error = onlyError([documentFile('docs/b.md'), documentFile('docs/a.md')]);
    expect(error).toMatchObject({ file: 'docs/b.md', line: 2, field: 'id' });
    expect(error.message).toContain('docs/a.md');
  });

  it('rejects a document with no text under its front matter', () => {
    const error = onlyError([documentFile(FILE, VALID_FRONT_MATTER, '# A\n\n<!-- vain kommentti -->\n')]);
    // The body starts on line 9, after the closing "---".
    expect(error).toMatchObject({ file: FILE, line: 9 });
  });

  it('rejects a folder without documents', () => {
    const error = onlyError([{ path: 'README.md', text: '# Ohje\n' }]);
    expect(error.message).toMatch(/no documents/);
  });

  it('reports every broken file, not just the first', () => {
    const result = parseKnowledge([documentFile('docs/a.md', withField('type', 'type: blog')), documentFile('docs/b.md', withField('date', 'date: "2024-13-01"')), documentFile('docs/c.md')]);
    expect(errorsOf(result).map((e) => e.file)).toEqual(['docs/a.md', 'docs/b.md']);
  });

  it('warns about an empty section and still loads', () => {
    const result = parseKnowledge([documentFile(FILE, VALID_FRONT_MATTER, '# A\n\n## Tyhjä\n\n## Täysi\n\nTeksti.\n')]);
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([{ file: FILE, line: 11, message: 'section "Tyhjä" is empty', severity: 'warning' }]);
  });

  it('does not call a section with only a subsection empty', () => {
    const result = parseKnowledge([documentFile(FILE, VALID_FRONT_MATTER, '# A\n\n## Pää\n\n### Ala\n\nTeksti.\n')]);
    expect(result.warnings).toEqual([]);
  });

  it('rejects a members\' questions comment that follows no text, naming the file, line and field', () => {
    const error = onlyError([documentFile(FILE, VALID_FRONT_MATTER, '# A\n\n<!-- kysymykset:\n- Kuka voi hakea?\n-->\n\n## Osio\n\nTeksti.\n')]);
    expect(error).toMatchObject({ file: FILE, line: 11, field: 'kysymykset' });
    expect(formatIssue(error)).toBe(`${FILE}:11 [kysymykset]: ${error.message}`);
  });

  it('calls a section with only a comment under it empty', () => {
    const result = parseKnowledge([documentFile(FILE, VALID_FRONT_MATTER, '# A\n\n## Kommentti\n\n<!-- korjattu: a → b -->\n\n## Täysi\n\nTeksti.\n')]);
    expect(result.warnings.map((w) => w.message)).toEqual(['section "Kommentti" is empty']);
  });
});

describe('parseKnowledge: glossary', () => {
  const glossary = (text: string): SourceFile => ({ path: 'glossary.yaml', text });

  it('rejects a term that occurs in no document, naming its line and entry', () => {
    const error = onlyError([documentFile(FILE), glossary('entries:\n  - term: teksti\n  - term: omarahoitusosuus\n    synonyms: [omavastuu]\n')]);
    expect(error).toMatchObject({ file: 'glossary.yaml', line: 3, field: 'entries[1].term' });
    expect(error.message).toContain('omarahoitusosuus');
  });

  it('points at the entry itself, not at a comment that mentions the term', () => {
    const text = '# Älä lisää sanaa omarahoitusosuus kahdesti.\nentries:\n  - term: teksti\n  - term: omarahoitusosuus\n';
    expect(onlyError([documentFile(FILE), glossary(text)])).toMatchObject({ line: 4, field: 'entries[1].term' });
  });

  it('accepts a term that occurs inflected ("osio" in "Osiossa")', () => {
    const doc = documentFile(FILE, VALID_FRONT_MATTER, '# A\n\n## Osiossa\n\nTeksti.\n');
    expect(parseKnowledge([doc, glossary('entries:\n  - term: osio\n    synonyms: [kohta]\n')]).ok).toBe(true);
  });

  it('rejects an unknown field in an entry', () => {
    const error = onlyError([documentFile(FILE), glossary('entries:\n  - term: teksti\n    synonym: [x]\n')]);
    expect(error).toMatchObject({ file: 'glossary.yaml', line: 3, field: 'entries[0].synonym' });
    expect(error.message).toMatch(/unknown field "synonym": did you mean "synonyms"\?/);
  });

  it('rejects invalid YAML, naming the file', () => {
    const error = onlyError([documentFile(FILE), glossary('entries: [\n  - term: x\n')]);
    expect(error).toMatchObject({ file: 'glossary.yaml' });
    expect(error.message).toMatch(/not valid YAML/);
  });

  // Known gap: unlike front matter, glossary YAML errors carry no line.
  it('names the line of invalid glossary YAML', () => {
    const error = onlyError([documentFile(FILE), glossary('entries:\n  - term: teksti\n   synonyms: [x\n')]);
    expect(error.line).toBe(3);
  });

  it('warns that a glossary under another name is not read', () => {
    const result = parseKnowledge([documentFile(FILE), { path: 'glossary.yml', text: 'entries:\n  - term: teksti\n' }]);
    expect(result.ok).toBe(true);
    expect(result.warnings).toMatchObject([{ file: 'glossary.yml', severity: 'warning', message: expect.stringMatching(/not read.*glossary\.yaml/) as unknown }]);
  });
});

describe('isDocumentPath', () => {
  it.each([
    ['docs/a.md', true],
    ['faq/usein-kysytyt.md', true],
    ['README.md', false],
    ['docs/README.md', false],
    ['glossary.yaml', false],
    ['docs/a.txt', false],
  ] as const)('%s → %s', (path, expected) => {
    expect(isDocumentPath(path)).toBe(expected);
  });
});

/** The heap in use after V8's full garbage collection (exposed at run time, as Jest's leak detector does it). */
function heapUsedAfterGc(): number {
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('gc');
  const isGc = (f: unknown): f is () => void => typeof f === 'function';
  if (!isGc(gc)) throw new Error('cannot force a garbage collection');
  gc();
  return process.memoryUsage().heapUsed;
}

describe('parseKnowledge: memory', () => {
  /**
   * Documents whose kept strings (title, heading, written questions, each long enough for V8 to
   * keep it as a slice of the text) sit beside a large coordinators' comment that is dropped. The
   * text is decoded from bytes, as `readFile` gives it: one flat string per file.
   */
  const FILLER_BYTES = 500_000;
  const bigFile = (i: number): SourceFile => {
    const comment = `<!--\n${'Koordinaattorin muistiinpano, ei näytetä jäsenille.\n'.repeat(Math.ceil(FILLER_BYTES / 52))}-->`;
    const frontMatter = withField('title', `title: Yhdistysten hankeasiakirja numero ${i}`, withField('id', `id: asiakirja-${i}`));
    const body = `# Otsikko\n\n## Hakuaika ja hakemisen vaiheet\n\nHakemus jätetään verkossa.\n\n<!-- kysymykset:\n- Milloin hakemus pitää jättää ${i}?\n-->\n\n${comment}\n`;
    const text = Buffer.from(documentFile(`docs/a${i}.md`, frontMatter, body).text, 'utf8').toString('utf8');
    return { path: `docs/a${i}.md`, text };
  };

  // In a function of its own: a temporary of the test's own frame (the files) could outlive the call.
  const parseBigFiles = (count: number): ParseResult => parseKnowledge(Array.from({ length: count }, (_, i) => bigFile(i + 1)));

  it('keeps none of the files\' texts alive through what it returns', () => {
    const count = 20;
    parseKnowledge([bigFile(0)]); // compiles the parsers' code before the baseline
    const before = heapUsedAfterGc();
    const result = parseBigFiles(count);
    const retained = heapUsedAfterGc() - before;

    // The strings that used to keep their file alive are still there...
    const kept = result.ok ? result.kb.documents.find((d) => d.meta.id === 'asiakirja-7') : undefined;
    expect(kept?.meta.title).toBe('Yhdistysten hankeasiakirja numero 7');
    expect(kept?.passages[0]?.headings).toEqual(['Hakuaika ja hakemisen vaiheet']);
    expect(kept?.passages[0]?.questions).toEqual(['Milloin hakemus pitää jättää 7?']);
    // ...but the 20 files of ~0.5 MB each are not (10 MB stayed when the result kept slices of
    // them). About 1 MB stays: half of it one file, V8's subject of the last regular-expression match.
    expect(retained, `${(retained / 1_048_576).toFixed(1)} MB retained`).toBeLessThan((count * FILLER_BYTES) / 4);
  });
});

import { describe, expect, it } from 'vitest';
import { splitFrontMatter, toPassages } from '../../src/knowledge/markdown.js';
import { loadKnowledgeBase, readKnowledgeFiles } from '../../src/knowledge/load.js';
import { formatIssue, passageText, type Passage } from '../../src/knowledge/types.js';
import { bundledKnowledgeBase, KNOWLEDGE_DIR } from './fixtures.js';

/** Bodies in these tests start at file line 10, as if after a 9-line front matter. */
const BODY_LINE = 10;

function passages(body: string): Passage[] {
  return toPassages('d', body, BODY_LINE);
}

function allText(body: string): string {
  return passages(body).map((p) => `${p.headings.join(' ')}\n${passageText(p)}`).join('\n');
}

describe('toPassages: structure', () => {
  const body = [
    '# Asiakirjan otsikko', // 10
    '',
    '## Omarahoitus', // 12
    '',
    'Hankkeessa on:', // 14
    '',
    '- Omarahoitusosuus 20%', // 16
    '  - flat rate 40 % tai 7 %',
    '- Tukitaso 80 %',
    '',
    '## Yhteystiedot', // 20
    '',
    '### Pohjois-Karjala', // 22
    '',
    'Ensimmäinen kappale.', // 24
    '',
    'Toinen kappale.', // 26
    '',
    '## Lopuksi', // 28
    '',
    'Viimeinen.', // 30
  ].join('\n');
  const [list, first, second, last] = passages(body);

  it('keeps a list with its heading and the paragraph that introduces it, as one passage', () => {
    expect(list?.headings).toEqual(['Omarahoitus']);
    expect(list?.blocks).toEqual([
      { kind: 'paragraph', text: 'Hankkeessa on:' },
      { kind: 'list', items: ['Omarahoitusosuus 20%', '  – flat rate 40 % tai 7 %', 'Tukitaso 80 %'] },
    ]);
  });

  it('gives each paragraph its own passage under the heading path, without the document title', () => {
    expect(first?.headings).toEqual(['Yhteystiedot', 'Pohjois-Karjala']);
    expect(second?.headings).toEqual(['Yhteystiedot', 'Pohjois-Karjala']);
    expect(last?.headings).toEqual(['Lopuksi']);
    expect(passages(body)).toHaveLength(4);
  });

  it('numbers passages by document and gives the line where each starts (the intro for a list)', () => {
    expect(passages(body).map((p) => [p.id, p.line])).toEqual([
      ['d:1', 14],
      ['d:2', 24],
      ['d:3', 26],
      ['d:4', 30],
    ]);
  });

  it('keeps an introducing paragraph without a list as a passage of its own', () => {
    expect(passages('## A\n\nSeuraavat:\n\n## B\n\nTeksti.\n').map((p) => [p.headings, passageText(p)])).toEqual([
      [['A'], 'Seuraavat:'],
      [['B'], 'Teksti.'],
    ]);
  });

  it('turns a table into a list of rows, each cell named by its column', () => {
    const [table] = passages('## Hakuajat\n\n| Maakunta | Hakuaika |\n| --- | --- |\n| Etelä-Savo | 1.3.–10.5.2024 |\n');
    expect(table?.blocks).toEqual([{ kind: 'list', items: ['Maakunta: Etelä-Savo; Hakuaika: 1.3.–10.5.2024'] }]);
  });

  it('drops emphasis and keeps links as "text (url)"', () => {
    expect(allText('## H\n\n**Hakuaika:** 27.6.–9.9.2022, ks. [ohje](https://a.fi/ohje) tai [https://b.fi](https://b.fi).\n')).toContain(
      'Hakuaika: 27.6.–9.9.2022, ks. ohje (https://a.fi/ohje) tai https://b.fi.',
    );
  });
});

/** Broken Markdown that coordinators may paste: never throws, and the words survive. */
const BROKEN: { what: string; body: string; contains: string[]; notContains: string[] }[] = [
  { what: 'an unclosed **', body: '## H\n\nTämä on **tärkeää ja jatkuu\n', contains: ['Tämä on tärkeää ja jatkuu'], notContains: ['*'] },
  { what: 'an unclosed _ and `', body: '## H\n\n_alku ja `koodi\n', contains: ['alku ja', 'koodi'], notContains: [] },
  { what: 'a stray inline <div>', body: '## H\n\nTeksti <div>sisällä</div> jälkeen.\n', contains: ['Teksti sisällä jälkeen.'], notContains: ['<div', '</div'] },
  { what: 'an empty link [x](#)', body: '## H\n\nKatso [x](#) ja [tästä]().\n', contains: ['Katso x ja tästä.'], notContains: ['(#)', '()'] },
  {
    what: 'inline and block HTML comments',
    body: '## H\n\nTeksti <!-- piilo --> näkyy.\n<!-- korjattu: a → b -->\n\n<!-- monirivinen\nkommentti -->\n\nToinen.\n',
    contains: ['Teksti näkyy.', 'Toinen.'],
    notContains: ['piilo', 'korjattu', 'kommentti', '<!--'],
  },
  { what: 'HTML entities', body: '## H\n\nA &amp; B &lt;3\n', contains: ['A & B <3'], notContains: ['&amp;'] },
  { what: 'an unclosed code fence', body: '## H\n\n```\nkoodia\n', contains: ['koodia'], notContains: ['```'] },
  { what: 'a heading with no text', body: '##\n\nTeksti.\n', contains: ['Teksti.'], notContains: [] },
  { what: 'only separators and markers', body: '***\n\n**\n\n- \n\n>\n', contains: [], notContains: ['<'] },
  { what: 'an unclosed HTML comment', body: '## H\n\nAlku.\n\n<!-- unohtui sulkea\n\nLoppu.\n', contains: ['Alku.'], notContains: ['unohtui'] },
];

describe('toPassages: members\' questions (kysymykset)', () => {
  const body = [
    '## Kuka voi hakea', // 10
    '',
    'Hakijoina voivat olla yhdistykset.', // 12
    '<!-- kysymykset:',
    '- Voiko meidän yhdistys hakea?',
    '* Kuka saa hakea?',
    '-->',
    '',
    '<!-- korjattu: yhdistyket → yhdistykset -->', // 18
    '',
    '<!-- kysymykset:', // 20
    '- Entä säätiö?',
    '-->',
    '',
    'Hakuaika:', // 24
    '',
    '- 1.3.–10.5.2024',
    '',
    '<!-- kysymykset:', // 28
    '- Milloin pitää jättää?',
    '-->',
  ].join('\n');

  it('keeps the questions with the passage before them, from every block, and out of its text', () => {
    const issues: string[] = [];
    const [who, when] = toPassages('d', body, BODY_LINE, (line, message) => issues.push(`${line}: ${message}`));
    expect(issues).toEqual([]);
    expect(who?.questions).toEqual(['Voiko meidän yhdistys hakea?', 'Kuka saa hakea?', 'Entä säätiö?']);
    expect(when?.questions).toEqual(['Milloin pitää jättää?']);
    expect(passageText(who as Passage)).toBe('Hakijoina voivat olla yhdistykset.');
    expect(passageText(when as Passage)).not.toContain('jättää');
  });

  it.each([
    { what: 'before any text', body: '<!-- kysymykset:\n- Kuka?\n-->\n\nTeksti.', line: 10, message: /must follow/ },
    { what: 'with no questions', body: 'Teksti.\n\n<!-- kysymykset:\n-->', line: 12, message: /no questions/ },
    { what: 'inside a list item', body: '- yksi\n- kaksi\n  <!-- kysymykset: - Kolme? -->', line: 12, message: /inside a list/ },
  ])('reports a comment $what, with its line', ({ body: text, line, message }) => {
    const issues: { line: number; message: string }[] = [];
    toPassages('d', text, BODY_LINE, (l, m) => issues.push({ line: l, message: m }));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.line).toBe(line);
    expect(issues[0]?.message).toMatch(message);
  });
});

describe('toPassages: broken Markdown', () => {
  it.each(BROKEN)('$what never throws and gives sensible text', ({ body, contains, notContains }) => {
    const text = allText(body);
    for (const c of contains) expect(text).toContain(c);
    for (const n of notContains) expect(text).not.toContain(n);
  });

  // Known gap: an HTML block (a stray "<div>" line) swallows the text after it up to the next blank
  // line, and the whole block is dropped, so the sentence disappears from the knowledge base silently.
  it('keeps the text inside a stray <div> block', () => {
    expect(allText('## H\n\n<div class="huom">\nTärkeä tieto divissä.\n\n</div>\n')).toContain('Tärkeä tieto divissä.');
  });
});

describe('splitFrontMatter', () => {
  it('returns the data, the body and the file line where the body starts', () => {
    const result = splitFrontMatter('f.md', '---\nid: a\ntitle: A\n---\n# A\n');
    expect(result).toEqual({ ok: true, value: { data: { id: 'a', title: 'A' }, yaml: 'id: a\ntitle: A\n', body: '# A\n', bodyLine: 5 } });
  });

  it('gives an empty body when the file ends at the closing line', () => {
    expect(splitFrontMatter('f.md', '---\nid: a\n---')).toMatchObject({ ok: true, value: { body: '' } });
  });
});

describe('the bundled knowledge folder', () => {
  it('loads with no errors and no warnings', async () => {
    const result = await loadKnowledgeBase(KNOWLEDGE_DIR);
    const issues = result.ok ? result.warnings : [...result.errors, ...result.warnings];
    expect(issues.map(formatIssue)).toEqual([]);
    expect(result.ok && result.kb.documents.length > 0 && result.kb.glossary.length > 0).toBe(true);
  });

  it('points every passage at the source line where its text starts', async () => {
    const kb = await bundledKnowledgeBase();
    const files = new Map((await readKnowledgeFiles(KNOWLEDGE_DIR)).map((f) => [f.path, f.text.split('\n')]));
    const plain = (s: string): string => s.replace(/[*_`]/g, '');
    for (const doc of kb.documents) {
      const lines = files.get(doc.file) ?? [];
      for (const p of doc.passages) {
        const first = p.blocks[0];
        const start = first === undefined ? '' : first.kind === 'paragraph' ? first.text : first.items[0] ?? '';
        const words = start.split(' ').slice(0, 2).join(' ');
        expect(plain(lines[p.line - 1] ?? ''), `${doc.file}:${p.line} (${p.id})`).toContain(plain(words));
      }
    }
  });

  it('has unique passage ids and no passage without text', async () => {
    const kb = await bundledKnowledgeBase();
    const ids = kb.documents.flatMap((d) => d.passages.map((p) => p.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of kb.documents) for (const p of d.passages) expect(passageText(p).trim(), p.id).not.toBe('');
  });
});

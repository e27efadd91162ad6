import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { locateInYaml, readYaml, yamlSyntaxError } from '../../src/knowledge/yaml.js';
import { REPO } from './fixtures.js';

/** Front matter as it sits in a file: its first line is file line 2, after the opening "---". */
const YAML = ['id: a', 'regions: [Etelä-Savo, Pohjois-Savo]', 'calls:', '  - name: H', '    opens: "2024-03-01"', '  - name: I'].join('\n');

describe('locateInYaml', () => {
  it.each([
    { path: ['id'], line: 2, exact: true },
    { path: ['regions', 1], line: 3, exact: true },
    { path: ['calls'], line: 4, exact: true },
    { path: ['calls', 0], line: 5, exact: true },
    { path: ['calls', 0, 'opens'], line: 6, exact: true },
    { path: ['calls', 1, 'name'], line: 7, exact: true },
    // Missing: the nearest ancestor that is there.
    { path: ['calls', 1, 'quote'], line: 7, exact: false },
    { path: ['calls', 5], line: 4, exact: false },
    { path: ['title'], line: 2, exact: false },
  ] as const)('$path → line $line', ({ path, line, exact }) => {
    expect(locateInYaml(YAML, 2, path)).toEqual({ line, exact });
  });
});

describe('yamlSyntaxError', () => {
  const errorOf = (text: string, firstLine: number): ReturnType<typeof yamlSyntaxError> => {
    try {
      parse(text);
    } catch (err) {
      return yamlSyntaxError(err, text, firstLine);
    }
    throw new Error('the YAML parsed');
  };

  it('gives the file line and drops the parser\'s own "at line N, column M"', () => {
    const error = errorOf('id: a\npublisher P\ntype: faq\n', 2);
    expect(error.line).toBe(3);
    expect(error.message).not.toMatch(/at line|column/);
    expect(error.message).toMatch(/field: value/);
  });

  it('points an unclosed quote at the line that opens it', () => {
    expect(errorOf('id: a\ntitle: "Haku\ntype: faq\n', 2)).toMatchObject({ line: 3, message: expect.stringMatching(/not closed/) as unknown });
  });

  it('says what to do about a colon inside a value', () => {
    expect(errorOf('title: Haku: auki\n', 1)).toMatchObject({ line: 1, message: expect.stringMatching(/in quotes/) as unknown });
  });

  it('keeps the first line for an error that is not the parser\'s', () => {
    expect(yamlSyntaxError(new Error('boom\nmore'), '', 2)).toEqual({ line: 2, message: 'boom' });
  });
});

describe('readYaml', () => {
  it('reads the bundled glossary and every document\'s front matter as the yaml package does', async () => {
    const docs = join(REPO, 'knowledge', 'docs');
    const texts = [await readFile(join(REPO, 'knowledge', 'glossary.yaml'), 'utf8')];
    for (const name of (await readdir(docs)).filter((n) => n.endsWith('.md'))) {
      const text = await readFile(join(docs, name), 'utf8');
      texts.push(text.slice(4, text.indexOf('\n---', 3) + 1));
    }
    expect(texts.length).toBeGreaterThan(1);
    for (const text of texts) expect(readYaml(text)).toEqual(parse(text));
  });

  it.each([
    ['', null],
    ['date: 2024-06-18', { date: '2024-06-18' }],
    ['open: yes', { open: 'yes' }],
    ['tags: [a, "b: c"]', { tags: ['a', 'b: c'] }],
  ])('%j → %j, as yaml reads it', (text, data) => {
    expect(readYaml(text)).toEqual(data);
    expect(readYaml(text)).toEqual(parse(text) as unknown);
  });

  it('throws yaml\'s own error where the text is broken, for yamlSyntaxError to explain', () => {
    const broken = 'id: a\nid: b';
    let thrown: unknown;
    try {
      readYaml(broken);
    } catch (err) {
      thrown = err;
    }
    expect(yamlSyntaxError(thrown, broken, 2)).toEqual({ line: 3, message: expect.stringContaining('the same field is written twice') as unknown });
  });
});

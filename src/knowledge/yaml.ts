import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { isMap, isNode, isScalar, isSeq, LineCounter, parse as parseYaml, parseDocument, YAMLParseError } from 'yaml';

/**
 * The data of a coordinator's YAML (the glossary, a document's front matter). Read with js-yaml, which
 * reads the 100 kB glossary in a fifth of the time `yaml` takes in a fresh process (45 against 240 ms,
 * most of a start-up's knowledge loading), with YAML 1.2's core schema, as `yaml` reads it (dates stay
 * text; an empty text is null, as there). When js-yaml fails, `yaml` reads it: its error is the one
 * reported, with the line and a hint (yamlSyntaxError), and text it accepts is read as before.
 */
export function readYaml(text: string): unknown {
  try {
    return loadYaml(text, { schema: CORE_SCHEMA }) ?? null;
  } catch {
    return parseYaml(text) as unknown;
  }
}

/** A path into parsed YAML, as zod reports it: `['calls', 0, 'opens']`. */
export type YamlPath = readonly (string | number)[];

/**
 * Where YAML text went wrong, for a coordinator: the file line and what to do about it.
 * `firstLine` is the file line of the text's first line (2 for front matter, after "---").
 */
export interface YamlSyntaxError {
  line: number;
  message: string;
}

/** Plain-language hints for the parser's errors, by its error code (and message where one code covers several cases). */
function hint(err: YAMLParseError, parserText: string): string {
  switch (err.code) {
    case 'TAB_AS_INDENT':
      return 'a line is indented with a tab; indent with spaces only';
    case 'DUPLICATE_KEY':
      return 'the same field is written twice; keep only one of them';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'a line should be "field: value"; a colon (:) or the space after it may be missing';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return /compact mapping/i.test(parserText)
        ? 'a value contains a colon and a space (": "); put the whole value in quotes'
        : 'the indentation does not match the lines above; a list item starts with "- " at the same indent as the others';
    case 'BAD_SCALAR_START':
      return 'a value starts with a character that is not allowed there (such as @ or `); put the whole value in quotes';
    case 'BAD_INDENT':
      return /flow (sequence|map)/i.test(parserText)
        ? 'a list in [ ] or a group in { } is not closed, or its next line is not indented'
        : 'the indentation does not match the lines above';
    case 'UNEXPECTED_TOKEN':
      return 'there is extra text after a value; if the value contains quotation marks, put the whole value in single quotes (\'...\')';
    case 'MISSING_CHAR':
      if (/closing .?quote/i.test(parserText)) return 'a quotation mark is opened but not closed';
      if (/without - indicator/i.test(parserText)) return 'the indentation does not match the lines above; a list item starts with "- "';
      if (/followed by map values/i.test(parserText)) return 'a line should be "field: value"; a colon (:) or the space after it may be missing';
      return 'a character is missing (a colon, a closing quotation mark or bracket)';
    case 'BLOCK_IN_FLOW':
      return 'a list in [ ] is not closed with ] on the same line';
    default:
      return '';
  }
}

/**
 * Turns what the YAML parser threw into a line of the file and a message. The parser's own text
 * ends with "at line 4, column 1" counted from the start of the YAML, which is not the file line
 * for front matter, so that part is dropped: the line is the one to trust.
 */
export function yamlSyntaxError(err: unknown, text: string, firstLine: number): YamlSyntaxError {
  if (!(err instanceof YAMLParseError)) {
    const detail = err instanceof Error ? err.message.split('\n')[0] ?? '' : '';
    return { line: firstLine, message: detail === '' ? 'the YAML could not be read' : detail };
  }
  const parserText = (err.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '').trim();
  const pos = err.linePos?.[0];
  let line = pos === undefined ? 0 : pos.line - 1;
  // An unclosed quote is noticed only where the text ends; point at the line that opens it.
  const quote = /closing (["'])quote/i.exec(parserText)?.[1];
  if (quote !== undefined) line = unclosedQuoteLine(text, quote, line);
  const help = hint(err, parserText);
  return { line: firstLine + line, message: help === '' ? parserText : `${help} (the YAML reader says: ${parserText})` };
}

/** Index of the last line before `before` (inclusive) whose value opens a `quote` it does not close on that line. */
function unclosedQuoteLine(text: string, quote: string, before: number): number {
  const lines = text.split('\n');
  const opens = new RegExp(`^\\s*(?:-\\s+)?(?:[^\\s#][^:#]*:\\s+)?${quote}`);
  for (let i = Math.min(before, lines.length - 1); i >= 0; i -= 1) {
    const l = lines[i] ?? '';
    const m = opens.exec(l);
    if (m !== null && !l.slice(m[0].length).includes(quote)) return i;
  }
  return before;
}

export interface YamlLocation {
  /** File line of the value at the path, or of its nearest ancestor present in the text. */
  line: number;
  /** False when only an ancestor was found (the field is missing). */
  exact: boolean;
}

/**
 * Finds where a path lies in YAML text: the line of its key (for a field) or of its item (for a
 * list entry). A missing field gives the line of the nearest ancestor that is there; a missing
 * top-level field gives `firstLine` with `exact: false`, so the caller can choose a better line.
 */
export function locateInYaml(text: string, firstLine: number, path: YamlPath): YamlLocation {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const lineAt = (offset: number | undefined): number | undefined => (offset === undefined ? undefined : firstLine + lineCounter.linePos(offset).line - 1);
  let node: unknown = doc.contents;
  let line = firstLine;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (pair === undefined || !isScalar(pair.key)) return { line, exact: false };
      line = lineAt(pair.key.range?.[0]) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (!isNode(item)) return { line, exact: false };
      line = lineAt(item.range?.[0]) ?? line;
      node = item;
    } else {
      return { line, exact: false };
    }
  }
  return { line, exact: true };
}

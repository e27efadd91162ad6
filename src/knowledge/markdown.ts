import { Lexer, type Token, type Tokens } from 'marked';
import type { Block, KnowledgeIssue, Passage } from './types.js';
import { readYaml, yamlSyntaxError } from './yaml.js';

export interface SplitFrontMatter {
  data: unknown;
  /** The front matter as written, for finding fields in it; its first line is file line 2. */
  yaml: string;
  body: string;
  /** Line of the body's first line in the file (1-based). */
  bodyLine: number;
}

/** The file line of the front matter's first line: the one after the opening "---". */
export const FRONT_MATTER_FIRST_LINE = 2;

/**
 * Separates YAML front matter (between `---` lines at the very top) from the Markdown body.
 * Returns an issue instead of throwing, naming the line where YAML broke.
 */
export function splitFrontMatter(file: string, text: string): { ok: true; value: SplitFrontMatter } | { ok: false; issue: KnowledgeIssue } {
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!src.startsWith('---\n')) {
    return { ok: false, issue: { file, line: 1, message: 'the file must start with front matter between two "---" lines', severity: 'error' } };
  }
  const end = src.indexOf('\n---', 3);
  const after = end === -1 ? -1 : src.indexOf('\n', end + 4);
  if (end === -1) {
    return { ok: false, issue: { file, line: 1, message: 'front matter is not closed with a "---" line', severity: 'error' } };
  }
  const yamlText = src.slice(4, end + 1);
  const body = after === -1 ? '' : src.slice(after + 1);
  const bodyLine = yamlText.split('\n').length + 2;
  try {
    return { ok: true, value: { data: readYaml(yamlText), yaml: yamlText, body, bodyLine } };
  } catch (err) {
    const { line, message } = yamlSyntaxError(err, yamlText, FRONT_MATTER_FIRST_LINE);
    return { ok: false, issue: { file, line, message: `front matter is not valid YAML: ${message}`, severity: 'error' } };
  }
}

/** Inline Markdown to plain text: emphasis and code marks dropped, links as "text (url)". */
export function inlineToPlain(tokens: readonly Token[] | undefined, fallback: string): string {
  if (tokens === undefined) return stripInline(fallback);
  let out = '';
  for (const t of tokens) {
    switch (t.type) {
      case 'link': {
        const link = t as Tokens.Link;
        const text = inlineToPlain(link.tokens, link.text);
        const href = link.href;
        const usable = href !== '' && href !== '#' && !href.startsWith('#');
        out += usable && !sameUrl(text, href) ? `${text} (${href})` : text;
        break;
      }
      case 'strong':
      case 'em':
      case 'del':
        out += inlineToPlain((t as Tokens.Strong).tokens, (t as Tokens.Strong).text);
        break;
      case 'codespan':
        out += (t as Tokens.Codespan).text;
        break;
      case 'br':
        out += ' ';
        break;
      case 'html':
        out += /^<!--/.test(t.raw) ? '' : t.raw.replace(/<[^>]*>/g, '');
        break;
      case 'escape':
        out += (t as Tokens.Escape).text;
        break;
      case 'text': {
        const tt = t as Tokens.Text;
        out += tt.tokens !== undefined ? inlineToPlain(tt.tokens, tt.text) : decodeEntities(dropStrayEmphasis(tt.text));
        break;
      }
      default:
        out += 'text' in t && typeof t.text === 'string' ? t.text : t.raw;
    }
  }
  return collapse(out);
}

/**
 * Emphasis marks that the Markdown parser left as text because they were never closed
 * ("**tärkeää ja jatkuu"). A run of two or more "*" or "~" is never meant as text; a single "*" or
 * "_" is dropped only where it opens or closes a word, so "2*3", "a * b" and "snake_case" stay.
 * Escaped marks ("\\*") arrive as escape tokens and are not touched.
 */
function dropStrayEmphasis(s: string): string {
  return s
    .replace(/\*{2,}|~{2,}/g, '')
    .replace(/(^|[\s(["'])_{2,}(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}.!?:])_{2,}(?=$|[\s)\]"',.;:!?])/gu, '$1')
    .replace(/(^|[\s(["'])[*_](?=[\p{L}\p{N}])/gu, '$1')
    .replace(/(?<=[\p{L}\p{N}.!?:])[*_](?=$|[\s)\]"',.;:!?])/gu, '');
}

function sameUrl(text: string, href: string): boolean {
  const norm = (s: string): string => s.replace(/^https?:\/\//, '').replace(/^mailto:/, '').replace(/\/$/, '').toLowerCase();
  return norm(text) === norm(href);
}

function stripInline(s: string): string {
  return collapse(s.replace(/<!--[\s\S]*?-->/g, '').replace(/[*_`]+/g, ''));
}

function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function listItems(list: Tokens.List, depth: number): string[] {
  const items: string[] = [];
  for (const item of list.items) {
    const own: Token[] = [];
    const nested: Tokens.List[] = [];
    for (const t of item.tokens) {
      if (t.type === 'list') nested.push(t as Tokens.List);
      else own.push(t);
    }
    const text = own
      .map((t) => ('tokens' in t && Array.isArray(t.tokens) ? inlineToPlain(t.tokens as Token[], t.raw) : stripInline(t.raw)))
      .join(' ')
      .trim();
    if (text !== '') items.push(`${'  '.repeat(depth)}${depth > 0 ? '– ' : ''}${text}`);
    for (const n of nested) items.push(...listItems(n, depth + 1));
  }
  return items;
}

/**
 * Splits a Markdown body into passages: each paragraph under its heading path is a passage;
 * a list stays with its heading and with a paragraph that introduces it (ending in ":").
 * Tables become lists of rows. HTML comments (coordinators' notes) are dropped, except
 * `<!-- kysymykset: … -->`: members' questions the passage before it answers, kept with that passage.
 */
export function toPassages(docId: string, body: string, bodyLine: number, onIssue: (line: number, message: string) => void = () => undefined): Passage[] {
  const tokens = new Lexer({ gfm: true }).lex(body);
  const passages: Passage[] = [];
  const stack: { depth: number; text: string }[] = [];
  let line = bodyLine;
  let pendingIntro: { text: string; line: number } | undefined;

  const headings = (): string[] => stack.filter((h) => h.depth > 1).map((h) => h.text);
  const push = (blocks: Block[], at: number): void => {
    passages.push({ id: `${docId}:${passages.length + 1}`, docId, headings: headings(), blocks, line: at });
  };
  const flushIntro = (): void => {
    if (pendingIntro !== undefined) push([{ kind: 'paragraph', text: pendingIntro.text }], pendingIntro.line);
    pendingIntro = undefined;
  };

  const visit = (token: Token): void => {
    const at = line + leadingBlankLines(token.raw);
    switch (token.type) {
      case 'heading': {
        flushIntro();
        const h = token as Tokens.Heading;
        while (stack.length > 0 && (stack[stack.length - 1]?.depth ?? 0) >= h.depth) stack.pop();
        const text = inlineToPlain(h.tokens, h.text);
        if (text !== '') stack.push({ depth: h.depth, text });
        break;
      }
      case 'paragraph': {
        flushIntro();
        const p = token as Tokens.Paragraph;
        const text = inlineToPlain(p.tokens, p.text);
        if (text === '') break;
        if (text.endsWith(':')) pendingIntro = { text, line: at };
        else push([{ kind: 'paragraph', text }], at);
        break;
      }
      case 'list': {
        const items = listItems(token as Tokens.List, 0);
        if (items.length === 0) break;
        const blocks: Block[] = [];
        const start = pendingIntro?.line ?? at;
        if (pendingIntro !== undefined) blocks.push({ kind: 'paragraph', text: pendingIntro.text });
        pendingIntro = undefined;
        blocks.push({ kind: 'list', items });
        push(blocks, start);
        break;
      }
      case 'table': {
        flushIntro();
        const table = token as Tokens.Table;
        const rows = table.rows.map((row) =>
          row.map((cell, i) => {
            const head = table.header[i];
            const value = inlineToPlain(cell.tokens, cell.text);
            return head === undefined || head.text === '' ? value : `${inlineToPlain(head.tokens, head.text)}: ${value}`;
          }).join('; '),
        );
        if (rows.length > 0) push([{ kind: 'list', items: rows }], at);
        break;
      }
      case 'blockquote':
      case 'code': {
        flushIntro();
        const text = stripInline('text' in token && typeof token.text === 'string' ? token.text : token.raw);
        if (text !== '') push([{ kind: 'paragraph', text }], at);
        break;
      }
      case 'html': {
        for (const block of questionBlocks(token.raw)) {
          const where = line + countNewlines(token.raw.slice(0, block.offset));
          read.add(where);
          flushIntro();
          const last = passages[passages.length - 1];
          if (last === undefined) onIssue(where, 'a "kysymykset" comment must follow the paragraph or list it belongs to; here no text comes before it');
          else if (block.questions.length === 0) onIssue(where, 'the "kysymykset" comment has no questions: write one per line, each starting with "-"');
          else last.questions = [...(last.questions ?? []), ...block.questions];
        }
        // A comment is a coordinator's note and is dropped. Other raw HTML (a pasted "<div>") is
        // not shown, but the text inside it is Markdown the member must still find: the tags are
        // removed, keeping their line breaks, and what is left is read as Markdown in place.
        const inner = htmlBlockText(token.raw);
        if (inner.trim() === '') break;
        if (inner === token.raw) {
          // Nothing to strip (a tag left open, "<div"): keep the words as a paragraph.
          flushIntro();
          const text = stripInline(inner.replace(/<\/?[a-zA-Z][\w-]*/g, ' '));
          if (text !== '') push([{ kind: 'paragraph', text }], at);
          break;
        }
        const start = line;
        for (const t of new Lexer({ gfm: true }).lex(inner)) visit(t);
        line = start;
        break;
      }
      default:
        break;
    }
    line += countNewlines(token.raw);
  };
  const read = new Set<number>();
  for (const token of tokens) visit(token);
  flushIntro();
  // One written inside a list item or a paragraph is part of that text, not a block of its own.
  for (const block of questionBlocks(body)) {
    const where = bodyLine + countNewlines(body.slice(0, block.offset));
    if (!read.has(where)) onIssue(where, 'this "kysymykset" comment is inside a list or a paragraph and is not read: put it on a line of its own after the list or paragraph, with an empty line before it');
  }
  return passages;
}

const QUESTIONS_COMMENT = /<!--[ \t]*kysymykset[ \t]*:([\s\S]*?)(?:-->|$)/giu;

/**
 * The members' questions in `<!-- kysymykset: … -->` comments, one per line ("- Voiko yhdistys hakea?"),
 * with where each comment starts in the raw text.
 */
function questionBlocks(raw: string): { offset: number; questions: string[] }[] {
  return [...raw.matchAll(QUESTIONS_COMMENT)].map((m) => ({
    offset: m.index ?? 0,
    questions: (m[1] ?? '')
      .split('\n')
      .map((l) => l.trim().replace(/^[-*•][ \t]*/u, '').trim())
      .filter((l) => l !== ''),
  }));
}

/**
 * The text of an HTML block with its markup removed: comments, script and style content and
 * tags go, each replaced by the line breaks it spanned so that lines still count right.
 */
function htmlBlockText(raw: string): string {
  const keepLines = (m: string): string => '\n'.repeat(countNewlines(m));
  return raw
    .replace(/<!--[\s\S]*?(-->|$)/g, keepLines)
    .replace(/<(script|style)\b[\s\S]*?(<\/\1\s*>|$)/gi, keepLines)
    .replace(/<\/?[a-zA-Z][^>]*>/g, (m) => (countNewlines(m) > 0 ? keepLines(m) : ' '))
    .replace(/^[ \t]+/gm, '');
}

function countNewlines(s: string): number {
  let n = 0;
  for (const ch of s) if (ch === '\n') n += 1;
  return n;
}

function leadingBlankLines(s: string): number {
  const m = /^\n*/.exec(s);
  return m === null ? 0 : m[0].length;
}

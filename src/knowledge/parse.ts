import { zodIssuesToKnowledge } from './issues.js';
import { FRONT_MATTER_FIRST_LINE, splitFrontMatter, toPassages } from './markdown.js';
import { frontMatterSchema, glossarySchema, type GlossaryEntry } from './schema.js';
import { passageText, type KnowledgeBase, type KnowledgeDocument, type KnowledgeIssue } from './types.js';
import { locateInYaml, readYaml, yamlSyntaxError } from './yaml.js';

/** A file of the knowledge folder as text; `path` is relative to the folder, with forward slashes. */
export interface SourceFile {
  path: string;
  text: string;
}

export type ParseResult =
  | { ok: true; kb: KnowledgeBase; warnings: KnowledgeIssue[] }
  | { ok: false; errors: KnowledgeIssue[]; warnings: KnowledgeIssue[] };

export const GLOSSARY_FILE = 'glossary.yaml';

/** True for the files that hold documents: Markdown anywhere in the folder except READMEs. */
export function isDocumentPath(path: string): boolean {
  return path.endsWith('.md') && !/(^|\/)README\.md$/i.test(path);
}

/**
 * Validates and parses the whole knowledge folder. Pure: the caller reads the files.
 * Every problem names the file, and where possible the line and the field.
 */
export function parseKnowledge(files: readonly SourceFile[]): ParseResult {
  const issues: KnowledgeIssue[] = [];
  const documents: KnowledgeDocument[] = [];
  const seenIds = new Map<string, string>();

  for (const file of [...files].filter((f) => isDocumentPath(f.path)).sort((a, b) => a.path.localeCompare(b.path))) {
    const doc = parseDocument(file, issues);
    if (doc === undefined) continue;
    const earlier = seenIds.get(doc.meta.id);
    if (earlier !== undefined) {
      issues.push({ file: file.path, line: fieldLine(file.text, 'id'), field: 'id', message: `id "${doc.meta.id}" is already used by ${earlier}`, severity: 'error' });
      continue;
    }
    seenIds.set(doc.meta.id, file.path);
    documents.push(doc);
  }

  const glossaryFile = files.find((f) => f.path === GLOSSARY_FILE);
  const glossary = glossaryFile === undefined ? [] : parseGlossary(glossaryFile, issues);
  if (glossaryFile !== undefined) checkGlossaryTargets(glossaryFile, glossary, documents, issues);
  for (const f of files) {
    if (/\.ya?ml$/i.test(f.path) && f.path !== GLOSSARY_FILE) {
      issues.push({ file: f.path, message: `this file is not read: the glossary must be named ${GLOSSARY_FILE} and sit at the top of the knowledge folder`, severity: 'warning' });
    }
  }
  if (documents.length === 0 && !issues.some((i) => i.severity === 'error')) {
    issues.push({ file: '.', message: 'the knowledge folder has no documents (*.md with front matter)', severity: 'error' });
  }

  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  return detachedFromFiles(errors.length > 0 ? { ok: false, errors, warnings } : { ok: true, kb: { documents, glossary }, warnings });
}

/**
 * A copy of the result that shares no string with the files' texts. V8 keeps a substring of a long
 * string as a slice pointing into the whole (the YAML parser's values, Markdown tokens, the written
 * questions are all such slices), so a single kept title or heading would keep its file's entire
 * text alive: with 10,000 passages that was 206 file texts, 22 MB of a 175 MB heap. The result is
 * plain data (strings, numbers, arrays, plain objects), which structuredClone copies exactly, each
 * string into a fresh one of its own; then each Latin-1 string is made one byte a character.
 */
function detachedFromFiles(result: ParseResult): ParseResult {
  const copy = structuredClone(result);
  oneByteStringsIn(copy);
  return copy;
}

const LATIN1 = /^[\u0000-\u00ff]*$/u;

/**
 * V8 keeps a copy of a substring in the representation of the whole: every passage of a file with
 * one character outside Latin-1 (a "–", a "€") took two bytes a character, although Finnish text
 * needs one. Latin-1 strings of the plain data are replaced, in place, by one-byte copies (with
 * 10,000 passages, about 9 MB of the knowledge base's 19 MB of text).
 */
function oneByteStringsIn(value: unknown): void {
  const oneByte = (s: string): string => (LATIN1.test(s) ? Buffer.from(s, 'latin1').toString('latin1') : s);
  if (Array.isArray(value)) {
    const items: unknown[] = value;
    items.forEach((item, i) => {
      if (typeof item === 'string') items[i] = oneByte(item);
      else oneByteStringsIn(item);
    });
  } else if (typeof value === 'object' && value !== null) {
    const fields = value as Record<string, unknown>;
    for (const key of Object.keys(fields)) {
      const field = fields[key];
      if (typeof field === 'string') fields[key] = oneByte(field);
      else oneByteStringsIn(field);
    }
  }
}

function parseDocument(file: SourceFile, issues: KnowledgeIssue[]): KnowledgeDocument | undefined {
  const split = splitFrontMatter(file.path, file.text);
  if (!split.ok) {
    issues.push(split.issue);
    return undefined;
  }
  const { data, yaml, bodyLine } = split.value;
  const parsed = frontMatterSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const source = {
      file: file.path,
      yaml,
      firstLine: FRONT_MATTER_FIRST_LINE,
      data,
      schema: frontMatterSchema,
      // A missing field has no line of its own: point at the closing "---", where it can be added.
      missingLine: bodyLine - 1,
    };
    issues.push(...zodIssuesToKnowledge(source, parsed.error.issues));
    return undefined;
  }
  const meta = parsed.data;
  const passages = toPassages(meta.id, split.value.body, split.value.bodyLine, (line, message) => {
    issues.push({ file: file.path, line, field: 'kysymykset', message, severity: 'error' });
  });
  if (passages.length === 0) {
    issues.push({ file: file.path, line: split.value.bodyLine, message: 'the document has no text under its front matter', severity: 'error' });
    return undefined;
  }
  checkEmptySections(file, split.value.body, split.value.bodyLine, issues);
  return { meta, file: file.path, passages };
}

/** Headings directly followed by a heading of the same or higher level have nothing under them. */
function checkEmptySections(file: SourceFile, body: string, bodyLine: number, issues: KnowledgeIssue[]): void {
  const lines = body.split('\n');
  let open: { depth: number; line: number; text: string; hasContent: boolean } | undefined;
  const close = (): void => {
    if (open !== undefined && !open.hasContent) {
      issues.push({ file: file.path, line: open.line, message: `section "${open.text}" is empty`, severity: 'warning' });
    }
  };
  let inComment = false;
  lines.forEach((raw, i) => {
    const l = raw.trim();
    if (inComment) {
      if (l.includes('-->')) inComment = false;
      return;
    }
    if (l.startsWith('<!--')) {
      inComment = !l.includes('-->');
      return;
    }
    const h = /^(#{1,6})\s+(.*)$/.exec(l);
    if (h !== null) {
      const depth = h[1]?.length ?? 1;
      if (open !== undefined && depth <= open.depth) close();
      if (open !== undefined && depth > open.depth) open.hasContent = true;
      open = { depth, line: bodyLine + i, text: h[2] ?? '', hasContent: false };
      return;
    }
    if (l !== '' && open !== undefined) open.hasContent = true;
  });
  close();
}

function parseGlossary(file: SourceFile, issues: KnowledgeIssue[]): GlossaryEntry[] {
  const yaml = file.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let data: unknown;
  try {
    data = readYaml(yaml);
  } catch (err) {
    const { line, message } = yamlSyntaxError(err, yaml, 1);
    issues.push({ file: file.path, line, message: `the glossary is not valid YAML: ${message}`, severity: 'error' });
    return [];
  }
  const parsed = glossarySchema.safeParse(data);
  if (!parsed.success) {
    issues.push(...zodIssuesToKnowledge({ file: file.path, yaml, firstLine: 1, data, schema: glossarySchema, missingLine: 1 }, parsed.error.issues));
    return [];
  }
  return parsed.data.entries;
}

/** A glossary term must occur, in some inflected form, somewhere in the documents. */
function checkGlossaryTargets(file: SourceFile, glossary: readonly GlossaryEntry[], documents: readonly KnowledgeDocument[], issues: KnowledgeIssue[]): void {
  const corpus = documents
    .flatMap((d) => [d.meta.title, ...d.passages.map((p) => `${p.headings.join(' ')} ${passageText(p)}`)])
    .join('\n')
    .toLowerCase();
  glossary.forEach((entry, i) => {
    // Each word of the term, cut to three quarters of its length to allow for inflection, must occur.
    const words = entry.term.toLowerCase().split(/[\s-]+/).filter((w) => w !== '');
    if (!words.every((w) => corpus.includes(w.slice(0, Math.max(3, Math.ceil(w.length * 0.75)))))) {
      issues.push({
        file: file.path,
        line: locateInYaml(file.text, 1, ['entries', i, 'term']).line,
        field: `entries[${i}].term`,
        message: `term "${entry.term}" does not occur in any document, so its synonyms lead nowhere`,
        severity: 'error',
      });
    }
  });
}

function fieldLine(text: string, key: string): number | undefined {
  const idx = text.split('\n').findIndex((l) => l.startsWith(`${key}:`));
  return idx === -1 ? undefined : idx + 1;
}

import { LineCounter, parseDocument, parse as parseYaml } from 'yaml';
import { splitFrontMatter } from './markdown.js';
import { GLOSSARY_FILE, isDocumentPath, parseKnowledge, type SourceFile } from './parse.js';
import { glossarySchema } from './schema.js';
import { passageText, type KnowledgeDocument, type KnowledgeIssue } from './types.js';

/** What `npm run kb:check` compares the documents with. */
export interface CheckOptions {
  /** The day of checking, YYYY-MM-DD. */
  today: string;
  /** A `valid_until` this many days away or closer (today included) "expires soon". */
  soonDays: number;
}

export const DEFAULT_SOON_DAYS = 30;

/** Why an extra check spoke up; parser issues have no kind. */
export type CheckKind = 'quote' | 'expired' | 'expires_soon' | 'call_region' | 'id_file' | 'faq_type';

export interface CheckIssue extends KnowledgeIssue {
  kind?: CheckKind;
}

export interface CheckReport {
  /** The parser's errors and warnings and the extra checks' warnings, by file and line. */
  issues: CheckIssue[];
  /** Document files that parsed (and so were checked further). */
  documents: number;
  errors: number;
  warnings: number;
  expired: number;
  expiresSoon: number;
}

/**
 * Everything `kb:check` reports for a knowledge folder: every parse error and warning, then the
 * checks the parser leaves out (quotes, validity, consistency). Pure: the caller reads the files.
 * A broken file does not hide the others' issues: when the folder as a whole fails, each document
 * file that parses on its own is still checked.
 */
export function checkKnowledge(files: readonly SourceFile[], options: CheckOptions): CheckReport {
  const parsed = parseKnowledge(files);
  const documents = parsed.ok ? parsed.kb.documents : files.filter((f) => isDocumentPath(f.path)).flatMap(parsesAlone);
  const issues: CheckIssue[] = [
    ...(parsed.ok ? [] : withoutGlossaryCascade(parsed.errors, files)),
    ...parsed.warnings,
    ...checkDocuments(documents, files, options),
  ];
  issues.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  const count = (f: (i: CheckIssue) => boolean): number => issues.filter(f).length;
  return {
    issues,
    documents: documents.length,
    errors: count((i) => i.severity === 'error'),
    warnings: count((i) => i.severity === 'warning'),
    expired: count((i) => i.kind === 'expired'),
    expiresSoon: count((i) => i.kind === 'expires_soon'),
  };
}

/**
 * The parser looks for glossary terms only in documents that parsed, so one broken document makes
 * every term that only it mentions look unused: a typo in one file would bury its own error under
 * dozens of glossary errors. Drops the "term does not occur" errors for terms that do occur in the
 * raw text of a document file that failed to load; errors for terms found nowhere stay.
 */
export function withoutGlossaryCascade<T extends KnowledgeIssue>(errors: readonly T[], files: readonly SourceFile[]): T[] {
  const failedDocs = files.filter((f) => isDocumentPath(f.path) && errors.some((e) => e.file === f.path));
  if (failedDocs.length === 0) return [...errors];
  const raw = failedDocs.map((f) => f.text).join('\n').toLowerCase();
  const glossary = files.find((f) => f.path === GLOSSARY_FILE);
  const entries = glossary === undefined ? undefined : glossarySchema.safeParse(parseYamlSafely(glossary.text));
  return errors.filter((e) => {
    const index = e.file === GLOSSARY_FILE ? /^entries\[(\d+)\]\.term$/.exec(e.field ?? '')?.[1] : undefined;
    const term = index === undefined || entries === undefined || !entries.success ? undefined : entries.data.entries[Number(index)]?.term;
    return term === undefined || !occursIn(term, raw);
  });
}

/** The parser's rule: each word of the term, cut to three quarters of its length for inflection, occurs. */
function occursIn(term: string, text: string): boolean {
  const words = term.toLowerCase().split(/[\s-]+/).filter((w) => w !== '');
  return words.every((w) => text.includes(w.slice(0, Math.max(3, Math.ceil(w.length * 0.75)))));
}

function parseYamlSafely(text: string): unknown {
  try {
    return parseYaml(text) as unknown;
  } catch {
    return undefined;
  }
}

function parsesAlone(file: SourceFile): KnowledgeDocument[] {
  const alone = parseKnowledge([file]);
  return alone.ok ? alone.kb.documents : [];
}

/** The checks beyond parsing, for documents that parsed. `files` supplies their text, for lines. */
export function checkDocuments(documents: readonly KnowledgeDocument[], files: readonly SourceFile[], options: CheckOptions): CheckIssue[] {
  const texts = new Map(files.map((f) => [f.path, f.text]));
  return documents.flatMap((doc) => checkDocument(doc, texts.get(doc.file) ?? '', options));
}

function checkDocument(doc: KnowledgeDocument, text: string, options: CheckOptions): CheckIssue[] {
  const { meta, file } = doc;
  const lineOf = frontMatterLines(text);
  const issues: CheckIssue[] = [];
  const warn = (kind: CheckKind, path: (string | number)[], message: string): void => {
    const line = lineOf(path);
    issues.push({ file, ...(line === undefined ? {} : { line }), field: fieldName(path), message, severity: 'warning', kind });
  };

  // A quote is how a reader checks where the dates came from, so it must really be in the text.
  const haystacks = documentTexts(doc, text);
  const quoted = (quote: string): boolean => haystacks.some((h) => h.includes(normalizeQuote(quote)));
  meta.calls.forEach((call, i) => {
    if (!quoted(call.quote)) warn('quote', ['calls', i, 'quote'], `the quote of "${call.name}" does not occur in the document text: "${call.quote}"`);
    if (!meta.regions.includes(call.region)) warn('call_region', ['calls', i, 'region'], `the call's region ${call.region} is not among the document's regions (${meta.regions.join(', ')})`);
  });
  if (meta.project !== undefined && !quoted(meta.project.quote)) {
    warn('quote', ['project', 'quote'], `the quote of "${meta.project.name}" does not occur in the document text: "${meta.project.quote}"`);
  }

  if (meta.valid_until !== undefined) {
    const days = daysFrom(options.today, meta.valid_until);
    if (days < 0) warn('expired', ['valid_until'], `expired: valid until ${meta.valid_until}, ${-days} day${days === -1 ? '' : 's'} ago; update the document or remove it`);
    else if (days <= options.soonDays) warn('expires_soon', ['valid_until'], `expires soon: valid until ${meta.valid_until}, ${days === 0 ? 'today is the last day' : `in ${days} day${days === 1 ? '' : 's'}`}`);
  }

  const name = file.split('/').pop()?.replace(/\.md$/i, '') ?? '';
  if (name !== meta.id) warn('id_file', ['id'], `id "${meta.id}" differs from the file name "${name}.md"; keep them the same`);
  if (/(^|\/)faq\//.test(file) && meta.type !== 'faq') warn('faq_type', ['type'], `a file under faq/ should have type faq, not ${meta.type}`);
  return issues;
}

/** Whole days from one ISO day to another (negative when `to` is earlier), in UTC. */
function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Quotes compare without case, whitespace and Markdown emphasis marks. */
export function normalizeQuote(s: string): string {
  return s.toLowerCase().replace(/[*_`]/g, '').replace(/\s+/g, '');
}

/** The document's body as written (comments out) and as parsed into passages, both normalised. */
function documentTexts(doc: KnowledgeDocument, text: string): string[] {
  const split = splitFrontMatter(doc.file, text);
  const body = split.ok ? split.value.body.replace(/<!--[\s\S]*?-->/g, ' ') : '';
  const plain = doc.passages.map((p) => `${p.headings.join(' ')} ${passageText(p)}`).join(' ');
  return [normalizeQuote(body), normalizeQuote(`${doc.meta.title} ${plain}`)];
}

/** `calls[0].quote` from ['calls', 0, 'quote']. */
function fieldName(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/**
 * The file line of a value in the front matter, by its path. The front matter starts on line 2
 * (after the opening "---"); files with a byte-order mark or CRLF line ends count the same.
 */
function frontMatterLines(text: string): (path: (string | number)[]) => number | undefined {
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const end = src.indexOf('\n---', 3);
  if (!src.startsWith('---\n') || end === -1) return () => undefined;
  const lineCounter = new LineCounter();
  const doc = parseDocument(src.slice(4, end + 1), { lineCounter });
  return (path) => {
    const node = doc.getIn(path, true);
    const range = typeof node === 'object' && node !== null && 'range' in node && Array.isArray(node.range) ? (node.range as unknown[]) : undefined;
    const start = range?.[0];
    return typeof start === 'number' ? lineCounter.linePos(start).line + 1 : undefined;
  };
}

import type { FrontMatter, GlossaryEntry } from './schema.js';

/** A block of a passage: a paragraph, or a list with its items flattened ("sub-items" indented). */
export type Block = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

/**
 * The unit of retrieval: one paragraph, or one list (with the paragraph that introduces it),
 * under its heading path. Carries its document's id; metadata is looked up through it.
 */
export interface Passage {
  /** Stable within one version of the knowledge base: `${docId}:${ordinal}`. */
  id: string;
  docId: string;
  /** Heading path, outermost first (the document's `#` title is left out). */
  headings: string[];
  blocks: Block[];
  /** 1-based line in the source file where the passage starts. */
  line: number;
  /**
   * Members' questions that this passage answers, written by coordinators in a
   * `<!-- kysymykset: … -->` comment after it: searched, never shown.
   */
  questions?: string[];
}

export interface KnowledgeDocument {
  meta: FrontMatter;
  /** Path relative to the knowledge folder, for messages. */
  file: string;
  passages: Passage[];
}

export interface KnowledgeBase {
  documents: KnowledgeDocument[];
  glossary: GlossaryEntry[];
}

/** A problem in the knowledge folder, precise enough for a coordinator to fix. */
export interface KnowledgeIssue {
  file: string;
  line?: number;
  field?: string;
  message: string;
  severity: 'error' | 'warning';
}

export function formatIssue(issue: KnowledgeIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  const field = issue.field === undefined ? '' : ` [${issue.field}]`;
  return `${where}${field}: ${issue.message}`;
}

/** Plain text of a block, list items as "• item". */
export function blockText(block: Block): string {
  return block.kind === 'paragraph' ? block.text : block.items.map(itemLine).join('\n');
}

/** A list item as a line: "• item", or indented under its parent for a sub-item ("  – item"). */
export function itemLine(item: string): string {
  return item.startsWith(' ') ? `   ${item.trimStart()}` : `• ${item}`;
}

/** List items (or their lines) grouped under their parents: each parent with the sub-items that follow it. */
export function withSubItems(items: readonly string[], isSub: (item: string) => boolean): { parent: string; subs: string[] }[] {
  const groups: { parent: string; subs: string[] }[] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (isSub(item) && last !== undefined) last.subs.push(item);
    else groups.push({ parent: item, subs: [] });
  }
  return groups;
}

export function passageText(passage: Passage): string {
  return passage.blocks.map(blockText).join('\n');
}

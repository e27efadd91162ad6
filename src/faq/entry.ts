import type { Region } from '../knowledge/schema.js';

/**
 * The Markdown file of an approved FAQ entry. Pure: data in, the file's path and text out.
 *
 *   ---
 *   # Neuvojan vastaus kysymykseen HA-4F7K, hyväksytty 2026-11-30.
 *   id: voiko-hallituksen-jasen-olla-ha-4f7k
 *   title: "Neuvojan vastaus: Voiko hallituksen jäsen olla projektipäällikkö?"
 *   type: faq
 *   publisher: Hankeapu-neuvojat
 *   regions: ["Etelä-Savo"]
 *   date: "2026-11-30"
 *   valid_until: "2027-11-30"
 *   ticket: HA-4F7K
 *   lang: fi
 *   ---
 *
 *   ## Voiko hallituksen jäsen olla projektipäällikkö?
 *
 *   The answer, paragraph by paragraph; list lines stay lists.
 *
 * The question is the heading and the answer the passage under it, so the engine finds the entry
 * like any other passage. Nothing about the member is written: the ticket number leads an adviser
 * to the ticket, which holds the rest for as long as retention keeps it.
 */

/** Who the entry is published by when nothing else is configured. */
export const DEFAULT_FAQ_PUBLISHER = 'Hankeapu-neuvojat';
/** The folder of FAQ entries inside the knowledge folder. */
export const FAQ_FOLDER = 'faq';

export interface FaqEntryInput {
  ticketId: string;
  region: Region;
  lang: 'fi' | 'en';
  question: string;
  answer: string;
  /** File id (and name without ".md"); see faqFileId. */
  fileId: string;
  /** The approval day, YYYY-MM-DD: the entry's date. */
  approvedOn: string;
  /** Optional last day the entry is valid, YYYY-MM-DD. */
  validUntil?: string;
  publisher?: string;
}

export interface FaqEntryFile {
  /** Relative to the knowledge folder, with forward slashes: "faq/<id>.md". */
  path: string;
  text: string;
}

const TITLE_PREFIX: Record<'fi' | 'en', string> = { fi: 'Neuvojan vastaus', en: "Adviser's answer" };
const COMMENT: Record<'fi' | 'en', (ticketId: string, day: string) => string> = {
  fi: (ticketId, day) => `Neuvojan vastaus kysymykseen ${ticketId}, koordinaattorin hyväksymä ${day}.`,
  en: (ticketId, day) => `An adviser's answer to question ${ticketId}, approved by a coordinator on ${day}.`,
};
/** The question shown in the title (the source line of every answer) is shortened to this. */
const TITLE_QUESTION_CHARS = 120;
const SLUG_WORDS = 7;
const SLUG_CHARS = 60;

export function faqEntryFile(input: FaqEntryInput): FaqEntryFile {
  const question = oneLine(input.question);
  const title = `${TITLE_PREFIX[input.lang]}: ${shorten(question, TITLE_QUESTION_CHARS)}`;
  const frontMatter = [
    '---',
    `# ${COMMENT[input.lang](input.ticketId, input.approvedOn)}`,
    `id: ${input.fileId}`,
    `title: ${yamlString(title)}`,
    'type: faq',
    `publisher: ${yamlString(oneLine(input.publisher ?? DEFAULT_FAQ_PUBLISHER))}`,
    `regions: [${yamlString(input.region)}]`,
    `date: ${yamlString(input.approvedOn)}`,
    ...(input.validUntil === undefined ? [] : [`valid_until: ${yamlString(input.validUntil)}`]),
    `ticket: ${input.ticketId}`,
    `lang: ${input.lang}`,
    '---',
  ];
  const body = ['', `## ${escapeInline(question)}`, '', ...answerMarkdown(input.answer), ''];
  return { path: `${FAQ_FOLDER}/${input.fileId}.md`, text: [...frontMatter, ...body].join('\n') };
}

/**
 * The entry's file id from its question and ticket: the question's first words folded to ASCII,
 * then the ticket number, so that it is readable in a file listing and unique per ticket.
 * "Voiko yhdistys hakea?" + HA-4F7K → "voiko-yhdistys-hakea-ha-4f7k".
 */
export function faqFileId(question: string, ticketId: string): string {
  const words = question
    .toLowerCase()
    .replace(/ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '')
    .slice(0, SLUG_WORDS);
  let slug = '';
  for (const w of words) {
    const next = slug === '' ? w : `${slug}-${w}`;
    if (next.length > SLUG_CHARS) break;
    slug = next;
  }
  const suffix = ticketId.toLowerCase();
  return slug === '' ? `faq-${suffix}` : `${slug}-${suffix}`;
}

/** The day `years` years after `day` (YYYY-MM-DD); 29 February becomes 28 February. */
export function yearsAfter(day: string, years: number): string {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y + years, m - 1, d));
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

/** A JSON string is a valid YAML double-quoted scalar: quotes, backslashes and control characters are escaped. */
function yamlString(s: string): string {
  return JSON.stringify(s);
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function shorten(s: string, max: number): string {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/**
 * The answer as Markdown the knowledge parser reads back as the same text: paragraphs separated by
 * blank lines, list lines kept as lists, and everything else escaped so that no line can become a
 * heading, a rule, a quote, code or HTML (an answer that started a line with "#" would otherwise
 * become a heading of its own and lose its place under the question).
 */
export function answerMarkdown(answer: string): string[] {
  const out: string[] = [];
  let previousWasList = false;
  for (const raw of answer.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line === '') {
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      previousWasList = false;
      continue;
    }
    // "1. hakemus" is a list item; "2024. vuonna" is a sentence (escaped below).
    const list = /^([-*+•]|\d{1,2}[.)])\s+(.*)$/.exec(line);
    if (list !== null) {
      // A list right after a paragraph line needs a blank line, or it would be read into the paragraph.
      if (!previousWasList && out.length > 0 && out[out.length - 1] !== '') out.push('');
      const marker = list[1] === '•' || list[1] === '*' || list[1] === '+' ? '-' : (list[1] ?? '-');
      out.push(`${marker} ${escapeInline(list[2] ?? '')}`);
      previousWasList = true;
      continue;
    }
    if (previousWasList) out.push('');
    out.push(escapeInline(line));
    previousWasList = false;
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

/**
 * Backslash-escapes what Markdown would read as markup: inline, emphasis, code, links, HTML,
 * strikethrough and table cells; at the start of a line, what makes it a heading, quote, rule,
 * setext underline or list. The parser turns every escape back into the character itself, and
 * ordinary text ("Etelä-Savo", "R&D", "ESR+") stays as written for coordinators who edit it.
 */
export function escapeInline(text: string): string {
  return text
    .replace(/[\\`*_[\]<~|]/g, (c) => `\\${c}`)
    .replace(/^[#>=+-]/, (c) => `\\${c}`)
    .replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

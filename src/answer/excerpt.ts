import type { Passage } from '../knowledge/types.js';
import { blockText, itemLine } from '../knowledge/types.js';
import { terms } from '../search/index.js';

/** Passages up to this long are shown whole. */
const WHOLE_PASSAGE_CHARS = 800;
/** How much of each passage offered to choose from is shown: its lines that carry the evidence when it is longer. */
export const CANDIDATE_EXCERPT_CHARS = 280;
const MAX_EXCERPT_CHARS = 900;

/**
 * The part of a passage that answers: the whole passage when short (up to `wholeUpTo` characters); otherwise the list items or
 * sentences that carry most of the evidence (with a list's introduction), facts kept verbatim.
 * `weights` gives each matched index term the weight of the question concept it stands for; `required` says which
 * sentences state what is asked, shown with the sentences picked from their paragraph.
 */
export function excerpt(passage: Passage, weights: ReadonlyMap<string, number>, wholeUpTo = WHOLE_PASSAGE_CHARS, required?: (sentence: string) => boolean): string {
  const whole = passage.blocks.map(blockText).join('\n');
  if (whole.length <= wholeUpTo) return whole;
  const termsOf = new Map<string, string[]>();
  const unitTerms = (text: string): string[] => {
    let found = termsOf.get(text);
    if (found === undefined) {
      found = [...new Set(terms(text))].filter((t) => weights.has(t));
      termsOf.set(text, found);
    }
    return found;
  };
  const score = (text: string): number => unitTerms(text).reduce((sum, t) => sum + (weights.get(t) ?? 0), 0);
  const units = passageLines(passage);
  // Lines that carry at least half the evidence of the best line: the rarest words asked about decide.
  const best = Math.max(0, ...units.map(score));
  const chosen = new Set(units.filter((u) => best > 0 && score(u) >= best * 0.5));
  // Then lines that bring a word asked about that the chosen ones lack ("fanialue" after "Pallo Haltuun").
  const covered = new Set([...chosen].flatMap(unitTerms));
  for (const u of units) {
    if (chosen.has(u)) continue;
    const fresh = unitTerms(u).filter((t) => !covered.has(t));
    if (fresh.reduce((sum, t) => sum + (weights.get(t) ?? 0), 0) >= best * 0.35) {
      chosen.add(u);
      for (const t of fresh) covered.add(t);
    }
  }
  const hits = (text: string): boolean => chosen.has(text);
  const parts: string[] = [];
  for (const block of passage.blocks) {
    if (block.kind === 'list') {
      const chosen = pickListItems(block.items, hits);
      parts.push(...chosen.map(itemLine));
    } else {
      const sentences = splitSentences(block.text);
      // A sentence of the same paragraph that states what is asked (the count: "…seitsemän eri järjestön…") is shown with the ones picked.
      const anyPicked = required !== undefined && sentences.some(hits);
      const picked = sentences.filter((sentence) => hits(sentence) || (anyPicked && required(sentence)));
      const intro = block.text.trim().endsWith(':');
      // The paragraph's first sentence says what it is about ("Balanssi ry:n kokemusasiantuntijatoimintaa koko Lapin
      // alueella."): an answer shows it with the sentences picked; a candidate's short excerpt only when the first one
      // picked refers back to it ("Hankkeessa haastateltiin kohderyhmiä…").
      const lead = sentences[0];
      if (lead !== undefined && picked.length > 0 && picked[0] !== lead && (wholeUpTo >= WHOLE_PASSAGE_CHARS || REFERS_BACK.test(picked[0] ?? ''))) picked.unshift(lead);
      if (intro) parts.push(block.text);
      else if (picked.length > 0) parts.push(picked.join(' '));
    }
  }
  const text = parts.join('\n').trim();
  if (text === '') return truncate(whole);
  return truncate(text);
}

/** A sentence that opens by referring back to what its paragraph named first ("Hankkeessa…", "Tämä…", "Lisäksi…"). */
const REFERS_BACK = /^(hanke|hankkeessa|hankkeen|hankkeella|hankkeelle|hankkeeseen|hankkeesta|tämä|tässä|tästä|tätä|tähän|se|sen|siinä|siitä|ne|niiden|näin|lisäksi|myös|he|heidän)\s/iu;

/** A passage's lines: its list items and the sentences of its paragraphs, in order. */
export function passageLines(passage: Passage): string[] {
  return passage.blocks.flatMap((b) => (b.kind === 'list' ? b.items : splitSentences(b.text)));
}

/** Matching items with their parent item for context; the first items if none match. */
function pickListItems(items: readonly string[], hits: (t: string) => boolean): string[] {
  const keep = new Set<number>();
  items.forEach((item, i) => {
    if (!hits(item)) return;
    keep.add(i);
    if (item.startsWith(' ')) {
      for (let j = i - 1; j >= 0; j -= 1) {
        if (!(items[j] ?? '').startsWith(' ')) {
          keep.add(j);
          break;
        }
      }
    } else {
      // A matching parent brings its sub-items (e.g. "Omarahoitusosuus 20%" → "flat rate 40 % tai 7 %").
      for (let j = i + 1; j < items.length && (items[j] ?? '').startsWith(' '); j += 1) keep.add(j);
    }
  });
  if (keep.size === 0) return items.slice(0, 6);
  return items.filter((_, i) => keep.has(i));
}

/**
 * An abbreviation at the end of a text, as a whole word. `\b` would not do: even with the `u` flag
 * it knows only ASCII letters, so "järjestelmään." would end in the "word" "n." and look like one.
 */
const ENDS_IN_ABBREVIATION = /(?<![\p{L}\p{N}])(mm|esim|ns|ym|yms|jne|n|ks|vrt|puh|krs)\.$/iu;

/** Sentence split that does not break dates ("10.5.2024"), abbreviations ("mm.") or numbered goals ("1)"). */
export function splitSentences(text: string): string[] {
  const parts = text.split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])/u);
  const out: string[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if (prev !== undefined && ENDS_IN_ABBREVIATION.test(prev)) out[out.length - 1] = `${prev} ${p}`;
    else out.push(p);
  }
  return out;
}

function truncate(text: string): string {
  if (text.length <= MAX_EXCERPT_CHARS) return text;
  const cut = text.slice(0, MAX_EXCERPT_CHARS);
  const at = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('\n'));
  return `${at > MAX_EXCERPT_CHARS / 2 ? cut.slice(0, at + 1) : cut.trimEnd()} …`;
}

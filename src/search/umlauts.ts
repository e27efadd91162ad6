/**
 * Finnish typed without "ä" and "ö" ("mita se flat rate on etela savon haussa", on a keyboard
 * or phone without them): each word not known as it is, but known with some of its "a" and "o"
 * as "ä" and "ö", is read so.
 */
import { remembered } from './remember.js';

/** A word with "ä" and "ö" as "a" and "o": how it is typed without them. */
export function withoutUmlauts(word: string): string {
  return word.replace(/ä/gu, 'a').replace(/ö/gu, 'o');
}

/** At most this many "a"/"o" letters in a word are tried (2^n spellings). */
const MAX_VOWELS = 8;

/** How a spelling is known: as a question word, as a whole word (the caller says which words count), or by its stem. */
export interface UmlautLexicon {
  /** The question or stop word ("mitä", "pitääkö", "tänne") typed so without "ä" and "ö" ("mita"): a closed class, safe to respell anywhere. */
  questionWordTypedAs(typed: string): string | undefined;
  /** A word known as it is written (lower case). */
  knows(word: string): boolean;
  /** A word whose stem the documents use. */
  knowsStem(word: string): boolean;
}

/**
 * The spellings of a lower-case word with some of its "a" and "o" as "ä" and "ö": the one with all of them
 * first (a Finnish word's vowels are all front or all back: "pitääkö", "kylässä"), then fewest changes first
 * (a compound may mix them: "kylätalo").
 */
export function umlautSpellings(word: string): string[] {
  const at: number[] = [];
  for (let i = 0; i < word.length; i += 1) if (word[i] === 'a' || word[i] === 'o') at.push(i);
  if (at.length === 0 || at.length > MAX_VOWELS) return [];
  const out: { text: string; changes: number }[] = [];
  for (let mask = 1; mask < 1 << at.length; mask += 1) {
    const chars = [...word];
    let changes = 0;
    at.forEach((i, bit) => {
      if ((mask & (1 << bit)) === 0) return;
      chars[i] = chars[i] === 'a' ? 'ä' : 'ö';
      changes += 1;
    });
    out.push({ text: chars.join(''), changes });
  }
  const all = out.pop();
  return [...(all === undefined ? [] : [all.text]), ...out.sort((a, b) => a.changes - b.changes).map((s) => s.text)];
}

/** The word as the member meant it, or undefined when it stands as written. */
function respelled(word: string, lexicon: UmlautLexicon, onlyQuestionWords: boolean): string | undefined {
  if (word.length < 2) return undefined;
  if (onlyQuestionWords) return lexicon.questionWordTypedAs(word);
  if (lexicon.knows(word)) return undefined;
  const questionWord = lexicon.questionWordTypedAs(word);
  if (questionWord !== undefined) return questionWord;
  const spellings = umlautSpellings(word);
  const whole = spellings.find((s) => lexicon.knows(s));
  if (whole !== undefined) return whole;
  if (lexicon.knowsStem(word)) return undefined;
  return spellings.find((s) => lexicon.knowsStem(s));
}

/** How one lower-case word is respelled; `onlyQuestionWords` when the text has "ä" or "ö" elsewhere. */
type Respell = (lower: string, onlyQuestionWords: boolean) => string | undefined;

function restoreWith(text: string, respell: Respell): string {
  const hasUmlauts = /[äöåÄÖÅ]/u.test(text);
  return text.replace(/\p{L}+/gu, (raw) => {
    if (/[äöåÄÖÅ]/u.test(raw)) return raw;
    const lower = raw.toLowerCase();
    if (lower.length !== raw.length) return raw;
    const fixed = respell(lower, hasUmlauts);
    if (fixed === undefined) return raw;
    // Keep the writer's capitals: "Etela" → "Etelä".
    return [...raw].map((ch, i) => (ch === lower[i] ? (fixed[i] ?? ch) : (fixed[i] ?? ch).toUpperCase())).join('');
  });
}

/**
 * The text with "ä" and "ö" put back where a word is known only so. A writer who has them for one word
 * ("meiän") and not for the next ("tanne", "pitaako") may have left them out of question words, which
 * are respelled then; other words only when the text has none ("valita" is a word of its own, not
 * "välitä"). Every change is one letter for one, so positions in the text stay the same.
 * How each word was read is remembered: trying a word's spellings (up to 255 of them, each looked up
 * and stemmed) is a tenth of a decision's work for a message without "ä" and "ö", and members use the
 * same words again and again. At most `maxWords` words are remembered; then it starts over.
 */
export function umlautRestorer(lexicon: UmlautLexicon, maxWords = 20_000): (text: string) => string {
  const read = remembered((key) => (key.startsWith('?') ? respelled(key.slice(1), lexicon, true) : respelled(key, lexicon, false)), maxWords);
  return (text) => restoreWith(text, (lower, onlyQuestionWords) => read(onlyQuestionWords ? `?${lower}` : lower));
}

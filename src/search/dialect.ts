/**
 * Eastern Finnish as members type it in chat: Savo and Karelian speech doubles a consonant after a
 * short syllable ("hakkee", "mukkaan", "usseempi"), says "ht" for "ts" ("kahtellaan"), "ij" for a
 * lost "d" ("riijoista"), and a long vowel for the written ending ("järjestöö", "hakkee" for "hakea").
 * Each word not known as it is, but known in such a written form, is read so.
 */
import { remembered } from './remember.js';
import type { UmlautLexicon } from './umlauts.js';

/** How a word is known: as a whole word or by the stem the documents use (the ä/ö reading's lexicon), or at all. */
export type WordLexicon = Pick<UmlautLexicon, 'knows' | 'knowsStem'> & {
  /** Whether the documents have the word's stem, however short ("hanna" is a name they use). */
  uses(word: string): boolean;
};

/**
 * Savo doubles the consonant after a short first syllable before a long vowel ("hakkee", "mukkaan", "rahhoo",
 * "tehhään"); written Finnish doubles consonants elsewhere too ("paikka", "tulossa"), which stay.
 */
const DOUBLED_AFTER_FIRST = /^([^aeiouyäö]*[aeiouyäö])([bcdfghjklmnprstvz])\2(?=[aeiouyäö]{2})/u;
/** A long vowel ending a word where the written form has two vowels ("hakee" → "hakea", "järjestöö" → "järjestöä"), or another long one ("rahhoo" → "rahaa"). */
const LONG_END: readonly [RegExp, string][] = [
  [/ee$/u, 'ea'],
  [/ee$/u, 'eä'],
  [/öö$/u, 'öä'],
  [/oo$/u, 'aa'],
  [/oo$/u, 'oa'],
  [/ii$/u, 'ia'],
  [/ii$/u, 'iä'],
];

/** The written forms a spoken word may stand for, fewest changes first (the word itself not among them). */
export function dialectSpellings(word: string): string[] {
  const out: string[] = [];
  const add = (w: string): void => {
    if (w !== word && !out.includes(w)) out.push(w);
  };
  const sounds = (w: string): string[] => [w, w.replace(/ht/gu, 'ts'), w.replace(/ij/gu, 'id')];
  // The doubled consonant after the first syllable single ("hakkee" → "hakee").
  const degeminated = word.replace(DOUBLED_AFTER_FIRST, '$1$2');
  for (const base of [word, degeminated]) {
    for (const w of sounds(base)) {
      add(w);
      for (const [end, written] of LONG_END) if (end.test(w)) add(w.replace(end, written));
    }
  }
  return out;
}

/** Savo "pal'o" (and "pal'oko") for "paljonko": how much; so is a spoken "paljo" that starts a sentence ("paljo rahaa on jaossa"). */
const SPOKEN_HOW_MUCH = /(?<!\p{L})pal['’]o(?:ko|ks)?(?!\p{L})|(?<=^\s*|[.!?]\s+)paljo(?!\p{L})/giu;

/** The word as the member meant it, or undefined when it stands as written. */
function readWord(word: string, lexicon: WordLexicon): string | undefined {
  if (word.length < 4 || lexicon.knows(word) || lexicon.uses(word)) return undefined;
  return dialectSpellings(word).find((w) => lexicon.knows(w) || lexicon.knowsStem(w));
}

/**
 * `text` with each spoken word the documents do not use read as the written word they do use, if one
 * is ("mukkaan" → "mukaan"); words are remembered (at most `maxWords`, then it starts over).
 */
export function dialectReader(lexicon: WordLexicon, maxWords = 20_000): (text: string) => string {
  const read = remembered((lower) => readWord(lower, lexicon), maxWords);
  return (text) =>
    text.replace(SPOKEN_HOW_MUCH, (m) => (m[0] === 'P' ? 'Paljonko' : 'paljonko')).replace(/\p{L}+/gu, (raw) => {
      const lower = raw.toLowerCase();
      if (lower.length !== raw.length) return raw;
      const fixed = read(lower);
      if (fixed === undefined) return raw;
      // Keep a capital first letter: "Hakkee" → "Hakea".
      return raw[0] !== lower[0] ? (fixed[0] ?? '').toUpperCase() + fixed.slice(1) : fixed;
    });
}

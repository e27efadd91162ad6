/**
 * How a question's word may match an indexed term. Finnish inflects and compounds, and the
 * Snowball stemmer leaves consonant gradation alone (haku / hankehaun), so besides the exact
 * stem we accept, with lower weight:
 * - the stem as the start of a longer term (omarahoitu → omarahoitusosuus: compound head or longer ending),
 * - a shared start differing only in the last letters (hankehau ↔ hankehaku, yhdistys ↔ yhdistyks),
 * - the stem as the end of a compound (kustannuks → kokonaiskustannuks),
 * - a longer indexed word that starts the question's compound (koordinaatiohank → koordinaatio),
 * - one or two typing errors in longer words.
 */
export interface TermMatch {
  term: string;
  /** 1 for the exact stem, lower for looser matches. */
  weight: number;
}

const W_EXACT = 1;
const W_PREFIX = 0.85;
const W_GRADATION = 0.8;
const W_SUFFIX = 0.75;
const W_TYPO1 = 0.7;
const W_TYPO2 = 0.6;
const W_HEAD = 0.5;
const W_TYPO_SUFFIX = 0.5;
const MAX_TYPO_SUFFIX_LENGTH = 30;
/** The end of a compound naming a part of a document ("-kalvo", "-dia", "-kohta"): the compound is about its head. */
const DOCUMENT_PART = /^e?(kalvo|kalvoj|dia|dio|slaidi|slaide|slaid|sivu|kohta|kohda|lista|teksti|osio|otsiko|otsikko)\p{L}{0,3}$/u;
const MAX_MATCHES = 12;

/** Strong and weak grades of Finnish consonants, both ways: tt ↔ t, nt ↔ nn, p ↔ v... */
const GRADES: readonly (readonly [string, string])[] = [
  ['kk', 'k'], ['pp', 'p'], ['tt', 't'], ['nk', 'ng'], ['mp', 'mm'], ['lt', 'll'], ['nt', 'nn'], ['rt', 'rr'], ['ht', 'hd'], ['p', 'v'], ['t', 'd'],
];

/** The stem with the other grade of a consonant in its last four letters (where gradation happens). */
function gradationVariants(stem: string): string[] {
  const out = new Set<string>();
  const from = Math.max(1, stem.length - 4);
  for (const [strong, weak] of GRADES) {
    for (const [a, b] of [[strong, weak], [weak, strong]] as const) {
      const at = stem.lastIndexOf(a);
      if (at < from) continue;
      // A single consonant is not the weak grade of its own double ("tt" is not "t" + "t").
      if (a.length === 1 && (stem[at - 1] === a || stem[at + 1] === a)) continue;
      const variant = `${stem.slice(0, at)}${b}${stem.slice(at + a.length)}`;
      out.add(variant);
    }
  }
  return [...out];
}

const VOWEL_BEFORE_I = /[aeouäö]/u;
const CONSONANT = /[bcdfghjklmnpqrstvwxz]/u;

/**
 * Spoken Finnish drops the i of a diphthong before a consonant: ikäsille (ikäisille), tavote (tavoite),
 * osote (osoite), tarkotettu (tarkoitettu). The stem with such an i put back, at each place it could be.
 */
function spokenDiphthongVariants(stem: string): string[] {
  const out: string[] = [];
  for (let i = 2; i < stem.length; i += 1) {
    if (VOWEL_BEFORE_I.test(stem[i - 1] ?? '') && CONSONANT.test(stem[i - 2] ?? '') && CONSONANT.test(stem[i] ?? '')) out.push(`${stem.slice(0, i)}i${stem.slice(i)}`);
  }
  return out;
}

/**
 * A passive present participle keeps its -ttava ending through the stemmer ("kiinnitettävän", "maksettava"),
 * and so does a spoken conditional passive ("kehitettäs", "haettais"), while the verb's other forms lose it
 * ("kiinnitetään", "kehitetään" → kiinnit, kehit): the verb's stem.
 */
function participleStem(stem: string): string | undefined {
  const m = /^(\p{L}{4,}?)e?tt[aä](v|i?s)$/u.exec(stem);
  return m?.[1];
}

export class Vocabulary {
  private readonly sorted: string[];
  private readonly reversed: string[];
  /** Terms (their positions in `sorted`) by first letter and length: where a typo of a word can be. */
  private readonly byStartAndLength = new Map<string, number[]>();
  /** Which letters each term has, by position in `sorted`: a cheap lower bound for the edit distance (see letterBits). */
  private readonly letters: Int32Array;
  private readonly cache = new Map<string, TermMatch[]>();

  constructor(
    private readonly df: ReadonlyMap<string, number>,
    readonly passageCount: number,
  ) {
    this.sorted = [...df.keys()].sort();
    this.reversed = this.sorted.map(reverse).sort();
    this.letters = new Int32Array(this.sorted.length);
    this.sorted.forEach((t, i) => {
      const key = bucket(t, t.length);
      this.letters[i] = letterBits(t);
      const list = this.byStartAndLength.get(key);
      if (list === undefined) this.byStartAndLength.set(key, [i]);
      else list.push(i);
    });
  }

  entries(): [string, number][] {
    return this.sorted.map((t) => [t, this.df.get(t) ?? 0]);
  }

  /** In how many passages the term occurs (0 when unknown). */
  documentFrequency(term: string): number {
    return this.df.get(term) ?? 0;
  }

  /** Inverse document frequency; an unknown term counts as rarer than any known one. */
  idf(df: number): number {
    return Math.log(1 + this.passageCount / (Math.max(df, 0) + 0.5));
  }

  /** The indexed terms a query stem may stand for, best first, at most MAX_MATCHES. */
  matches(queryStem: string): TermMatch[] {
    const cached = this.cache.get(queryStem);
    if (cached !== undefined) return cached;
    const found = new Map<string, number>();
    const add = (term: string, weight: number): void => {
      if ((found.get(term) ?? 0) < weight) found.set(term, weight);
    };
    if (this.df.has(queryStem)) add(queryStem, W_EXACT);
    const numeric = /\p{N}/u.test(queryStem);
    const len = queryStem.length;
    // A verb's past or present ("avasi", "avaa" → ava) and its participles ("avannut", "avattu" → avanu, avatu).
    if (!numeric && len >= 3 && /[aeiouyäö]$/u.test(queryStem)) for (const participle of [`${queryStem}nu`, `${queryStem}tu`]) if (this.df.has(participle)) add(participle, W_GRADATION);
    if (numeric) {
      // Numbers match exactly; a partial date ("10.5") may match a full one ("10.5.2024").
      if (queryStem.includes('.')) for (const t of this.withPrefix(queryStem)) add(t, W_PREFIX);
    } else {
      if (len >= 4) for (const t of this.withPrefix(queryStem)) add(t, W_PREFIX);
      // The written form a spoken or participle form stands for (ikäsille → ikäisille, kiinnitettävän → kiinnitetään).
      if (len >= 4 && !this.df.has(queryStem)) {
        const participle = participleStem(queryStem);
        for (const variant of [...spokenDiphthongVariants(queryStem), ...(participle === undefined ? [] : [participle])]) {
          if (!this.df.has(variant)) continue;
          add(variant, W_GRADATION);
          // …and the compounds ending in it, as for a word written out ("hakuilmotuksen" ↔ "hankehakuilmoituksen").
          if (variant.length >= 5) for (const t of this.withSuffix(variant)) if (t.length >= variant.length + 3) add(t, W_SUFFIX);
        }
      }
      if (len >= 5) {
        this.sharedStart(queryStem, add);
        for (const t of this.withSuffix(queryStem)) if (t.length >= len + 3) add(t, W_SUFFIX);
        // Consonant gradation in the last syllable, which the stemmer leaves in some forms: tyttöj(en) ↔ tytö(ille).
        for (const variant of gradationVariants(queryStem)) {
          if (this.df.has(variant)) add(variant, W_GRADATION);
          this.sharedStart(variant, add);
        }
        // Nouns in -s inflect on a -ks- stem: yritys ↔ yrityks(iä), tulos ↔ tuloks(et).
        const other = queryStem.endsWith('ks') ? `${queryStem.slice(0, -2)}s` : queryStem.endsWith('s') ? `${queryStem.slice(0, -1)}ks` : undefined;
        if (other !== undefined && this.df.has(other)) add(other, W_GRADATION);
        // A verbal noun is its verb's action: viestimis(essä) ↔ viestin(tä), järjestämis(en) ↔ järjestä(ä).
        if (len >= 8 && queryStem.endsWith('mis') && this.documentFrequency(queryStem) === 0) for (const t of this.withPrefix(queryStem.slice(0, -3))) add(t, W_HEAD);
        for (let cut = len - 1; cut >= 5 && cut >= len * 0.6; cut -= 1) {
          const head = queryStem.slice(0, cut);
          // ("painopistekalvo": the slide on the priorities is about them, as "painopisteet" is.)
          if (this.df.has(head)) add(head, DOCUMENT_PART.test(queryStem.slice(cut)) ? W_PREFIX : W_HEAD);
        }
        // A word the documents use as it is was not mistyped.
        if (!this.df.has(queryStem)) this.typos(queryStem, len >= 9 ? 2 : 1, add);
        // Nothing yet: a mistyped end of a compound (tapaams ↔ verkostotapaamis). Not for words longer than any
        // Finnish word is (a pasted string): the variants grow with the square of the length.
        // (A glossary word no passage uses, "hakuilmoitus" for "hakuilmotuksen", is not a find: "hankehakuilmoituksen" is.)
        if (!this.inPassages(found) && len >= 6 && len <= MAX_TYPO_SUFFIX_LENGTH) {
          if (len >= 7) this.typoEnds(queryStem, add);
          // Nor that: a mistyped start of a longer word (tunnistatu ↔ tunnistautumin, tunist ↔ tunnistamin), a derivation or compound of it.
          if (!this.inPassages(found)) this.typoStarts(queryStem, add);
        }
      }
    }
    const result = [...found.entries()]
      .map(([term, weight]) => ({ term, weight }))
      .sort((a, b) => b.weight - a.weight || this.documentFrequency(b.term) - this.documentFrequency(a.term))
      .slice(0, MAX_MATCHES);
    if (this.cache.size < 20_000) this.cache.set(queryStem, result);
    return result;
  }

  /** Whether any of the terms found occurs in a passage (the glossary's own words are terms too, with no passage). */
  private inPassages(found: ReadonlyMap<string, number>): boolean {
    for (const term of found.keys()) if ((this.df.get(term) ?? 0) > 0) return true;
    return false;
  }

  /** Terms sharing all but the stem's last letter or two, of about its length (hankehau ↔ hankehaku): another ending or grade. */
  private sharedStart(stem: string, add: (term: string, weight: number) => void): void {
    const len = stem.length;
    if (len < 5) return;
    const keep = len >= 8 ? len - 2 : len - 1;
    for (const t of this.withPrefix(stem.slice(0, keep))) {
      if (Math.abs(t.length - len) <= 2 && commonPrefix(t, stem) >= keep) add(t, W_GRADATION);
    }
  }

  /**
   * The terms at least three letters longer that end in a string one typing error away from the word (tapaams ↔
   * verkostotapaamis). A variant keeps the word's letters after its edit: the terms ending in it are among those
   * ending in these, and where none does, it is not made at all (most of the some 1,800 variants of a long word).
   */
  private typoEnds(word: string, add: (term: string, weight: number) => void): void {
    // (Not for a word with a surrogate: an edit next to one may pair it anew, and withSuffix compares by code point.)
    const ends = SURROGATE.test(word) ? undefined : nestedRanges(this.reversed, word.length + 1, (from) => reverse(word.slice(word.length - from)));
    const within = (after: number): Bounds | undefined => (ends === undefined ? { lo: 0, hi: this.reversed.length } : ends[word.length - after]);
    for (const { text, after } of oneEditAway(word, (_at, after) => within(after) !== undefined)) {
      const { lo, hi } = within(after) ?? { lo: 0, hi: 0 };
      for (const t of range(this.reversed, reverse(text), lo, hi)) if (t.length >= text.length + 3) add(reverse(t), W_TYPO_SUFFIX);
    }
  }

  /**
   * The terms at least two letters longer that start with a string one typing error away from the word (tunnistatu ↔
   * tunnistautumin): as typoEnds, with the letters a variant keeps before its edit.
   */
  private typoStarts(word: string, add: (term: string, weight: number) => void): void {
    const starts = nestedRanges(this.sorted, word.length + 1, (length) => word.slice(0, length));
    for (const { text, at } of oneEditAway(word, (at) => starts[at] !== undefined)) {
      const { lo, hi } = starts[at] ?? { lo: 0, hi: 0 };
      for (const t of range(this.sorted, text, lo, hi)) if (t.length >= text.length + 2) add(t, W_TYPO_SUFFIX);
    }
  }

  private withPrefix(prefix: string): string[] {
    return range(this.sorted, prefix);
  }

  private withSuffix(suffix: string): string[] {
    return range(this.reversed, reverse(suffix)).map(reverse);
  }

  private typos(word: string, maxDistance: number, add: (term: string, weight: number) => void): void {
    const wordLetters = letterBits(word);
    for (let l = word.length - maxDistance; l <= word.length + maxDistance; l += 1) {
      // A typo rarely hits the first letter; this also keeps the scan short.
      for (const i of this.byStartAndLength.get(bucket(word, l)) ?? []) {
        const t = this.sorted[i] ?? '';
        // Each edit changes whether at most two letters occur; a different two-letter ending up to four.
        const differ = popCount(wordLetters ^ (this.letters[i] ?? 0));
        if (differ > 2 * maxDistance + 4) continue;
        const d = differ > 2 * maxDistance ? maxDistance + 1 : boundedLevenshtein(word, t, maxDistance);
        if (d === 1) add(t, W_TYPO1);
        // One typo plus a different ending (omarahotiusosuut ↔ omarahoitusosuus) is one typo, not two.
        else if (word.length >= 8 && t[1] === word[1] && boundedLevenshtein(word.slice(0, -2), t.slice(0, word.length - 2), 1) <= 1) add(t, W_TYPO1);
        else if (d === 2 && maxDistance >= 2) add(t, W_TYPO2);
      }
    }
  }
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzäöå';
const SURROGATE = /[\ud800-\udfff]/;

/** A string one typing error away from a word: the word's letters before `at` and from `after` on are kept as they are. */
export interface EditVariant {
  text: string;
  at: number;
  after: number;
}

/**
 * The strings one typing error away (a letter left out, added, changed, or two swapped), past the first letter, each
 * once, in the order first made (which decides among equally good matches), with where the word was changed: those
 * `wanted` by where the edit is. (One not wanted where it is first made, and made again elsewhere, comes there: it
 * keeps the letters that made it unwanted, so whatever is looked for with it is not found either way.)
 */
export function oneEditAway(word: string, wanted: (at: number, after: number) => boolean = () => true): EditVariant[] {
  const seen = new Set<string>([word]);
  const out: EditVariant[] = [];
  const add = (text: string, at: number, after: number): void => {
    if (seen.has(text)) return;
    seen.add(text);
    out.push({ text, at, after });
  };
  for (let i = 1; i <= word.length; i += 1) {
    const [changed, swapped, inserted] = [wanted(i, i + 1), wanted(i, i + 2), wanted(i, i)];
    if (i < word.length && changed) add(word.slice(0, i) + word.slice(i + 1), i, i + 1);
    if (i < word.length - 1 && swapped) add(word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2), i, i + 2);
    if (!changed && !inserted) continue;
    for (const c of LETTERS) {
      if (inserted) add(word.slice(0, i) + c + word.slice(i), i, i);
      if (i < word.length && changed) add(word.slice(0, i) + c + word.slice(i + 1), i, i + 1);
    }
  }
  return out;
}

/** One bit per letter (a–z, å, ä, ö, digits, anything else) that occurs in the word. */
function letterBits(word: string): number {
  let bits = 0;
  for (const ch of word) {
    const c = ch.charCodeAt(0);
    const bit = c >= 97 && c <= 122 ? c - 97 : ch === 'ä' ? 26 : ch === 'ö' ? 27 : ch === 'å' ? 28 : c >= 48 && c <= 57 ? 29 : 30;
    bits |= 1 << bit;
  }
  return bits;
}

function popCount(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function bucket(word: string, length: number): string {
  return `${word.slice(0, 1)}:${length}`;
}

/**
 * The string backwards, by code point (as `[...s].reverse().join('')`, a pair of surrogates kept in order): without
 * the array of its letters, which cost most of a mistyped word's compound-end search (one per variant).
 */
export function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i -= 1) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0 && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800) {
      out += s.slice(i - 1, i + 1);
      i -= 1;
    } else out += s[i] ?? '';
  }
  return out;
}

/** How many first characters two strings share. */
export function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
}

/** Positions [lo, hi) of a sorted array. */
interface Bounds {
  lo: number;
  hi: number;
}

/**
 * For n = 0, 1, 2…: where the strings of a sorted array that start with `prefixOf(n)` are, each prefix extending
 * the one before (so each range is looked for within the one before); undefined from the first that none starts with.
 */
function nestedRanges(sorted: readonly string[], count: number, prefixOf: (n: number) => string): (Bounds | undefined)[] {
  const out: (Bounds | undefined)[] = [];
  let within: Bounds = { lo: 0, hi: sorted.length };
  for (let n = 0; n < count; n += 1) {
    const prefix = prefixOf(n);
    const lo = lowerBound(sorted, prefix, within.lo, within.hi);
    const hi = prefixEnd(sorted, prefix, lo, within.hi);
    if (lo === hi) break;
    out.push((within = { lo, hi }));
  }
  return out;
}

/** The first position in [lo, hi) of a sorted array whose string is not before `s` (hi when none). */
function lowerBound(sorted: readonly string[], s: string, lo = 0, hi = sorted.length): number {
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if ((sorted[mid] ?? '') < s) a = mid + 1;
    else b = mid;
  }
  return a;
}

/** From `lo`, where the strings starting with `prefix` begin in a sorted array, the first position in [lo, hi) whose string does not. */
function prefixEnd(sorted: readonly string[], prefix: string, lo: number, hi: number): number {
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if ((sorted[mid] ?? '').startsWith(prefix)) a = mid + 1;
    else b = mid;
  }
  return a;
}

/** All strings in [lo, hi) of a sorted array that start with `prefix`. */
function range(sorted: readonly string[], prefix: string, lo = 0, hi = sorted.length): string[] {
  const out: string[] = [];
  for (let i = lowerBound(sorted, prefix, lo, hi); i < hi; i += 1) {
    const t = sorted[i] ?? '';
    if (!t.startsWith(prefix)) break;
    out.push(t);
  }
  return out;
}

/** Rows reused across calls: the typo scan compares thousands of words per question. */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Levenshtein distance with transpositions, or maxDistance + 1 once it is certainly larger. */
export function boundedLevenshtein(a: string, b: string, maxDistance: number): number {
  const n = a.length;
  const m = b.length;
  const over = maxDistance + 1;
  if (Math.abs(n - m) > maxDistance) return over;
  if (rows[0].length <= m + 1) rows = [new Int32Array(m + 2), new Int32Array(m + 2), new Int32Array(m + 2)];
  let [prevPrev, prev, cur] = rows;
  // Only cells within maxDistance of the diagonal can stay within maxDistance: the rest count as over.
  for (let j = 0; j <= m; j += 1) prev[j] = j <= maxDistance ? j : over;
  prev[m + 1] = over;
  for (let i = 1; i <= n; i += 1) {
    const lo = Math.max(1, i - maxDistance);
    const hi = Math.min(m, i + maxDistance);
    cur[0] = i <= maxDistance ? i : over;
    if (lo > 1) cur[lo - 1] = over;
    let rowMin = lo === 1 ? (cur[0] ?? over) : over;
    const ai = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j += 1) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min((prev[j] ?? over) + 1, (cur[j - 1] ?? over) + 1, (prev[j - 1] ?? over) + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, (prevPrev[j - 2] ?? over) + 1);
      if (v > over) v = over;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    cur[hi + 1] = over;
    if (rowMin > maxDistance) return over;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  return Math.min(prev[m] ?? over, over);
}

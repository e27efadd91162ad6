import type { GlossaryEntry } from '../knowledge/schema.js';
import { contentWords, stem, tokenize } from './finnish.js';
import { boundedLevenshtein, commonPrefix } from './vocabulary.js';

/** One way of saying a glossary term: a phrase of normalised words, and the term's stems it stands for. */
export interface GlossaryRule {
  phrase: string[];
  target: string[];
  lang: 'fi' | 'en';
  /**
   * The terms of other entries that give the same English phrase for the same term written another way ("immigrants":
   * "maahan muuttanut" beside "maahanmuuttaja", which the documents use apart); none for unrelated terms ("call" for a
   * call and for a phone call).
   */
  also: string[][];
}

/** Two entries' terms for one English phrase are one term written two ways when they start alike this far ("maahan…"). */
const TWIN_PREFIX = 5;

/** English words to a comparable base form: lower case, possessive and plural endings off. */
export function normalizeEnglish(word: string): string {
  const w = word.replace(/'s$/, '');
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** Spoken and dialect forms of the plural pronouns' genitive ("meijän väliseksi") for the written ones. */
const SPOKEN_GENITIVE: Readonly<Record<string, string>> = { meiän: 'meidän', meijän: 'meidän', teiän: 'teidän', teijän: 'teidän', heiän: 'heidän', heijän: 'heidän' };

/**
 * Ordinals change their stem as they inflect ("neljäs sektori", "neljännen sektorin"): the nominative and partitive
 * are read as the genitive, whose stem the other cases share.
 */
const ORDINAL_FORMS: Readonly<Record<string, string>> = {
  kolmas: 'kolmannen', kolmatta: 'kolmannen', neljäs: 'neljännen', neljättä: 'neljännen', viides: 'viidennen', viidettä: 'viidennen',
  kuudes: 'kuudennen', kuudetta: 'kuudennen', seitsemäs: 'seitsemännen', seitsemättä: 'seitsemännen', kahdeksas: 'kahdeksannen',
  kahdeksatta: 'kahdeksannen', yhdeksäs: 'yhdeksännen', yhdeksättä: 'yhdeksännen', kymmenes: 'kymmenennen', kymmenettä: 'kymmenennen',
};

/** Finnish phrases compare by stem (a spoken pronoun or an ordinal as its written genitive); English ones by normalised word. */
export function normalizeWord(word: string, lang: 'fi' | 'en'): string {
  return lang === 'fi' ? stem(SPOKEN_GENITIVE[word] ?? ORDINAL_FORMS[word] ?? word) : normalizeEnglish(word);
}

export function compileGlossary(entries: readonly GlossaryEntry[]): GlossaryRule[] {
  const rules: GlossaryRule[] = [];
  for (const e of entries) {
    // The index's own terms: "Y-tunnus" is indexed as "tunnus" (one-letter words are not), so that is what to find.
    const target = contentWords(e.term).map(stem);
    if (target.length === 0) continue;
    for (const s of [e.term, ...e.synonyms]) {
      const phrase = tokenize(s).map((w) => normalizeWord(w, 'fi'));
      if (phrase.length > 0) rules.push({ phrase, target, lang: 'fi', also: [] });
    }
    for (const s of e.en) {
      const phrase = tokenize(s).map((w) => normalizeWord(w, 'en'));
      if (phrase.length > 0) rules.push({ phrase, target, lang: 'en', also: [] });
    }
  }
  // Longest phrases first, so "own funding" wins over "funding".
  rules.sort((a, b) => b.phrase.length - a.phrase.length);
  // The terms each English phrase stands for, in that order.
  const targetsOf = new Map<string, string[][]>();
  for (const rule of rules) {
    if (rule.lang !== 'en') continue;
    const targets = targetsOf.get(rule.phrase.join(' ')) ?? [];
    if (!targets.some((t) => t.join(' ') === rule.target.join(' '))) targets.push(rule.target);
    targetsOf.set(rule.phrase.join(' '), targets);
  }
  for (const rule of rules) {
    if (rule.lang !== 'en') continue;
    const own = rule.target.join(' ');
    rule.also = (targetsOf.get(rule.phrase.join(' ')) ?? []).filter((t) => t.join(' ') !== own && commonPrefix(t.join(''), rule.target.join('')) >= TWIN_PREFIX);
  }
  return rules;
}

/** Same word for glossary purposes: equal, one typo apart (long words), or the same start differing only in a gradated ending. */
export function alike(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) >= 7 && a[0] === b[0] && boundedLevenshtein(a, b, 1) <= 1) return true;
  const min = Math.min(a.length, b.length);
  if (min < 5 || Math.abs(a.length - b.length) > 2) return false;
  let i = 0;
  while (i < min && a[i] === b[i]) i += 1;
  // The shorter word's last letter may differ (another grade or ending: hankehau ↔ hankehaku), but then
  // the longer one is at most a letter longer: "toimin" (toiminnan) is not "toimisto".
  return i === min || (i === min - 1 && Math.abs(a.length - b.length) <= 1);
}

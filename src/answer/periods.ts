import type { FrontMatter } from '../knowledge/schema.js';

/**
 * Times a question may name ("kesäkuun 2024 haku", "kevään haussa", "the 2022 call") and the
 * times a document is about (its date, its calls' periods). A year or a month the question names
 * is evidence for every passage of a document about that time, as a named region is for a
 * document about that region: the press release dated 18.6.2024 is "the June call", though its
 * text never says "kesäkuu".
 */

/** Months (1–12) a word names: a month ("kesäkuun", "toukokuussa", "june") or a season ("keväällä"). */
export function monthsNamed(word: string): readonly number[] {
  const month = MONTH_STEMS.findIndex((m) => word.startsWith(m));
  if (month >= 0) return [month + 1];
  for (const [pattern, months] of SEASONS) if (pattern.test(word)) return months;
  const english = ENGLISH_MONTHS.indexOf(word);
  return english >= 0 ? [english + 1] : [];
}

/** The year a word names ("2024", "2024:n"), or undefined. */
export function yearNamed(word: string): number | undefined {
  const m = /^(20\d\d)(?::?\p{L}{0,4})$/u.exec(word);
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

/** Whether a word names a month, a season or a year ("kesäkuun", "keväällä", "2024"). */
export function namesTime(word: string): boolean {
  return monthsNamed(word).length > 0 || yearNamed(word) !== undefined;
}

/** The years and months (as "YYYY-MM") a document is about: its date and every month a call of it is open. */
export interface DocumentTimes {
  years: ReadonlySet<number>;
  months: ReadonlySet<number>;
}

export function documentTimes(meta: Pick<FrontMatter, 'date' | 'calls'>): DocumentTimes {
  const years = new Set<number>();
  const months = new Set<number>();
  const [year, month] = meta.date.split('-').map(Number);
  if (year !== undefined) years.add(year);
  if (month !== undefined) months.add(month);
  for (const call of meta.calls) {
    const [fy = 0, fm = 1] = call.opens.split('-').map(Number);
    const [ty = fy, tm = fm] = (call.closes ?? call.opens).split('-').map(Number);
    for (let y = fy, m = fm; y < ty || (y === ty && m <= tm); m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
      years.add(y);
      months.add(m);
    }
  }
  return { years, months };
}

/** Whether a document is about the time a word names; undefined when the word names no time. */
export function aboutTime(word: string, times: DocumentTimes): boolean | undefined {
  const year = yearNamed(word);
  if (year !== undefined) return times.years.has(year);
  const months = monthsNamed(word);
  if (months.length === 0) return undefined;
  return months.some((m) => times.months.has(m));
}

const MONTH_STEMS = ['tammiku', 'helmiku', 'maalisku', 'huhtiku', 'toukoku', 'kesäku', 'heinäku', 'elok', 'syysku', 'lokaku', 'marrasku', 'jouluku'];
const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const SEASONS: [RegExp, number[]][] = [
  [/^(kevä|kevät|spring)/u, [3, 4, 5]],
  [/^(kesä|kesällä|kesän|summer)$|^kesäll/u, [6, 7, 8]],
  // Midsummer ("juhannuksen alla") is late June.
  [/^juhannu/u, [6]],
  [/^(syksy|syksyl|syksyn|syys$|autumn|fall$)/u, [9, 10, 11]],
  [/^(talv|winter)/u, [12, 1, 2]],
];

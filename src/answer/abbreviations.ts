/**
 * Abbreviations a document writes out ("Euroopan sosiaalirahaston (ESR)", "Pohjois-Savon Liikunta ry
 * (PSL)"), and questions asking what one stands for ("Mistä sanoista ESR tulee?", "What does PSL stand for?").
 */

/** An abbreviation in parentheses ("(ESR)", "(ESR+)"); the words before it are looked at only where one is found. */
const IN_PARENTHESES = /\((\p{Lu}{2,6})\+?\)/gu;
/** How much text before the parentheses may write the abbreviation out. */
const LOOK_BACK = 80;

/**
 * Whether `words` write out `abbreviation`: one of its last words starts with the abbreviation's first
 * letter, and the rest of its letters follow in order ("Euroopan sosiaalirahaston" → E, S, R;
 * "Kansalaistoimijalähtöisen kehittämisen (ESR+)" names no E, so it only tells what the call is funded from).
 */
export function writesOut(words: readonly string[], abbreviation: string): boolean {
  const letters = [...abbreviation.toLowerCase()];
  const [first, ...rest] = letters;
  const lower = words.map((w) => w.toLowerCase());
  for (let start = Math.max(0, lower.length - letters.length - 1); start < lower.length; start += 1) {
    if (lower[start]?.startsWith(first ?? '') !== true) continue;
    const text = lower.slice(start).join(' ').slice(1);
    let at = 0;
    const inOrder = rest.every((letter) => {
      const found = text.indexOf(letter, at);
      at = found + 1;
      return found >= 0;
    });
    if (inOrder) return true;
  }
  return false;
}

/** The abbreviations a text writes out, in lower case. */
export function abbreviationsWrittenOut(text: string): string[] {
  if (!text.includes('(')) return [];
  const out: string[] = [];
  for (const m of text.matchAll(IN_PARENTHESES)) {
    const abbreviation = m[1] ?? '';
    // Up to five words just before it ("Euroopan sosiaalirahaston (ESR)"), letters and hyphens only.
    const before = text.slice(Math.max(0, m.index - LOOK_BACK), m.index);
    const words = /((?:[\p{L}-]+\s+){1,5})$/u.exec(before)?.[1]?.trim().split(/\s+/u) ?? [];
    if (words.length > 0 && writesOut(words, abbreviation)) out.push(abbreviation.toLowerCase());
  }
  return out;
}

/** Words asking what an abbreviation stands for. */
const EXPANSION_WORDS = /^(tarkoitta\p{L}*|tarkotta\p{L}*|tarkoitetaan|tarkotetaan|sanoista|sanoja|sanat|lyhen\p{L}*|auki|kirjoitettuna|kokonaan|stand|stands|abbreviation|abbreviated|short)$/u;

/**
 * "Mistä sanoista ESR tulee?", "Mitä lyhenne PSL tarkoittaa?", "What does ESR stand for?": the abbreviation
 * asked about, when the asking words ask what it stands for and name one the documents write out.
 */
export function abbreviationAsked(words: readonly string[], known: { has(abbreviation: string): boolean }): string | undefined {
  if (!words.some((w) => EXPANSION_WORDS.test(w))) return undefined;
  return words.map((w) => w.replace(/[+]?(:\p{L}*)?$/u, '')).find((w) => known.has(w));
}

/** Words asking which words an abbreviation comes from, not what it means: "mistä sanoista", "stand for". */
const WORDS_OF = /^(sanoista|sanoja|stand|stands)$/u;

/** An abbreviation as written: capitals ("EURA") or capitals within a word ("KaMu"). */
const ABBREVIATION_WRITTEN = /(?<![\p{L}\p{N}])(\p{Lu}{2,6}|\p{Lu}\p{Ll}{1,3}\p{Lu}\p{L}{0,4})(?![\p{L}\p{N}])/gu;

/**
 * "Koonnon slaideissa oli Pallokissojen KaMu-hanke. Mistä sanoista se KaMu tulee?": the abbreviations a question
 * asks the words of (lower case), when it asks so; none otherwise.
 */
export function abbreviationsWordsAsked(question: string, words: readonly string[]): string[] {
  return words.some((w) => WORDS_OF.test(w)) ? abbreviationsIn(question) : [];
}

/** The abbreviations a text writes in capitals ("ESR", "KaMu", "THL:n"), in lower case. */
export function abbreviationsIn(text: string): string[] {
  return [...text.matchAll(ABBREVIATION_WRITTEN)].map((m) => (m[1] ?? '').toLowerCase());
}

/** Words asking what something means: "tarkoittaa", "tarkoitetaan", "mean". */
const MEANING_WORDS = /^(tarkoitta\p{L}*|tarkotta\p{L}*|tarkoitetaan|tarkotetaan|mean|means)$/u;

/**
 * "mitä kamu tarkottaa pallokissojen hankkeen nimessä": the words of a question asking what something means
 * that are among `abbreviations` (as the documents write them, however the member typed them); none otherwise.
 */
export function abbreviationsMeaningAsked(words: readonly string[], abbreviations: { has(abbreviation: string): boolean }): string[] {
  if (!words.some((w) => MEANING_WORDS.test(w))) return [];
  return words.map((w) => w.replace(/(:\p{L}*)$/u, '')).filter((w) => abbreviations.has(w));
}

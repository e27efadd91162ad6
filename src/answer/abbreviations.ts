/**
 * Abbreviations a document writes out ("Euroopan sosiaalirahaston (ESR)", "Pohjois-Savon Liikunta ry
 * (PSL)"), and questions asking what one stands for ("Mistä sanoista ESR tulee?", "What does PSL stand for?").
 */

/** Up to five words, then an abbreviation in parentheses: "Euroopan sosiaalirahaston (ESR)". */
const WRITTEN_OUT = /((?:[\p{L}-]+\s+){1,5})\((\p{Lu}{2,6})\+?\)/gu;

/**
 * Whether `words` write out `abbreviation`: one of its last words starts with the abbreviation's first
 * letter, and the rest of its letters follow in order ("Euroopan sosiaalirahaston" → E, S, R;
 * "Kansalaistoimijalähtöisen kehittämisen (ESR+)" names no E, so it only tells what the call is funded from).
 */
export function writesOut(words: readonly string[], abbreviation: string): boolean {
  const letters = [...abbreviation.toLocaleLowerCase('fi')];
  const [first, ...rest] = letters;
  const lower = words.map((w) => w.toLocaleLowerCase('fi'));
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
  for (const m of text.matchAll(WRITTEN_OUT)) {
    const abbreviation = m[2] ?? '';
    if (writesOut((m[1] ?? '').trim().split(/\s+/u), abbreviation)) out.push(abbreviation.toLocaleLowerCase('fi'));
  }
  return out;
}

/** Words asking what an abbreviation stands for. */
const EXPANSION_WORDS = /^(tarkoitta\p{L}*|tarkotta\p{L}*|tarkoitetaan|tarkotetaan|sanoista|sanoja|sanat|lyhen\p{L}*|auki|kirjoitettuna|kokonaan|stand|stands|abbreviation|abbreviated|short)$/u;

/**
 * "Mistä sanoista ESR tulee?", "Mitä lyhenne PSL tarkoittaa?", "What does ESR stand for?": the abbreviation
 * asked about, when the asking words ask what it stands for and name one the documents write out.
 */
export function abbreviationAsked(words: readonly string[], known: ReadonlySet<string>): string | undefined {
  if (!words.some((w) => EXPANSION_WORDS.test(w))) return undefined;
  return words.map((w) => w.replace(/[+]?(:\p{L}*)?$/u, '')).find((w) => known.has(w));
}

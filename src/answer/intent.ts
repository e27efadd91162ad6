/**
 * Is the member asking about timing: whether a call is open now, when it closes, when the next
 * one comes? Such questions are answered from the call periods in the front matter and today's
 * date, never from passage text, so an ended call is never presented as open.
 */
const CALL_WORDS = /^(haku|haun|haus|hauss|hauk|haut|hakuj|hakui|hakea|haet|haemme|hakemaan|hakemus|hakemuk|hankehak|hankehau|rahoitushak|rahoitushau|hakuaik|call|calls|apply|application|applications|deadline)/;
const TIME_WORDS = /^(nyt|käynnissä|mennessä|viimeistään|asti|saakka|päivämäär|tällä|tätä|hetkellä|auki|avoin|avautu|aukea|aukeaa|alka|alkaa|alkoi|päätty|sulkeu|loppu|milloin|koska|määräai|takara|deadline|hakuaik|seuraava|seuraav|tuleva|ensi|vielä|ehti|ehdi|myöhä|ajankoh|aikataul|open|opens|opening|close|closes|closed|closing|when|next|upcoming|currently|now|still|until)/;

export function isCallTimingQuestion(words: readonly string[]): boolean {
  const hasCall = words.some((w) => CALL_WORDS.test(w));
  const hasTime = words.some((w) => TIME_WORDS.test(w));
  return hasCall && hasTime;
}

const PROJECT_TIME_WORDS = /^(käynnissä|vielä|kest|kesto|kauan|kauanko|loppu|päätty|alko|alkaa|alkanut|milloin|koska|toiminnassa|toimii|toimiiko|aika|ajan|end|ends|ended|running|still|when|long|start|started|until)/;

/** Is the member asking whether a named project still runs, or when it ends? */
export function isProjectTimingQuestion(words: readonly string[], projectWords: ReadonlySet<string>): boolean {
  return words.some((w) => [...projectWords].some((p) => w.startsWith(p))) && words.some((w) => PROJECT_TIME_WORDS.test(w)) && !words.some((w) => CALL_WORDS.test(w));
}

const DEFINITION_START = /^(mikä|mitä|mitkä|what|kerro)$/;
const DEFINITION_HEADING = /(tausta|tavoit|tarkoitu|mitä|mikä|esittely|yleistä|perustiedot|about|overview)/iu;

/** "Mikä on Koonto?", "Mitä ne kake-hankkeet oikein on?", "What is KAKE?": asking what something is. */
export function isDefinitionQuestion(words: readonly string[]): boolean {
  return words.length <= 8 && DEFINITION_START.test(words[0] ?? '');
}

/** A heading that introduces or explains its subject ("Koonto-hankkeen tausta", "… – mitä nämä ovat?"). */
export function isDefiningHeading(headings: readonly string[]): boolean {
  return headings.some((h) => DEFINITION_HEADING.test(h));
}

const QUANTITY_WORDS = /^(paljonko|paljonks|montako|montaks|moniko|monesko|summa|määrä|määrän|amount)$/;
const QUANTITY_AFTER_HOW = /^(paljon|monta|suuri|suuren|iso|ison|much|many|large)$/;

/** Is the member asking for an amount ("paljonko", "kuinka monta", "how much")? The answer then has a number in it. */
export function isQuantityQuestion(words: readonly string[]): boolean {
  return words.some((w, i) => QUANTITY_WORDS.test(w) || ((words[i - 1] === 'kuinka' || words[i - 1] === 'how') && QUANTITY_AFTER_HOW.test(w)));
}

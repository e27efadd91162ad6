/**
 * Is the member asking about timing: whether a call is open now, when it closes, when the next
 * one comes? Such questions are answered from the call periods in the front matter and today's
 * date, never from passage text, so an ended call is never presented as open.
 */
const CALL_WORDS = /^(haku|haun|haus|hauss|hauk|haut|hakuj|hakui|hakea|haet|haemme|hakemaan|hakemus|hakemuk|hankehak|hankehau|rahoitushak|rahoitushau|hakuaik|call|calls|apply|application|applications|deadline)/;
const TIME_WORDS = /^(nyt|käynnissä|mennessä|viimeistään|asti|saakka|päivämäär|hetkellä|auki|avoin|avautu|aukea|aukeaa|alka|alkaa|alkoi|päätty|sulkeu|loppu|milloin|koska|määräai|takara|deadline|hakuaik|seuraava|seuraav|tuleva|ensi|vielä|ehti|ehdi|myöhä|ajankoh|aikataul|open|opens|opening|close|closes|closed|closing|when|next|upcoming|currently|now|still|until)/;

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
const DEFINITION_HEADING = /(tausta|tavoit|tarkoitu|esittely|yleistä|perustiedot|about|overview)/iu;
const DEFINITION_QUESTION_HEADING = /(mitä|mikä|what)/iu;

/** "Mikä on Koonto?", "Mitä ne kake-hankkeet oikein on?", "What is KAKE?": asking what something is. */
export function isDefinitionQuestion(words: readonly string[]): boolean {
  return words.length <= 8 && DEFINITION_START.test(words[0] ?? '');
}

/**
 * How well a heading introduces its subject: 2 for one that asks what it is ("… – mitä nämä ovat?"),
 * 1 for one that describes it ("Koonto-hankkeen tausta"), 0 otherwise.
 */
export function definingHeadingStrength(headings: readonly string[]): 0 | 1 | 2 {
  if (headings.some((h) => DEFINITION_QUESTION_HEADING.test(h))) return 2;
  return headings.some((h) => DEFINITION_HEADING.test(h)) ? 1 : 0;
}

const QUANTITY_WORDS = /^(paljonko|paljonks|montako|montaks|moniko|monesko|summa|määrä|määrän|amount)$/;
const QUANTITY_AFTER_HOW = /^(paljon|monta|suuri|suuren|iso|ison|much|many|large)$/;

/** Is the member asking for an amount ("paljonko", "kuinka monta", "how much")? The answer then has a number in it. */
export function isQuantityQuestion(words: readonly string[]): boolean {
  return words.some((w, i) => QUANTITY_WORDS.test(w) || ((words[i - 1] === 'kuinka' || words[i - 1] === 'how') && QUANTITY_AFTER_HOW.test(w)));
}

const APPLY_WORDS = /^(hakea|hakee|hakevat|haemme|hakemaan|hakijaksi|apply)$/;
const ASK_WHETHER = /^(voiko|voi|voivatko|voisiko|voisko|voiks|saako|saa|saavatko|kuka|ketkä|can|may|could|who)$/;
const ACTORS = /^(yhdisty|yrity|yrittäj|säätiö|kunta|kunna|kaupunk|seurakun|järjestö|osuuskun|ryhmä|yksityi|henkilö|me$|meidän|meiän|mekin|kyläyhdisty|urheiluseur|seura|company|companies|business|association|foundation|municipalit|person|individual|we$|our$|club|ngo|charit)/;

/**
 * "Voiko yhdistyksemme hakea?", "Voiko yritys hakea?", "Can a foundation apply?": asking who may
 * apply, and nothing more. The documents answer that in one place, whatever the actor asked about.
 * `content` are the question's content words (surfaces of its concepts, place names left out):
 * anything besides the actor and the verb ("yhteishankkeena", "harrastuksiin") makes it another question.
 */
export function isEligibilityQuestion(words: readonly string[], content: readonly string[]): boolean {
  if (!words.some((w) => APPLY_WORDS.test(w)) || !words.some((w) => ASK_WHETHER.test(w))) return false;
  const rest = content.flatMap((c) => c.split(' ')).filter((w) => !APPLY_WORDS.test(w) && !ASK_WHETHER.test(w));
  return rest.length > 0 && rest.every((w) => ACTORS.test(w));
}

const ELIGIBILITY_HEADING = /(kuka voi hakea|ketkä voivat hakea|hakukelpoi|who can apply|eligib)/iu;

/** The heading of the passage that says who may apply. */
export function isEligibilityHeading(headings: readonly string[]): boolean {
  return headings.some((h) => ELIGIBILITY_HEADING.test(h));
}

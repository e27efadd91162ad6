import { withSubItems } from '../knowledge/types.js';
import { tokenize } from '../search/finnish.js';
import { findPlaces } from './regions.js';

/**
 * What kind of fact a passage states, for questions that ask for one kind: an amount at all, a sum
 * of money, a street address, a time of day. Asked "paljonko" or
 * "kuinka monta", a passage without one does not answer, however well its words match: "Paljonko
 * Koonto-hankkeella on budjettia?" is not answered by a passage naming Koonto's funding programme.
 */

/** "050 501 2724", "+045 117 9340": a Finnish phone number. */
const PHONE_NUMBER = String.raw`\+?\b0\d{1,3}[\s-]?\d{3}[\s-]?\d{3,4}\b`;
const HAS_PHONE_NUMBER = new RegExp(PHONE_NUMBER, 'u');
const PHONE_NUMBERS = new RegExp(PHONE_NUMBER, 'gu');

/** Numbers that are not amounts: dates, years and year ranges, call and project codes, phone numbers, section and list numbers, ages. */
const NOT_AMOUNTS: readonly RegExp[] = [
  /(puh\.?|p\.|tel\.?|gsm)\s*[+\d][\d\s-]{5,}/giu,
  PHONE_NUMBERS,
  /\b\d{1,2}\.\d{1,2}\.(\d{2,4})?/gu,
  /\b\d{1,3}\/\d{4}\b/gu,
  /\b(19|20)\d{2}(\s*[–-]\s*(19|20)?\d{2,4})?\b/gu,
  /\b\p{Lu}+\d+\b/gu,
  /(^|\s)\d+(\.\d+)+\.?(?=\s)/gu,
  /(^|\s)\d+\.(?=\s)/gu,
  /(^|\s)\d+\)/gu,
  // Ages: "16-29 -vuotiaille", "yli 65-vuotiaat" say for whom, not how many.
  /\b\d+(\s*[–-]\s*\d+)?\s*-?\s*vuotia\p{L}*/gu,
];

function withoutNonAmounts(text: string): string {
  let rest = text;
  for (const pattern of NOT_AMOUNTS) rest = rest.replace(pattern, ' ');
  return rest;
}

/** A count in words: "seitsemän eri järjestön", "kolmena päivänä viikossa", "viidestätoista", "suurin osa", "twice". */
const NUMBER_WORDS =
  /(?<!\p{L})(kaksi|kahden|kahta|kahtena|kolme|kolmen|kolmea|kolmena|neljä|neljän|neljää|neljänä|viisi|viiden|viittä|viitenä|kuusi|kuuden|kuutta|kuutena|seitsemän|seitsemää|seitsemänä|kahdeksan|kahdeksaa|kahdeksana|yhdeksän|yhdeksää|yhdeksänä|kymmenen|kymmentä|kymmenenä|sata|sataa|tuhat|tuhatta|(yksi|yhde|kaksi|kahde|kolme|neljä|viisi|viide|kuusi|kuude|seitsemä|kahdeksa|yhdeksä)\p{L}{0,3}toista|kerran|kahdesti|kolmesti|puolet|valtaosa|enemmistö|suurin osa|suurimmalla osalla|suurimman osan|once|twice|half|majority|most of|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|dozen)(?!\p{L})/iu;

export function statesAmount(text: string): boolean {
  return /\d/u.test(withoutNonAmounts(text)) || NUMBER_WORDS.test(text);
}

/** A sum in euros, or a large number standing alone (a table's "1 234 567"), not a count of things ("n. 5 000 järjestöä"). */
const MONEY = [/\d[\d\s]*\s?(€|euroa?\b|eur\b|milj)/iu, /\b\d{1,3}(\s\d{3})+\b(?!\s*\p{L})/u, /\d\s*(miljoonaa|miljardia|tuhatta)/iu];

export function statesMoney(text: string): boolean {
  const rest = withoutNonAmounts(text);
  return MONEY.some((m) => m.test(rest));
}

/** "Rantakatu 23 A", "80100 Joensuu": a street address or a postal code. */
export function statesStreetAddress(text: string): boolean {
  return /\p{L}(katu|tie|kuja|polku|väylä|tori|raitti|gatan|vägen)\s+\d+/iu.test(text) || /(^|\s)\d{5}(\s|,|$)/u.test(text);
}

/**
 * "Lieksassa", "Kuopion keskustan alueella", "Kuhmoon": a place named. A municipality of ours, or a
 * capitalised word in a place's case ending inside a sentence (a sentence's first word is capitalised anyway).
 */
export function statesPlace(text: string): boolean {
  return findPlaces(tokenize(text)).names.size > 0 || INFLECTED_NAME.test(text);
}

/** A capitalised name in a place's case after a lower-case word or a comma ("…toteutettiin Kouvolassa", "…, Kuusankoskella"). */
const INFLECTED_NAME = /[\p{Ll},]\s+(\p{Lu}\p{Ll}{2,}(?:ssa|ssä|lla|llä|sta|stä|lta|ltä|on|oon|aan|een|iin|seen|n))(?![\p{L}-])/u;
const INFLECTED_NAMES = new RegExp(INFLECTED_NAME.source, 'gu');

/** The places a text names, in lower case as written: its regions', municipalities' words and its capitalised names in a place's case. */
export function placesNamed(text: string): string[] {
  const found = findPlaces(tokenize(text));
  return [...found.words, ...found.municipalities, ...[...text.matchAll(INFLECTED_NAMES)].map((m) => (m[1] ?? '').toLowerCase())];
}

/** "klo 9–16", "9.00–15.00", "kello 10", "18.6.2024 9.52": a time of day. */
export function statesClockTime(text: string): boolean {
  return /\b(klo|kello)\s*\d/iu.test(text) || /\b\d{1,2}[.:]\d{2}\s*[–-]\s*\d{1,2}[.:]\d{2}\b/u.test(text) || /\b\d{1,2}\.\d{1,2}\.\d{4}\s+\d{1,2}[.:]\d{2}\b/u.test(text);
}

/** A web address: "https://www.pssotu.fi/koonto-hanke/", "www.pksotu.fi", "suomi.fi". */
export function statesWebAddress(text: string): boolean {
  return /https?:\/\/|\bwww\.|\b[\p{L}\p{N}-]+\.(fi|com|org|net|eu)\b/iu.test(text);
}

/** The text with its phone numbers blanked out ("044 715 2060" is no year 2060). */
export function withoutPhoneNumbers(text: string): string {
  return text.replace(PHONE_NUMBERS, ' ');
}

/** A phone number or an e-mail address: how to reach someone. */
export function statesContact(text: string): boolean {
  // One character before the "@" is enough to tell: matching the whole name first would rescan every word of a long text.
  return /[\p{L}\p{N}._-](@|\(at\))[\p{L}\p{N}-]+\.[\p{L}]{2,}/u.test(text) || /(puh\.?|puhelin\p{L}*:?|tel\.?|gsm)\s*[+\d]/iu.test(text) || HAS_PHONE_NUMBER.test(text);
}

/**
 * "• Teija Sivonen, projektipäällikkö", "…vetäjänä toimi Tuomas Puustinen": a first name and a surname,
 * capitalised, at a line's or list item's start or inside a sentence (a sentence's first word is capitalised anyway).
 */
export function statesPerson(text: string): boolean {
  return /(?:^|•\s|[\p{Ll}\d,:;(]\s)\p{Lu}\p{Ll}{2,}\s\p{Lu}\p{Ll}{2,}(?![\p{L}-])/mu.test(text);
}

/**
 * "Tatu ry:n", "Pohjois-Karjalan Sosiaaliturvayhdistys ry", "Pallokissat, Kuopio ry", "Kiipulasäätiö",
 * "Etelä-Savon ELY-keskus", "Euroopan sosiaalirahasto": an
 * organisation named; the word that names it (and a name before its town's: "Pallokissat, Kuopio").
 */
const ORGANISATION = /(?:(?:(\p{Lu}[\p{L}-]*),\s)?(\p{Lu}[\p{L}-]*)\s(?:ry|r\.y\.|oy)(?![\p{L}])|(?<![\p{L}-])(\p{Lu}[\p{L}-]*(?:yhdisty|säätiö|osuuskun|keskus|rahasto)\p{L}*))/gu;

const ORGANISATION_AT = new RegExp(ORGANISATION.source, 'u');

/**
 * Whether any part of the text may name an organisation: false when no sentence of it does (see `sentencesOf`), so
 * that a passage naming none is not split into sentences to find out. A sentence is a piece of the text, with at most
 * a full stop put after it, so a match in one is a match in the text, but for a "r.y" given its last dot so ("…Tatu r.y,
 * niin…" → "…Tatu r.y."): such a text counts as one that may.
 */
export function mayNameOrganisation(text: string): boolean {
  return ORGANISATION_AT.test(text) || text.includes('r.y');
}

/** The words naming each organisation a text names ("tatu", "sosiaaliturvayhdistys", "pallokissat kuopio"), lower-case. */
export function organisationsNamed(text: string): string[] {
  return [...text.matchAll(ORGANISATION)].map((m) => [m[1], m[2] ?? m[3]].filter((w) => w !== undefined).join(' ').toLowerCase());
}

/** "ELY-keskuksen kanssa", "yhteistyössä kuntien kanssa", "together with": someone done something with. */
export function statesPartner(text: string): boolean {
  return /(?<!\p{L})(\p{L}[\p{L}-]*n|yhdessä|yhteistyössä)\s+kanssa(?!\p{L})|(?<!\p{L})(together with|in cooperation with|with the)(?!\p{L})/iu.test(text);
}

/** "ilman pankkitunnuksia", "poikkeustapauksessa", "vaihtoehtoisesti", "paperilomakkeella": another way than the usual one. */
export function statesException(text: string): boolean {
  return /(?<!\p{L})(ilman|poikkeu\p{L}*|vaihtoehto\p{L}*|vaihtoehtoisesti|muussa tapauksessa|ellei|paperi\p{L}*|otherwise|alternative\p{L}*|without|unless)(?!\p{L})/iu.test(text);
}

/** "enintään 100 000 €", "vähintään kaksi", "Aloitus- ja lopetuspäivän välillä oltava 5 päivää": a limit or a required amount. */
export function statesLimit(text: string): boolean {
  return /(?<!\p{L})(enintään|korkeintaan|maksimi\p{L}*|yläraja\p{L}*|enimmäis\p{L}*|vähintään|alaraja\p{L}*|vähimmäis\p{L}*|at most|at least|up to)(?!\p{L})/iu.test(text) || /(?<!\p{L})(oltava|pitää olla|tulee olla|must be)\s+\d/iu.test(text);
}

/**
 * "20%", "flat rate 40 % tai 7 %", "prosenttia": a percentage; or two sums it is the share of
 * ("Myönnetty … 250 000", "Toteutunut … 93 487").
 */
export function statesPercent(text: string): boolean {
  if (/\d\s*%|prosent|per cent|percent/iu.test(text)) return true;
  const sums = (text.match(/(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d.,])|(?<![\d.,])\d{4,}(?![\d.,])/gu) ?? []).filter((n) => !/^(19|20)\d\d$/u.test(n));
  return sums.length >= 2;
}

/** "palkkakulut", "matkakustannukset", "vuokrat", "välilliset kulut": kinds of cost named. */
export function statesCostItems(text: string): boolean {
  return /(palkk|palka|henkilöstökul|henkilöstökus|matkakul|matkakus|vuokr|yleiskul|välilliset kul|välillisiin kul|hankinn|ostopalvelu|toimitil|investoin)/iu.test(text);
}

/** A reason or a purpose: "pitkittyneen työttömyyden takia", "ei ole … relevanttia", "jotta", "tavoitteena". */
export function statesReason(text: string): boolean {
  return /(takia|vuoksi|koska|,\s*sillä(?!\p{L})|jotta|(?<!\p{L})syy|syistä|perustel|relevant|siksi|johdosta|ansiosta|tavoit|tarkoitu|because|(?<!\p{L})since(?!\p{L})|due to|reason|so that|in order to|aim)/iu.test(text);
}

/** "2022", "vuosina 2020–2022": a year. */
export function statesYear(text: string): boolean {
  return /(?<!\d)(19|20)\d{2}(?!\d)/u.test(text);
}

/** A day, a year, a month or a length of time: "10.5.2024", "2022", "kesäkuussa", "kolme vuotta", "5 päivää". */
export function statesDate(text: string): boolean {
  return /\b\d{1,2}\.\d{1,2}\.|\b(19|20)\d{2}\b/u.test(text) || /(tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)(kuu|kuussa|kuun|kuuta)|\b(vuo(si|den|tta|siksi|des|teen)|kuukau|viiko)|\b\d+\s*(päiv|tunti|tunnin|minuut)/iu.test(text);
}

// Not "moni": "kuinka moni jatkoi?" counts people, and a verb follows.
const HOW_MANY = /^(montako|montaks)$/u;
const HOW_MANY_AFTER = /^(monta|monen|monesta|moneen|monessa|monella|monelle)$/u;

/**
 * "montako", "kuinka monta", "kuinka monen": the word at `i` asks how many of the thing after it
 * ("monta"/"monen" only after "kuinka": "monen yhdistyksen yhteishanke" is a joint project, not a count).
 */
export function asksHowMany(words: readonly string[], i: number): boolean {
  const word = words[i] ?? '';
  return HOW_MANY.test(word) || (HOW_MANY_AFTER.test(word) && /^(kuinka|kui|miten)$/u.test(words[i - 1] ?? ''));
}

/**
 * "Kuinka monta nuorta osallistui?", "Montako hanketta rahoitettiin?": the Finnish word for the things
 * counted (the one after the question word), or undefined when the question counts nothing by name.
 */
export function countedWord(words: readonly string[], isNoise: (word: string) => boolean): string | undefined {
  return wordCounted(words, words.findIndex((_, i) => asksHowMany(words, i)), isNoise, UNITS);
}

// Points, per cent and euros are units a table or a sum gives without the word ("9 10", "93 487").
const UNITS = /^(prosent|pross|pistet|pisteit|euro)/u;
const UNITS_EN = /^(percent|points?|euros?)$/u;

/** "How many projects got funding…?": the English word for the things counted, as `countedWord` for Finnish. */
export function countedWordEn(words: readonly string[], isNoise: (word: string) => boolean): string | undefined {
  return wordCounted(words, words.findIndex((w, i) => w === 'many' && words[i - 1] === 'how'), isNoise, UNITS_EN);
}

/** The word for the things counted, within two words after the question word at `at` (-1: none); not a unit. */
function wordCounted(words: readonly string[], at: number, isNoise: (word: string) => boolean, units: RegExp): string | undefined {
  if (at < 0) return undefined;
  const window = words.slice(at + 1, at + 3);
  const first = window.findIndex((w) => !isNoise(w) && /^\p{L}{3,}$/u.test(w));
  const word = window[first];
  // "monta pohjoissavolaista järjestöä": an adjective agreeing with the noun after it; the noun is what is counted.
  const next = window[first + 1];
  const counted = word !== undefined && next !== undefined && ADJECTIVE_PARTITIVE.test(word) && /^\p{L}{3,}(a|ä)$/u.test(next) && !isNoise(next) ? next : word;
  return counted === undefined || units.test(counted) ? undefined : counted;
}

/** An adjective in the partitive: "pohjoissavolaista", "erilaista", "kansallista". */
const ADJECTIVE_PARTITIVE = /^\p{L}{2,}(laista|läistä|llista|llistä)$/u;

/** Words between a number word and what it counts ("seitsemän eri järjestön"). */
const COUNT_FILLER = /^(eri|erilais\p{L}*|uutta|uusia|pientä|pieniä|noin|yli|alle|lähes)$/u;

/** How many words from the thing counted a number may stand in running text (4 and 5 measured alike; 6 handed off a studied answer). */
const COUNT_WINDOW = 4;

/**
 * Whether the text gives a count of the thing: a number within COUNT_WINDOW words of a word that
 * starts like it ("7 järjestöä", "yli 3800 yhdistystä"), or anywhere in a short list item with its
 * sub-items ("Osallistuvien henkilöiden lukumäärä / – Suunniteltu: 50"). Ages and dates do not count.
 */
export function statesCountOf(text: string, counted: string): boolean {
  // "Kuinka monta kertaa viikossa…?": "kolmena päivänä viikossa" counts the times.
  if (/^kert/u.test(counted) && FREQUENCY.test(text)) return true;
  const head = counted.slice(0, Math.max(4, Math.min(6, counted.length - 3)));
  // People are counted by whatever the text calls them: "montako ihmistä" ↔ "Osallistuvien henkilöiden lukumäärä".
  const heads = PERSON_HEADS.some((h) => counted.startsWith(h)) ? PERSON_HEADS : [head];
  const words = (part: string): string[] => part.toLowerCase().split(/[\s,;:()]+|\.(?!\d)/u).filter((t) => /[\p{L}\p{N}]/u.test(t));
  const isNumber = (t: string): boolean => (/^\d/u.test(t) || NUMBER_WORDS.test(t)) && !/^\d{1,2}\.\d/u.test(t);
  // A list item and its sub-items are one statement ("7.2 Osallistuvien henkilöiden lukumäärä / – Suunniteltu: 50").
  return withSubItems(text.split('\n'), (line) => /^\s/u.test(line)).some(({ parent, subs }) => {
    const tokens = words([parent, ...subs].join(' '));
    // An age ("alle 30-vuotiaat nuoret", "16-29 -vuotiaille") is not a count, nor is a date ("27.6.–9.9.2022").
    const isAge = (i: number): boolean => /vuotia/u.test(tokens[i] ?? '') || /^-?vuotia/u.test(tokens[i + 1] ?? '');
    // A number counts the word right after it when that is a word of its own ("kolmena päivänä viikossa" counts days, not "Perhefutis" before it).
    // (Number words only: digits stand in tables and brackets, "(3841, PRH 24.1.2022)".)
    const isIt = (u: string): boolean => heads.some((h) => u.startsWith(h));
    const countsOther = (i: number): boolean =>
      NUMBER_WORDS.test(tokens[i] ?? '') && /^\p{L}{3,}$/u.test(tokens[i + 1] ?? '') && !isIt(tokens[i + 1] ?? '') && !COUNT_FILLER.test(tokens[i + 1] ?? '');
    const countAt = tokens.map((t, i) => isNumber(t) && !isAge(i) && !countsOther(i));
    const namesIt = (from: number, to: number): boolean => tokens.slice(Math.max(0, from), to).some(isIt);
    // Near it in running text; anywhere in a short list item with its sub-items.
    return countAt.some((count, i) => count && namesIt(i - COUNT_WINDOW, i + COUNT_WINDOW + 1)) || (tokens.length <= 12 && countAt.includes(true) && namesIt(0, tokens.length));
  });
}

/** Words for people in general, each of which counts the others ("ihmistä", "henkilöiden", "osallistujaa"). */
const PERSON_HEADS = ['ihmi', 'henkil', 'osallistuj'];

/** How often: "kolmena päivänä viikossa", "kerran kuussa", "viikoittain". */
export function statesFrequency(text: string): boolean {
  return FREQUENCY.test(text) || /(?<!\p{L})(viikoittain|kuukausittain|päivittäin|joka viikko|joka kuukausi|weekly|monthly|daily|once a (week|month)|times a (week|month))(?!\p{L})/iu.test(text);
}

/** "kolmena päivänä viikossa", "kaksi kertaa kuussa", "kerran viikossa": how often. */
const FREQUENCY = /(?<!\p{L})(\d+|\p{L}+)\s+(päivänä|kertaa|iltana|aamuna)\s+(viikossa|kuussa|kuukaudessa|vuodessa)(?!\p{L})|(?<!\p{L})kerran\s+(viikossa|kuussa|kuukaudessa|vuodessa)(?!\p{L})/iu;

/** "mitkä ne", "ketkä ne", "which were the": asked to name the members of a group named before. */
const NAME_THEM = /(?<!\p{L})(mitkä|ketkä|keitä) (ne|nää|nämä|niitä)(?!\p{L})|\b(which|who|what) were the\b|\bname the\b/iu;
/** A number word and the first four letters of what it counts ("seitsemän järjestön" → "järj"). */
const COUNTED_THING = new RegExp(`${NUMBER_WORDS.source}\\s+(?<thing>\\p{L}{4})`, 'iu');

/** Spoken forms of number words ("seittemän", "kaheksan"). */
const SPOKEN_NUMBER_WORDS = /(?<!\p{L})(seittemän|kaheksan|yheksän|kaks|kolome)(?!\p{L})/iu;

/**
 * "Hanaa!-hanke tehtiin seitsemän järjestön voimin. Mitkä ne järjestöt olivat?": asked to name the
 * members of a group whose number the question itself gives. A text that only counts them (no list)
 * does not answer.
 */
export function asksToNameCounted(question: string): boolean {
  if (NAME_THEM.test(question) && (NUMBER_WORDS.test(question) || SPOKEN_NUMBER_WORDS.test(question))) return true;
  // "Hanaa! syntyi seitsemän järjestön yhteistyönä. Mitkä järjestöt siinä olivat mukana?": the thing counted, asked by name.
  const counted = COUNTED_THING.exec(question)?.groups?.['thing'];
  // ("Mitkä seitsemän järjestöä olivat mukana…?": the number may stand between.)
  return counted !== undefined && new RegExp(`(?<!\\p{L})(mitkä|ketkä|keitä|which) (${NUMBER_WORDS.source}\\s+)?${counted}`, 'iu').test(question);
}


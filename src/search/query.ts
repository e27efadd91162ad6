import { QUESTION_WORDS_FI, STOP_WORDS_EN, contentWords, isFinnishStopWord, stem, tokenize } from './finnish.js';
import { alike, normalizeEnglish, normalizeWord, type GlossaryRule } from './glossary.js';
import { remembered } from './remember.js';
import { boundedLevenshtein, type Vocabulary } from './vocabulary.js';

export type QueryLang = 'fi' | 'en';

/**
 * One thing the question asks about, with the ways the documents may say it: each alternative is a
 * list of stems that must all be found (a glossary term may be several words).
 */
export interface Concept {
  /** The member's own word(s), for messages and debugging. */
  surface: string;
  alternatives: string[][];
  /** How much this concept counts towards the evidence (rare words count more). */
  weight: number;
  /** None of the alternatives occurs in the documents. */
  unknown: boolean;
  /** The alternative that is the member's own words, when a glossary term stands beside it. */
  own?: readonly string[];
  /** The asker's own kind of association ("meidän maahanmuuttajayhdistys"): who asks, not what. */
  asker?: true;
}

export interface AnalyzedQuestion {
  lang: QueryLang;
  concepts: Concept[];
  /** Lower-case words of the sentences that ask (see askedText), for intent rules. */
  words: string[];
}

const FINNISH_HINT = /[äöå]/;

/** Weight of a word absent from the documents, relative to the rarest possible known word. */
const UNKNOWN_WEIGHT = 0.5;

/**
 * Finnish case endings that English words hardly have ("kake-haussa", "Kuopiossa", "hankkeiden"): a
 * member mixing in English words ("omarahoitusosuus pk:n 2022 kake-haussa, what percent?") still writes Finnish.
 */
const FINNISH_ENDING = /^\p{L}{3,}(ssa|sta|lla|lta|lle|ksi|iin|aan|den|tten)$/u;

/** English if English function words outnumber Finnish ones and Finnish case endings (Finnish is the default). */
export function detectLanguage(words: readonly string[]): QueryLang {
  let en = 0;
  let fi = 0;
  let fiWords = 0;
  for (const w of words) {
    const english = STOP_WORDS_EN.has(w) || ENGLISH_NOUNS.has(w);
    if (english) en += 1;
    const finnishWord = QUESTION_WORDS_FI.has(w) || isFinnishStopWord(w) || (!english && FINNISH_ENDING.test(w));
    if (finnishWord) fiWords += 1;
    if (finnishWord || FINNISH_HINT.test(w)) fi += 1;
  }
  // "Hanna Kääriäinen email", "KANTO budget": a short search in English names a person or a project, whose letters
  // look Finnish; with no Finnish word or case ending beside it ("kake-haussa, what percent?"), the English word decides.
  return en > fi || (en > 0 && fiWords === 0 && en >= fi) ? 'en' : 'fi';
}

/** English nouns that short English searches are made of ("KANTO budget", "Koonto project manager"). */
const ENGLISH_NOUNS = new Set(['email', 'e-mail', 'budget', 'manager', 'contact', 'contacts', 'phone', 'address', 'website', 'project', 'projects', 'association', 'associations', 'funding', 'grant', 'grants', 'call', 'calls', 'objective', 'objectives', 'goal', 'goals', 'target', 'group', 'groups', 'region', 'regions', 'partners', 'results', 'duration', 'period', 'amount']);

interface Word {
  raw: string;
  fi: string;
  en: string;
  /** Carried the question clitic (-ko/-kö): the verb of a yes/no question. */
  asked: boolean;
  /** In a sentence that tells the situation rather than asks ("Me jaetaan ruokakasseja Juvalla."). */
  context: boolean;
  /** Of an English question: an English glossary word may match it with a typing error. */
  english: boolean;
}

/** English glossary words at least this long match with one typing error. */
const ENGLISH_TYPO_MIN = 8;
/** Words of the sentences around the question count this much. */
const CONTEXT_FACTOR = 0.5;
/** The question sentence must name at least this many things before the rest counts as context. */
const MIN_ASKED_WORDS = 2;

/**
 * "Meiän budjetti ois 60 000 e. Paljonko siitä pitää kattaa itse?": when a message tells its
 * situation in sentences of its own and then asks, the asking sentence says what is wanted; the
 * others narrow it. A message whose question says little ("…Sopiiko tällainen?") is all question.
 */
/** Abbreviations that end in a full stop without ending the sentence ("esim. kirjastoon"). */
const ABBREVIATIONS = new Set(['esim', 'mm', 'ym', 'yms', 'jne', 'ns', 'n', 'ks', 'vrt', 'tms', 'puh', 'p', 'ry', 'oy', 'kpl', 'milj', 'ts', 'eg', 'e.g', 'i.e', 'etc', 'approx', 'vs']);

/**
 * Splits a message into sentences at ".", "!" and "?" followed by space; not after an abbreviation, nor after a number unless a
 * capital follows, nor at a lone "!" followed by a lower-case word.
 */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]+\s+/gu)) {
    const end = (m.index ?? 0) + m[0].length;
    // "the Nuorten oma Kuopio! project", "Hanaa!-hankkeen", "Nuorten oma Kuopio! -hanke": an exclamation mark inside a name,
    // with the sentence going on in lower case or with the name's "-hanke".
    if (m[0].trim() === '!' && /^(\p{Ll}|-\p{L})/u.test(text.slice(end))) continue;
    if (m[0].startsWith('.') && !m[0].includes('!') && !m[0].includes('?')) {
      const before = wordEndingAt(text, start, m.index ?? 0).toLowerCase();
      // "2. krs" is an ordinal; "…kesäkuun lopussa 2022. Oliko…" ends a sentence.
      if (ABBREVIATIONS.has(before) || (/^\p{N}+$/u.test(before) && !/^\p{Lu}/u.test(text.slice(end)))) continue;
    }
    out.push(text.slice(start, end).trim());
    start = end;
  }
  out.push(text.slice(start).trim());
  return out.filter((s) => s !== '').flatMap(splitAtDash).flatMap(splitButQuestion).flatMap(splitWhenThen).flatMap(splitOwnBeforeColon).flatMap(splitWondering);
}

/** A letter, a digit or a dot: what the word before a full stop is made of ("esim", "2", "e.g"). */
const WORD_OR_DOT = /[\p{L}\p{N}.]/u;

/**
 * The letters, digits and dots that end `text.slice(from, to)` ("esim" of "…kuten esim"), as
 * `/([\p{L}\p{N}.]+)$/u` would match them ('' when none). Read backwards from `to`: that regular
 * expression tries every start in the sentence and reads each word to its end, which made sentencesOf
 * cost 80 µs per passage, most of the first look at a passage's organisations.
 */
export function wordEndingAt(text: string, from: number, to: number): string {
  let i = to;
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46) {
      i -= 1;
      continue;
    }
    if (c < 128) break;
    // Outside ASCII, one code point (a surrogate pair is one letter, as for the regular expression's u flag).
    const width = c >= 0xdc00 && c <= 0xdfff && i - 2 >= from && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800 ? 2 : 1;
    if (!WORD_OR_DOT.test(text.slice(i - width, i))) break;
    i -= width;
  }
  return text.slice(i, to);
}

/** Verbs of wondering that tell who asks: "ryhmä mietti että…", "ihmeteltiin, onko…", "hallitus haluaa tietää, kelpaako…". */
const WONDERING = /^(.+?)\s(mietti|miettii|mietitään|mietittiin|mietimme|mietin|ihmettelee|ihmetteli|ihmetellään|ihmeteltiin|ihmettelimme|ihmettelen|pohtii|pohti|pohditaan|pohdittiin|pohdimme|pohdin|kyselee|kyseli|kysyy|kysyi|haluaa\s+tietää|haluaisi\s+tietää|haluais\s+tietää|haluttais\s+tietää|haluaisimme\s+tietää)\s*,?\s+(?:(?:että|et)\s+)?(.+)$/isu;

/**
 * "meijän päihdetoipujien ryhmä savonlinnassa mietti että kelepaako … hakuun": a story told before a verb of wondering,
 * and what is wondered after it, which asks.
 */
function splitWondering(sentence: string): string[] {
  const m = WONDERING.exec(sentence);
  if (m === null) return [sentence];
  const [, told = '', , asked = ''] = m;
  return tellsThenAsks(sentence, told, asked);
}

/** "Ollaan Leppävirralla sote-alan yhdistys: mitä muuta toimintaa…?": who asks, told before a colon, is not what is asked. */
function splitOwnBeforeColon(sentence: string): string[] {
  const m = /^([^:]+?):\s+(.+\?)$/su.exec(sentence);
  if (m === null) return [sentence];
  const [, told = '', asked = ''] = m;
  return tellsThenAsks(sentence, told, asked, TELLS_OWN.test(tokenize(told)[0] ?? ''));
}

/** The sentence as what it tells and what it asks, when `told` asks nothing and `asked` asks (and `also` holds); otherwise whole. */
function tellsThenAsks(sentence: string, told: string, asked: string, also = true): string[] {
  return also && asksSomething(asked) && !asksSomething(told) ? [`${told}.`, asked] : [sentence];
}

/**
 * "Kun kesäkuun 2024 haun avasi Etelä-Savon ELY, niin onko se vain eteläsavolaisille…?", "Kesäkuun 2024 haun
 * avasi Etelä-Savon ELY-keskus, niin koskeeko se…?": a clause closed by ", niin" tells what the asker knows;
 * what follows asks.
 */
function splitWhenThen(sentence: string): string[] {
  const m = /^(.+?),\s+niin\s+(.+\?)$/isu.exec(sentence);
  if (m === null) return [sentence];
  const [, told = '', asked = ''] = m;
  return tellsThenAsks(sentence, told, asked);
}

/**
 * "KANTO's project code is S22786 – what is the code of Koonto?": a dash before a question that names
 * its own subject ends what the message tells. ("…oli Työelämän avaimet -hanke – minkä ikäisiä nuoria
 * sen kohderyhmään kuului?" asks about what came before the dash.)
 */
function splitAtDash(sentence: string): string[] {
  const m = /^(.+?)\s[–—-]\s+(\S+)(.*)$/su.exec(sentence);
  if (m === null || !sentence.endsWith('?')) return [sentence];
  const [, told = '', next = '', rest = ''] = m;
  const asked = `${next}${rest}`;
  const refersBack = tokenize(asked).some((w) => REFERS_BACK.test(w));
  return INTERROGATIVES.test(next.toLowerCase()) && !refersBack && !asksSomething(told) ? [`${told}.`, asked] : [sentence];
}

/** Words quoted from a document, and the word before them: 'Toiminnan tila', "Muu tuki", ”…”. */
const QUOTED = /(\S*)\s*['"‘’“”„«»]([^'"‘’“”„«»]{3,80})['"‘’“”„«»](?=$|[\s.,:;!?)–-])/gu;
/** "tiedotteen 'Itä-Suomessa haettavissa…'": a quote after a document's kind is its title, which names the document. */
const DOCUMENT_NOUN = /^(tiedot|ilmoitu|ilmoituks|kuvau|kuvauks|esity|julkaisu|dokumen|asiakir)/u;

/**
 * What a story quotes from a document's text (not its title): "hankekuvauksessa on kohta 'Toiminnan tila'.
 * mitä siinä lukee" asks about the words quoted, whatever else the story tells.
 */
function quotedIn(sentence: string): string[] {
  const quoted = [...sentence.matchAll(QUOTED)].filter((m) => !DOCUMENT_NOUN.test((m[1] ?? '').toLowerCase())).map((m) => m[2] ?? '');
  // "Osallisuus ja yhteisöllisyys -otsikon alla on muutama viiva": a heading (or section) named by its words, unquoted.
  return [...quoted, ...[...sentence.matchAll(NAMED_SECTION)].map((m) => m[1] ?? '')];
}

/** Words naming a heading or a section of a document before "-otsikon", "-kohdassa", "-osiossa": "Osallisuus ja yhteisöllisyys -otsikon alla". */
const NAMED_SECTION = /(?:^|[,:;–]\s*)([^,.:;?!–'"]{3,80}?)\s+-(?:otsiko|kohd|kappalee|osio|välilehde)\p{L}*/gu;

/** Pronouns that stand for something named before. */
const REFERS_BACK = /^(se|sen|sitä|siitä|siinä|siihen|sillä|siltä|sille|ne|niiden|niitä|niistä|niissä|niillä|niille|it|its|they|their|them|this|that)$/u;
/** Of those, the oblique forms of "se", "ne" (and "niihin"): in a question after a story, they stand for what the story named. */
const POINTS_BACK = /^(sitä|siitä|siinä|siihen|sillä|siltä|sille|niitä|niistä|niissä|niihin|niillä|niille|niiden)$/u;

const INTERROGATIVES = /^(mikä|mitkä|mitä|minkä|missä|mistä|mihin|milloin|miten|mites|miksi|miks|millai\p{L}*|millas\p{L}*|minkälai\p{L}*|minkälas\p{L}*|mimmo\p{L}*|paljonks|montaks|kauanko|kuka|ketkä|kenelle|keneltä|kenen|keitä|kuinka|paljonko|montako|what|which|who|whom|whose|when|where|why|how)$/u;

/** Forms of "olla" that join a phrase's words ("hanke on käynnissä") and say nothing of their own. */
const COPULA = /^(on|ovat|oli|olivat|ole|olla|ollut|olleet|olisi|is|are|was|were)$/u;

/** Yes/no questions too short for withoutClitic to read ("onko", and spoken "voiks", "onks", "saaks"). */
const SPOKEN_YES_NO = /^(onko|onks|voiks|saaks|käyks|oliks|ooks|oisks|voisks)$/;

function asksSomething(part: string): boolean {
  return tokenize(part).some((w) => INTERROGATIVES.test(w) || SPOKEN_YES_NO.test(w) || (/(k[oö]|ks)$/.test(w) && withoutClitic(w) !== w));
}

/**
 * "KANTOn varsinainen kohderyhmä on yhdistykset, mutta ketkä ovat välillisiä kohderyhmiä?": a
 * question whose first clause only tells, and asks after "mutta" / "but" about the same thing
 * (a word they share), contrasts: it is a story and a question. When the first clause names
 * what the question is about ("Hanaa!-hankkeesta kerrottiin meille, mutta minkä ikäisille se oli
 * tarkoitettu?"), it stays part of the question.
 */
function splitButQuestion(sentence: string): string[] {
  if (!sentence.endsWith('?')) return [sentence];
  const m = /^(.+?),\s+((?:mutta|but)\s.+)$/isu.exec(sentence);
  if (m === null) return [sentence];
  const [, told = '', asked = ''] = m;
  const toldStems = new Set(contentWords(told).map(stem));
  const contrasts = contentWords(asked).some((w) => toldStems.has(stem(w)));
  return tellsThenAsks(sentence, told, asked, contrasts);
}

/** The sentences that ask, when the message also tells its situation; otherwise all of it. Intent rules read this. */
export function askedText(text: string, lang: QueryLang): string {
  return askingPart(splitContext(text, lang));
}

/**
 * The sentences that ask, when a message also tells its situation in other sentences, however
 * little they name; undefined when the message is all question (or asks nothing).
 */
export function askingSentences(text: string): string | undefined {
  const story = storyAndQuestion(text);
  return story === undefined ? undefined : story.sentences.filter((_, i) => story.asking[i]).join(' ');
}

/** "Tarkoittaako se, että…", "Onko se jokin…": the member's own guess at what something means. */
const GUESS = /^(tarkoittaako|tarkoittaakohan|tarkottaako|tarkottaakohan|meinaako|onko\s+se\s+(?:jokin|joku|niin)|onko\s+tämä\s+(?:jokin|joku|niin)|does\s+(?:it|that|this)\s+mean)(?![\p{L}])/iu;

/**
 * The asking sentences without the member's guesses ("Tarkoittaako se, että hanketta valvoo poliisi? Mikä viranomainen
 * siihen on merkitty?"): a guess names what the documents do not say; what follows "vai" in it still asks ("…, vai mitä
 * tukitaso tarkoittaa?"). The sentences as they are when all of them guess.
 */
export function withoutGuesses(asking: string): string {
  const sentences = sentencesOf(asking);
  const kept = sentences.flatMap((s) => {
    if (!GUESS.test(s)) return [s];
    const alternative = /,?\s+vai\s+(.+)$/su.exec(s)?.[1];
    return alternative === undefined ? [] : [alternative];
  });
  return kept.length === 0 ? asking : kept.join(' ');
}

/**
 * What the story of a message quotes from a document ("Hankekuvauksessa on kenttä 'Vastuuviranomainen'. Mikä viranomainen
 * siihen on merkitty?"): the words its asking sentences refer to. None when the message is all question.
 */
export function quotedInStory(text: string): string[] {
  const story = storyAndQuestion(text);
  return story === undefined ? [] : story.sentences.flatMap((s, i) => (story.asking[i] === true ? [] : quotedIn(s)));
}

/**
 * "…Koonnon kalvoissa kerrottiin, keitä haavoittuvimmassa asemassa olevia voidaan auttaa. Keitä siinä mainitaan
 * esimerkkeinä?": the told sentence just before an asking one that points back with "siinä", "sitä"…; undefined when none does.
 */
export function sentencePointedBack(text: string): string | undefined {
  const story = storyAndQuestion(text);
  if (story === undefined) return undefined;
  const i = story.sentences.findIndex((s, k) => story.asking[k] === true && k > 0 && story.asking[k - 1] === false && (tokenize(s).some((w) => POINTS_BACK.test(w)) || takesUp(s, story.sentences[k - 1] ?? '')));
  return i > 0 ? story.sentences[i - 1] : undefined;
}

/** Words of an elliptical question at most ("Millaisiin hankkeisiin?"). */
const ELLIPTICAL_WORDS = 3;

/**
 * "Tiedotteessa kerrottiin, että tietynlaisiin hankkeisiin kiinnitetään erityistä huomiota. Millaisiin hankkeisiin?": a
 * question of a few words repeating a word of the sentence before takes up what that sentence told.
 */
function takesUp(asking: string, told: string): boolean {
  const words = tokenize(asking);
  if (words.length > ELLIPTICAL_WORDS) return false;
  const toldStems = new Set(contentWords(told).map(stem));
  return contentWords(asking).some((w) => toldStems.has(stem(w)));
}

/** Words that only ask whether what was just said is right: "Pitääkö paikkansa?", "Näinhän se meni?", "Is that right?". */
const CONFIRMING = /^(pitääkö|pitäähän|pitääks|paikkansa|näinhän|näinkö|näin|niinkö|niin|niinhän|onko|onhan|oliko|olihan|onks|se|totta|oikein|oikea|oikeen|meni|menikö|menee|meneekö|ymmärsinkö|ymmärränkö|vai|eikö|eikös|kai|is|was|that|this|it|right|correct|true|so|am|i|did|understand|understood)$/u;

/** "Does the KANTO material say anything about this?": a question about what was just told. */
const ABOUT_THAT = /\babout\s+(?:this|that|it)\s*\?$/iu;

function asksAboutThat(sentence: string): boolean {
  return ABOUT_THAT.test(sentence);
}

function confirms(sentence: string): boolean {
  const words = tokenize(sentence);
  return words.length > 0 && words.every((w) => CONFIRMING.test(w));
}

/** The message's sentences and which of them ask, when some ask and some tell; undefined otherwise. */
function storyAndQuestion(text: string): { sentences: string[]; asking: boolean[] } | undefined {
  const sentences = sentencesOf(text);
  // Chat messages often leave out the question mark: then the sentences that ask by their words do.
  const marked = sentences.some((s) => s.endsWith('?'));
  // "Ymmärsin, että … Pitääkö paikkansa?": what a confirming question confirms, the sentence before it, is asked.
  // "…whether those conversations are kept confidential. Does the material say anything about this?": what "this" is, likewise.
  const asking = sentences.map((s, i) => (marked ? s.endsWith('?') || confirms(sentences[i + 1] ?? '') || asksAboutThat(sentences[i + 1] ?? '') : !/[.!]$/u.test(s) && asksSomething(s)));
  return sentences.length < 2 || !asking.includes(true) || asking.every(Boolean) ? undefined : { sentences, asking };
}

function askingPart(sentences: readonly { text: string; context: boolean }[]): string {
  return sentences
    .filter((s) => !s.context)
    .map((s) => s.text)
    .join(' ');
}

function splitContext(text: string, lang: QueryLang): { text: string; context: boolean }[] {
  const story = storyAndQuestion(text);
  if (story === undefined) return [{ text, context: false }];
  const { sentences, asking } = story;
  const askedWords = sentences.filter((_, i) => asking[i]).flatMap((s) => tokenize(s)).filter((w) => !isNoise(w, lang));
  if (askedWords.length < MIN_ASKED_WORDS) return [{ text, context: false }];
  // "hankekuvauksessa on kohta 'Toiminnan tila'. mitä siinä lukee": what a story quotes from a document is what is asked about.
  return sentences.flatMap((s, i) => (asking[i] === true ? [{ text: s, context: false }] : [...quotedIn(s).map((q) => ({ text: q, context: false })), { text: s, context: true }]));
}

/**
 * "sopiiko" → "sopii", "tuetaanko" → "tuetaan"; "verkko" and "taulukko" stay. Spoken, the question
 * clitic is "-ks" after a verb's long vowel or passive ("kuuluuks", "päästäänks" → "päästään"),
 * and the translative is "-ks" too: "tulokseks" → "tulokseksi", "kumppaniks" → "kumppaniksi".
 */
export function withoutClitic(word: string): string {
  if (word.length >= 5 && /[^k]k[oö]$/.test(word)) return word.slice(0, -2);
  if (word.length >= 6 && /(aa|ää|uu|yy|ee|[aä]n|iin)ks$/.test(word)) return word.slice(0, -2);
  return word.length >= 6 && /[aeiouyäö]ks$/.test(word) ? `${word}i` : word;
}

/**
 * Stems that frame almost every question here ("can our association apply for money for a
 * project?") and so tell little about which passage answers it.
 */
const FRAMING_STEMS = ['hake', 'haku', 'hakemu', 'raha', 'rahoitu', 'hank', 'yhdisty', 'järjestö', 'tuke', 'tuki'];
const FRAMING_FACTOR = 0.5;

function isFraming(stemmed: string): boolean {
  return FRAMING_STEMS.some((f) => stemmed === f || (f.length >= 4 && stemmed.startsWith(f) && stemmed.length <= f.length + 2));
}

/**
 * Turns a question into concepts: question words and stop words dropped, glossary phrases
 * (everyday, abbreviated or English words) joined to the official term, the rest kept as stems.
 * `ignore` removes words handled elsewhere; `minor` words (place names, which also steer the region)
 * count half.
 */
export function analyzeQuestion(
  question: string,
  rules: readonly GlossaryRule[],
  vocabulary: Vocabulary,
  ignore: (word: string) => boolean = () => false,
  minor: (word: string) => boolean = () => false,
): AnalyzedQuestion {
  const all = tokenize(question);
  const lang = detectLanguage(all);
  const sentences = splitContext(question, lang);
  const words: Word[] = sentences.flatMap(({ text, context }) => {
    // "Onko lista tyhjentävä vai onko ne vaan esimerkkejä?": the passage states one alternative, so a
    // second question offered after "vai" weighs like the story around a question.
    const tokens = tokenize(text);
    const or = lang === 'fi' ? tokens.indexOf('vai') : -1;
    const next = tokens[or + 1] ?? '';
    const clause = or >= 0 && (INTERROGATIVES.test(next) || (/k[oö]s?$/.test(next) && withoutClitic(next) !== next));
    // "pitääkö osallistujien kirjautua jotenki kun ne tulee meiän ryhmään": a "kun" clause after what is asked tells when;
    // "…käykö jos opetetaan ruuanlaittoa…", "…, jos haluan lähettää kirjeen": a "jos" clause tells the case (an idea, a purpose).
    const when = lang === 'fi' && (tokens.includes('kun') || tokens.includes('jos') || tokens.includes('vaikka')) ? whenClause(text) : new Set<number>();
    const told = lang === 'fi' && text.includes(',') ? toldClause(text) : 0;
    const toldFirst = lang === 'fi' && text.includes(',') ? leadingToldClause(text) : 0;
    return tokens
      .map((raw, i) => ({ raw, alternative: (clause && i > or) || when.has(i) || (told > 0 && i >= told) || i < toldFirst }))
      // "hakea ihan yksin" is the glossary's "hakea yksin": a filler between a phrase's words is no word of it.
      .filter(({ raw }, i) => !ignore(raw) && !(lang === 'fi' && (FILLERS.test(raw) || inFillerPhrase(tokens, i))) && !(lang === 'en' && asksIfRight(tokens, i)))
      .map(({ raw, alternative }) => {
        const base = lang === 'fi' ? withoutClitic(raw) : raw;
        return { raw: base, fi: normalizeWord(base, 'fi'), en: normalizeEnglish(raw), asked: base.length < raw.length, context: context || alternative, english: lang === 'en' };
      });
  });
  const used = new Array<boolean>(words.length).fill(false);
  const concepts: Concept[] = [];

  // The rules whose phrase may start at each word (remembered per word), tried in the glossary's
  // order (longest phrases first) and, for each rule, from the first word on.
  const starts = words
    .flatMap((w, i) => rulesStartingAt(rules, w).map((order) => ({ order, i })))
    .sort((a, b) => a.order - b.order || a.i - b.i);
  for (const { order, i } of starts) {
    const rule = rules[order];
    if (rule === undefined || i + rule.phrase.length > words.length) continue;
    const at = phraseAt(rule, words, used, i);
    if (at === undefined) continue;
    // A lone question or stop word ("kun", "mitä") is not a glossary term, whatever its stem.
    if (rule.phrase.length === 1 && isNoise(words[i]?.raw ?? '', lang)) continue;
    const span = at.map((k) => words[k] as Word);
    for (const k of at) used[k] = true;
    // A word mistyped ("erityistavote") is the member's own in the glossary phrase's spelling ("erityistavoite").
    // ("hanke on käynnissä": the verb "olla" in a phrase only joins its words, and the member's own words stand without it.)
    const asked = span.map((w, k) => ({ w, k })).filter(({ w }) => !INTERROGATIVES.test(w.raw) && !COPULA.test(w.raw));
    const own = asked.map(({ w, k }) => spelledAs(rule.phrase[k], w.fi, vocabulary)).filter((s) => !isNoise(s, lang));
    // ("maksaa itse" without its stop word "itse" is only "maksaa", which says nothing of paying one's own share: the phrase stands whole.)
    const keepOwn = rule.lang === 'fi' && own.length > 0 && own.length === asked.length;
    // ("immigrants": an English phrase stands for its term written every way the glossary gives it.)
    const alternatives = [rule.target, ...rule.also, ...(keepOwn ? [own] : [])];
    const framing = rule.target.every(isFraming);
    const context = span.every((w) => w.context) ? CONTEXT_FACTOR : 1;
    // "Miten … arvioidaan …?": a passive verb that only resembles a glossary noun ("arviointi") is the asking, weighed as a verb.
    const verbLike = rule.lang === 'fi' && span.length === 1 && rule.phrase[0] !== span[0]?.fi && /([eit](taan|tään)|daan|dään|ttiin)$/.test(span[0]?.raw ?? '') ? VERB_FACTOR : 1;
    concepts.push(makeConcept(span.map((w) => w.raw).join(' '), alternatives, vocabulary, (framing ? FRAMING_FACTOR : 1) * context * verbLike, keepOwn ? own : undefined));
  }

  words.forEach((w, i) => {
    if (used[i] === true || isNoise(w.raw, lang) || isDegreePhrase(words, i)) return;
    const foreign = lang === 'en';
    // An English word the glossary does not know counts half: it may just be phrasing.
    // Names and Finnish words turn up in English questions too, so both forms are tried.
    const alternatives = foreign && w.en !== w.fi ? [[w.en], [w.fi]] : [[w.fi]];
    // ("kenen tekemä", "kenen kehittämä": after "kenen", a word in -mA is the agent participle of a verb, by whom a thing was made.)
    const agent = lang === 'fi' && /^(kenen|keiden)$/u.test(words[i - 1]?.raw ?? '') && /m[aä][nt]?$/u.test(w.raw);
    const factor = minor(w.raw) || GENERIC_WORDS.test(w.raw) ? MINOR_FACTOR : foreign ? 0.5 : w.asked || agent || looksLikeVerb(w.raw) ? VERB_FACTOR : isFraming(w.fi) ? FRAMING_FACTOR : 1;
    const concept = makeConcept(w.raw, alternatives, vocabulary, factor * (w.context ? CONTEXT_FACTOR : 1));
    // A two-letter word the documents never use is chat shorthand ("mt", "np", "jk"), not a topic.
    if (concept.unknown && w.raw.length <= 2 && !/\p{N}/u.test(w.raw)) return;
    // "meidän juniorifutisseura ja naapurikylän nuorisoseura": a kind of association the documents do not name, told as the asker's own,
    // says who asks, not what ("Paljonko niistä on kyläyhdistyksiä?" asks about one).
    const ownActor = concept.unknown && !foreign && factor === 1 && ACTOR_COMPOUND.test(w.raw) && words.slice(Math.max(0, i - OWN_ACTOR_SPAN), i).some((v) => TELLS_OWN.test(v.raw));
    // "sihteerimme", "kyläyhdistyksemme", "suunnittelemme": a word the documents do not know, with "our" or "we" in its ending, is the asker's own.
    const ours = concept.unknown && !foreign && factor === 1 && OURS.test(w.raw);
    concepts.push(ownActor || ours ? { ...concept, weight: concept.weight * MINOR_FACTOR, asker: true } : concept);
  });

  if (lang === 'fi' && all.some((w) => ASKS_WHO.test(w))) withAgentNouns(concepts, vocabulary);
  return { lang, concepts: mergeDuplicates(concepts), words: sentences.some((s) => s.context) ? tokenize(askingPart(sentences)) : all };
}

/** "Kuka", "ketkä", "mikä taho": the question asks who does something. */
const ASKS_WHO = /^(kuka|ketkä|kutka|tahot?|tahoa|tahoja)$/u;
/** A verb in the present tense ("rahoittaa", "järjestävät"), with its agent noun's ending ("rahoittaja", "järjestäjä"). */
const PRESENT_VERB = /^(\p{L}{3,}?[^aeiouyäö\s])(aa|avat|ää|ävät)$/u;

/**
 * "Kuka KANTOa rahoittaa?": asked who does a thing, the doer's noun ("Rahoittaja: EU:n sosiaalirahasto…") names it
 * as well as the verb does, when the documents use that noun.
 */
function withAgentNouns(concepts: Concept[], vocabulary: Vocabulary): void {
  for (const c of concepts) {
    const verb = c.surface.includes(' ') ? undefined : PRESENT_VERB.exec(c.surface.toLowerCase());
    if (verb === null || verb === undefined) continue;
    const front = verb[2]?.startsWith('ä') === true;
    const noun = normalizeWord(`${verb[1] ?? ''}${front ? 'ä' : 'a'}${front ? 'jä' : 'ja'}`, 'fi');
    if (!vocabulary.matches(noun).some((m) => m.weight === 1)) continue;
    if (!c.alternatives.some((a) => a.length === 1 && a[0] === noun)) c.alternatives.push([noun]);
  }
}

/** A compound naming a kind of association or group ("juniorifutisseura", "kylätoimikunta", "eläkeläiskerho"). */
const ACTOR_COMPOUND = /^\p{L}{3,}(seura|yhdisty|kerho|kuoro|järjestö|toimikun|klubi)\p{L}{0,5}$/u;

/** A compound naming a kind of association ("opiskelijayhdistys", "juniorifutisseura"): who, not what. */
export function isActorCompound(word: string): boolean {
  return ACTOR_COMPOUND.test(word);
}

/** A word ending in the first person plural: "sihteerimme" (our secretary), "suunnittelemme" (we plan). */
const OURS = /^\p{L}{4,}(mme|mmekin)$/u;

/** How many words before an association's kind a first-person word ("meidän", "ollaan") makes it the asker's own. */
const OWN_ACTOR_SPAN = 4;

/** Words that only colour what is said ("ihan", "tosi", "nyt"): no glossary phrase or question is about them. */
const FILLERS = /^(ihan|aivan|tosi|nyt|sitten|sit|vähän|kyllä|niinku|niiku|tota|jotain|jotakin|joitain|joitakin)$/u;

/** An ordinal or "same" before a part of a document: "ensimmäisessä kappaleessa", "ekassa kohdassa", "samassa lauseessa". */
const POSITION = /^(ensimmäi\p{L}*|eka|ekassa|ekaan|ekan|ekalla|ekalta|toisessa|toiseen|toisella|kolma\p{L}*|neljä\p{L}*|viide\p{L}*|viimei\p{L}*|viimesessä|sama|samassa|samaan|samalla|saman)$/u;
const DOCUMENT_SPOT = /^(kohta|kohdassa|kohtaan|kohdan|kohdasta|alakohta|alakohdassa|alakohtaan|kappale|kappaleessa|kappaleeseen|kappaleen|kappaleesta|lause|lauseessa|lauseeseen|lauseen|lauseesta|rivi|rivillä|rivin|luvussa|luku|osio|osiossa|virke|virkkeessä|ranskalaisessa|viivassa|bullet|bulletissa)$/u;

/** An ordinal in the inessive: "ensimmäisessä", "toisessa", "viimeisessä". */
const POSITION_IN = /^(ensimmäisessä|ekassa|toisessa|kolmannessa|neljännessä|viidennessä|viimeisessä|viimesessä)$/u;

const SLIDE = /^(dia|dialla|dian|diassa|dialta|kalvo|kalvolla|kalvossa|kalvon|kalvolta|slide)$/u;

/** Phrases that only say how generally something is asked: "yleisellä tasolla", "yleisesti ottaen". */
const FILLER_PHRASES: readonly (readonly [string, string])[] = [
  ['yleisellä', 'tasolla'],
  ['yleisesti', 'ottaen'],
  ['pääpiirteittäin', 'ottaen'],
];

/** Nouns for a figure told before ("summa", "määrä"), and words that ask whether it is right. */
const FIGURE_NOUNS = /^(summa|summan|summaa|summat|määrä|määrän|prosentti|prosenttiluku|osuus|päivämäärä|päivä)$/u;
const RIGHT_WORDS = /^(oikein|oikea|oikeat|oikee|totta|paikkansa|väärin|väärä)$/u;
/** A genitive before "yhteydessä" ("asian", "muutostuen", "minkä"), not being in contact ("olla", "johonkin", "etukäteen"). */
const IN_CONNECTION_WITH = /^(minkä|missä|sen|tämän|jonka|joiden|niiden|(?!ol|etukät|ennen|jälkeen|keneen|siihen|johon|mihin|heihin)(?!\p{L}*kin$)\p{L}{3,}[^aeiouyäö]?[aeiouyäö]n)$/u;

/**
 * Whether the word at `i` is part of a filler phrase; a figure's noun checked right or wrong
 * ("…varattu miljoona euroa. Oliko summa oikein?", "Onko se oikea summa?"): the figure asked about is the one told before;
 * or "yhteydessä" meaning "in connection with" (after a genitive), not a contact.
 */
function inFillerPhrase(words: readonly string[], i: number): boolean {
  const word = words[i] ?? '';
  const figureChecked = (at: number): boolean => FIGURE_NOUNS.test(words[at] ?? '') && (RIGHT_WORDS.test(words[at + 1] ?? '') || RIGHT_WORDS.test(words[at - 1] ?? ''));
  if (figureChecked(i) || (RIGHT_WORDS.test(word) && (figureChecked(i - 1) || figureChecked(i + 1)))) return true;
  // "Minkä asian yhteydessä…?", "sote-muutostuen yhteydessä": after a genitive, "yhteydessä" is "in connection with", no contact.
  if (word === 'yhteydessä' && IN_CONNECTION_WITH.test(words[i - 1] ?? '')) return true;
  // "Mistä kaikista aiheista…?": "all" agreeing with its noun says how many, not what ("kaikista vaikeimmin" is a superlative, "kaikkein").
  if ((word === 'kaikista' || word === 'kaikesta') && /\p{L}{3,}(sta|stä)$/u.test(words[i + 1] ?? '')) return true;
  // "tiedotteen ensimmäisessä kappaleessa", "samassa kohdassa", "listan kolmannessa kohdassa": where in a document, not what
  // ("alussa", "lopussa" are function words already).
  // (A slide stays: "ensimmäisellä dialla" names the slides, which the document's kind is.)
  if ((POSITION.test(word) && (DOCUMENT_SPOT.test(words[i + 1] ?? '') || SLIDE.test(words[i + 1] ?? ''))) || (DOCUMENT_SPOT.test(word) && POSITION.test(words[i - 1] ?? ''))) return true;
  // "ilmoituksen ensimmäisessä painotuksessa", "toisessa tavoitteessa": which of a document's items, not what.
  if (POSITION_IN.test(word) && /\p{L}{4,}(ssa|ssä)$/u.test(words[i + 1] ?? '') && words[i + 1] !== 'kanssa') return true;
  return FILLER_PHRASES.some(([a, b]) => (word === a && words[i + 1] === b) || (word === b && words[i - 1] === a));
}

/** "Is that right?", "is this correct", "that's true": whether what was told is right, no word to find ("right" is no "rights"). */
function asksIfRight(words: readonly string[], i: number): boolean {
  return /^(right|correct|true|accurate|wrong)$/.test(words[i] ?? '') && /^(that|this|it|is|that's|thats|it's|its|so)$/.test(words[i - 1] ?? '');
}

/** Words that open a clause telling the asker's own situation: "meiän jäsenillä on…", "ollaan pieni kuoro". */
const TELLS_OWN = /^(meidän|meiän|meijän|meil|meillä|meitä|meille|me|myö|ollaan|olemme|oomme)$/;

/**
 * "vahvistetaanko etelä-savon haussa arjen taitoja, meiän jäsenillä on vaikeuksia ihan perusjutuissa":
 * after what is asked, a clause telling the asker's own situation, which asks nothing, weighs like a
 * story. The token position where it starts, or 0.
 */
function toldClause(text: string): number {
  const segments = text.split(/[,;]/u).map((s) => tokenize(s));
  const first = segments[0] ?? [];
  if (segments.length < 2 || !asksSomething(first.join(' '))) return 0;
  let at = first.length;
  for (const tokens of segments.slice(1)) {
    if (TELLS_OWN.test(tokens[0] ?? '') && segments.slice(segments.indexOf(tokens)).every((t) => !asksSomething(t.join(' ')))) return at;
    at += tokens.length;
  }
  return 0;
}

/** A greeting before the telling starts: "hei me ollaan…". */
const GREETING = /^(hei|heippa|moi|moikka|terve|morjens|hyvää|päivää|huomenta)$/;

/**
 * "myö ollaan pieni työpajayhdistys Varkauvessa, käypikö tähän kake-hakuun…": before what is asked, in the
 * same sentence, a clause telling the asker's own situation weighs like a story. The number of tokens it
 * takes at the start, or 0.
 */
function leadingToldClause(text: string): number {
  const segments = text.split(/[,;]/u).map((s) => tokenize(s));
  const first = segments[0] ?? [];
  const opening = first.findIndex((t) => !GREETING.test(t));
  if (segments.length < 2 || !TELLS_OWN.test(first[opening] ?? '') || asksSomething(first.join(' '))) return 0;
  const asking = segments.findIndex((t) => asksSomething(t.join(' ')));
  return asking < 1 ? 0 : segments.slice(0, asking).reduce((n, t) => n + t.length, 0);
}

/** The token positions of a "kun" or "jos" clause that follows the asking words of a sentence, to the clause's comma. */
function whenClause(text: string): Set<number> {
  const out = new Set<number>();
  let at = 0;
  const segments = text.split(/[,;]/u);
  segments.forEach((segment, n) => {
    const tokens = tokenize(segment);
    const k = tokens.findIndex((t) => t === 'kun' || t === 'jos');
    if (k > 0 && asksSomething(tokens.slice(0, k).join(' '))) for (let i = k + 1; i < tokens.length; i += 1) out.add(at + i);
    // "…viedä palveluita sinne missä ihmiset liikkuu, vaikka kylätalolle tai kauppakeskukseen": after what is asked, examples (or a concession).
    // "Missä osoitteessa yhdistys on, jos haluan käydä paikan päällä?": after what is asked, a clause of its own telling what the member wants is the motive.
    const motive = tokens[0] === 'jos' && /^halu/.test(tokens[1] ?? '');
    if ((tokens[0] === 'vaikka' || motive) && n > 0 && asksSomething(segments.slice(0, n).join(' ')) && !asksSomething(segment)) for (let i = 1; i < tokens.length; i += 1) out.add(at + i);
    at += tokens.length;
  });
  return out;
}

/** Each glossary's rules by the first letter of their phrase, with their place in the glossary's order. */
const byInitial = new WeakMap<readonly GlossaryRule[], Map<string, { rule: GlossaryRule; order: number }[]>>();

/** The rules whose phrase starts with one of `initials`. */
function rulesWithInitials(rules: readonly GlossaryRule[], initials: ReadonlySet<string>): { rule: GlossaryRule; order: number }[] {
  let index = byInitial.get(rules);
  if (index === undefined) {
    index = new Map();
    rules.forEach((rule, order) => {
      const initial = rule.phrase[0]?.charAt(0) ?? '';
      const list = index?.get(initial);
      if (list === undefined) index?.set(initial, [{ rule, order }]);
      else list.push({ rule, order });
    });
    byInitial.set(rules, index);
  }
  const found: { rule: GlossaryRule; order: number }[] = [];
  for (const initial of initials) found.push(...(index.get(initial) ?? []));
  return found;
}

/** Two-word phrases that say how (roughly, mostly, originally), never what is asked. */
const FRAME_PAIRS = /^(suurin piirtein|suurin piirteen|suurimmaksi osaksi|suurimmaks osaks|suurimmaksi osaks|suurimmaks osaksi|alun perin|alun perää)$/;
const DEGREE_LEADS = new Set(['kuinka', 'miten', 'how']);
const DEGREE_WORDS = /^(suur|iso|pien|pitk|lyhy|usei|korke|matal|large|big|small|long|high|low)/;
const SHARE_WORDS = /^(osa|osan|osaa|osuus|osuuden|share|part|proportion)$/;

/**
 * "kuinka suuren osan", "how large a share": asking for an amount, not about size. The answer is
 * the number, so these words say nothing of the topic.
 */
function isDegreePhrase(words: readonly Word[], i: number): boolean {
  const w = words[i]?.raw ?? '';
  const prev = words[i - 1]?.raw ?? '';
  // "suurin piirtein" (roughly), "suurimmaks osaks" (mostly), "alun perin" (originally): how, not what.
  if (FRAME_PAIRS.test(`${w} ${words[i + 1]?.raw ?? ''}`) || FRAME_PAIRS.test(`${prev} ${w}`)) return true;
  // "mihin voin laittaa kysymyksiä hannalle": sending questions is asking, not what is asked ("Mitä kysymyksiä indikaattorissa on?" is).
  if (/^kysymy/u.test(w) && /^(laitta\p{L}*|laitan|laitetaan|lähettä\p{L}*|lähetän|lähetetään|esittä\p{L}*|esitän|esitetään|kysyä)$/u.test(prev)) return true;
  if (DEGREE_LEADS.has(prev) && DEGREE_WORDS.test(w)) return true;
  if (!SHARE_WORDS.test(w)) return false;
  // "kuinka suuren osan", "how large a share": a degree word just before, itself led by kuinka/how.
  for (let j = i - 1; j >= Math.max(1, i - 2); j -= 1) {
    if (DEGREE_WORDS.test(words[j]?.raw ?? '') && DEGREE_LEADS.has(words[j - 1]?.raw ?? '')) return true;
  }
  return false;
}

/** Adjectives and ordinals that fit any topic ("uusi yhdistys", "ensimmäinen hakemus"): they narrow a question, never make it. */
const GENERIC_WORDS = /^(yleinen|yleisen|yleistä|yleiset|yleisiä|koko|kokonaan|mukana|mukaan|vastaava|vastaavia|vastaavaa|vastaavan|vastaavat|vastaavanlai\p{L}*|samanlai\p{L}*|samankaltai\p{L}*|similar|uusi|uuden|uutta|uudet|uusia|uusien|hyvä|hyvän|hyvää|hyviä|erilai\p{L}*|tavalli\p{L}*|tärke\p{L}*|ensimmäi\p{L}*|viimei\p{L}*|pieni|pienen|pientä|pienet|pieniä|iso|ison|isoa|suuri|suuren|suurta|yksi|yks|yhden|yhen|kaksi|kaks|kahden|kolme|kolmen|neljä|neljän|viisi|viiden|ihminen|ihmiset|ihmisiä|ihmisten|ihmisille|ihmisiin|henkilö|henkilöt|henkilöitä|henkilöiden|henkilöille|usea|usean|useampi|useamman|useat|moni|monet|useita|muutama|muutaman|new|good|different|usual|important|first|last)$/u;

/** A general word ("uusi", "tavallisille", "ihmiset"): it qualifies what is asked without naming it. */
export function isGenericWord(word: string): boolean {
  return GENERIC_WORDS.test(word);
}

/** Words that only narrow the question (place names): a passage naming them is a little better evidence. */
const MINOR_FACTOR = 0.5;

/** Verbs in questions ("kuuluvat", "kattaa", "kerätään") rarely appear in the answer passage. */
const VERB_FACTOR = 0.5;

/**
 * A rough test for finite Finnish verb forms, which carry little of a question's topic:
 * third-person plural (-vat), passive (-taan, -tiin), past participle (-nut, -neet; spoken -nu, -ny, -llu: tehny, parantunu, tullu), conditional (-isi-),
 * and the long final vowel of the third-person singular or first infinitive (kattaa, kuuluu, sopii),
 * a first infinitive in -da after two vowels (asioida, ideoida, viedä), or a spoken conditional passive (kehitettäs, haettais).
 * Glossary words are matched before this, so nouns like "omavastuu" are not affected.
 */
export function looksLikeVerb(word: string): boolean {
  if (word.length < 5 || /\p{N}/u.test(word)) return false;
  return /[aeiouyäö]{2}d[aä]$/.test(word) || /(tt[aä]i?s|tt[aä]isiin)$/.test(word) || /(vat|vät|taan|tään|daan|dään|laan|lään|naan|nään|raan|tiin|ttiin|nut|nyt|neet|isi|isivat|isivät|isin|isit)$/.test(word) || /[^aeiouyäö](aa|ää|ee|ii|uu|yy)$/.test(word) || /[^aeiouyäö][aeiouyäö][lnrs](nu|ny)$/.test(word) || /([aeiouyäö]h?n[uy]|(ll|nn|rr|ss)[uy])$/.test(word);
}

/** Per glossary: for a word (its three forms), the rules (by their place in the glossary) whose phrase's first word it matches. */
const firstWordMatches = new WeakMap<readonly GlossaryRule[], Map<string, number[]>>();
const FIRST_WORD_MAX = 20_000;

function rulesStartingAt(rules: readonly GlossaryRule[], word: Word): number[] {
  let cache = firstWordMatches.get(rules);
  if (cache === undefined) firstWordMatches.set(rules, (cache = new Map()));
  const key = `${word.fi}\u0000${word.en}\u0000${word.raw}\u0000${word.english ? 'en' : ''}`;
  let found = cache.get(key);
  if (found === undefined) {
    // Every way a glossary phrase can match (equal, a typo, a gradated ending) keeps the first letter:
    // most rules are ruled out by it before any comparison.
    const initials = new Set([word.fi.charAt(0), word.en.charAt(0), word.raw.charAt(0)]);
    found = [];
    for (const { rule, order } of rulesWithInitials(rules, initials)) if (matchesRule(rule.phrase[0] ?? '', word, rule.lang)) found.push(order);
    if (cache.size < FIRST_WORD_MAX) cache.set(key, found);
  }
  return found;
}

/**
 * Where a rule's phrase stands from word `i` on: its words in order, side by side; a phrase that opens with a
 * question of amount ("paljonko tukea") may have words between that and the rest ("paljonko kake-hankkeisiin saa
 * tukea"), as Finnish word order lets it.
 */
function phraseAt(rule: GlossaryRule, words: readonly Word[], used: readonly boolean[], i: number): number[] | undefined {
  const fits = (k: number, at: number): boolean => used[at] !== true && matchesRule(rule.phrase[k] ?? '', words[at], rule.lang);
  if (!fits(0, i)) return undefined;
  const rest = rule.phrase.length - 1;
  const maxGap = rest > 0 && rule.lang === 'fi' && asksAmount(words[i]) ? AMOUNT_PHRASE_GAP : 0;
  for (let gap = 0; gap <= maxGap; gap += 1) {
    const from = i + 1 + gap;
    if (from + rest > words.length) break;
    let ok = true;
    // What an amount is asked of is in the partitive ("tukea", "rahaa"): "montako päivää osallistujan…" asks days, not participants.
    if (gap > 0 && !/[aä]$/u.test(words[from]?.raw ?? '')) continue;
    for (let k = 1; k <= rest && ok; k += 1) ok = fits(k, from + k - 1);
    if (ok) return [i, ...Array.from({ length: rest }, (_, k) => from + k)];
  }
  return undefined;
}

/** A question of amount ("paljonko", "montako": the clitic is off the word by now), which may stand apart from what it asks the amount of. */
function asksAmount(word: Word | undefined): boolean {
  return word !== undefined && ((word.asked && /^(paljon|monta)$/u.test(word.raw)) || /^(paljonks|montaks)$/u.test(word.raw));
}
/** How many words may stand between such a question word and the rest of its glossary phrase. */
const AMOUNT_PHRASE_GAP = 3;

/**
 * The member's word `fi`, or, when the documents do not have it as it is, the phrase word it is one typing error off
 * (long words; not another grade or ending of it) that they have.
 */
function spelledAs(phraseWord: string | undefined, fi: string, vocabulary: Vocabulary): string {
  if (phraseWord === undefined || phraseWord === fi || Math.min(phraseWord.length, fi.length) < 7 || phraseWord.startsWith(fi) || fi.startsWith(phraseWord)) return fi;
  if (boundedLevenshtein(phraseWord, fi, 1) > 1) return fi;
  const exact = (stem: string): boolean => vocabulary.matches(stem).some((m) => m.weight === 1);
  return !exact(fi) && exact(phraseWord) ? phraseWord : fi;
}

function matchesRule(phraseWord: string, word: Word | undefined, lang: QueryLang): boolean {
  if (word === undefined) return false;
  // ("certificat" for "certificate": a long English word one typing error off, as alike() allows in Finnish.)
  // ("assocations": the typo may be in the word's plural as well as in its base form.)
  return lang === 'en' ? phraseWord === word.en || phraseWord === word.raw || (word.english && (englishTypo(phraseWord, word.raw) || englishTypo(phraseWord, word.en))) : alike(phraseWord, word.fi);
}

function englishTypo(phraseWord: string, raw: string): boolean {
  return Math.min(phraseWord.length, raw.length) >= ENGLISH_TYPO_MIN && phraseWord[0] === raw[0] && boundedLevenshtein(phraseWord, raw, 1) <= 1;
}

/** A word no question is about in either language: question words, stop words, one-letter tokens. */
export function isNoiseWord(word: string): boolean {
  return isNoise(word, 'fi') || STOP_WORDS_EN.has(word);
}

/** "muutkin", "tätäkään": a word with the additive clitic ("-kin", "-kaan") and what is left before it. */
const ADDITIVE_CLITIC = /^(\p{L}{2,}?)(?:kin|kaan|kään)$/u;

function isNoise(word: string, lang: QueryLang): boolean {
  if (word.length < 2 && !/\p{N}/u.test(word)) return true;
  if (QUESTION_WORDS_FI.has(word) || isFinnishStopWord(word)) return true;
  // "…voisi käyttää muutkin yhdistykset": a stop word with "-kin" or "-kaan" is still one.
  const base = ADDITIVE_CLITIC.exec(word)?.[1];
  if (base !== undefined && (QUESTION_WORDS_FI.has(base) || isFinnishStopWord(base))) return true;
  return lang === 'en' && (STOP_WORDS_EN.has(word) || misspeltStopWord(word));
}

/** How long an English stop word must be for a word one typing error off it to be read as it ("acording"). */
const ENGLISH_STOP_TYPO_MIN = 7;
const LONG_STOP_WORDS_EN = [...STOP_WORDS_EN].filter((w) => w.length >= ENGLISH_STOP_TYPO_MIN);
const misspelt = remembered((word) => LONG_STOP_WORDS_EN.some((w) => w[0] === word[0] && boundedLevenshtein(w, word, 1) <= 1), FIRST_WORD_MAX);

/** "acording", "becuase": a long English stop word with one typing error is still one. */
function misspeltStopWord(word: string): boolean {
  return word.length >= ENGLISH_STOP_TYPO_MIN - 1 && misspelt(word);
}

/**
 * The concept of the member's `surface` words, weighed by how rare its alternatives are. `own` (the
 * member's words beside a glossary term) is set here rather than spread in afterwards: V8 gives
 * every object that is spread and then extended a map of its own, which only a full GC frees.
 */
function makeConcept(surface: string, alternatives: string[][], vocabulary: Vocabulary, factor: number, own?: readonly string[]): Concept {
  // The concept is as rare as its most findable alternative; unknown words are rarest of all.
  let best: number | undefined;
  for (const alt of alternatives) {
    const dfs = alt.map((s) => Math.max(0, ...vocabulary.matches(s).filter((m) => m.weight >= 0.7).map((m) => vocabulary.documentFrequency(m.term))));
    if (dfs.some((d) => d === 0)) continue;
    const df = Math.min(...dfs);
    best = best === undefined ? df : Math.max(best, df);
  }
  const unknown = best === undefined;
  // A word the documents never use may be the topic (out of scope) or just a verb or a typo: it
  // counts as much as a rare known word, not more.
  const weight = unknown ? UNKNOWN_WEIGHT * vocabulary.idf(0) : vocabulary.idf(best ?? 0);
  return own === undefined ? { surface, alternatives, weight: factor * weight, unknown } : { surface, alternatives, weight: factor * weight, unknown, own };
}

function mergeDuplicates(concepts: Concept[]): Concept[] {
  // Two words for one thing ("etänä … teamsissa", both the glossary's "Teams") are one concept: counted
  // twice, a passage naming it would seem to cover twice as much of the question.
  const byTerm = new Map<string, Concept>();
  const out: Concept[] = [];
  for (const c of concepts) {
    const key = JSON.stringify(c.alternatives[0]);
    const first = byTerm.get(key);
    if (first === undefined) {
      byTerm.set(key, c);
      out.push(c);
      continue;
    }
    const known = new Set(first.alternatives.map((a) => JSON.stringify(a)));
    const merged: Concept = {
      ...first,
      alternatives: [...first.alternatives, ...c.alternatives.filter((a) => !known.has(JSON.stringify(a)))],
      weight: Math.max(first.weight, c.weight),
      unknown: first.unknown && c.unknown,
    };
    byTerm.set(key, merged);
    out[out.indexOf(first)] = merged;
  }
  return out;
}

import { DOCUMENT_TYPES, REGIONS, type CallPeriod, type DocumentType, type Region } from '../knowledge/schema.js';
import type { KnowledgeBase, KnowledgeDocument, Passage } from '../knowledge/types.js';
import { passageText } from '../knowledge/types.js';
import { compileGlossary, normalizeWord, type GlossaryRule } from '../search/glossary.js';
import { SearchIndex, terms } from '../search/index.js';
import { analyzeQuestion, askedText, askingSentences, detectLanguage, quotedInStory, sentencePointedBack, sentencesOf, withoutGuesses, isActorCompound, isGenericWord, isNoiseWord, looksLikeVerb, type AnalyzedQuestion, type Concept } from '../search/query.js';
import { searchConcepts, type Hit, type PlaceShared } from '../search/search.js';
import { FINNISH_STOP_WORDS_WITH_UMLAUTS, QUESTION_WORDS_FI, contentWords, isFinnishStopWord, stem, tokenize } from '../search/finnish.js';
import { remembered, rememberedPer } from '../search/remember.js';
import { commonPrefix } from '../search/vocabulary.js';
import { callState, callStatus, daysSinceOpening, RECENT_OPENING_DAYS } from './calls.js';
import { dayNumber, formatDate, latestDay, wholeYears } from './dates.js';
import { CANDIDATE_EXCERPT_CHARS, excerpt, passageLines } from './excerpt.js';
import { abbreviationAsked, abbreviationsIn, abbreviationsMeaningAsked, abbreviationsWordsAsked, abbreviationsWrittenOut } from './abbreviations.js';
import { withoutLetterFrame } from './letter.js';
import { dialectReader } from '../search/dialect.js';
import { umlautRestorer, withoutUmlauts, type UmlautLexicon } from '../search/umlauts.js';
import { COMPOUND_CALL, asksAssociationAdministration, asksAssociationGovernance, asksWhyDespite, asksIfFunded, asksDecisionOrEvent, asksIdeaFit, isPercentQuestion, isFrequencyQuestion, isCallAreaQuestion, isChoiceAdviceQuestion, namesUnknownCall, namesOtherDocument, isCallTimingQuestion, isAdviceWhereHeading, isAdviceWhereQuestion, definingHeadingStrength, isDefinitionQuestion, isEligibilityHeading, isEligibilityQuestion, isAreaHeading, isAreaQuestion, isExampleHeading, isExampleQuestion, isResultsHeading, isResultsQuestion, isFitHeading, isFitQuestion, isClockTimeQuestion, isContactQuestion, isCostQuestion, isCostWord, isHelpQuestion, isInfoSourceQuestion, isMoneyQuestion, isStreetAddressQuestion, isPlaceQuestion, isPlaceNoun, isYearQuestion, isCostItemsQuestion, isPersonQuestion, isOrganisationQuestion, isPartnerQuestion, isLimitQuestion, isExceptionQuestion, isEventWord, asksPresentState, tellsException, isReasonQuestion, isWebAddressQuestion, isWebWord, isAddressWord, isDateQuestion, isTitleQuestion, asksCoordinationProjectName, asksCallNumber, asksFollowUp, asksWhoAdvises, asksWhoAdvisesAt, isProjectTimingQuestion, isServiceHeading, isQuantityQuestion, refersToUnnamedPerson, contactNamedInStory, personNamedInStory, asksInLanguage, asksIfFree, asksWhichPersonalData, startsWithAny } from './intent.js';
import { asksFinalResult, asksOutcome, outcomeStated, statesOnlyAim } from './outcome.js';
import { aboutTime, documentTimes, namesTime, yearNamed, type DocumentTimes } from './periods.js';
import { findPlaces, startsLikePlace, whereFrom, type PlaceMentions } from './regions.js';
import { asksToNameCounted, countedWord, countedWordEn, statesAmount, statesPartner, statesClockTime, statesCountOf, statesContact, statesDate, statesMoney, statesPlace, placesNamed, statesStreetAddress, statesWebAddress, statesYear, statesCostItems, statesPerson, statesLimit, statesPercent, statesFrequency, statesException, statesReason, organisationsNamed, mayNameOrganisation, withoutPhoneNumbers } from './quantities.js';
import { sourceOf } from './source.js';
import { MAX_QUESTION_CHARS, type AnswerEngine, type AnswerPassage, type AskContext, type CallStatusItem, type Decision, type Lang, type Notice } from './types.js';

/**
 * When the evidence holds. Coverage is the share of the question's content (weighted by rarity)
 * found in a passage: an answer needs most of it; a middle band asks back with candidates.
 */
export interface Thresholds {
  /** Coverage that answers on its own. */
  answer: number;
  /** Lower coverage that still answers when the passage stands out: at least `margin` times the next passage's. */
  distinct: number;
  margin: number;
  /** Below `answer`, candidates at or above this are offered as choices. */
  clarify: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  answer: 0.65,
  distinct: 0.5,
  margin: 1.5,
  clarify: 0.45,
};

/**
 * Coverage ranks; among passages that cover the question about equally, the one whose headings
 * name what was asked comes first, then BM25.
 */
const RANK_HEADING_WEIGHT = 0.15;
const RANK_SCORE_WEIGHT = 0.1;
/** A passage whose heading the question names word for word ranks this much higher; a heading of at least this many words. */
const RANK_NAMED_HEADING = 0.2;
const NAMED_HEADING_WORDS = 3;
/**
 * Among the first three passages, one of the first one's document covering the question as much as
 * it or at most FOCUS_MARGIN less, and ranked within FOCUS_RANK_MARGIN, is told apart from it by focus.
 */
const FOCUS_CANDIDATES = 3;
const FOCUS_MARGIN = 0.015;
const FOCUS_RANK_MARGIN = 0.1;
/** How much more of the question the second must say in one sentence or list item to go first. */
const FOCUS_LEAD = 0.1;
/** …or, when the message says much that no passage has (a story), a quarter more and at least half that. */
const FOCUS_RATIO = 1.25;
/** Letters a word must share with a question term before it is stemmed to compare. */
const FOCUS_PREFIX = 3;
/** Asked what something is, a passage whose heading introduces its subject comes first among equals. */
const RANK_DEFINITION_WEIGHT = 0.03;
/** Asked for an amount, a passage with a number in it comes first among equals. */
const RANK_NUMBER_WEIGHT = 0.05;
/** Asked for an amount (a sum, an address, a time of day), a passage without one counts this much of its coverage. */
const NOT_STATED_FACTOR = 0.4;

const WEAK_GRADE: Readonly<Record<string, string>> = { nt: 'nn', nk: 'ng', mp: 'mm', lt: 'll', rt: 'rr', tt: 't', kk: 'k', pp: 'p' };

/** The weak grade of a name's last syllable, as its inflected forms start: "koonto" → "koonno" (Koonnon), "kanto" → "kanno". */
export function weakGrade(name: string): string {
  return name.replace(/(nt|nk|mp|lt|rt|tt|kk|pp)([aeiouyäö])$/u, (_m, cluster: string, vowel: string) => `${WEAK_GRADE[cluster] ?? cluster}${vowel}`);
}

/** How long a word the documents never use must be to be taken for the topic of the question: a long compound ("tietosuojaseloste") names a thing; shorter unknown words are as often spelling or chat. */
const UNKNOWN_TOPIC_LENGTH = 16;
/** A line of a passage with this many terms, this share of them in the story told before the question, is one the story repeats. */
const QUOTED_MIN_TERMS = 3;
const QUOTED_SHARE = 0.7;
/** Asking for others than those told: "Mitä muita jäseniä…?", "What other…?" */
const OTHERS = /^(muut|muita|muuta|muiden|muille|muihin|other|others|else)$/;
/** A match of the heaviest word asked below this quality (only the head of its compound: "ohjausryhmä" → "ohjaus-") does not make a passage stand out. */
const PARTIAL_TOPIC = 0.55;

/** A question must name at least this much to be answered by coverage alone: its concepts' weights, as a share of a word found in one passage only. */
const MIN_QUESTION_WEIGHT = 0.4;

/** Retried alone, an asking sentence must name at least this much: one fairly rare word ("omarahoitusta"), not only words that frame every question. */
const MIN_ASKING_WEIGHT = 2;

/** "I got a missed call from…", "he called me": a phone call, not a funding call. */
const PHONE_CALL = /\b(missed|phone)\s+calls?\b|\bcall(ed)?\s+(from|me|us)\b/iu;

/** A call's number as calls are named: "2/2024", "haku 1 / 2024". */
const CALL_NUMBER = /(?<![\d.])(\d{1,2}) ?\/ ?(20\d\d)(?!\d)/g;
/** The call numbers a text gives, written as the calls' names write them ("2 / 2024" → "2/2024"). */
function callNumbersIn(text: string): string[] {
  return [...text.matchAll(CALL_NUMBER)].map((m) => `${m[1] ?? ''}/${m[2] ?? ''}`);
}
/** Whether a text gives a call's number (CALL_NUMBER, for a test). */
const CALL_NUMBER_AT = new RegExp(CALL_NUMBER.source, 'u');

/** Asked about one coordination project, a passage of another project's own documents counts this much. */
const OTHER_PROJECT_FACTOR = 0.6;

/** A year or month the question names, found in the document's date or call periods rather than its text, counts this much. */
const TIME_FACTOR = 0.5;
/** A document named as where something is said counts as found in every passage of a document of its kind. */
const SOURCE_FACTOR = 1;
/** A place in a document: "tiedotteessa", "kalvoilla", "kuvauksesta". */
const LOCATIVE = /(ssa|ssä|sta|stä|lla|llä|lta|ltä)$/u;

/** Whether the words of a concept name a document as where something is said (a locative case, or before "mukaan"), not the system EURA. */
function locatesIn(surface: string, words: readonly string[]): boolean {
  const last = surface.split(' ').at(-1) ?? '';
  if (/^eura/u.test(last)) return false;
  return (
    LOCATIVE.test(last) ||
    words.some(
      (w, i) =>
        w === last &&
        (words[i + 1] === 'mukaan' ||
          SAYS.test(words[i + 1] ?? '') ||
          // "ilmoituksen ensimmäisessä painotuksessa", "tiedotteen lopussa": in a part of the document.
          (/n$/u.test(w) && [words[i + 1], words[i + 2]].some((v) => v !== undefined && v.length > 4 && v !== 'kanssa' && /(ssa|ssä)$/u.test(v)))),
    )
  );
}
/** A document as the one that says something: "ilmoitus puhuu", "tiedote kertoo". */
const SAYS = /^(puhuu|puhui|sanoo|sanoi|kertoo|kertoi|mainitsee|mainitsi|toteaa|totesi|painottaa|luettelee|listaa|kirjoittaa|määrittelee)$/u;
/** Asked what finally came of something, a concept this heavy (of the heaviest) must be in the passage. */
const FINAL_THING_WEIGHT = 0.8;

/** How much of the asking sentence's own weight a passage must have, when a story comes before the question (0.35–0.45 measured alike). */
const ASKED_COVERAGE = 0.4;
/** How much of what the question asks, leaving out where and when to look, the answer must have (0.3 lost no answerable question; 0.35 lost two). */
const TOPIC_COVERAGE = 0.3;
/** A route's settling passage gives way to a best passage with this many times its coverage (1.5 and 2 measured alike, 3 lost one). */
const SETTLED_MARGIN = 2;
/** A question that gives a figure the passage states ("sen 20 % omarahoitusosuuden"): how much of the rest of it the passage must have. */
const FIGURE_REST_COVERAGE = 0.6;
/** A figure as a question gives it: a number with its unit ("20 %", "250 000 euron", "80 prosenttia", "2 miljoonasta eurosta"). */
const FIGURE = /(?<![\d.,])(\d{1,3}(?: \d{3})*(?:,\d+)?) ?(%|€|prosent\p{L}*|percent|euro\p{L}*|miljoon\p{L}*|tuhat\p{L}*|tuhanne\p{L}*)/giu;
/** A number offered as an alternative to the next one ("30 vai 20 prosenttia"), which gives its unit. */
const OFFERED_FIGURE = /(?<![\d.,])(\d{1,3}(?:,\d+)?) ?(?:vai|tai|or|[–-]) ?(?=\d)/giu;
/** The unit words a figure adds to the question ("%" is read as "prosentti"). */
const FIGURE_UNIT = /^(prosentti\p{L}*|prosenttia|percent|euro\p{L}*|miljoon\p{L}*|tuhat\p{L}*|tuhanne\p{L}*)$/u;

/** The question's concepts (by index) that give a figure, its numbers and units; none when it gives no figure. */
function statedFigures(question: string, concepts: readonly Concept[]): Set<number> {
  const text = withoutPhoneNumbers(question);
  const numbers = new Set([...text.matchAll(FIGURE)].flatMap((m) => (m[1] ?? '').split(' ')));
  if (numbers.size === 0) return new Set();
  // "30 vai 20 prosenttia", "40 tai 7 %": a number offered beside a figure has its unit.
  for (const m of text.matchAll(OFFERED_FIGURE)) numbers.add(m[1] ?? '');
  return new Set(conceptsOfWords(concepts, (w) => numbers.has(w) || FIGURE_UNIT.test(w)));
}

/** Read as a fit question, the best passage answers instead when the fit answer's coverage is under this share of its own. */
const FIT_GIVES_WAY = 0.6;

/** Asked how many, a passage that gives the count answers in place of the best one at this share of its coverage (or the answer threshold). */
const COUNTING_SHARE = 0.8;

/** The question's concepts that name a place, a time or a kind of document (by index): where and when to look, not what about. */
interface Context {
  places: readonly number[];
  /** "Kuopiosta": municipality names, which stay searchable (the region they are in is the question's). */
  municipalities: readonly number[];
  times: readonly number[];
  /** "ELY:n tiedotteessa", "Koonnon kalvoissa", "EURAn hankekuvauksessa": the kinds of document these name. */
  sources: readonly { concept: number; type: DocumentType }[];
  /** "kesäkuun 2024 haussa": words naming a call, which every passage of a document announcing one is about. */
  calls: readonly number[];
  /** "Työelämän avaimet -hanke": the last word of a project's name the question gives; a passage without it is about another project. */
  projectNames: readonly number[];
  /** The story tells what the asker's people do not have, and the question asks about them (see tellsException). */
  exceptionTold: boolean;
  /** Asked who does the advising in a project named ("Kuka Pohjois-Savon Liikunnasta neuvoo Koonnossa?"): its contacts answer. */
  whoAdvises: boolean;
}

/** Words standing for something the story named before: "sillä" (it has), "sen", "niiden", "its", "their". */
const REFERRING_PRONOUN = /^(sillä|siltä|sille|sen|sitä|siitä|siinä|siihen|niillä|niiltä|niille|niiden|niitä|niistä|heillä|heiltä|heille|heidän|its|their|them)$/u;

/** Words standing for a call named before ("se", "siihen", "it"). */
const CALL_PRONOUN = /^(se|sen|siihen|siinä|sitä|it)$/u;

/** "Ehditäänkö vielä?", "onko se auki?": words that ask about a deadline or an opening, whatever is named. */
const STILL_IN_TIME = /^(ehti\p{L}*|ehdi\p{L}*|kerke\p{L}*|kerki\p{L}*|vielä|viel|auki|ajoissa|myöhä\p{L}*)$/u;

/** Words that ask when a call closes ("mihin asti", "viimeinen päivä", "deadline"). */
const CLOSING_WORD = /^(asti|saakka|mennessä|viimeistään|päätty\p{L}*|sulkeu\p{L}*|loppu\p{L}*|viimei\p{L}*|viimen\p{L}*|deadline|close|closes|closed|closing|until|end|ends|ended)$/u;

/** A sentence of a passage that names organisations ("Tatu ry"), with the projects it names ("Hanaa!"), lower case. */
interface OrganisationSentence {
  projects: readonly string[];
  organisations: readonly string[];
}

/** "18.6.2024" as an ISO date; nothing for other words. */
function isoDateOf(word: string): string[] {
  const m = /^(\d{1,2})\.(\d{1,2})\.(20\d\d)$/u.exec(word);
  return m === null ? [] : [`${m[3] ?? ''}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`];
}

/** Words asking whether a call is (still) open: "onko se auki?", "ehtiikö vielä?", "is it still open?". */
const ASKS_IF_OPEN = /^(onko|onks|onkohan|is|still|vielä|viel|ehti\p{L}*|ehdi\p{L}*|kerke\p{L}*|kerki\p{L}*)$/u;

/** Questions about what no call document states, answered by handing off whatever the passages' words. */
const NOT_IN_DOCUMENTS: readonly ((asked: readonly string[]) => boolean)[] = [
  // "jatkuuko koonto vuoden 2025 jälkeen vai tuleeko sille joku jatkohanke": a project after the documents' own is not told of in them.
  asksFollowUp,
  // "miks kanton vastuuviranomainen on etelä-savon ely eikä pohjois-karjalan ely?": why, although or instead of.
  asksWhyDespite,
  // "How long does it take before ELY tells us if we got the money…?": the member's own funding decision is the authority's.
  asksIfFunded,
  // "…in English or Arabic?", "…ruotsiksi?": the language of the advice or the application.
  asksInLanguage,
  // "Mitä tietoja osallistujista kerätään…?": which items of personal data (the documents tell how they are collected).
  asksWhichPersonalData,
];

/** A passage saying something costs nothing: "maksuttomuudesta", "ilmainen", "free of charge". */
const STATES_FREE = /(maksuttom|maksutta|ilmai|free of charge)/iu;

/** A word written all in lower case ("haku"): an abbreviation the documents also write so is a word, not an abbreviation. */
const LOWER_CASE_WORD = /(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])/gu;

/** "…samalla tavalla kuin 2022 haussa", "the same as in 2022": what follows is what the question compares with. */
const COMPARED_WITH = /^(kuin|than|as)$/u;

/** Verbs in the past tense that ask about a call's period ("oli auki", "piti jättää", "päättyi"). */
const PAST_TENSE = /^(oli|olivat|olikohan|piti|pitikö|päättyi|päättyikö|sulkeutui|loppui|meni|was|were|closed|ended)$/u;

/** A call, as members name it ("haussa", "hankehakuun", "the call"). */
const CALL_WORD = /^(haku|hakua|hakuja|haun|haussa|hausta|hakuun|haulla|haulle|haulta|haut|hauissa|hauista|hakuihin|hankehaku\p{L}*|hankehau\p{L}*|call|calls)$/u;
const isCallWord = (w: string): boolean => CALL_WORD.test(w) || COMPOUND_CALL.test(w);

/** Words that name a kind of document, as members refer to them. */
const SOURCE_WORDS: readonly [RegExp, DocumentType][] = [
  [/^(tiedote|tiedotte\p{L}*|lehdistötiedot\p{L}*|press)$/u, 'press_release'],
  [/^(hakuilmoitu\p{L}*|hakuilmotu\p{L}*|ilmoitu\p{L}*|ilmotu\p{L}*|hakuteksti\p{L}*|announcement)$/u, 'call_announcement'],
  [/^(kalvo\p{L}*|dia|dian|diat|diassa|diasta|diaan|dioja|diojen|dioissa|dioilla|dioista|dioihin|dialla|dialta|dialle|slaidi\p{L}*|slaide\p{L}*|\p{L}+slaidi\p{L}*|esitykse\p{L}*|esitys|esitysmateriaal\p{L}*|esitysaineisto\p{L}*|esityskalvo\p{L}*|kalvosarja\p{L}*|diasarja\p{L}*|powerpoint\p{L}*|slides?|presentation)$/u, 'presentation'],
  [/^(hankekuvau\p{L}*|hankesuunnitelm\p{L}*|hankesuunitelm\p{L}*|eura|euran|eurassa|eurasta|euraan|description)$/u, 'project_description'],
];

/** The kinds of document a word names ("tiedotteessa": a press release). */
function sourceTypesOf(word: string): DocumentType[] {
  return SOURCE_WORDS.filter(([pattern]) => pattern.test(word)).map(([, type]) => type);
}

/** A participle of telling ("kerrottuun", "mainitussa", "esitetyn"): where something was told, which names it. */
const TOLD = /^(kerrot|mainit|esitet|ilmoitet|kuvat|puhut)(tu|tt|u|ussa|un|uun|ua|ulla|usta)\p{L}{0,4}$/u;

/** Words naming the authority that publishes the calls and the press release ("ELY:n", "ELY-keskuksen"). */
const AUTHORITY_WORD = /^(ely|elyn|keskus|keskuksen|elykeskus\p{L}*)$/u;

/**
 * The concepts naming a kind of document, and the kinds; the authority named with a document
 * ("ELY-keskuksen kesäkuun 2024 tiedotteen mukaan") names the same document, not what is asked
 * (alone, "Mikä ELY-keskus avasi haun?" asks about the authority).
 */
function sourcesOf(concepts: readonly Concept[]): { concept: number; type: DocumentType }[] {
  const named = concepts.flatMap((c, concept) => [...new Set(c.surface.split(' ').flatMap(sourceTypesOf))].map((type) => ({ concept, type })));
  const types = [...new Set(named.map((s) => s.type))];
  if (types.length === 0) return named;
  return [...named, ...conceptsOfWords(concepts, (w) => AUTHORITY_WORD.test(w)).flatMap((concept) => types.map((type) => ({ concept, type })))];
}

/** The concepts (by index) every word of which passes the test ("ELY-keskuksen": all authority words). */
function conceptsOfWords(concepts: readonly Concept[], test: (word: string) => boolean): number[] {
  return concepts.flatMap((c, i) => (c.surface.split(' ').every(test) ? [i] : []));
}

/** "-hanke" in any form after a project's name ("EURA-hankekuvaus" is not one). */
const PROJECT_SUFFIX = String.raw`[!?]?\s?-(?:hanke|hankkee\p{L}*|hanketta|hankkei\p{L}*|toiminta|toimintaa|toiminnan|toiminnassa|toiminnasta|toimintaan)(?!\p{L})`;
/** "Työelämän avaimet -hanke", "Hanaa!-hankkeen": the word before "-hanke". */
const PROJECT_NAME = new RegExp(String.raw`([\p{L}\p{N}]+)${PROJECT_SUFFIX}`, 'gu');
/** Whether a text names a project so (PROJECT_NAME, for a test). */
const PROJECT_NAME_AT = new RegExp(PROJECT_NAME.source, 'u');
/** "Uusi tapa toimia -hanke", "Hanaa!-hankkeen": a project's name of up to four words, from its capital letter. */
const PROJECT_NAMED = new RegExp(String.raw`(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}]*[!?]?(?:\s[\p{L}\p{N}]+[!?]?){0,3})${PROJECT_SUFFIX}`, 'gu');
/** A project's name before "-hanke", also in brackets ("Kuhmon Elinvoimasampo (ELSA) -hanke"). */
const ANY_PROJECT_NAME = new RegExp(String.raw`([\p{L}\p{N}]+)\)?${PROJECT_SUFFIX}`, 'gu');
/** The project, not named ("hanketta", "hankkeen", "the project"). */
const THE_PROJECT = /^(hanke|hankkeen|hanketta|hankkeessa|hankkeella|hankkeelle|hankkeesta|hankkeeseen|hankkeelta|project)$/u;
/** "EU-hanke", "KAKE-hankkeen", "ESR-hankkeissa": a kind of project, not a name. */
const PROJECT_KIND = /^(eu|esr|kake|ely|kansalaistoimija\p{L}*|kehittämis\p{L}*|koordinaatio\p{L}*|pilotti|yhteis\p{L}*|oma|uusi|tämä|tää|se)$/u;

/** "Mikä ELY-keskus…?", "Which ELY Centre…?": asks which one. */
const WHICH_ONE = /^(mikä|mitkä|kuka|ketkä|minkä|which|what|who)$/u;

/**
 * The concepts naming a call, and the authority named with one: "ELY-keskuksen kesäkuun 2024 haussa" names
 * the call, not what is asked ("Mikä ELY-keskus avasi haun?" asks about the authority).
 */
function callsOf(concepts: readonly Concept[], words: readonly string[]): number[] {
  const calls = conceptsOfWords(concepts, (w) => CALL_WORD.test(w));
  if (calls.length === 0 || words.some((w, i) => AUTHORITY_WORD.test(w) && WHICH_ONE.test(words[i - 1] ?? ''))) return calls;
  return [...calls, ...conceptsOfWords(concepts, (w) => AUTHORITY_WORD.test(w))];
}

/** The words naming projects other than the coordination projects ("avaimet" of "Työelämän avaimet -hanke"), lower-case. */
function exampleProjectWords(question: string, projectWords: ReadonlySet<string>): Set<string> {
  return new Set([...question.matchAll(PROJECT_NAME)].map((m) => (m[1] ?? '').toLowerCase()).filter((w) => !PROJECT_KIND.test(w) && !startsWithAny(w, projectWords)));
}

/** The words of the sentences before the asking ones, when a message tells its situation and then asks; none otherwise. */
function storyOf(question: string, asking = askingSentences(question)): string[] {
  return asking === undefined ? [] : tokenize(storyTextOf(question, asking));
}

/** The text before the asking sentences, as written. */
function storyTextOf(question: string, asking: string): string {
  return question.slice(0, Math.max(0, question.indexOf(asking)));
}

function contextOf(analyzed: AnalyzedQuestion, places: PlaceMentions, question: string, asking: string | undefined, asked: readonly string[], projectWords: ReadonlySet<string>): Context {
  const nameWords = exampleProjectWords(question, projectWords);
  const from = whereFrom(analyzed.words);
  return {
    // "jos ollaan Kuopiosta": the municipality the asker is from is found, like a region named, in a document about its region.
    places: conceptsOfWords(analyzed.concepts, (w) => places.words.has(w) || (places.municipalities.has(w) && from.includes(w))),
    municipalities: conceptsOfWords(analyzed.concepts, (w) => places.municipalities.has(w)),
    times: analyzed.concepts.flatMap((c, i) => (namesTime(c.surface) ? [i] : [])),
    sources: sourcesOf(analyzed.concepts),
    calls: callsOf(analyzed.concepts, analyzed.words),
    projectNames: analyzed.concepts.flatMap((c, i) => (nameWords.has(c.surface) ? [i] : [])),
    exceptionTold: tellsException(storyOf(question, asking), analyzed.words),
    whoAdvises: asksWhoAdvisesAt(asked, projectWords),
  };
}

/** Kinds of fact a question may ask for by its form. */
type FactKind = 'reason' | 'organisation' | 'partner' | 'exception' | 'limit' | 'percent' | 'frequency' | 'amount' | 'money' | 'costs' | 'street' | 'place' | 'clock' | 'contact' | 'person' | 'web' | 'year' | 'date';

/** What a passage's text may be found to state: a kind of fact asked for, or that it speaks of a website ("verkkosivusto"). */
type PassageFact = Exclude<FactKind, 'organisation'> | 'website';

/** Whether a passage's text states each. */
const STATES_KIND: Readonly<Record<PassageFact, (text: string) => boolean>> = {
  reason: statesReason,
  partner: statesPartner,
  amount: statesAmount,
  money: statesMoney,
  exception: statesException,
  limit: statesLimit,
  percent: statesPercent,
  frequency: statesFrequency,
  costs: statesCostItems,
  street: statesStreetAddress,
  place: statesPlace,
  clock: statesClockTime,
  contact: statesContact,
  person: statesPerson,
  web: statesWebAddress,
  year: statesYear,
  date: statesDate,
  website: (text) => tokenize(text).some(isWebWord),
};

interface Ranked extends Hit {
  passage: Passage;
  doc: KnowledgeDocument;
  rank: number;
}

/** What the last decision rested on: for the eval's failure report and for tuning. */
export interface Explanation {
  analyzed: AnalyzedQuestion;
  ranked: readonly { ref: string; coverage: number; score: number; found: number[] }[];
}

export type Engine = AnswerEngine & { readonly index: SearchIndex; explain(): Explanation | undefined };

/** Builds the engine: the index over every passage, the glossary rules, and the decision. */
export function createAnswerEngine(kb: KnowledgeBase, thresholds: Thresholds = DEFAULT_THRESHOLDS, prebuilt?: SearchIndex): Engine {
  // The passages' joined text is not kept: with a large knowledge base it would double the text in memory.
  const passages = new Map<string, { passage: Passage; doc: KnowledgeDocument }>();
  const documentTypes = new Map(kb.documents.map((doc) => [doc.meta.id, doc.meta.type]));
  for (const doc of kb.documents) for (const p of doc.passages) passages.set(p.id, { passage: p, doc });
  // What kind of fact a passage states (an amount, a sum, a street address, a time of day, a website): looked at
  // only for the candidates of questions that ask for that kind, then remembered.
  const stated = new Map<Passage, Partial<Record<PassageFact, boolean>>>();
  const states = (passage: Passage, kind: PassageFact): boolean => {
    let known = stated.get(passage);
    if (known === undefined) stated.set(passage, (known = {}));
    // A heading naming a purpose ("Kansalaistoimijalähtöisten hankkeiden tarkoitus") gives the reason for what its passage says;
    // other kinds are stated in the text (a heading's "2/2024" is no date of anything asked).
    return (known[kind] ??= STATES_KIND[kind](kind === 'reason' ? `${passage.headings.join('\n')}\n${passageText(passage)}` : passageText(passage)));
  };
  // The sentences of a passage that name organisations, with the projects each names: read the first time an organisation
  // is asked about and kept (a 10,000-passage base holds hundreds of copies of one contact list, each read again per question).
  // (Most passages name none: those are not split into sentences at all.)
  const organisationSentences = rememberedPer((passage: Passage): readonly OrganisationSentence[] => {
    const text = passageText(passage);
    if (!mayNameOrganisation(text)) return [];
    return sentencesOf(text)
      .map((sentence) => ({ projects: [...sentence.matchAll(ANY_PROJECT_NAME)].map((m) => (m[1] ?? '').toLowerCase()), organisations: organisationsNamed(sentence) }))
      .filter((sentence) => sentence.organisations.length > 0);
  });
  // A passage's own heading as words, when it is long enough to be named word for word ('' otherwise), read once and kept.
  const lastHeadingWords = rememberedPer((passage: Passage): string => {
    const words = tokenize(passage.headings.at(-1) ?? '');
    return words.length >= NAMED_HEADING_WORDS ? words.join(' ') : '';
  });
  // The places a passage names (see placesNamed), read the first time a place is asked about and kept.
  const passagePlaces = rememberedPer((passage: Passage): readonly string[] => placesNamed(passageText(passage)));
  const index =
    prebuilt ??
    SearchIndex.build(
      [...passages.values()].map(({ passage, doc }) => ({
        id: passage.id,
        title: doc.meta.title,
        headings: passage.headings.join(' '),
        body: passageText(passage),
        questions: passage.questions,
      })),
    );
  const rules: GlossaryRule[] = compileGlossary(kb.glossary);

  const toAnswer = (passage: Passage, doc: KnowledgeDocument, weights: ReadonlyMap<string, number>, wholeUpTo?: number, required?: (sentence: string) => boolean): AnswerPassage => ({
    passageId: passage.id,
    headings: passage.headings,
    excerpt: excerpt(passage, weights, wholeUpTo, required),
    source: sourceOf(doc.meta),
  });

  /** Each index term a concept may stand for, with the concept's weight times the match quality. */
  const termWeights = (concepts: readonly Concept[]): Map<string, number> => {
    const out = new Map<string, number>();
    for (const { weight, terms } of conceptTerms(concepts)) for (const [term, quality] of terms) out.set(term, Math.max(out.get(term) ?? 0, weight * quality));
    return out;
  };

  const notices = (doc: KnowledgeDocument, today: string, shown = ''): Notice[] => {
    const out: Notice[] = [];
    for (const call of doc.meta.calls) {
      if (call.closes === undefined || callState(call, today) !== 'ended') continue;
      if (shown.includes(formatDate(call.closes)) || shown.includes(call.quote)) out.push({ kind: 'call_ended', name: call.name, region: call.region, closes: call.closes });
    }
    const years = wholeYears(latestDay(doc.meta.date), today);
    if (years >= 1) out.push({ kind: 'old_source', years, date: doc.meta.date });
    if (doc.meta.valid_until !== undefined && doc.meta.valid_until < today) out.push({ kind: 'expired', validUntil: doc.meta.valid_until });
    return out;
  };

  /** The decision to answer with `passage` (a passage's or a section's text) from `doc`: `first` notices, then the document's own. */
  const answerWith = (lang: Lang, question: string, passage: AnswerPassage, doc: KnowledgeDocument, today: string, score: number, first: readonly Notice[] = []): Decision => ({
    kind: 'answer',
    lang,
    question,
    passage,
    notices: [...first, ...notices(doc, today, passage.excerpt)],
    score,
  });

  // The terms of each region's name, as a written question has them ("Pohjois-Savossa").
  const regionNameTerms = new Map(REGIONS.map((r) => [r, terms(r)] as const));
  // Projects with a known operating period, by the first word of their name ("koonto", "kanto").
  const projects = kb.documents.flatMap((doc) => (doc.meta.project === undefined ? [] : [{ doc, period: doc.meta.project, key: tokenize(doc.meta.project.name)[0] ?? '' }]));
  // A project's name as it starts a word, in both grades: "Koonto", "Koonnon"; "KANTO", "Kannon".
  const prefixesOf = new Map(projects.map((p) => [p.key, new Set([p.key, weakGrade(p.key)])]));
  const projectWords = new Set([...prefixesOf.values()].flatMap((set) => [...set]).filter((k) => k.length >= 3));
  const names = (words: readonly string[], key: string): boolean => words.some((w) => startsWithAny(w, prefixesOf.get(key) ?? new Set()));
  const projectOf = new Map(projects.map((p) => [p.doc, p.key]));
  const recency = new Map(kb.documents.map((doc) => [doc, callRecency(doc)] as const));
  const recencyOf = (doc: KnowledgeDocument): string => recency.get(doc) ?? callRecency(doc);
  /**
   * "kesäkuun haku" with no year is the newest June call: of the documents about the month named,
   * the newest one's recency ('' when there is none); undefined when a year is named, which picks its own.
   */
  const newestAbout = (timeWords: readonly string[], docs: Iterable<KnowledgeDocument>): string | undefined => {
    if (timeWords.some((w) => yearNamed(w) !== undefined)) return undefined;
    let newest = '';
    for (const doc of docs) if (recencyOf(doc) > newest) newest = recencyOf(doc);
    return newest;
  };
  const timesOf = rememberedPer((doc: KnowledgeDocument): DocumentTimes => documentTimes(doc.meta));

  const rank = (analyzed: AnalyzedQuestion, region: Region | undefined, { places, municipalities, times, sources, calls, projectNames, exceptionTold, whoAdvises }: Context): Ranked[] => {
    // A written question naming the region the member asks about ("Pohjois-Savossa" for "Kuopiosta", or for a story's region) shares the place.
    const regionTerms = region === undefined ? undefined : regionNameTerms.get(region);
    const place: PlaceShared | undefined =
      region === undefined || regionTerms === undefined
        ? undefined
        : {
            concepts: [...places, ...municipalities],
            named: (ref, question) => regionTerms.every((t) => question.has(t)) && passages.get(ref)?.doc.meta.regions.includes(region) === true,
          };
    const hits = searchConcepts(index, analyzed.concepts, undefined, place);
    // The region the question names ("Pohjois-Karjalan haussa") is found in any passage of a document about that region;
    // so is a year or a month it names ("kesäkuun 2024 haussa") in any passage of a document about that time.
    const total = analyzed.concepts.reduce((s, c) => s + c.weight, 0);
    // The concepts naming where something is said ("tiedotteessa", "Koonnon kalvoilla", "ilmoituksen mukaan"): any passage of
    // that document is where it is said; a document named as a thing ("mistä löydän hakuilmoituksen", "EURA-järjestelmä") is asked about.
    const locating = new Set(sources.map((s) => s.concept).filter((i) => locatesIn(analyzed.concepts[i]?.surface ?? '', analyzed.words)));
    /** The source concepts a document of `type` has, those naming where something is said and the others (read once per question, not per hit). */
    const sourcesFor = remembered((type: string) => {
      const own = sources.filter((s) => s.type === type).map((s) => s.concept);
      return { locating: own.filter((i) => locating.has(i)), naming: own.filter((i) => !locating.has(i)) };
    }, DOCUMENT_TYPES.length);
    // "Mikä on ensimmäinen kohta ELY-tiedotteen 'Osallisuus ja yhteisöllisyys' -otsikon alla?": a section named by its heading, word for word.
    const questionText = ` ${analyzed.words.join(' ')} `;
    const namesHeading = (passage: Passage): boolean => {
      const heading = lastHeadingWords(passage);
      return heading !== '' && questionText.includes(` ${heading} `);
    };
    const definition = isDefinitionQuestion(analyzed.words);
    const wantsNumber = isQuantityQuestion(analyzed.words);
    // Asked about one coordination project, another project's own documents are weak evidence ("Koonnon toimisto" is not KANTO's).
    const namedProjects = new Set(projects.filter((p) => names(analyzed.words, p.key)).map((p) => p.key));
    // ("Kuka kuuluu Koonnon kohderyhmään?": asked about a coordination project's own thing, an earlier project its slides tell of as
    // an example is another project; not when examples are asked, or the project named with a document, "Koonnon kalvoissa", or
    // with an example project's name only says where to look.)
    const exampleIsOther =
      namedProjects.size > 0 && !(isExampleQuestion(analyzed.words) || sources.length > 0 || projectNames.length > 0 || analyzed.words.some((w) => /^(esimerk|example)/u.test(w)));
    const wanted = whoAdvises ? 'contact' : wantedKind(analyzed.words);
    // "Osalla ei ole pankkitunnuksia. Miten he voivat tunnistautua…?": what the usual way says is no answer for them (whom to ask still is a contact).
    const wants = exceptionTold && wanted !== 'contact' && wanted !== 'person' ? 'exception' : wanted;
    // "Mitkä järjestöt olivat Tatu ry:n lisäksi mukana…?": an organisation other than those the question names.
    // (A question's word names one in any form: "tatu" for "Tatu ry", "rouvasväenyhdistyksen" for "Rouvasväenyhdistys ry", "Pallokissojen" for "Pallokissat".)
    const namedInQuestion = (name: string): boolean =>
      analyzed.words.some((w) => w === name || (w.length >= 4 && commonPrefix(w, name) >= Math.max(4, Math.min(w.length, name.length) - 3)));
    // "Kuka toteutti Hyvä arki -hankkeen?": an organisation named beside another project ("…Kuhmon Työvire ry:n yhdessä toteuttama
    // Kuhmon Elinvoimasampo (ELSA) -hanke") did not run the one asked about; only sentences naming no other project tell.
    const askedProjects = new Set(projectNames.map((i) => analyzed.concepts[i]?.surface ?? ''));
    // "Mihin lähikuntiin Hanaa!-toimintaa on laajennettu Kuopion ulkopuolelle?": a passage naming only the places the question
    // names ("jatkamaan Kuopiossa ja laajentamaan lähikuntiin") does not say which others.
    const namesOtherPlace = (passage: Passage): boolean => passagePlaces(passage).some((name) => !namedInQuestion(name));
    const namesOtherOrganisation = (passage: Passage): boolean =>
      organisationSentences(passage)
        .filter((sentence) => askedProjects.size === 0 || sentence.projects.every((name) => askedProjects.has(name)))
        .some((sentence) => sentence.organisations.some((name) => !name.split(' ').some(namedInQuestion)));
    const webConcepts = wants === 'web' ? analyzed.concepts.flatMap((c, i) => (c.surface.split(' ').some(isWebWord) ? [i] : [])) : [];
    // "…oli joku linkki…, mikä se osoite oli": beside a link, the address asked for is the web address the passage gives.
    const webAsked = wants === 'web' ? [...webConcepts, ...conceptsOfWords(analyzed.concepts, isAddressWord)] : [];
    const placeAsked = wants === 'place' ? conceptsOfWords(analyzed.concepts, isPlaceNoun) : [];
    const top = Math.max(...hits.map((h) => h.score), 1e-9);
    // An older document about the month named without a year is not evidence of it.
    const timeWords = times.map((i) => analyzed.concepts[i]?.surface ?? '');
    const yearWords = timeWords.filter((w) => yearNamed(w) !== undefined);
    // "Onko kesäkuun 2024 haussa flat rate 40 % samalla tavalla kuin Pohjois-Karjalan 2022 haussa?": the year after "kuin"
    // is what the asked call is compared with; a document only about that year does not tell of the other.
    const comparedWith = new Set(analyzed.words.flatMap((w, i) => (COMPARED_WITH.test(w) ? analyzed.words.slice(i + 1, i + 5) : [])));
    const askedYears = comparedWith.size === 0 ? [] : yearWords.filter((w) => !comparedWith.has(w));
    const newest = timeWords.length === 0 ? undefined : newestAbout(timeWords, kb.documents.filter((doc) => timeWords.some((w) => aboutTime(w, timesOf(doc)) === true)));
    /** The share of the question's weight that `part` of each concept of `indexes` makes up, by how well the hit has it. */
    const weighed = (h: Hit, indexes: Iterable<number>, part: (quality: number) => number): number => {
      if (total === 0) return 0;
      let sum = 0;
      for (const i of indexes) sum += part(h.quality[i] ?? 0) * (analyzed.concepts[i]?.weight ?? 0);
      return sum / total;
    };
    // What the passage's words leave out of a place or time named, its document's metadata may make up.
    const metadataFound = (h: Hit, indexes: readonly number[], worth: number): number => weighed(h, indexes, (quality) => Math.max(0, worth - quality));
    const ranked: Ranked[] = [];
    for (const h of hits) {
      const found = passages.get(h.ref);
      if (found === undefined) continue;
      // A passage from a document about another region is weaker evidence for a regional question.
      const inRegion = region !== undefined && found.doc.meta.regions.includes(region);
      // "Mistä lähtien Lieksan työpajatoiminta on jatkunut…?": a passage naming the town asked about is about it, whoever wrote it.
      const namesPlaceAsked = municipalities.some((i) => (h.quality[i] ?? 0) >= 1);
      // An amount, an address or a contact is the region's own: another region's does not answer.
      const regionFactor = region === undefined || inRegion || namesPlaceAsked ? 1 : wants === undefined ? 0.85 : NOT_STATED_FACTOR;
      const placeFound = inRegion ? metadataFound(h, places, 1) : 0;
      // Asked how much (where, at what time), a passage stating no amount (no sum, address, time of day) is weak evidence.
      // A sum of money is the call's own: a document only about another year does not state this year's
      // (a share, "omarahoitusosuus 20 %", is the programme's and may be quoted from an older call, with its date).
      const otherYear = wants === 'money' && yearWords.some((w) => aboutTime(w, timesOf(found.doc)) === false);
      const onlyComparedYear = askedYears.length > 0 && askedYears.length < yearWords.length && askedYears.every((w) => aboutTime(w, timesOf(found.doc)) === false);
      // "mikä se verkkosivusto oli, minkä hanke perusti?": a passage telling of the website itself answers, address or not.
      // (Or in its own words: "Kouvolan yhdistysten yhteinen Kaikumedia-verkkosivusto" for "yhteinen nettisivu".)
      const namesWebThing = wants === 'web' && (webConcepts.some((i) => (h.quality[i] ?? 0) >= 0.7) || states(found.passage, 'website'));
      // (Asked who or where, the passage must name an organisation or a place other than the question's.)
      const statesWanted =
        wants === undefined || namesWebThing || (wants === 'organisation' ? namesOtherOrganisation(found.passage) : wants === 'place' ? namesOtherPlace(found.passage) : states(found.passage, wants) && !otherYear);
      const projectKey = projectOf.get(found.doc);
      const otherProject =
        (namedProjects.size > 0 && projectKey !== undefined && !namedProjects.has(projectKey)) ||
        projectNames.some((i) => (h.quality[i] ?? 0) === 0) ||
        (exampleIsOther && examples.has(found.passage));
      const docTimes = times.length === 0 || (newest !== undefined && recencyOf(found.doc) !== newest) ? undefined : timesOf(found.doc);
      const timeFound = docTimes === undefined ? 0 : metadataFound(h, times.filter((i) => aboutTime(analyzed.concepts[i]?.surface ?? '', docTimes) === true), TIME_FACTOR);
      const ownSources = sources.length === 0 ? undefined : sourcesFor(found.doc.meta.type);
      const sourceFound = ownSources === undefined ? 0 : metadataFound(h, ownSources.locating, SOURCE_FACTOR) + metadataFound(h, ownSources.naming, TIME_FACTOR);
      const callFound = calls.length === 0 || found.doc.meta.calls.length === 0 ? 0 : metadataFound(h, calls, TIME_FACTOR);
      // "Mikä erityistavoite KANTOn EURA-hankekuvaukseen on merkitty?": a slide that mentions EURA is not the description named;
      // a document of another kind gets no more for the word than the named kind's documents get for being of it.
      const otherSource = sources.length === 0 ? undefined : new Set(sources.filter((s) => !sources.some((t) => t.concept === s.concept && t.type === found.doc.meta.type)).map((s) => s.concept));
      const sourceElsewhere = otherSource === undefined ? 0 : weighed(h, otherSource, (quality) => Math.max(0, quality - TIME_FACTOR));
      // "Mikä nettiosoite…?": the words asking for an address are found in any address the passage gives ("https://rakennerahastot.fi/…" has no "www").
      const webFound = wants === 'web' && states(found.passage, 'web') ? weighed(h, webAsked, (quality) => 1 - quality) : 0;
      // "In which towns did the Uusi tapa toimia project work?": in English, the words asking for a place are found in any place the
      // passage names ("Kouvolan ja Kuusankosken"). (Not in Finnish, where "kunnat", "kaupunginosissa" are the documents' own words:
      // "mitkä kunnat kuuluu etelä-savon haun alueeseen" is not answered by another region's list of towns.)
      const placeNounFound = analyzed.lang === 'en' && wants === 'place' && states(found.passage, 'place') ? weighed(h, placeAsked, (quality) => 1 - quality) : 0;
      const coverage = Math.min(1, h.coverage + placeFound + timeFound + sourceFound + callFound + webFound + placeNounFound - sourceElsewhere) * regionFactor * (statesWanted && !onlyComparedYear ? 1 : NOT_STATED_FACTOR) * (otherProject ? OTHER_PROJECT_FACTOR : 1);
      const defines = definition ? definingHeadingStrength(found.passage.headings) * RANK_DEFINITION_WEIGHT : 0;
      const number = wantsNumber && statesWanted ? RANK_NUMBER_WEIGHT : 0;
      // The hit's fields one by one, not `{ ...h, passage, … }`: V8 gives each object that is spread and then extended a map
      // of its own, a Map and a descriptor array per hit that only a full GC frees (60 MB per 2,400 decisions).
      ranked.push({
        ref: h.ref,
        score: h.score,
        coverage,
        matchedTerms: h.matchedTerms,
        found: h.found,
        quality: h.quality,
        headingCoverage: h.headingCoverage,
        passage: found.passage,
        doc: found.doc,
        rank: coverage + h.headingCoverage * RANK_HEADING_WEIGHT + (h.score / top) * RANK_SCORE_WEIGHT + defines + number + (namesHeading(found.passage) ? RANK_NAMED_HEADING : 0),
      });
    }
    ranked.sort((a, b) => b.rank - a.rank);
    // Of two passages of one document that cover the question alike, the one that says it in one sentence or list item
    // ("…lisätään osallisuutta edistävien toimien asiakaslähtöisyyttä") goes first, not one with the words spread over a long list.
    const lead = ranked[0];
    const twin = lead === undefined ? undefined : ranked.slice(1, FOCUS_CANDIDATES).find((r) => r.doc === lead.doc && r.coverage >= lead.coverage - FOCUS_MARGIN && r.rank >= lead.rank - FOCUS_RANK_MARGIN);
    if (lead !== undefined && twin !== undefined) {
      const termsOf = conceptTerms(analyzed.concepts);
      const [twinFocus, leadFocus] = [focusOf(twin.passage, termsOf, total), focusOf(lead.passage, termsOf, total)];
      if (twinFocus >= leadFocus + FOCUS_LEAD || (twinFocus >= leadFocus * FOCUS_RATIO && twinFocus >= leadFocus + FOCUS_LEAD / 2)) {
        ranked[ranked.indexOf(twin)] = lead;
        ranked[0] = twin;
      }
    }
    return ranked;
  };

  /** Each concept's index terms with their match weights, and the concept's weight. */
  const conceptTerms = (concepts: readonly Concept[]): { weight: number; terms: Map<string, number> }[] =>
    concepts.map((c) => {
      const terms = new Map<string, number>();
      for (const s of c.alternatives.flat()) for (const m of index.vocabulary.matches(s)) terms.set(m.term, Math.max(terms.get(m.term) ?? 0, m.weight));
      return { weight: c.weight, terms };
    });


  /** The passage that states the period, with a notice comparing it with today. */
  const projectAnswer = (words: readonly string[], lang: Lang, question: string, today: string): Decision | undefined => {
    const named = projects.filter((p) => names(words, p.key));
    const chosen = named.find((p) => p.doc.meta.type === 'project_description') ?? named[0];
    if (chosen === undefined) return undefined;
    const quote = normalizeQuote(chosen.period.quote);
    const passage = chosen.doc.passages.find((p) => normalizeQuote(`${p.headings.join(' ')} ${passageText(p)}`).includes(quote)) ?? chosen.doc.passages[0];
    if (passage === undefined) return undefined;
    const { starts, ends, name } = chosen.period;
    const t = dayNumber(today);
    const state = t < dayNumber(starts) ? 'upcoming' : t > dayNumber(ends) ? 'ended' : 'running';
    const weights = new Map(tokenize(quote).map((w) => [stem(w), 1]));
    return {
      kind: 'answer',
      lang,
      question,
      passage: toAnswer(passage, chosen.doc, weights),
      notices: [{ kind: 'project_period', name, starts, ends, state }, ...notices(chosen.doc, today)],
      score: 1,
    };
  };

  /**
   * "Mikä on ELY:n kesäkuun 2024 tiedotteen otsikko?": the title of the kind of document named (of the
   * region and time named, if any), which every answer's source line gives; the document's first
   * passage answers. Several such documents: the member chooses. None: undefined.
   */
  const titleAnswer = (words: readonly string[], region: Region | undefined, lang: Lang, question: string, today: string): Decision | undefined => {
    const types = new Set(words.flatMap(sourceTypesOf));
    if (types.size === 0) return undefined;
    const timeWords = words.filter(namesTime);
    const docs = kb.documents.filter(
      (doc) => types.has(doc.meta.type) && (region === undefined || doc.meta.regions.includes(region)) && timeWords.every((w) => aboutTime(w, timesOf(doc)) !== false),
    );
    const firsts = docs.flatMap((doc) => (doc.passages[0] === undefined ? [] : [{ doc, passage: doc.passages[0] }]));
    const [only] = firsts;
    if (only === undefined) return undefined;
    // The title heads the answer, over the document's first passage (when it was published, by whom).
    if (firsts.length === 1) return answerWith(lang, question, { ...toAnswer(only.passage, only.doc, new Map()), headings: [only.doc.meta.title] }, only.doc, today, 1);
    // Each choice shows its document's title after its heading.
    return { kind: 'clarify', lang, question, candidates: firsts.slice(0, 3).map((f) => toAnswer(f.passage, f.doc, new Map())), score: 1 };
  };

  // Abbreviations the documents write out ("Euroopan sosiaalirahaston (ESR)"), each with the first passage that does.
  const writtenOut = new Map<string, { passage: Passage; doc: KnowledgeDocument }>();
  for (const entry of passages.values()) {
    for (const abbreviation of abbreviationsWrittenOut(passageText(entry.passage))) if (!writtenOut.has(abbreviation)) writtenOut.set(abbreviation, entry);
  }
  // An abbreviation a document writes out ("Euroopan sosiaalirahaston (ESR)"), the glossary explains ("ELY") or that is a
  // coordination project's name (its title writes it out: "KANTO – Kansalaistoimijalähtöisen kehittämisen…").
  const explained = (abbreviation: string): boolean => writtenOut.has(abbreviation) || glossaryWords.has(abbreviation) || startsWithAny(abbreviation, projectWords);
  // The abbreviations the documents use that are not explained so ("KaMu", "THL"), gathered the first time a question asks
  // what one means. (Not a word the documents also write in lower case, "HAKU" in a heading.)
  // Read passage by passage, twice, holding no text and no word but the abbreviations: with 10,000 passages, all the
  // texts and every lower-case word in them held at once were some 60 MB, live long enough for young collections to
  // promote them to the old generation, where they stayed as garbage until a full collection (the bot's resident memory).
  let unexplained: Set<string> | undefined;
  const unexplainedAbbreviations = (): ReadonlySet<string> => {
    if (unexplained !== undefined) return unexplained;
    const textOf = (passage: Passage): string => `${passage.headings.join(' ')} ${passageText(passage)}`;
    const found = new Set<string>();
    for (const { passage } of passages.values()) for (const a of abbreviationsIn(textOf(passage))) if (!explained(a)) found.add(a);
    for (const { passage } of passages.values()) for (const [word] of textOf(passage).matchAll(LOWER_CASE_WORD)) found.delete(word);
    unexplained = found;
    return unexplained;
  };

  // The passages that say something was free of charge, by their terms, gathered the first time a question asks whether
  // something is free: one naming what is asked answers it.
  let freeTerms: ReadonlySet<string>[] | undefined;
  const freeStatedOf = (asked: readonly string[], places: ReadonlySet<string>): boolean => {
    freeTerms ??= [...passages.values()].filter(({ passage }) => STATES_FREE.test(passageText(passage))).map(({ passage }) => new Set(terms(passageText(passage))));
    // (A place is not what is asked about: "a free Finnish course in Kuopio" is not the Perhefutis played in Kuopio.)
    const named = contentWords(asked.filter((w) => !places.has(w)).join(' ')).map(stem).filter((t) => t.length >= 4 && !STATES_FREE.test(t));
    return freeTerms.some((set) => named.some((t) => set.has(t)));
  };

  // Passages that say who may apply, newest document first.
  const eligibilityPassages = [...passages.values()]
    .filter(({ passage }) => isEligibilityHeading(passage.headings))
    .sort((a, b) => latestDay(b.doc.meta.date).localeCompare(latestDay(a.doc.meta.date)));

  // Each document's list of what its call emphasises ("painopisteet"): a section and its sub-sections, newest call first.
  const fitSections = kb.documents
    .map((doc) => ({ doc, recency: recencyOf(doc), passages: doc.passages.filter((p) => isFitHeading(p.headings)) }))
    .filter((s) => s.passages.length > 0)
    .sort((a, b) => b.recency.localeCompare(a.recency) || b.doc.meta.regions.length - a.doc.meta.regions.length);
  const fitPassages = new Set(fitSections.flatMap((s) => s.passages));

  /**
   * Among the ranked passages that `isCandidate` accepts, the one that best names what the question
   * is about (its concepts other than the route's `frame` words); undefined when none names any of it.
   */
  const namedAmong = (
    isCandidate: (passage: Passage, doc: KnowledgeDocument) => boolean,
    analyzed: AnalyzedQuestion,
    ranked: readonly Ranked[],
    frame: RegExp,
    context: Context,
  ): { passage: Passage; doc: KnowledgeDocument; coverage: number; weight: number } | undefined => {
    // The region and time named narrow where to look; they do not name what is asked about.
    const skip = new Set([...context.places, ...context.times, ...context.sources.map((s) => s.concept)]);
    let named: { passage: Passage; doc: KnowledgeDocument; coverage: number; weight: number } | undefined;
    for (const r of ranked) {
      if (!isCandidate(r.passage, r.doc)) continue;
      const weight = r.found.reduce((sum, i) => {
        const c = analyzed.concepts[i];
        // A phrase ("project manager") names a topic even when its first word frames questions ("project").
        return c === undefined || skip.has(i) || c.surface.split(' ').every((w) => frame.test(w) || isNoiseWord(w)) ? sum : sum + c.weight;
      }, 0);
      if (weight > (named?.weight ?? 0)) named = { passage: r.passage, doc: r.doc, coverage: r.coverage, weight };
    }
    return named;
  };

  /**
   * "Sopiiko X tähän?" that the passages do not answer outright: the emphasised contents of the
   * member's region's newest call, the item that names the topic if one does, else, asked outright
   * whether an idea fits, the whole list ("Voiko hankkeen toimintaa järjestää naapurimaakunnassa?"
   * is not answered by a list of themes).
   */
  const fitAnswer = (
    analyzed: AnalyzedQuestion,
    context: Context,
    ranked: readonly Ranked[],
    region: Region | undefined,
    ideaFit: boolean,
    lang: Lang,
    question: string,
    asked: string,
    today: string,
  ): Decision | undefined => {
    // A year or month the question names ("kesäkuun hakuun") picks the call of that time, within the region;
    // of "kesäkuun 2024 haku", the call of June 2024 rather than another of 2024.
    const timeWords = context.times.map((i) => analyzed.concepts[i]?.surface ?? '');
    const timesMatched = (doc: KnowledgeDocument): number => timeWords.filter((w) => aboutTime(w, timesOf(doc)) === true).length;
    // A call the asking sentence names by its number is the call asked about, whatever time the story names
    // ("Kesäkuun 2024 tiedotteessa puhuttiin riippuvuuksista. Onko Etelä-Savon 2/2024 haussa sama sanamuoto…?").
    const numbered = CALL_NUMBER_AT.test(asked);
    const numberedCalls = numbered ? callsNumberedIn(asked) : [];
    // The kind of document named ("ELY:n tiedotteessa") is where to look, when one of that kind has such a list (a call named by its number is the call).
    const namedTypes = new Set(context.sources.map((s) => s.type));
    const typeNamed = !numbered && fitSections.some((s) => namedTypes.has(s.doc.meta.type));
    const ofRegion = (doc: KnowledgeDocument): boolean =>
      (region === undefined || doc.meta.regions.includes(region)) && (!numbered || doc.meta.calls.some((c) => numberedCalls.includes(c))) && (!typeNamed || namedTypes.has(doc.meta.type));
    const mostMatched = Math.max(0, ...fitSections.filter((s) => ofRegion(s.doc)).map((s) => timesMatched(s.doc)));
    const matchesTime = (doc: KnowledgeDocument): boolean => mostMatched > 0 && timesMatched(doc) === mostMatched;
    // "kesäkuun hakuun" with no year: the region's newest June call.
    const newest = newestAbout(timeWords, fitSections.filter((s) => ofRegion(s.doc) && matchesTime(s.doc)).map((s) => s.doc));
    const inRegion = (doc: KnowledgeDocument): boolean => ofRegion(doc) && (timeWords.length === 0 || (matchesTime(doc) && (newest === undefined || recencyOf(doc) === newest)));
    const section = fitSections.find((s) => inRegion(s.doc));
    if (section === undefined) return undefined;
    const named = namedAmong((p, doc) => fitPassages.has(p) && inRegion(doc), analyzed, ranked, FIT_FRAME, context);
    if (named === undefined && !ideaFit) return undefined;
    const answer = named === undefined ? sectionAnswer(section.passages, section.doc) : toAnswer(named.passage, named.doc, termWeights(analyzed.concepts));
    return answerWith(lang, question, answer, named?.doc ?? section.doc, today, round(named?.coverage ?? 0), [{ kind: 'fit_check' }]);
  };

  /** Each coordination project's passages of one kind (what it offers, its results), by the project's name. */
  const projectSections = (isHeading: (headings: readonly string[]) => boolean): Map<string, Set<Passage>> => {
    const sections = new Map<string, Set<Passage>>();
    for (const p of projects) {
      const set = sections.get(p.key) ?? new Set<Passage>();
      for (const passage of sectionOf(p.doc, isHeading)) set.add(passage);
      sections.set(p.key, set);
    }
    return sections;
  };
  /** The sections of the projects the question names. */
  const ofNamed = (sections: ReadonlyMap<string, Set<Passage>>, words: readonly string[]): Set<Passage>[] => [...sections].filter(([key]) => names(words, key)).map(([, set]) => set);
  /**
   * Kinds of question that one kind of passage answers: what a coordination project offers
   * ("Auttaako KANTO löytämään uusia tapoja?"), earlier example projects ("Onko vastaavaa tehty
   * aiemmin?"), which municipalities an area covers ("Kuuluuko Varkaus Koonnon alueeseen?").
   * A route's passages are found once (a large knowledge base has thousands of headings); `accepts`
   * says whether one answers this question, `frame` words say what kind of question it is.
   */
  const services = projectSections(isServiceHeading);
  const adviceWhere = projectSections(isAdviceWhereHeading);
  const results = projectSections(isResultsHeading);
  const allServices = new Set([...services.values()].flatMap((set) => [...set]));
  const examples = new Set(kb.documents.flatMap((doc) => sectionOf(doc, isExampleHeading)));
  const areas = new Set(kb.documents.flatMap((doc) => sectionOf(doc, isAreaHeading)));
  const sectionRoutes: SectionRoute[] = [
    {
      // "Pitääkö meidän lähteä Joensuuhun asti, jos halutaan KANTOlta neuvontaa, vai tuleeko ne tänne?": how and where advice is given.
      asks: (words) => isAdviceWhereQuestion(words, projectWords),
      accepts: (passage, _doc, words) => ofNamed(adviceWhere, words).some((set) => set.has(passage)),
      frame: ADVICE_WHERE_FRAME,
    },
    {
      // "Ketkä ovat KANTOn neuvojat?" asks for people, which the contacts give.
      asks: (words) => isHelpQuestion(words, projectWords) && !asksWhoAdvises(words) && !asksWhoAdvisesAt(words, projectWords),
      accepts: (passage, _doc, words) => ofNamed(services, words).some((set) => set.has(passage)),
      frame: HELP_FRAME,
    },
    {
      // "Mistä saan tietää, milloin Pohjois-Savossa on hakuja?": the region's coordination project tells.
      asks: isInfoSourceQuestion,
      accepts: (passage, doc, _words, places) => allServices.has(passage) && (places.regions.length === 0 || places.regions.some((r) => doc.meta.regions.includes(r))),
      frame: INFO_FRAME,
    },
    {
      // "Onko yhdistysten hanketaidot parantunu KANTOn ansiosta?": the project's results, the one for whom was asked.
      asks: (words) => isResultsQuestion(words, projectWords),
      accepts: (passage, _doc, words) => ofNamed(results, words).some((set) => set.has(passage)),
      frame: RESULTS_FRAME,
    },
    { asks: isExampleQuestion, accepts: (passage) => examples.has(passage), frame: EXAMPLE_FRAME },
    {
      // "Lapinlahdelta ollaan, saadaanko Koonnolta apua?" asks too whether the municipality is in the project's area.
      // (Not who advises there: "…Siilinjärvellä… Kuka siellä neuvoo Koonnon hankeasioissa ja miten hänet tavoittaa?")
      // (Nor where an earlier project spread: "Mihin kuntiin Hanaa!-toiminta on laajentunut?" is not the coordination project's area.)
      // (Nor why a municipality is on the list: "Miksi Heinävesi on KANTOn kuntalistassa?" asks a reason no list gives.)
      asks: (words, places, projectNamed) => !projectNamed && !isReasonQuestion(words) && (isAreaQuestion(words) || (isHelpQuestion(words, projectWords) && asksHelpWhere(words, places) && !asksWhoAdvisesAt(words, projectWords))) && places.regions.length > 0,
      accepts: (passage, doc, _words, places) => areas.has(passage) && places.regions.some((r) => doc.meta.regions.includes(r)),
      frame: AREA_FRAME,
      // The list of an area's municipalities that names the one asked about.
      settles: (found, places) => found.some((w) => places.names.has(w) && !places.words.has(w)),
    },
  ];

  /** The route's first passage in document order (its introduction), for when none names the topic. */
  const firstOf = (route: SectionRoute, words: readonly string[], places: PlaceMentions): { passage: Passage; doc: KnowledgeDocument } | undefined => {
    for (const doc of kb.documents) for (const passage of doc.passages) if (route.accepts(passage, doc, words, places)) return { passage, doc };
    return undefined;
  };

  /**
   * The route's passage that names the topic (when `atLeast` is given: only one naming it at least
   * that well), else its first passage; undefined when the route has none.
   */
  const routeAnswer = (
    route: SectionRoute,
    words: readonly string[],
    places: PlaceMentions,
    analyzed: AnalyzedQuestion,
    context: Context,
    ranked: readonly Ranked[],
    lang: Lang,
    question: string,
    today: string,
    atLeast?: number,
  ): Decision | undefined => {
    const best = namedAmong((p, doc) => route.accepts(p, doc, words, places), analyzed, ranked, route.frame, context);
    if (atLeast !== undefined && (best === undefined || best.weight < atLeast)) return undefined;
    // With nothing named, the route's introduction answers ("Mitä KANTO tarjoaa?"); not when the question names a thing the documents never mention ("Do the advisers charge a fee?").
    // (A municipality the documents do not name is where the asker is: "…vai pitääkö meidän lähtee joensuuhun".)
    // ("mitä apua koonto oikeesti antaa meille tavallisille yhdistyksille": a verb, a verbal noun, a general word or a kind of association the documents lack names no thing.)
    const namesUnknown = analyzed.concepts.some(
      (c) =>
        c.unknown &&
        !route.frame.test(c.surface) &&
        !c.surface.split(' ').every((w) => places.names.has(w)) &&
        !looksLikeVerb(c.surface) &&
        !VERBAL_NOUN.test(c.surface) &&
        !isGenericWord(c.surface) &&
        !isActorCompound(c.surface),
    );
    const first = best === undefined && !namesUnknown ? firstOf(route, words, places) : undefined;
    const chosen = best ?? (first === undefined ? undefined : { passage: first.passage, doc: first.doc, coverage: 0 });
    if (chosen === undefined) return undefined;
    return answerWith(lang, question, toAnswer(chosen.passage, chosen.doc, termWeights(analyzed.concepts)), chosen.doc, today, round(chosen.coverage));
  };

  /** A section with its sub-sections, each under its own heading: the whole list of emphasised contents. */
  const sectionAnswer = (section: readonly Passage[], doc: KnowledgeDocument): AnswerPassage => {
    const [root] = section;
    const depth = root?.headings.length ?? 0;
    const parts = section.map((p) => (p.headings.length > depth ? `${p.headings[p.headings.length - 1] ?? ''}:\n${passageText(p)}` : passageText(p)));
    return { passageId: root?.id ?? '', headings: root?.headings ?? [], excerpt: parts.join('\n\n'), source: sourceOf(doc.meta) };
  };

  /** The known calls' names without spaces, to find a call number in ("…hankehaku 2/2024"). */
  const knownCalls = kb.documents.flatMap((doc) => doc.meta.calls.map((call) => ({ call, name: call.name.replace(/\s+/g, '') })));
  const callNames = knownCalls.map((k) => k.name);
  /** The known calls a text names by number ("2/2024", "haku 2 / 2024"). */
  const callsNumberedIn = (text: string): CallPeriod[] => callNumbersIn(text).flatMap((n) => knownCalls.filter((k) => k.name.includes(n)).map((k) => k.call));
  /** Whether a known call has the number ("2/2024"). */
  const isKnownCallNumber = (n: string): boolean => callNames.some((name) => name.includes(n));
  /** A word some passage uses, as it is written there (a name: "sivonen", not a word it resembles). */
  const usedWord = (word: string): boolean => index.vocabulary.documentFrequency(stem(word)) > 0;
  /** A question word, a stop word, or a word some passage uses. */
  const known = (word: string): boolean => isNoiseWord(word) || index.vocabulary.matches(stem(word)).length > 0;
  /**
   * Known, or a word of a glossary phrase that the question has whole ("the North Karelia call",
   * "the East Finland call"); "Leader-rahaa" is not known by "project leader".
   */
  const knownIn = (question: string): ((word: string) => boolean) => {
    // The question's word forms, only when a name before "call" or "-raha" is not otherwise known (rarely).
    let forms: Set<string> | undefined;
    const formsOf = (): Set<string> => {
      const words = tokenize(question);
      return (forms ??= new Set([...words.map((w) => normalizeWord(w, 'en')), ...words.map(stem)]));
    };
    return (word) => known(word) || rules.some((r) => r.phrase.length > 1 && r.phrase.includes(normalizeWord(word, r.lang)) && r.phrase.every((p) => formsOf().has(p)));
  };

  let lastExplain: Explanation | undefined;
  /**
   * "Meillä on Tohmajärvellä pieni kyläyhdistys, ja naapurikunnassa on saatu apua. Kuuluuko Tohmajärvi
   * KANTOn alueeseen?": the story around a question adds words no passage has, and may leave the
   * whole message without an answer that its asking sentence alone has. Then the asking sentence is
   * answered, in the region the story names if the sentence names none; or, when it alone has close
   * candidates, the member is asked which one (the card still offers the adviser).
   */
  const decide = (typed: string, ctx: AskContext): Decision => {
    // "mita se flat rate on etela savon haussa": read as "mitä", "etelä" (the member's own spelling is kept in the decision).
    // "Hyvä vastaanottaja, … Ystävällisin terveisin Aila Kinnunen, …": a letter's salutation and signature are not asked about.
    const raw = readDialect(restoreUmlauts(withoutLetterFrame(typed)));
    const decision = decideRestored(raw, ctx);
    return raw === typed ? decision : { ...decision, question: asTyped(typed) };
  };

  /** The glossary's words as written, lower case: the members' words for what the documents say. */
  const glossaryWords = new Set(kb.glossary.flatMap((e) => tokenize([e.term, ...e.synonyms].join(' '))));
  const umlautLexicon: UmlautLexicon = {
    questionWordTypedAs: (typed) => QUESTION_WORDS_TYPED.get(typed),
    // ("etelä", "itä": a place's stem is the same without its "ä", so the place names are known as written.)
    knows: (word) => QUESTION_WORDS_FI.has(word) || isFinnishStopWord(word) || glossaryWords.has(word) || startsLikePlace(word),
    // (A short stem is many words': "välitä" and "välillä" share "väl", which does not make "valita" a typo.)
    knowsStem: (word) => {
      const s = stem(word);
      return s.length >= MIN_UMLAUT_STEM && index.vocabulary.documentFrequency(s) > 0;
    },
  };
  const restoreUmlauts = umlautRestorer(umlautLexicon);
  const readDialect = dialectReader({ ...umlautLexicon, uses: usedWord });

  const decideRestored = (raw: string, ctx: AskContext): Decision => {
    const whole = decideOn(raw, ctx, undefined);
    if (whole.kind !== 'handoff' || whole.reason !== 'no_evidence') return whole;
    const askingAll = askingSentences(whole.question);
    if (askingAll === undefined) return whole;
    const asking = withoutGuesses(askingAll);
    // "…miettii STEAn toiminta-avustusta. Miten sitä haetaan ja milloin on hakuaika?": the story names the other funder's grant asked about.
    if (namesUnknownCall(whole.question, knownIn(whole.question))) return whole;
    const story = storyOf(whole.question, asking);
    const askingWords = tokenize(asking);
    // "Osalla ei ole pankkitunnuksia. Miten he voivat tunnistautua…?": alone the sentence would ask the usual way, not theirs.
    if (tellsException(story, askingWords)) return whole;
    // "…Koonnossa on myös joku Jaana… Mikä hänen puhelinnumeronsa on?": alone the sentence asks about nobody in particular.
    if (refersToUnnamedPerson(askingWords, story)) return whole;
    const concepts = analyzeQuestion(asking, rules, index.vocabulary).concepts;
    const answered = (d: Decision): boolean => d.kind === 'answer' || d.kind === 'call_status' || d.kind === 'clarify';
    // "…kerrottiin, keitä haavoittuvimmassa asemassa olevia voidaan auttaa. Keitä siinä mainitaan esimerkkeinä?": "siinä" is the sentence before
    // (looked for only when the asking sentence alone does not do).
    const withSentenceBefore = (text: string, region: Region | undefined): Decision => {
      const pointed = sentencePointedBack(whole.question);
      if (pointed === undefined) return whole;
      const d = decideOn(`${pointed} ${text}`, ctx, region);
      return answered(d) ? { ...d, question: whole.question } : whole;
    };
    // "…Onko tää semmonen asia, mitä kake-hankkeilla tehdään?" asks about the story: alone it names nothing in particular;
    // "…kerrottiin, että tietynlaisiin hankkeisiin kiinnitetään erityistä huomiota. Millaisiin hankkeisiin?" takes up the sentence before.
    if (concepts.reduce((sum, c) => sum + c.weight, 0) < MIN_ASKING_WEIGHT) return withSentenceBefore(asking, undefined);
    // "…Can the Koonto advisers give advice in English?": an English word the glossary does not know may well be what is asked.
    if (whole.lang === 'en' && concepts.some((c) => c.unknown)) return whole;
    const storyPlaces = findPlaces(tokenize(whole.question));
    const regions = storyPlaces.regions;
    // ("…on kenttä 'Vastuuviranomainen'. Mikä viranomainen siihen on merkitty?": with what the story quotes, which "siihen" is.)
    // ("…lähettää sen Koonnon projektipäällikölle… Mihin sähköpostiosoitteeseen…?": with whom the story names, whose address is asked.)
    // ("Kuulin että Teija Sivonen on KANTOn järjestökehittäjä. Mikä hänen tehtävänimikkeensä on…?": with the person the story names.)
    const storyText = storyTextOf(whole.question, askingAll);
    const carried = [...quotedInStory(whole.question), ...contactNamedInStory(askingWords, story, projectWords), ...personNamedInStory(askingWords, storyText, usedWord)];
    const retried = withReferent(carried.length === 0 ? asking : `${asking} ${carried.join(' ')}`, whole.question, storyPlaces.words);
    const region = regions.length === 1 ? regions[0] : undefined;
    const byQuestion = decideOn(retried, ctx, region);
    if (answered(byQuestion)) return { ...byQuestion, question: whole.question };
    return withSentenceBefore(retried, region);
  };

  /**
   * "…on ollut yhteydessä Pohjois-Savon Sosiaaliturvayhdistykseen. Mitä muuta toimintaa sillä on Koonnon lisäksi?":
   * retried alone, the asking sentence's "sillä" stands for the organisation the story names (a name with its
   * region, as the glossary has them). Only one such name: with two, which one "it" is cannot be told.
   */
  const withReferent = (asking: string, whole: string, placeWords: ReadonlySet<string>): string => {
    const askingTokens = tokenize(asking);
    // "Kouvolan Uusi tapa toimia -hanke kuulostaa… Mikä järjestö hanketta hallinnoi?": "hanketta" is the one project the story names.
    // (Or "se": "Infossa kerrottiin Tatu ry:n Hanaa!-hankkeesta. Minkä ikäisille nuorille se oli tarkoitettu?")
    if (askingTokens.some((w) => THE_PROJECT.test(w) || w === 'se' || w === 'ne' || REFERRING_PRONOUN.test(w)) && !PROJECT_NAME_AT.test(asking)) {
      const named = [...new Set([...whole.matchAll(PROJECT_NAMED)].map((m) => m[1] ?? '').filter((n) => !PROJECT_KIND.test(n.toLowerCase())))];
      const [project] = named;
      if (project !== undefined && named.length === 1) return `${project} -hanke: ${asking}`;
    }
    const pronoun = askingTokens.find((w) => REFERRING_PRONOUN.test(w));
    // "…sillä on muutakin toimintaa järjestöille. Mitä muuta toimintaa Koonnon kalvoilla mainitaan?": "muuta" is other than the story's.
    const others = pronoun === undefined && askingTokens.some((w) => OTHERS.test(w));
    if (pronoun === undefined && !others) return asking;
    const names = analyzeQuestion(whole, rules, index.vocabulary)
      .concepts.map((c) => c.surface.split(' '))
      .filter((ws) => ws.length > 1 && ws.some((w) => placeWords.has(w)) && ws.some((w) => !placeWords.has(w)) && !ws.every((w) => askingTokens.includes(w)));
    const [name] = names;
    if (name === undefined || names.length > 1) return asking;
    if (pronoun === undefined) return `${name.join(' ')}: ${asking}`;
    return asking.replace(new RegExp(`(?<![\\p{L}\\p{N}])${pronoun}(?![\\p{L}\\p{N}])`, 'iu'), name.join(' '));
  };

  const decideOn = (raw: string, ctx: AskContext, storyRegion: Region | undefined): Decision => {
    lastExplain = undefined;
    const question = cleanQuestion(raw);
    const words = tokenize(question.slice(0, MAX_QUESTION_CHARS));
    const lang: Lang = detectLanguage(words);
    if (question === '') return { kind: 'invalid', lang, question, reason: 'empty', score: 0 };
    if (question.length > MAX_QUESTION_CHARS) return { kind: 'invalid', lang, question: question.slice(0, MAX_QUESTION_CHARS), reason: 'too_long', score: 0 };
    if (words.length === 0) return { kind: 'invalid', lang, question, reason: 'no_words', score: 0 };

    const places = findPlaces(words);
    // "Milloin Leader-rahaa voi hakea?", "Saisko rahaa Interreg-ohjelmasta?": another funder's money or call is an adviser's to answer.
    if (namesUnknownCall(question, knownIn(question))) return { kind: 'handoff', lang, question, reason: 'no_evidence', score: 0 };
    // "Mitä KANTOn loppuraportissa todettiin…?": a report or minutes the documents are not.
    if (namesOtherDocument(question, words)) return { kind: 'handoff', lang, question, reason: 'no_evidence', score: 0 };
    // What the intent rules read: the asking sentence, when the message also tells its situation.
    const askedSentence = askedText(question, lang);
    const asked = tokenize(askedSentence);
    // "Miten perustetaan rekisteröity yhdistys?": association law, not the calls.
    if (asksAssociationAdministration(asked)) return { kind: 'handoff', lang, question, reason: 'no_evidence', score: 0 };
    // Asked what no call document states, whatever the passages' words (NOT_IN_DOCUMENTS).
    if (NOT_IN_DOCUMENTS.some((asks) => asks(asked))) return { kind: 'handoff', lang, question, reason: 'not_stated', score: 0 };
    // "Pitääkö yhdistyksen toiminnantarkastajan olla ulkopuolinen henkilö?": an association's own officers, meetings and fees, asked
    // about in the asking sentence ("…kutsun meidän vuosikokoukseen. Mikä on hänen sähköpostiosoitteensa?" asks an address).
    const askingAlone = askingSentences(question);
    if (asksAssociationGovernance(askingAlone === undefined ? asked : tokenize(askingAlone))) return { kind: 'handoff', lang, question, reason: 'not_stated', score: 0 };
    // ("KANTOn kuntalistassa on Heinävesi, vaikka se kuuluu nykyään Pohjois-Savoon. Miksi se on siinä mukana?": the story tells the "although".)
    if (askingAlone !== undefined && asksWhyDespite(tokenize(askingAlone), storyOf(question, askingAlone))) return { kind: 'handoff', lang, question, reason: 'not_stated', score: 0 };
    // "Onko neuvonta maksutonta?": what is free of charge, unless a passage that says something was free names what is asked
    // ("oliko perhefutis ilmasta osallistujille?": the Perhefutis passage tells of its "maksuttomuus").
    if (asksIfFree(asked) && !freeStatedOf(asked, places.names)) return { kind: 'handoff', lang, question, reason: 'not_stated', score: 0 };
    // "Onko Etelä-Savon 2/2024 haun jälkeen tulossa vielä haku 3/2024?": a call by a number no known call has is one the documents know nothing of.
    // (Not when the number is what is asked: "oliko se etelä-savon kevään haku numero 1/2024 vai 2/2024".)
    if (!asksCallNumber(asked) && !asked.includes('monesko') && callNumbersIn(askedSentence).some((n) => !isKnownCallNumber(n))) {
      return { kind: 'handoff', lang, question, reason: 'no_evidence', score: 0 };
    }
    // "Pohjois-Karjalan haussa oli flat rate. Mikä kustannusmalli oli Etelä-Savon haussa?": the asking sentence's region, when the story names another.
    const askedRegions = findPlaces(asked).regions;
    const region = places.regions.length === 1 ? places.regions[0] : askedRegions.length === 1 ? askedRegions[0] : places.regions.length === 0 ? storyRegion : undefined;
    // "Mistä saan tietää, milloin…?" asks who tells, not when: the section routes answer it.
    // "…kuulin että ELY:llä ois kake-haku. Voiko siihen vielä hakea?": the asking sentence alone says it is about timing, however little it names.
    // "Mihin kellonaikaan mennessä hakemus piti jättää?" asks a time of day, which a call's dates do not tell: a passage must state it.
    const phoneCall = PHONE_CALL.test(question);
    // ("Pääseekö KANTOn kalvoissa kerrottuun Pohjois-Karjalan kake-hakuun vielä mukaan?": where the call is told of names which call, as a place does.)
    const whichCall = (x: string): boolean => places.names.has(x) || sourceTypesOf(x).length > 0 || startsWithAny(x, projectWords) || TOLD.test(x);
    const timing = (w: readonly string[]): boolean => !phoneCall && isCallTimingQuestion(w, whichCall) && !isInfoSourceQuestion(w) && !isClockTimeQuestion(w);
    // "Nurmeksen nuorisoseura kyselee: onko haku vielä auki?": so does the question after a colon.
    const afterColon = /:\s+(.+\?)\s*$/u.exec(question)?.[1];
    // "Kuulin että ELY avasi just kake-haun. Onko se nyt auki?", "…Etelä-Savon kake-hakuun on vielä kesken… Ehditäänkö vielä?":
    // "se", or a deadline word, is about the call the story names.
    // (Not when the asking sentence names a project: "Oliko KANTO silloin jo käynnissä, vai alkoiko se…?")
    const askingWords = askingAlone === undefined ? undefined : tokenize(askingAlone);
    const namesProject = askingWords?.some((w) => w.startsWith('hank') || startsWithAny(w, projectWords)) === true;
    const storyCall =
      askingWords !== undefined && !namesProject && words.some(isCallWord) && askingWords.some((w) => CALL_PRONOUN.test(w) || STILL_IN_TIME.test(w)) ? [[...askingWords, 'haku']] : [];
    // "onko etelä-savon kake-haku vielä auki, vappu tulee välliin ja…": a clause may ask it.
    const clauses = askedSentence.split(/[,;]\s+/u).filter((c) => c !== askedSentence).map(tokenize);
    const parts = [asked, askingWords, afterColon === undefined ? undefined : tokenize(afterColon), ...storyCall, ...clauses];
    // ("Milloin … haun hakijat saavat tietää, onko rahaa myönnetty?": a clause asks when, the sentence asks when the decision comes.)
    // "Kuinka pitkään Koonto-hanke on käynnissä? Saammeko sieltä vielä apua, jos hakemus valmistuu vasta syksyllä 2025?": a sentence
    // asking how long a named project runs is answered by its period, whatever the other sentence says of an application.
    // ("Ehtiikö Koonnon neuvojat vielä silloin auttaa, eli mihin asti se Koonto-hanke kestää?": after ", eli" the question is said again, plainly.)
    const restated = /,\s*eli\s+(.+)$/u.exec(askedSentence)?.[1];
    const askedSentences = [...sentencesOf(askedSentence), ...(restated === undefined ? [] : [restated])].map(tokenize);
    const projectSentence = askedSentences.find((s) => isProjectTimingQuestion(s, projectWords, (w) => places.names.has(w)));
    if (projectSentence !== undefined && askedSentences.length > 1) {
      const projectFirst = projectAnswer(projectSentence, lang, question, ctx.today);
      if (projectFirst !== undefined) return projectFirst;
    }
    if (parts.some((part) => part !== undefined && timing(part)) && !places.otherRegion && !asksDecisionOrEvent(asked)) {
      const calls = callStatus(kb, ctx.today, region);
      // "Milloin on seuraava haku vuonna 2025?": the documents know no call that year, so an adviser answers.
      // A phone number's last digits ("044 715 2060") are not a year.
      const years = tokenize(withoutPhoneNumbers(askedSentence)).filter((w) => /^20\d{2}$/.test(w));
      const inYear = years.length === 0 || calls.some((c) => years.some((y) => c.call.opens.startsWith(y) || (c.call.closes ?? '').startsWith(y)));
      // "Milloin haku 1/2024 oli?": a call by a number no known call has is one the documents know nothing of.
      const numbers = callNumbersIn(askedSentence);
      const knownNumbers = numbers.every(isKnownCallNumber);
      if (!inYear || !knownNumbers) return { kind: 'handoff', lang, question, reason: 'no_evidence', score: 0 };
      // "Pohjois-Savon seuraava haku alkoi 15.1.2024. Mihin päivään asti se haku oli auki?": asked when a past call closed, where no
      // known call of the region says (asked in the present, "Milloin haku päättyy?", the calls' status answers: none is known open).
      // So is a present-tense question about a call it names by when it opened ("Mihin päivään asti kesäkuussa 2024 avattu haku on auki?"),
      // unless it also asks whether the call is still open ("onko se … vielä auki, ja milloin se sulkeutuu?"): the status tells that.
      // ("ELY avasi Itä-Suomen kake-haun 18.6.2024. Mihin päivään asti siihen voi jättää hakemuksia?": the story names the call "siihen" stands for.)
      // ("Luimme ELY-keskuksen kesäkuun 2024 tiedotteen… Mihin päivämäärään mennessä hakemus pitää jättää?": the story names it, the question no other.)
      const naming = askingWords !== undefined && (askingWords.some((w) => CALL_PRONOUN.test(w)) || !askingWords.some(namesTime)) ? words : asked;
      const timesNamed = naming.filter(namesTime);
      const datesNamed = naming.flatMap(isoDateOf);
      // ("ELY:n tiedotteessa kerrottiin että haku on avattu, mutta mihin päivään asti…?": the press release names the call it announces.)
      const namedTypes = new Set(naming.flatMap(sourceTypesOf));
      const named = calls.filter(
        (c) =>
          timesNamed.every((w) => aboutTime(w, documentTimes({ date: c.call.opens, calls: [c.call] })) === true) &&
          datesNamed.every((d) => d === c.call.opens) &&
          (!namedTypes.has('press_release') || documentTypes.get(c.source.docId) === 'press_release'),
      );
      // The call meant: the one of the number named ("2/2024"); of the calls opened in a month named without its year,
      // asked in the present ("milloin kesäkuun haku sulkeutuu"), the latest, not the one of June 2022 (asked in the past,
      // "Milloin kesäkuun haku päättyi?", either may be meant: the status of both tells).
      const namesCall = timesNamed.length > 0 || datesNamed.length > 0 || namedTypes.has('press_release');
      const hasNumberNamed = (c: CallStatusItem): boolean => numbers.some((n) => c.call.name.replace(/\s+/g, '').includes(n));
      const numbered = numbers.length === 0 ? named : named.filter(hasNumberNamed);
      const latestOpening = numbered.reduce((latest, c) => (c.call.opens > latest ? c.call.opens : latest), '');
      const yearNamed = timesNamed.some((w) => /^20\d{2}$/u.test(w)) || datesNamed.length > 0;
      const meant = numbers.length > 0 || yearNamed || !namesCall || asked.some((w) => PAST_TENSE.test(w)) ? numbered : numbered.filter((c) => c.call.opens === latestOpening);
      // ("…hausta vielä: koska on viimeinen hakupäivä?": before a colon, "vielä" adds a question, after it what is asked.)
      const asksIfOpen = (afterColon === undefined ? asked : tokenize(afterColon)).some((w) => ASKS_IF_OPEN.test(w));
      const asksClosing = asked.some((w) => CLOSING_WORD.test(w)) && (asked.some((w) => PAST_TENSE.test(w)) || (namesCall && !asksIfOpen));
      if (asksClosing && meant.length > 0 && meant.every((c) => c.call.closes === undefined && daysSinceOpening(c.call, ctx.today) > RECENT_OPENING_DAYS)) {
        const [call] = meant;
        return { kind: 'handoff', lang, question, reason: 'not_stated', score: 0, ...(call === undefined ? {} : { endUnknown: { name: call.call.name, opens: call.call.opens } }) };
      }
      // "Joko Etelä-Savon haku 2/2024 on auki?": the call named by its number, not every call of the region; a call open
      // (or opened, its end not told) stays, so that the answer never says no call is open when one is.
      const byNumber = numbers.length === 0 ? calls : calls.filter((c) => c.state === 'open' || c.state === 'unknown_end' || hasNumberNamed(c));
      return { kind: 'call_status', lang, question, today: ctx.today, ...(region === undefined ? {} : { region }), calls: byNumber.length > 0 ? byNumber : calls, score: 1 };
    }

    if (isChoiceAdviceQuestion(asked)) return { kind: 'handoff', lang, question, reason: 'no_evidence', score: 0 };

    const project = isProjectTimingQuestion(asked, projectWords, (w) => places.names.has(w)) ? projectAnswer(asked, lang, question, ctx.today) : undefined;
    if (project !== undefined) return project;

    // "Onko Hanna Kääriäinen edelleen töissä…?", "Is it still running?": how things are now, which dated documents cannot tell.
    if (asksPresentState(asked)) return { kind: 'handoff', lang, question, reason: 'not_stated', score: 0 };

    const titled = isTitleQuestion(asked) ? titleAnswer(words, region, lang, question, ctx.today) : undefined;
    if (titled !== undefined) return titled;

    // "Mikä on Etelä-Savon koordinaatiohankkeen nimi?": a region's coordination project is named by its own documents; a region
    // none of them is about has one the documents do not name (the others' are no answer).
    // ("Onko Keski-Suomessa Koonnon kaltaista koordinaatiohanketta, ja mikä sen nimi on?": another region's, named beside ours.)
    if ((region !== undefined || places.otherRegion) && asksCoordinationProjectName(asked)) {
      if (places.otherRegion || region === undefined) return { kind: 'handoff', lang, question, reason: 'not_stated', score: 0 };
      const own = projects.filter((p) => p.doc.meta.regions.includes(region)).sort((a, b) => latestDay(b.doc.meta.date).localeCompare(latestDay(a.doc.meta.date)))[0];
      const first = own?.doc.passages[0];
      if (own === undefined || first === undefined) return { kind: 'handoff', lang, question, reason: 'not_stated', score: 0 };
      return answerWith(lang, question, { ...toAnswer(first, own.doc, new Map()), headings: [own.doc.meta.title] }, own.doc, ctx.today, 1);
    }

    // "mikä numero sillä etelä-savon keväthaulla oli?": the call's number, which its passages give, not a phone number.
    const callNumberAsked = asksCallNumber(asked);
    const analyzed = analyzeQuestion(question, rules, index.vocabulary, callNumberAsked ? (w) => /^numero/u.test(w) : undefined, (w) => places.words.has(w));
    lastExplain = { analyzed, ranked: [] };

    // "Voiko yritys hakea?": the passage that says who may apply answers it, for any actor asked about.
    // The asking sentence's, when a story comes first ("We're a small foundation supporting young people… Can foundations apply?").
    const askedForms = new Set(asked.map((w) => normalizeWord(w, lang)));
    // Where the asker is from ("ollaan Kainuusta", "me ollaan kajaanista") is not who they are.
    const from = new Set([...places.otherWords, ...whereFrom(words)]);
    // A glossary phrase's place words ("Etelä-Savon ELY") name where, not who, as a lone place does.
    const content = analyzed.concepts
      .filter((c) => c.surface.split(' ').some((w) => askedForms.has(normalizeWord(w, lang))))
      .map((c) => c.surface.split(' ').filter((w) => !places.names.has(w) && !from.has(w)).join(' '))
      .filter((s) => s !== '');
    // "Kuulin Työelämän avaimet -hankkeesta. Kenelle hanke oli tarkoitettu?": whom an earlier project was for, not who may apply.
    const namesExampleProject = exampleProjectWords(question, projectWords).size > 0;
    const eligibility = !namesExampleProject && (isEligibilityQuestion(asked, content) || isCallAreaQuestion(asked)) ? eligibilityPassages.find((e) => region === undefined || e.doc.meta.regions.includes(region)) : undefined;
    if (eligibility !== undefined) {
      return answerWith(lang, question, toAnswer(eligibility.passage, eligibility.doc, termWeights(analyzed.concepts)), eligibility.doc, ctx.today, 1);
    }
    // "Mistä sanoista ESR tulee?": the passage that writes the abbreviation out.
    const abbreviation = abbreviationAsked(asked, writtenOut);
    const expansion = abbreviation === undefined ? undefined : writtenOut.get(abbreviation);
    if (expansion !== undefined) return answerWith(lang, question, toAnswer(expansion.passage, expansion.doc, termWeights(analyzed.concepts)), expansion.doc, ctx.today, 1);
    // "…Pallokissojen KaMu-hanke. Mistä sanoista se KaMu tulee?": the words of an abbreviation nothing explains are not stated.
    const unwritten = abbreviationsWordsAsked(question, asked).filter((a) => !explained(a));
    // ("mitä kamu tarkottaa pallokissojen hankkeen nimessä": what one the documents use but never write out means, typed in lower case.)
    // (The abbreviations are gathered only once a question asks what something means.)
    const meaningUnexplained = abbreviationsMeaningAsked(asked, { has: (a) => unexplainedAbbreviations().has(a) });
    if (abbreviation === undefined && (unwritten.length > 0 || meaningUnexplained.length > 0)) return { kind: 'handoff', lang, question, reason: 'not_stated', score: 0 };
    if (analyzed.concepts.length === 0) {
      if (places.words.size > 0) return { kind: 'handoff', lang, question, reason: 'no_evidence', score: 0 };
      return { kind: 'invalid', lang, question, reason: 'no_words', score: 0 };
    }
    const context = contextOf(analyzed, places, question, askingAlone, asked, projectWords);
    const ranked = rank(analyzed, region, context);
    lastExplain = { analyzed, ranked };
    const best = ranked[0];
    // The kind of passage that answers this kind of question (what a coordination project offers, earlier projects...), if any.
    const route = sectionRoutes.find((r) => r.asks(asked, places, namesExampleProject));
    // "Do you have examples of funded projects for young people?" asks for earlier projects, not whether an idea fits.
    // "How much funding in total is available in the call?" asks an amount, not whether something fits.
    // "Käykö KANTOn väki myös täällä…?" asks whether the advisers come, not whether something fits.
    const advisingWhere = isAdviceWhereQuestion(asked, projectWords);
    // ("…onko siinä kesäkuun tiedotteessa joku linkki": whether the press release has a link asks for the link.)
    const fit = isFitQuestion(asked, known) && !isExampleQuestion(asked) && !isQuantityQuestion(asked) && !isLimitQuestion(asked) && !advisingWhere && !isWebAddressQuestion(asked);
    // Questions the passages do not answer outright, but a kind of passage does: does an idea fit, what does a coordination project offer.
    const byKind = (): Decision | undefined => {
      if (places.otherRegion) return undefined;
      if (fit) return fitAnswer(analyzed, context, ranked, region, asksIdeaFit(asked), lang, question, askedSentence, ctx.today);
      return route === undefined ? undefined : routeAnswer(route, asked, places, analyzed, context, ranked, lang, question, ctx.today);
    };
    // Another region's matters are not ours, unless the passage itself is about it (an example project in Lapland).
    const otherRegionConcepts = analyzed.concepts.flatMap((c, i) => (c.surface.split(' ').some((w) => places.otherWords.has(w)) ? [i] : []));
    const restCovered = (hit: Ranked, leaveOut: readonly number[]): number => {
      const rest = analyzed.concepts.flatMap((c, i) => (leaveOut.includes(i) ? [] : [[i, c.weight] as const]));
      const total = rest.reduce((s, [, w]) => s + w, 0);
      return total === 0 ? 0 : rest.reduce((s, [i, w]) => s + (hit.quality[i] ?? 0) * w, 0) / total;
    };
    const aboutOtherRegion =
      places.otherRegion &&
      (best === undefined || otherRegionConcepts.length === 0 || otherRegionConcepts.some((i) => !best.found.includes(i)) || restCovered(best, otherRegionConcepts) < thresholds.answer);
    if (best === undefined || aboutOtherRegion) return byKind() ?? { kind: 'handoff', lang, question, reason: 'no_evidence', score: best?.coverage ?? 0 };

    const score = round(best.coverage);
    // "KANTOn kuvauksen mukaan Pohjois-Karjalassa on yli 3800 yhdistystä. Paljonko niistä on kyläyhdistyksiä?":
    // a story that repeats a fact makes the fact's passage look covered; the asking sentence's own words must be in it too.
    /** The share of the weight of the question's concepts `counts` picks that the passage has (1 when it picks none). */
    const foundShare = (hit: Ranked, counts: (concept: Concept, i: number) => boolean): number => {
      let total = 0;
      let found = 0;
      analyzed.concepts.forEach((c, i) => {
        if (!counts(c, i)) return;
        total += c.weight;
        found += (hit.quality[i] ?? 0) * c.weight;
      });
      return total === 0 ? 1 : found / total;
    };
    const askedCoverage = (hit: Ranked): number => {
      if (askingAlone === undefined) return 1;
      const askingConcepts = new Set(analyzeQuestion(askingAlone, rules, index.vocabulary, undefined, (w) => places.words.has(w)).concepts.map((c) => c.surface));
      return foundShare(hit, (c) => askingConcepts.has(c.surface));
    };
    // "Pohjois-Savon Liikunnan 169 jäsenestä lähes kaikki ovat urheiluseuroja. Mitä muita jäseniä sillä on?": asked for others when every
    // line of the passage that has the asking sentence's words is one the story already repeats, the passage has none to tell.
    // (Asked for the others: "Kenen y-tunnus tää on?" after the number asks whose it is, which the passage's other lines tell.)
    const asksOthers = askingWords?.some((w) => OTHERS.test(w)) === true;
    const story = asksOthers && askingAlone !== undefined && question.includes(askingAlone) ? question.replace(askingAlone, ' ') : undefined;
    const repeatsStory = (hit: Ranked): boolean => {
      if (story === undefined || askingAlone === undefined) return false;
      const told = new Set(terms(story));
      // (Not the words naming what the passage is about, in its heading: "Pohjois-Savon Liikunnalla".)
      const heading = new Set(terms(hit.passage.headings.join(' ')));
      const asked = terms(askingAlone).filter((t) => !heading.has(t));
      const lines = passageLines(hit.passage).map((line) => new Set(terms(line)));
      const asking = lines.filter((line) => asked.some((t) => line.has(t)));
      return asking.length > 0 && asking.every((line) => line.size >= QUOTED_MIN_TERMS && [...line].filter((t) => told.has(t)).length >= line.size * QUOTED_SHARE);
    };
    // Asked, say, what a coordination project offers: its own passage for that, if one names the topic, rather than one elsewhere.
    // Any route the question is of (it may be of two: "Can we get advice from KANTO, or is Lieksa outside its area?") may have a passage that settles it.
    // (Not when it asks where advice is given: "Pitääkö meidän lähteä Joensuuhun asti…, vai tuleeko ne tänne?" is not settled by the area list.)
    const settled = sectionRoutes
      .filter((r) => r.settles !== undefined && r.asks(asked, places, namesExampleProject) && !advisingWhere)
      .flatMap((r) => ranked.filter((h) => r.accepts(h.passage, h.doc, asked, places) && r.settles?.(h.found.map((i) => analyzed.concepts[i]?.surface ?? ''), places) === true))[0];
    // …unless the best passage covers clearly more of the question ("voiks kanton neuvojaa moikata teamsissa vai pitääkö ajaa joensuuhun asti": Teams, not the area list).
    if (settled !== undefined && best.coverage <= settled.coverage * SETTLED_MARGIN) {
      return answerWith(lang, question, toAnswer(settled.passage, settled.doc, termWeights(analyzed.concepts)), settled.doc, ctx.today, round(settled.coverage));
    }
    if (route !== undefined && !route.accepts(best.passage, best.doc, asked, places)) {
      // A best passage that matched only the question's frame words ("mitä Koonto tarjoaa yhdistyksille?") says nothing the route's own does not.
      // Asked where advice is given, the towns named are where the asker is and would travel, not what is asked ("me ollaan ilomantsista, tuleeko kanton neuvoja tänne…?").
      const routeContext = advisingWhere ? { ...context, places: [...context.places, ...conceptsOfWords(analyzed.concepts, (w) => places.municipalities.has(w))] } : context;
      const bestTopic = namedAmong((p) => p === best.passage, analyzed, ranked, route.frame, routeContext)?.weight ?? 0;
      const routed = routeAnswer(route, asked, places, analyzed, context, ranked, lang, question, ctx.today, bestTopic > 0 ? bestTopic * ROUTE_MARGIN : undefined);
      if (routed !== undefined) return routed;
    }
    // Asked whether the call emphasises something, an item of its emphasised contents that names it answers, unless the best passage names it better.
    if (fit && !fitPassages.has(best.passage)) {
      const bestTopic = namedAmong((p) => p === best.passage, analyzed, ranked, FIT_FRAME, context)?.weight ?? 0;
      const fitTopic = namedAmong((p) => fitPassages.has(p), analyzed, ranked, FIT_FRAME, context)?.weight ?? 0;
      if (fitTopic > 0 && fitTopic >= bestTopic * ROUTE_MARGIN) {
        const fitted = fitAnswer(analyzed, context, ranked, region, asksIdeaFit(asked), lang, question, askedSentence, ctx.today);
        if (fitted !== undefined) return fitted;
      }
    }
    const weights = termWeights(analyzed.concepts);
    const runnerUp = ranked.find((r) => r.ref !== best.ref && excerptDiffers(r, best))?.coverage ?? 0;
    // A long word the documents never use ("tietosuojaseloste") is likely what is asked: standing out among weak passages is not enough then.
    // (Not one in the story before the question: "Meidän eläkeläisyhdistys Polvijärvellä… Mikä se oli?")
    // (Nor the asker's own kind of association: "…sähköposti, meidän maahanmuuttajayhdistys haluis varata ajan".)
    const isUnknownTopic = (c: Concept, i: number): boolean =>
      c.unknown && c.asker !== true && !best.found.includes(i) && c.surface.length >= UNKNOWN_TOPIC_LENGTH && !c.surface.includes(' ') && !looksLikeVerb(c.surface) && (askingWords?.includes(c.surface) ?? true);
    const unknownTopic = analyzed.concepts.some(isUnknownTopic);
    // "milloin pohjois-savon sosiaaliturvayhdistys on perustettu": a passage about another of the region's organisations
    // (Pohjois-Savon Liikunta, "perustettu 7.10.1997") stands out only by the asked word; the organisation named is not in it.
    // However much else of the question it covers, it does not answer ("montako jäsentä pohjois-savon sosiaaliturvayhdistyksellä on": Liikunta's 169 members).
    const nameMissing = analyzed.concepts.some((c, i) => (best.quality[i] ?? 0) === 0 && c.surface.split(' ').some((w) => places.words.has(w)) && !context.places.includes(i));
    // "Pitääkö kake-hankkeella olla ohjausryhmä?": the heaviest word asked found only as part of a compound ("ohjaus- ja valmennuspalvelua") is not what is asked.
    const heaviest = analyzed.concepts.reduce<number | undefined>((h, c, i) => (h === undefined || c.weight > (analyzed.concepts[h]?.weight ?? 0) ? i : h), undefined);
    const heaviestQuality = heaviest === undefined ? 1 : (best.quality[heaviest] ?? 0);
    const partialTopic = heaviestQuality > 0 && heaviestQuality < PARTIAL_TOPIC;
    // "…THL:n osallisuusindikaattorilla… Mitä kysymyksiä siinä mittarissa on ja miten se pisteytetään?": a passage with one of three or
    // more things asked, while a word no document uses goes unanswered, does not stand out (in English such words are as often filler: "put in").
    // (A region the passage's document is about counts as found: "Kuinka suuri osa kustannuksista katetaan tuella Pohjois-Savossa?")
    const foundAt = (i: number): boolean => best.found.includes(i) || context.places.includes(i);
    const alone = lang === 'fi' && analyzed.concepts.length >= 3 && analyzed.concepts.filter((_, i) => foundAt(i)).length < 2 && analyzed.concepts.some((c, i) => c.unknown && !foundAt(i));
    const standsOut = !alone && !unknownTopic && !nameMissing && !partialTopic && best.coverage >= thresholds.distinct && best.coverage >= runnerUp * thresholds.margin;
    // "Kuinka pitkä hanke voi olla?": a question naming only words that frame every question is covered by any passage
    // ("Mikä on KAKE?" names the thing to define, however common).
    const named = analyzed.concepts.reduce((sum, c) => sum + c.weight, 0) >= MIN_QUESTION_WEIGHT * index.vocabulary.idf(1) || isDefinitionQuestion(analyzed.words);
    // "Montako ihmistä KANTOon lopulta osallistui?": a plan ("Suunniteltu: 50") does not say what came true.
    // ("Saatiinko Kuopioon lopulta pysyvä tila?": a passage telling only what was aimed at does not say what came of it.)
    if (asksOutcome(asked) && (outcomeStated(best.passage, weights) === false || (asksFinalResult(asked) && statesOnlyAim(best.passage, weights)))) return { kind: 'handoff', lang, question, reason: 'not_stated', score };
    // "Milloin KANTO järjestää seuraavan infotilaisuuden?": an event's date is in the lines that tell of events, not anywhere in the passage.
    if (isDateQuestion(asked) && asked.some(isEventWord) && !passageLines(best.passage).some((line) => tokenize(line).some(isEventWord) && statesDate(line))) {
      return { kind: 'handoff', lang, question, reason: 'not_stated', score };
    }
    // "Saatiinko Kuopioon lopulta pysyvä tila…?": what finally came of a thing the passage does not name ("pysyvä") is not told there.
    // (A document named as where it is told, "EURA-kuvauksen mukaan", is no thing that came of anything.)
    const sourceConcepts = new Set(context.sources.map((s) => s.concept));
    if (asksFinalResult(asked) && analyzed.concepts.some((c, i) => !c.unknown && !sourceConcepts.has(i) && c.weight >= FINAL_THING_WEIGHT * (analyzed.concepts[heaviest ?? 0]?.weight ?? 0) && (best.quality[i] ?? 0) === 0)) {
      return { kind: 'handoff', lang, question, reason: 'not_stated', score };
    }
    // "Kuinka monta nuorta Hanaa!-hankkeeseen osallistui?": a passage about it that counts no young people does not answer.
    // In English, the Finnish words the glossary gives for the thing counted ("How many projects…?": "hanke").
    const countedEn = lang === 'en' ? countedWordEn(asked, isNoiseWord) : undefined;
    const counted = lang === 'fi' ? countedWord(asked, isNoiseWord) : undefined;
    const countedForms =
      counted !== undefined
        ? // (And the official word the glossary gives for it: "montako yhistystä" counts "yhdistystä".)
          [counted, ...analyzed.concepts.filter((c) => c.surface.split(' ').includes(counted)).flatMap((c) => c.alternatives.flatMap((a) => (a.length === 1 && a[0] !== undefined && a[0].length >= 3 ? [a[0]] : [])))]
        : countedEn === undefined
          ? []
          : // (Not a glossary phrase with "how many", whose term says what is asked: "how many days" is a call's period.)
            analyzed.concepts.filter((c) => c.surface === countedEn).flatMap((c) => c.alternatives.map((a) => a[0] ?? '').filter((a) => a.length >= 3));
    // "Montako yhdistystä KANTO ehti neuvoa?", "How many associations did KANTO help…?": a count of those a project helped, which a
    // count of those that exist ("yli 3800 … yhdistystä") does not give; the sentence counting them must say they were helped.
    const countsHelped = countedForms.length > 0 && asked.some((w) => HELPED_ASKED.test(w));
    const countsIt = (r: Ranked): boolean =>
      countedForms.some((form) => (countsHelped ? sentencesOf(passageText(r.passage)).some((s) => HELPED_STATED.test(s) && statesCountOf(s, form)) : statesCountOf(passageText(r.passage), form)));
    if (countedForms.length > 0 && !countsIt(best)) {
      // Another close candidate that gives the count answers ("n. 5 000 järjestöä" in the target group's passage;
      // "yli 3800 … yhdistystä" when the funding table, which counts euros, ranked first).
      const counting = ranked.find((r) => r.coverage >= Math.min(thresholds.answer, best.coverage * COUNTING_SHARE) && countsIt(r));
      if (counting === undefined) return { kind: 'handoff', lang, question, reason: 'not_stated', score };
      return answerWith(lang, question, toAnswer(counting.passage, counting.doc, weights), counting.doc, ctx.today, round(counting.coverage));
    }
    // "Hanaa!-hanke tehtiin seitsemän järjestön voimin. Mitkä ne järjestöt olivat?": a passage that only counts them does not name them.
    if (asksToNameCounted(question) && !best.passage.blocks.some((b) => b.kind === 'list')) return { kind: 'handoff', lang, question, reason: 'not_stated', score };
    // "Milloin Etelä-Savon 2/2024 haun rahoituspäätökset tehdään?": the region, year and call are where to look; what is asked must be found too.
    // A call's number ("2/2024") names the call too.
    const callNumberMatches = [...question.matchAll(CALL_NUMBER)];
    const callNumbers = new Set(callNumberMatches.map((m) => m[1] ?? ''));
    const numberConcepts = analyzed.concepts.flatMap((c, i) => (callNumbers.has(c.surface) ? [i] : []));
    // "Olemme Juvalla… Etelä-Savon 2/2024 hakuun. Onko siinä käytössä flat rate…?": a call named by its number is the call asked about;
    // what a document of another region's call states (Pohjois-Karjala's "flat rate 40 % tai 7 %") is not stated for it.
    const namedCalls = callsNumberedIn(question);
    // (Not when the region asked about is another: "Etelä-Savon kevään haku oli numero 2/2024. Mikä … Pohjois-Karjalan … haulla…?")
    const callAsked = namedCalls.length > 0 && (region === undefined || namedCalls.some((call) => call.region === region));
    if (callAsked && !namedCalls.some((call) => best.doc.meta.regions.includes(call.region))) return { kind: 'handoff', lang, question, reason: 'not_stated', score };
    const contextConcepts = new Set([...context.places, ...context.times, ...context.sources.map((s) => s.concept), ...context.calls, ...numberConcepts]);
    const topicCoverage = foundShare(best, (_, i) => !contextConcepts.has(i));
    // "Voiko sen 20 % omarahoitusosuuden kattaa talkootyöllä?": a figure the question gives is what it already knows;
    // a passage that states the figure must also have the rest of what is asked.
    // (Not when the passage states another figure: "Riittääkö, että yhdistys maksaa itse 10 %?")
    const figures = statedFigures(question, analyzed.concepts);
    const givesFigure = best.found.some((i) => figures.has(i) && /^\d/.test(analyzed.concepts[i]?.surface ?? ''));
    const beyondFigures = givesFigure ? foundShare(best, (_, i) => !figures.has(i) && !contextConcepts.has(i)) : 1;
    /** Whether the best passage has what an answer needs besides its coverage: the asking sentence's words, the topic, more than the figures given. */
    const bestHolds = (): boolean => named && askedCoverage(best) >= ASKED_COVERAGE && topicCoverage >= TOPIC_COVERAGE && beyondFigures >= FIGURE_REST_COVERAGE;
    // Asked how many, the best passage giving the count answers as a close one would in its place (above):
    // "koonnon kalvoissa oli joku arvio montako järjestöä…" (not what finally came of something: "Montako … lopulta neuvoi…?").
    const countsAsked = countedForms.length > 0 && best.coverage >= thresholds.clarify && !asksOutcome(asked);
    // "voiko omarahoitusosuuden kattaa talkootyöllä": whether a cost or a way of paying the documents never mention is allowed is an adviser's to say.
    // (Not a cost named as what is not wanted: "…laskea jonain prosenttina eikä kuitteja jokaisesta?")
    if (lang === 'fi' && isCostQuestion(asked)) {
      const unwanted = new Set(asked.filter((_, i) => i > 0 && /^(eikä|ei|ilman)$/u.test(asked[i - 1] ?? '')));
      const unknownCost = analyzed.concepts.some((c, i) => c.unknown && !best.found.includes(i) && c.surface.split(' ').some((w) => isCostWord(w) && !unwanted.has(w)));
      if (unknownCost) return { kind: 'handoff', lang, question, reason: 'no_evidence', score };
      // "Voiko STEA:n rahalla kattaa omarahoitusosuuden?": money from a funder the documents never name.
      const unknownWords = new Set(analyzed.concepts.filter((c) => c.unknown).map((c) => c.surface));
      const funderBefore = (i: number): string => (/^\p{L}{1,2}$/u.test(asked[i - 1] ?? '') ? (asked[i - 2] ?? '') : (asked[i - 1] ?? ''));
      if (asked.some((w, i) => PAID_WITH.test(w) && unknownWords.has(funderBefore(i)))) return { kind: 'handoff', lang, question, reason: 'no_evidence', score };
    }
    if ((best.coverage >= thresholds.answer || standsOut || countsAsked) && bestHolds() && !nameMissing) {
      if (repeatsStory(best)) return { kind: 'handoff', lang, question, reason: 'not_stated', score };
      const fitCheck: Notice[] = isFitHeading(best.passage.headings) && fit ? [{ kind: 'fit_check' }] : [];
      // Asked how many, the sentence giving the count is shown.
      const givesCount = countedForms.length > 0 ? (sentence: string): boolean => countedForms.some((form) => statesCountOf(sentence, form)) : undefined;
      return answerWith(lang, question, toAnswer(best.passage, best.doc, weights, undefined, givesCount), best.doc, ctx.today, score, fitCheck);
    }
    // "mikä numero oli etelä-savon kevään haulla": of the call's passages alike, the one naming its number ("hankehaku 2/2024") answers.
    if (callNumberAsked) {
      const numbered = ranked.find((r) => r.coverage >= thresholds.clarify && r.coverage >= best.coverage - FOCUS_MARGIN && CALL_NUMBER_AT.test(`${r.passage.headings.join(' ')} ${passageText(r.passage)}`));
      if (numbered !== undefined) return answerWith(lang, question, toAnswer(numbered.passage, numbered.doc, weights), numbered.doc, ctx.today, round(numbered.coverage));
    }
    const kindAnswer = byKind();
    // "Onko Pohjois-Karjalan 2022 haun osallistujaseurannassa joku vähimmäisaika…?" reads as "is it in the call?", but the
    // participant-tracking slide covers it twice as well as any emphasised content names it: that passage answers.
    const fitGivesWay = fit && kindAnswer?.kind === 'answer' && kindAnswer.score < best.coverage * FIT_GIVES_WAY && best.coverage >= thresholds.distinct && bestHolds();
    if (fitGivesWay) return answerWith(lang, question, toAnswer(best.passage, best.doc, weights), best.doc, ctx.today, score);
    if (kindAnswer !== undefined) return kindAnswer;
    const candidates = ranked.filter((r) => r.coverage >= thresholds.clarify).slice(0, 3);
    // "Kuka on Pohjois-Savon Liikunnan toiminnanjohtaja?": a question of two things, one of which no candidate has, is not ambiguous but unanswered.
    const together = analyzed.concepts.length > 2 || analyzed.concepts.every((_, i) => candidates.some((c) => c.found.includes(i)));
    // "Mikä on omarahoitusosuus Etelä-Savon 2/2024 haussa?": a call named by its number matches every passage of its document by the
    // title, so the region's passages come up as choices; when none of them has the glossary's term at the heart of the question (the
    // documents state it for another call: "Mikä flat rate -prosentti on käytössä Etelä-Savon 2/2024 haussa?"), there is no choice.
    const regionsOwn = candidates.filter((c) => region === undefined || c.doc.meta.regions.includes(region));
    const offTopic =
      candidates.length >= 2 &&
      numberConcepts.length > 0 &&
      regionsOwn.length > 0 &&
      heaviest !== undefined &&
      analyzed.concepts[heaviest]?.own !== undefined &&
      !contextConcepts.has(heaviest) &&
      !regionsOwn.some((r) => r.found.includes(heaviest));
    if (offTopic) return { kind: 'handoff', lang, question, reason: 'not_stated', score };
    // "Milloin … haun rahoituspäätökset tehtiin?": a long word the documents never use is what is asked, and no choice has it.
    // (Not a compound whose last part they use, which names a kind of what they tell of: "kansalaistoimijahaku" is a call.)
    const unknownAsked = analyzed.concepts.some((c, i) => isUnknownTopic(c, i) && !endsWithKnownWord(c.surface));
    // "Do we need accident insurance for our volunteers at summer events…?": in English, words no document uses that weigh more
    // than what the best choice has of the question are what is asked ("accident insurance"), and no choice has them.
    const unknownWeight = analyzed.concepts.reduce((sum, c, i) => sum + (c.unknown && !best.found.includes(i) ? c.weight : 0), 0);
    const foundWeight = analyzed.concepts.reduce((sum, c, i) => sum + (best.found.includes(i) ? c.weight * (best.quality[i] ?? 0) : 0), 0);
    const unknownEnglish = lang === 'en' && analyzed.concepts.filter((c) => c.unknown).length >= 2 && unknownWeight > foundWeight;
    if (candidates.length >= 2 && together && !isCostQuestion(asked) && !unknownAsked && !unknownEnglish) {
      // Each choice shows its lines that match the question ("Vastuuviranomainen: …" in a list of ten), not just its start.
      return { kind: 'clarify', lang, question, candidates: candidates.map((c) => toAnswer(c.passage, c.doc, weights, CANDIDATE_EXCERPT_CHARS)), score };
    }
    return { kind: 'handoff', lang, question, reason: 'no_evidence', score };
  };

  /** Whether a compound's last part (four letters or more) is a word of the documents: "kansalaistoimijahaku" ends in "haku". */
  const endsWithKnownWord = (word: string): boolean => {
    for (let k = 3; k <= word.length - 4; k += 1) {
      const tail = stem(word.slice(k));
      if (tail.length >= 3 && index.vocabulary.documentFrequency(tail) > 0) return true;
    }
    return false;
  };

  const answerFromPassage = (passageId: string, question: string, ctx: AskContext): Decision => {
    const lang = detectLanguage(tokenize(question));
    const found = passages.get(passageId);
    if (found === undefined) return { kind: 'handoff', lang, question, reason: 'no_evidence', score: 0 };
    const analyzed = analyzeQuestion(question, rules, index.vocabulary);
    return answerWith(lang, question, toAnswer(found.passage, found.doc, termWeights(analyzed.concepts)), found.doc, ctx.today, 1);
  };

  return { decide, answerFromPassage, index, explain: () => lastExplain };
}

/**
 * The share of the question's weight (of `total`) that the passage's best single sentence or list
 * item has: how much of the question it says in one place.
 */
function focusOf(passage: Passage, concepts: readonly { weight: number; terms: ReadonlyMap<string, number> }[], total: number): number {
  if (total === 0) return 0;
  // Only a word that starts as one of the question's terms can stem to it (Finnish stems strip endings): the rest are not stemmed.
  const starts = new Set(concepts.flatMap((c) => [...c.terms.keys()].map((t) => t.slice(0, FOCUS_PREFIX))));
  let best = 0;
  for (const unit of passageLines(passage)) {
    const unitTerms = new Set(contentWords(unit).flatMap((w) => (starts.has(w.slice(0, FOCUS_PREFIX)) ? [stem(w)] : [])));
    let sum = 0;
    for (const c of concepts) {
      let q = 0;
      for (const [t, w] of c.terms) if (w > q && unitTerms.has(t)) q = w;
      sum += q * c.weight;
    }
    if (sum > best) best = sum;
  }
  return best / total;
}

/** Paid with money of some kind: "rahalla", "avustuksella", "tuella". */
const PAID_WITH = /^(rahalla|rahoilla|rahoituksella|rahotuksella|avustuksella|avustuksilla|tuella|tuilla|rahoitusosuudella)$/u;

/**
 * The kind of fact a question asks for, when it asks for one a passage may lack: a reason, another way
 * than the usual one, a limit, an amount or a sum, kinds of cost, a street address, a place, a time of
 * day, a contact, a person, an organisation, a web address, a year, a date.
 */
function wantedKind(words: readonly string[]): FactKind | undefined {
  if (isReasonQuestion(words)) return 'reason';
  // ("Keneltä KANTOsta voi kysyä, jos projektipäällikkö ei ole tavoitettavissa?": whom else to ask is a contact.)
  if (isExceptionQuestion(words) && !isContactQuestion(words)) return 'exception';
  if (isLimitQuestion(words)) return 'limit';
  if (isPercentQuestion(words)) return 'percent';
  if (isFrequencyQuestion(words)) return 'frequency';
  // "Monesko haku?" asks for an ordinal, which may be a call number (2/2024), not an amount.
  if (isQuantityQuestion(words) && !words.includes('monesko')) return isMoneyQuestion(words) ? 'money' : 'amount';
  if (isCostItemsQuestion(words)) return 'costs';
  // ("the kanto office is in rantakatu 23 … right, what are opening hours": an address the question gives is not what it asks.)
  if (isClockTimeQuestion(words) && statesStreetAddress(words.join(' '))) return 'clock';
  if (isStreetAddressQuestion(words)) return 'street';
  if (isPlaceQuestion(words)) return 'place';
  if (isClockTimeQuestion(words)) return 'clock';
  if (isContactQuestion(words)) return 'contact';
  if (isPersonQuestion(words)) return 'person';
  if (isOrganisationQuestion(words)) return 'organisation';
  if (isPartnerQuestion(words)) return 'partner';
  if (isWebAddressQuestion(words)) return 'web';
  if (isYearQuestion(words)) return 'year';
  return isDateQuestion(words) ? 'date' : undefined;
}

/** When the document's newest call opened; a document without calls by its date ("2024" counts as its first day). */
function callRecency(doc: KnowledgeDocument): string {
  const opens = doc.meta.calls.map((c) => c.opens).sort();
  return opens[opens.length - 1] ?? `${doc.meta.date}-01-01`.slice(0, 10);
}

/** Words of a fit question that frame it ("sopiiko tähän rahoitukseen?") rather than name the idea. */
const FIT_FRAME = /^(sop|käy|kävi|kelpa|soveltu|tue|tuki|tuke|rahoit|rahot|raha|hanke|hank|kake|esr|haku|hake|hae|saada|saa|painopist|fit|suitab|eligib|qualif|fund|money|grant|project|call)/;

/** A question kind's own passage naming the topic wins over another passage naming it up to this much better. */
const ROUTE_MARGIN = 0.8;

interface SectionRoute {
  /** `projectNamed`: the question names an earlier project ("Hanaa!-hanke"), whose own passage tells of it. */
  asks(words: readonly string[], places: PlaceMentions, projectNamed: boolean): boolean;
  accepts(passage: Passage, doc: KnowledgeDocument, words: readonly string[], places: PlaceMentions): boolean;
  frame: RegExp;
  /** A passage of the route that, found for the question, answers it whatever else matched better ("Kuuluuko Lieksa KANTOn alueeseen?" and the list naming Lieksa). */
  settles?(found: readonly string[], places: PlaceMentions): boolean;
}

/** A document's passages whose headings pass the test. */
function sectionOf(doc: KnowledgeDocument, isHeading: (headings: readonly string[]) => boolean): Passage[] {
  return doc.passages.filter((p) => isHeading(p.headings));
}

/**
 * Whether a help question is about the place the association is in: the asking sentence names the
 * municipality ("Lapinlahdelta ollaan, saadaanko Koonnolta apua?"), or the story does and the asking
 * sentence asks nothing more than help ("We're a sports club in Joroinen. Can Koonto help us?").
 * A story's municipality is where the association is, not what it asks, when the sentence asks
 * about something ("…Polvijärvellä… Tukeeko KANTO yhteistyötä kunnan kanssa?").
 */
function asksHelpWhere(words: readonly string[], places: PlaceMentions): boolean {
  if (words.some((w) => places.municipalities.has(w))) return true;
  return places.municipalities.size > 0 && words.every((w) => isNoiseWord(w) || HELP_FRAME.test(w) || places.names.has(w));
}

/** Asked how many a project helped, advised or funded ("ehti neuvoa", "auttoi", "did KANTO help"). */
const HELPED_ASKED = /^(neuvo(?!nta|nna|nno|ja|jien)\p{L}*|autto\p{L}*|auttoi|auttanut|auttaneet|auttaa|autettiin|avusti\p{L}*|tuki|tukenut|tuettiin|rahoitettiin|rahoitti|ehti|ehtivät|helped|help|advised|advise|supported|funded|assisted|reached)$/u;
/** A sentence saying some were helped, advised, funded or took part. */
const HELPED_STATED = /(neuvo|autet|autto|avust|tuettu|tuettiin|rahoitet|rahoitti|myönnet|osallistu|tavoitet|helped|advised|supported|funded|reached|took part)/iu;

/** The question and stop words that have "ä" or "ö", by how they are typed without them ("mita" → "mitä"); not one that is a word as typed. */
const QUESTION_WORDS_TYPED: ReadonlyMap<string, string> = new Map(
  [...QUESTION_WORDS_FI, ...FINNISH_STOP_WORDS_WITH_UMLAUTS]
    .filter((w) => /[äö]/u.test(w))
    .map((w) => [withoutUmlauts(w), w] as const)
    .filter(([typed]) => !QUESTION_WORDS_FI.has(typed) && !isFinnishStopWord(typed)),
);

/** The shortest stem that makes a respelled word known by its stem alone. */
const MIN_UMLAUT_STEM = 4;

/** A message without control characters (each a space) or the spaces around it: the question decided on. */
function cleanQuestion(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, ' ').trim();
}

/** The member's own text for a decision's question, cleaned and cut as the question decided on is. */
function asTyped(typed: string): string {
  return cleanQuestion(typed).slice(0, MAX_QUESTION_CHARS);
}

/** A verbal noun ("kirjoittamisessa", "täyttäminen"): an action asked help with, not a thing the documents lack. */
const VERBAL_NOUN = /^\p{L}{3,}[aeiouyäö]mi(nen|s\p{L}*)$/u;

/** Words of an advice-where question that frame it ("pitääkö meidän lähteä joensuuhun, vai tuleeko ne tänne?"). */
const ADVICE_WHERE_FRAME = /^(lähte|läht|matk|ajaa|ajam|tule|käy|liikku|paika|pääl|tänne|luoks|kauka|laida|laita|reuna|syrjä|asti|far|distan|tyyp|neuvo|väki|kanto|koonto|hank|travel|visit|come|advi|staff|region|around|work|only)/;

/** Words of an information-source question that frame it ("mistä saan tietää…?"). */
const INFO_FRAME = /^(mist|saan|saa|saadaan|kuul|tietä|tiedo|tieto|löydä|löytä|seura|ilmoite|tiedote|where|find|hear|know|learn)/;

/** Words of a results question that frame it ("mitä KANTOn ansiosta on saatu aikaan?"). */
const RESULTS_FRAME = /^(tulo|tulos|saatu|saatiin|saavut|ansio|myötä|parantu|parani|vahvistu|lisäänty|tiivisty|kasvan|aika|aikaan|hyöty|kanto|koonto|hank|result|achiev|outcome|impact|improv|project)/;

/** Words of an example-project question that frame it ("onko vastaavaa tehty aiemmin?"). */
const EXAMPLE_FRAME = /^(aiem|aikaisem|esimerk|kokemu|vastaav|tehty|tehd|toteut|kokeil|hank|kake|project|previous|earlier|ever|example|before|done)/;
/** Words of an area question that frame it ("kuuluuko X alueeseen?"). */
const AREA_FRAME = /^(alue|kuulu|katta|kunna|kunta|kuntia|seutukun|maakun|koonto|kanto|hank|within|area|cover|municipal|town|region|project)/;

/** Words of a help question that frame it ("voiko KANTO auttaa meitä?") rather than name what help is needed with. */
const HELP_FRAME = /^(aut|apu|apua|avu|tuke|tuki|tue|neuvo|tarjo|opast|ohja|saada|saa|kanto|koonto|koordinaatio|hank|yhdisty|help|support|advi|offer|assist|guid|project|association)/;

/** Quotes compare without case, emphasis marks and spacing. */
function normalizeQuote(s: string): string {
  return s.toLowerCase().replace(/[*_`]/g, '').replace(/\s+/g, '');
}

/** Two hits are alternatives only if they are different passages of text. */
function excerptDiffers(a: Ranked, b: Ranked): boolean {
  return a.passage !== b.passage && passageText(a.passage) !== passageText(b.passage);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

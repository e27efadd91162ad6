import { isFinnishStopWord, QUESTION_WORDS_FI, STOP_WORDS_EN } from '../search/finnish.js';
import { withoutClitic } from '../search/query.js';
import { namesTime } from './periods.js';
import { asksHowMany } from './quantities.js';
/**
 * Is the member asking about timing: whether a call is open now, when it closes, when the next
 * one comes? Such questions are answered from the call periods in the front matter and today's
 * date, never from passage text, so an ended call is never presented as open.
 */
/** A call named by a compound ("järjestöhaku", "kansalaisjuttuhaku"), not a kind of grant's ("avustushaku"). */
export const COMPOUND_CALL = /^(?!avustus|apuraha|stipendi)\p{L}{4,}(haku|haun|haussa|hausta|hakuun|haulla|hakua)$/u;
/** A call, applying or applications: "haku", "hakuaika", "hakemus", "apply"; the day applications are due ("viimeinen jättöpäivä"). */
const CALL_WORDS = /^(haku|haun|haus|hauss|hauk|haut|hakuj|hakui|hakea|haet|haemme|hakemaan|hakemus|hakemuk|hankehak|hankehau|rahoitushak|rahoitushau|hakuaik|jättöpäiv|jättöaik|jättämispäiv|jättämisaik|palautuspäiv|call|calls|apply|application|applications|deadline)/u;
const TIME_WORDS = /^(nyt|käynnissä|mennessä|viimeistään|asti|saakka|päivä|hetkellä|auki|avoin|avautu|aukea|aukeaa|aukee|auenn|aukes|aukeni|heti|kerran|kesänä|keväällä|syksyllä|talvella|tänä|tänää|alka|alkaa|alkoi|päätty|sulkeu|loppu|milloin|koska|määräai|takara|deadline|hakuaik|seuraava|seuraav|tuleva|ensi(?!mm)|vielä|ehti|ehdi|kerki|kerke|myöhä|ajankoh|aikataul|tänään|huomen|ylihuomen|eilen|viimei|viimeno|viimene|mennyt|menny|meni|ohi|umpeu|ajoissa|jäljellä|open|opens|opening|close|closes|closed|closing|start|starts|started|starting|begin|begins|began|begun|running|yet|soon|kiinni$|voimassa$|pian$|käynnisty|enää$|when|next|upcoming|currently|now|still|until|today|tomorrow|yesterday|last|passed|missed|missas|missat|missannu|late|over|dates?|period|viel$|jäikö|väliin)/;

/**
 * `neutral` words (place names) say which call, not what is asked. A question with more than a few
 * words about something else ("Milloin ELY-keskus tekee rahoituspäätökset haun hakemuksista?") asks
 * about that, not about the call period.
 */
export function isCallTimingQuestion(words: readonly string[], neutral: (word: string) => boolean = () => false): boolean {
  // "Milloin haun rahoituspäätökset tehdään?", "the deadline for the final report", "Will there be an info webinar
  // about the call, and on what date?": when the decisions come, a report is due or an event is held, which no call period says.
  if (asksDecisionOrEvent(words)) return false;
  // "Kuinka monen yhdistyksen hakemusta Koonto on tähän mennessä auttanut?": a count, not a date.
  // ("Montako päivää on vielä aikaa?" counts time, which is the call's.)
  if (asksCount(words)) return false;
  // "Paljonko rahaa Pohjois-Savoon on varattu siihen 15.1.2024 alkavaan hakuun?": a sum, for the call named by its start.
  if (isMoneyQuestion(words)) return false;
  // "Auttaako Koonto vaan hakemuksen teossa vai myös sitten, kun hanke on jo käynnissä?": the help, not the call's time.
  if (asksForHelp(words)) return false;
  // "…vai mikä virasto sen haun avasi?": who opened the call, not when.
  if (words.some((w, i) => WHICH_WHO.test(w) && words.slice(i + 1, i + 3).some((v) => AUTHORITY_NOUN.test(v)))) return false;
  // "saako matkakulut ja tilavuokrat hakea vielä erikseen?": costs claimed, not a call applied to.
  if (words.some((w, i) => CLAIM_VERB.test(w) && [...words.slice(Math.max(0, i - 3), i), words[i + 1] ?? ''].some((v) => COST_WORDS.test(v)))) return false;
  // "aukesko se pohjois-savon juttu jo": a thing that opens is a call, however loosely named.
  const hasCall = words.some((w) => CALL_WORDS.test(w) || COMPOUND_CALL.test(w)) || (words.some((w) => VAGUE_THING.test(w)) && words.some((w) => OPENS.test(w)));
  // "Voiko hakuun jo jättää hakemuksen?": whether one can already apply.
  // "Joko voi lähettää hakemuksen…?" asks the same ("joko" is "already?", not the "joko … tai" of "either … or").
  const hasTime = words.some(
    (w, i) =>
      (TIME_WORDS.test(w) && !namesCallByOpening(words, i)) ||
      (/^(jo|already)$/.test(w) && /^(jättä|hake|hakea|lähettä|laitta|apply|submit)/.test(words[i + 1] ?? '')) ||
      (/^(joko|jokos|jokohan)$/.test(w) && !words.slice(i + 1).includes('tai')),
  );
  return hasCall && hasTime && otherWords(words, (w) => neutral(w) || CALL_WORDS.test(w) || COMPOUND_CALL.test(w) || TIME_WORDS.test(w) || SUBMIT_WORDS.test(w)) <= MAX_OTHER_WORDS;
}

/** "Mikä", "kuka", "which": asking which one. */
const WHICH_WHO = /^(mikä|mitkä|kuka|ketkä|which|who)$/u;
/** An authority or body that opens calls ("virasto", "mikä taho", "which authority"). */
const AUTHORITY_NOUN = /^(virasto|viranomainen|taho|tahot|ely-keskus|elykeskus|authority|agency|body|organisation|organization)$/u;

/** A thing named loosely ("se juttu", "se homma"). */
const VAGUE_THING = /^(juttu|jutun|juttuun|juttua|homma|homman|hommaan|hommaa|kuvio|kuvion|thing)$/u;
/** Opening: "aukesko", "avautuuko", "auki". */
const OPENS = /^(aukes|aukea|aukee|auenn|aukeni|avautu|auki$|open$|opened$|opens$)/u;

/** Applying for, or claiming, something ("hakea", "haetaanko"). */
const CLAIM_VERB = /^(hakea|haetaan|haetaanko|hakeaks|hakeako|claim|claimed)$/;

/** A call's opening told in the past: "opened", "kesäkuussa alkanut". */
const OPENED = /^(opened|started|began|begun|avautunut|avautunutta|avautuneeseen|avautuneessa|avautuneen|auennut|auennutta|auenneeseen|auenneessa|auenneen|avattu|avattua|avattuun|avatussa|avatun|alkanut|alkanutta|alkaneeseen|alkaneessa|alkaneen|alkaneesta|avatusta|auenneesta|avautuneesta|alkoi)$/;

/** A day ("15.1.2024", "18.6."): like a month, it says which call or document is meant. */
const A_DATE = /^\d{1,2}\.\d{1,2}\.(\d{4})?$/u;

/**
 * "the call that opened in Eastern Finland in June 2024", "15.1.2024 alkaneessa haussa": an opening
 * told with its month or date names which call is meant; it does not ask when.
 */
function namesCallByOpening(words: readonly string[], i: number): boolean {
  if (!OPENED.test(words[i] ?? '')) return false;
  // (A day names it too: "the call that opened on 15.1.2024".)
  const names = (w: string): boolean => namesTime(w) || A_DATE.test(w);
  return words.slice(Math.max(0, i - 2), i).some(names) || words.slice(i + 1, i + 6).some(names);
}

/** Asks how many of something other than a length of time ("Montako päivää on vielä aikaa?" counts time). */
function asksCount(words: readonly string[]): boolean {
  return words.some(
    (w, i) =>
      (asksHowMany(words, i) && !/^(päiv|viiko|viikk|kuukau|vuo|tunti)/.test(words[i + 1] ?? '')) ||
      (w === 'many' && words[i - 1] === 'how' && !/^(days?|weeks?|months?|years?|hours?)$/.test(words[i + 1] ?? '')),
  );
}

const PROJECT_TIME_WORDS = /^(käynnissä|vielä|jatkuu|jatkuuko|jatkaa$|jatketaan$|pitkään$|kestää|kesti|kestänyt|kestääkö|kestäisi|kesto|keston|kestoa|kauan|kauanko|loppu|päätty|alko(?!hol)|alkaa|alkanut|milloin|koska|toiminnassa$|toimii$|toimiiko$|aika$|ajan$|aikana$|ajalla$|ajanjakso|end|ends|ended|running|still|when|long|start|started|until)/;

const FOLLOW_UP = /^(jatkohank\p{L}*|jatkoproje\p{L}*|seuraajahank\p{L}*|successor)$/u;

/** "Onko Koonnolle tulossa jatkohanke?", "KANTOn jatkohankkeen nimi": a project after one of the documents', which none of them tells of. */
export function asksFollowUp(words: readonly string[]): boolean {
  return words.some(
    (w, i) =>
      FOLLOW_UP.test(w) ||
      // ("Is there a follow-up coordination project…?": a word or two may name its kind.)
      (w === 'follow' && words[i + 1] === 'up' && words.slice(i + 2, i + 5).some((v) => /^(project|projects)$/.test(v))) ||
      // "…vai tuleeko tilalle joku uusi hanke?": a new project in its place.
      (REPLACING.test(w) && words.slice(i + 1, i + 5).some((v) => /^(hanke|hankkeen|hanketta|project)$/u.test(v))) ||
      // "Jatkuuko neuvonta sen jälkeen jollain uudella hankkeella?", "…jossain toisessa hankkeessa?": carried on by another project.
      (/^(jatkuu|jatkuuko|jatkuuks|jatketaanko|continue|continues)$/u.test(w) &&
        words.slice(i + 1).some((v, k, rest) => /^(uude\p{L}*|uus\p{L}*|toise\p{L}*|another|new)$/u.test(v) && /^(hank\p{L}*|project)$/u.test(rest[k + 1] ?? ''))),
  );
}

const REPLACING = /^(tilalle|tilalla|jatkoksi|perään|replace|replacing|replaces)$/u;
const RELATIVE_WHERE = /^(joilla|jolla|jossa|joissa|joiden|jonka|missä|mis)$/u;

/** Whether a word starts with one of the prefixes (a project's name in its forms: "koonto", "koonno"). */
export function startsWithAny(word: string, prefixes: ReadonlySet<string>): boolean {
  for (const p of prefixes) if (word.startsWith(p)) return true;
  return false;
}

const ASKS_FOR_HELP = /^(auttaa|auttaako|auttaisiko|autetaanko|auta|tukee|tukeeko|tuetaanko|tue|neuvooko|neuvoo|neuvo|opastaako|help|helps|support|supports|advise)$/;

/** Asks whether someone helps ("Auttaako KANTO…?", "Eikö Koonto auta…?"); not those who help told in a relative clause ("…tyyppejä jotka neuvoo"). */
function asksForHelp(words: readonly string[]): boolean {
  return words.some((w, i) => ASKS_FOR_HELP.test(w) && !/^(jotka|joka)$/.test(words[i - 1] ?? ''));
}

/** Until when, for how long: "mihin asti", "saakka", "kauanko", "until". */
const UNTIL_WHEN = /^(asti|saakka|kauanko|kauan|until|long)$/;

/** Is the member asking whether a named project still runs, or when it ends? */
export function isProjectTimingQuestion(words: readonly string[], projectWords: ReadonlySet<string>, neutral: (word: string) => boolean = () => false): boolean {
  const isProject = (w: string): boolean => startsWithAny(w, projectWords);
  return (
    words.some(isProject) &&
    // "Montako yhdistystä KANTO neuvoi hankkeen aikana?": a count over the project's time, not its time.
    !asksCount(words) &&
    // ("Kuuluuko Heinävesi niihin kuntiin, joilla KANTO toimii?": where it works, told in a relative clause, is not whether it still does.)
    words.some((w, i) => PROJECT_TIME_WORDS.test(w) && !(/^toimi/u.test(w) && words.slice(Math.max(0, i - 3), i).some((v) => RELATIVE_WHERE.test(v)))) &&
    !words.some((w) => CALL_WORDS.test(w)) &&
    // "Milloin KANTO-hankkeen loppuraportti hyväksyttiin?": when a report or decision came, which the project's period does not say.
    !asksDecisionOrEvent(words) &&
    // "Auttaako KANTO, kun hanke on jo käynnissä?": the member's own project runs; what is asked is the help.
    // ("…kauanko on niitä tyyppejä jotka neuvoo": those who advise, in a relative clause, are the project.)
    // ("Mihin asti Koonto-hanke toimii ja neuvoo yhdistyksiä?": until when it advises is its period.)
    (!asksForHelp(words) || words.some((w) => UNTIL_WHEN.test(w))) &&
    // "Kuka toimii Koonto-hankkeen hankeneuvojana?": a person serving in the project, not its time.
    !words.some((w) => WHO.test(w)) &&
    // "kanto loppu 2023 lopussa, mikä on sen jatkohankkeen nimi": a name, told when the project ended.
    !words.some((w) => NAME_NOUN.test(w)) &&
    // "jatkuuko koonto vuoden 2025 jälkeen vai tuleeko sille joku jatkohanke": what comes after it, which its period does not tell.
    !asksFollowUp(words) &&
    otherWords(words, (w) => neutral(w) || isProject(w) || PROJECT_TIME_WORDS.test(w) || TIME_WORDS.test(w)) <= MAX_OTHER_WORDS
  );
}

/** When decisions come, a report is due or an event is held: "rahoituspäätös", "myönnetty", "loppuraportti", "webinaari". */
export function asksDecisionOrEvent(words: readonly string[]): boolean {
  return words.some((w) => DECISION_WORDS.test(w) || EVENT_WORDS.test(w)) || asksIfFunded(words);
}

/** "…before ELY tells us if we got the money", "hear back", "saimmeko rahat": whether the asker's application was funded. */
const TOLD_IF_FUNDED = /^((if|whether) we (got|get|received|receive|were)|hear back|heard back|saimmeko (rahat|rahaa|rahoituksen|rahoitusta)|saammeko (rahat|rahoituksen)|saatiinko (rahat|rahoitus))/u;

/** Whether (or when) the asker hears that their application was funded: a decision the call documents do not hold. */
export function asksIfFunded(words: readonly string[]): boolean {
  return words.some((w, i) => TOLD_IF_FUNDED.test(`${w} ${words[i + 1] ?? ''} ${words[i + 2] ?? ''}`)) || asksFundedThroughAdvice(words);
}

/** Got funding ("saivat rahoituksen", "sai rahoitusta"), in the past. */
const GOT = /^(sai|saivat|saaneet|saanut|saanu|saaneita|got|received)$/u;
const FUNDING_GOT = /^(rahoitu\p{L}*|rahotu\p{L}*|rahaa|rahat|tukea|funding|funded|grants?)$/u;
/** With a coordination project's help: "neuvonnan avulla", "ansiosta", "with … help". */
const THROUGH_ADVICE = /^(avulla|avustuksella|ansiosta|kautta|neuvoi|neuvoma\p{L}*|help|helped|through|advised)$/u;

/** "Mitkä pohjoiskarjalaiset yhdistykset saivat rahoituksen KANTOn neuvonnan avulla?": which or how many were funded thanks to the advice, which no document tells. */
function asksFundedThroughAdvice(words: readonly string[]): boolean {
  return words.some((w, i) => GOT.test(w) && words.slice(i + 1, i + 3).some((v) => FUNDING_GOT.test(v))) && words.some((w) => THROUGH_ADVICE.test(w));
}

/** Free of charge: "ilmainen" ("ilmaista" is also "to express"), "maksuton", "maksutta", "for free". */
const FREE_FI = /^(ilmainen|ilmaisen|ilmaiset|ilmaisia|ilmaisena|ilmaiseksi|ilmanen|ilmasen|ilmasta|ilmaset|ilmasia|ilmaseks|ilmaseksi|maksuton|maksuttoman|maksutonta|maksuttomat|maksuttomia|maksuttomasti|maksutta)$/u;

/** A service with a price: "maksullinen", "maksullista". */
const PAID_FI = /^(maksullinen|maksullisen|maksullista|maksulliset|maksullisia)$/u;

/** Data about a person: "tietoja", "henkilötiedot", "personal data". */
const DATA_WORD = /^(tieto|tietoja|tiedot|tietoa|henkilötieto\p{L}*|data|details|information|fields)$/u;
/** Collecting or asking it: "kerätään", "kysytään", "collected", "fill in". */
const COLLECT_WORD = /^(kerä\p{L}*|kysytään\p{L}*|kysyt\p{L}*|pyydetään\p{L}*|tallenne\p{L}*|collect\p{L}*|asked|stored|fill|filled|record\p{L}*)$/u;

/**
 * "Mitä tietoja osallistujista kerätään – kysytäänkö henkilötunnusta…?", "Exactly which personal data fields must each participant
 * fill in?": which items of personal data are collected. The documents tell how (electronically, through suomi.fi), not which.
 */
export function asksWhichPersonalData(words: readonly string[]): boolean {
  if (words.some((w) => /^henkilötunnu\p{L}*$/u.test(w))) return true;
  const which = words.some((w, i) => /^(mitä|mitkä|millaisia|minkälaisia|which|what)$/u.test(w) && words.slice(i + 1, i + 4).some((v) => DATA_WORD.test(v)));
  return which && words.some((w) => COLLECT_WORD.test(w));
}

/**
 * "Mistä sais ilmaisen nettisivupohjan…?", "Where can I find a free Finnish course?", "Onko neuvonta maksutonta?": whether or where
 * something costs nothing, which no document states.
 */
export function asksIfFree(words: readonly string[]): boolean {
  return words.some(
    (w, i) =>
      FREE_FI.test(w) ||
      PAID_FI.test(w) ||
      // "onko koonnon neuvonta yhdistyksille ilmaista": free, asked with "onko", not "to express" something.
      (w === 'ilmaista' && words.slice(Math.max(0, i - 6), i).some((v) => /^(onko|onks|oliko|ovatko|onkohan)$/u.test(v))) ||
      (w === 'free' && words[i - 1] !== 'feel') ||
      // "Do the KANTO advisers charge a fee…?", "Does it cost anything?", "Maksaako se jotain?"
      (/^(charge|charges|charged)$/u.test(w) && words.slice(i + 1, i + 6).some((v) => /^(fee|fees|anything|money)$/u.test(v))) ||
      (/^(cost|costs)$/u.test(w) && /^(anything|something)$/u.test(words[i + 1] ?? '')) ||
      (/^(maksaako|maksaakohan|maksaaks)$/u.test(w) && words.slice(i + 1, i + 6).some((v) => /^(jotain|mitään|jotakin)$/u.test(v))),
  );
}

/** A language named as the one to be served or to write in: "englanniksi", "ruotsiksi", "in English", "in Arabic". */
const IN_LANGUAGE_FI = /^(englanniksi|ruotsiksi|venäjäksi|arabiaksi|viroksi|ukrainaksi|somaliksi|saameksi|persiaksi|kurdiksi|ranskaksi|saksaksi|espanjaksi)$/u;
const LANGUAGE_EN = /^(english|swedish|russian|arabic|estonian|ukrainian|somali|sami|persian|farsi|kurdish|french|german|spanish)$/u;

/**
 * "Can we get advice from the Koonto advisers in English or Arabic?", "Voiko hakemuksen kirjoittaa ruotsiksi?": in which
 * language one is served or may write, which no document states.
 */
export function asksInLanguage(words: readonly string[]): boolean {
  return words.some(
    (w, i) =>
      IN_LANGUAGE_FI.test(w) ||
      (LANGUAGE_EN.test(w) && /^(in|into|speak|speaks|speaking)$/u.test(words[i - 1] ?? '')) ||
      // "Puhuuko Koonnon hankeneuvoja englantia tai arabiaa?": whether someone speaks a language.
      (LANGUAGE_SPOKEN.test(w) && words.slice(Math.max(0, i - SPEAKS_SPAN), i).some((v) => SPEAKS.test(v))),
  );
}

/** A language as the object of speaking ("englantia", "arabiaa"), and speaking or knowing it. */
const LANGUAGE_SPOKEN = /^(englantia|ruotsia|venäjää|arabiaa|viroa|ukrainaa|somalia|saamea|persiaa|kurdia|ranskaa|saksaa|espanjaa)$/u;
const SPEAKS = /^(puhu\p{L}*|osaa|osaako|osaavat|osaavatko|osaakohan)$/u;
/** How many words before the language the verb may stand ("Puhuuko Koonnon hankeneuvoja Tiina Kiiskinen englantia"). */
const SPEAKS_SPAN = 6;

/** A decision, report or payment, in any compound ("rahoitupäätökset", mistyped, is a funding decision too). */
const DECISION_WORDS = /^(\p{L}*päätö|\p{L}*paato|myönne|decision|\p{L}*raport|report|maksatu|payment)/u;
/** "edelleen", "nykyään", "still", "nowadays": how things are now. */
const PRESENT_STATE = /^(edelleen|yhä|yhäkin|nykyään|nykyisin|nykysin|vieläkin|still|currently|nowadays)$/u;

/** How many words before "nykyään" the asking word may stand ("Missä Teija Sivonen on töissä nykyään…?"). */
const PRESENT_SPAN = 6;
/** Words that start a clause of their own. */
const CLAUSE_START = /^(vaikka|koska|kun|jos|että|mutta|although|because|when|if|but)$/u;

/** "Onko Hanna Kääriäinen edelleen töissä…?", "Is Perhefutis still played?": asks how things are now (a call's or project's period is asked otherwise). */
export function asksPresentState(words: readonly string[]): boolean {
  // Asked, not told: a yes/no verb just before it ("Onko Hanna Kääriäinen edelleen…", not "…on nykyään kaupungin omaa toimintaa"),
  // or where a thing or who a person is now ("…missä se tila nykyään on?").
  const asksYesNo = (v: string): boolean => YES_NO.test(v) || withoutClitic(v) !== v;
  // (In its own clause: "Onko Heinävesi mukana, vaikka se on nykyään Pohjois-Savoa?" asks whether it is included.)
  const ownClause = (i: number): readonly string[] => {
    const before = words.slice(Math.max(0, i - PRESENT_SPAN), i);
    const start = before.findLastIndex((v) => CLAUSE_START.test(v));
    return start < 0 ? before : before.slice(start + 1);
  };
  if (words.some((w, i) => PRESENT_STATE.test(w) && ownClause(i).some((v) => asksYesNo(v) || /^(does|do|has|have|missä|kuka|ketkä|where|who|tekee|tekevät|doing)$/.test(v)))) return true;
  // "…perustettiin Kaikumedia-sivusto. Onko se vielä toiminnassa…?": whether a thing the documents tell of still runs.
  // ("onks teija sivonen vielä pksotulla töissä": whether a person still works there.)
  // ("pyöriikö se pallokissojen perhefutis vielä…": asked whether it still runs, by the verb.)
  return words.some(
    (w, i) =>
      /^(vielä|viel)$/u.test(w) &&
      (words.slice(i + 1, i + 3).some((v) => IN_OPERATION.test(v)) && words.slice(Math.max(0, i - STILL_SPAN), i).some(asksYesNo) ||
        words.slice(Math.max(0, i - STILL_SPAN), i).some((v) => RUNS.test(withoutClitic(v)) && withoutClitic(v) !== v)),
  );
}

/** How many words before "vielä" the asking verb may come: "Onko Pallo haltuun -hankkeessa tehty KuPS-fanialue vielä käytössä…?". */
const STILL_SPAN = 8;
/** Running: "pyöriikö" asked with "vielä" ("jatkuuko … vielä" the documents may answer: "toiminta jatkuu"). */
const RUNS = /^(pyörii|pyörivät)$/u;

/** Being in operation: "toiminnassa", "olemassa", "käytössä". */
const IN_OPERATION = /^(toiminnassa|olemassa|käytössä|pystyssä|toimii|toimiiko|käynnissä|töissä|työssä|talossa|hommissa)$/u;

/** "infotilaisuuden", "webinar": a word naming an event. */
export function isEventWord(word: string): boolean {
  return EVENT_WORDS.test(word);
}

/** An event about a call (an info session, a webinar, a training): its date is not the call's period. */
const EVENT_WORDS = /^(infotilaisuu|\p{L}*info$|\p{L}*infon$|\p{L}*infoa$|\p{L}*infoon$|\p{L}*infot$|webinaar|webinar|seminaar|seminar|tilaisuu|koulutu|event|workshop|työpaja)/u;

/** Handing in an application, or a call being opened: part of asking about a call's period ("ELY avas kesäkuussa haun, mihin mennessä…?"). */
const SUBMIT_WORDS = /^(paperi|sisään$|jättä|jätet|jättö|lähettä|laitta|valmi|avas|avasi|avattiin|avattu|avaa|ottamassa$|vastaan$|otetaanko$|otetaan$|submit|ready|accepting$|accepted$|accept$)/;

/** A timing question may say a little more ("voiko sinne soittaa?"), not ask about a second thing. */
const MAX_OTHER_WORDS = 2;
/** Words that frame any question here, months and years: they do not change what is asked. */
const FRAME_WORDS = /^(kake|esr|ely\p{L}{0,4}|kansalaistoimija\p{L}*|kehittämi\p{L}{0,4}|hanke|hankkee\p{L}{0,3}|hanket\p{L}{0,2}|yhdisty\p{L}{0,4}|järjestö\p{L}{0,4}|rahoitu\p{L}{0,4}|rahotu\p{L}{0,4}|raha\p{L}{0,3}|tuki|tuke\p{L}{0,3}|tue\p{L}{0,3}|koordinaatio\p{L}{0,6}|uusi|uus|uuden|uutta|uusia|uudet|\p{N}+|(tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)ku\p{L}{2,4}|projects?|associations?|funding|money|coordination|citizens?|citizen-driven|january|february|march|april|may|june|july|august|september|october|november|december)$/u;

/** How many words of the question are neither noise, nor `known` (the intent's own words), nor framing. */
function otherWords(words: readonly string[], known: (word: string) => boolean): number {
  let n = 0;
  for (const w of words) {
    const base = withoutClitic(w);
    if (w.length < 2 || QUESTION_WORDS_FI.has(w) || QUESTION_WORDS_FI.has(base) || STOP_WORDS_EN.has(w) || isFinnishStopWord(w) || isFinnishStopWord(base) || known(w) || FRAME_WORDS.test(w)) continue;
    n += 1;
  }
  return n;
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
const QUANTITY_AFTER_HOW = /^(paljon|monta|moni|monesta|moneen|monessa|monelle|monella|suuri|suuren|iso|ison|much|many|large)$/;

/** Is the member asking for an amount ("paljonko", "kuinka monta", "how much")? The answer then has a number in it. */
export function isQuantityQuestion(words: readonly string[]): boolean {
  return words.some((w, i) => QUANTITY_WORDS.test(w) || ((words[i - 1] === 'kuinka' || words[i - 1] === 'how') && QUANTITY_AFTER_HOW.test(w))) || asksBudget(words);
}

const BUDGET = /^(budjetti|kokonaisbudjetti|budget|palkka|palkkaa|salary)$/;

/**
 * "Mikä on Koonnon budjetti?", "What is KANTO's budget?", and typed like a search, with no question
 * word at all ("hanaa-hankkeen budjetti"): the size of a budget, a sum.
 */
function asksBudget(words: readonly string[]): boolean {
  return words.some((w) => BUDGET.test(w)) && (words.some((w) => /^(mikä|mitä|what)$/.test(w)) || !words.some((w) => QUESTION_WORDS_FI.has(w) || STOP_WORDS_EN.has(w)));
}

const MONEY_WORDS = /^(budjet|kokonaisbudjet|raha|rahaa|rahoitu|rahotu|euro|summa|kustannu|kulu|maksa|maksu|maksoi|kustansi|palkka|palkan|palkat|salary|jaossa|avustu|money|budget|funding|cost|costs|euros|fee|fees)/;

/** Asked how much money ("Paljonko rahaa on jaossa?", "How much funding?"): the answer states a sum. */
export function isMoneyQuestion(words: readonly string[]): boolean {
  // "Kuinka iso osa kuluista korvataan?" asks for a share (a percentage), not a sum.
  // So does "Paljonko kuluista katetaan tuella?": how much of the costs.
  // ("jäsenmaksu", "osallistumismaksu": a fee, whatever it is for.)
  // So does what the association pays itself ("Paljonko pitää maksaa itse?"): its own share of the costs.
  // ("How much of the total cost…?" too.)
  const muchOf = words.some((w, i) => w === 'much' && words[i + 1] === 'of' && words.slice(i + 2, i + 5).some((c) => /^(costs?|expenses)$/u.test(c)));
  return isQuantityQuestion(words) && words.some((w) => MONEY_WORDS.test(w) || FEE.test(w)) && !muchOf && !words.some((w) => SHARE_WORDS.test(w) || OF_THE_COSTS.test(w) || OWN_SHARE.test(w));
}

const OWN_SHARE = /^(itse|ite|itte|ourselves|omavastuu\p{L}*|omaosuu\p{L}*|omarahoitu\p{L}*)$/u;

const FEE = /\p{L}{3,}(maksu|maksun|maksua|maksut|maksuja|hinta|hinnan|hintaa)$/u;
const OF_THE_COSTS = /^(kulu|kustannu|kokonaiskulu|kokonaiskustannu|budjet|kokonaisbudjet)\p{L}*(ista|ihin|iin)$/u;

const SHARE_WORDS = /^(osa|osan|osaa|osuus|osuutta|osuuden|prosentti\p{L}*|prosenttia|share|percentage|percent|proportion)$/u;

const STREET_WORDS = /^(toimisto|toimiston|toimistolla|toimistoon|käyntiosoite|käyntiosoitteen|katuosoite|postiosoite|postiosoitteen|office|street)$/;

const ADDRESS_WORDS = /^(osoite|osote|osoitteen|osotteen|osoitetta|osotetta|osoitteensa|osotteensa|osoitteenne|osoitteemme|address)$/;
const VISIT_WORDS = /^(käymään|käydä|käyä|käymää|visit|visiting)$/;

/** "osoite", "address": in a question about a link, the web address asked for. */
export function isAddressWord(word: string): boolean {
  return ADDRESS_WORDS.test(word);
}

/**
 * "Missä Koonnon toimisto on?", "Mikä on käyntiosoite?", and an address asked to go there ("mikä on … osote,
 * voiks sinne mennä käymään"): the answer states a street address.
 */
export function isStreetAddressQuestion(words: readonly string[]): boolean {
  // (Or an organisation's address: "Mikä on sen yhdistyksen osoite joka hallinnoi KANTOa?")
  return words.some((w) => STREET_WORDS.test(w)) || (words.some((w) => ADDRESS_WORDS.test(w)) && words.some((w) => VISIT_WORDS.test(w) || ORGANISATION_OF.test(w)));
}

// (Also by its name: "Pohjois-Karjalan Sosiaaliturvayhdistyksen osoite".)
const ORGANISATION_OF = /^(\p{L}*yhdistyksen|\p{L}*yhdistyksellä|\p{L}*järjestön|\p{L}*järjestöllä|hallinnoijan|toteuttajan|hakijan|organisaation|association's|organisation's|organization's)$/u;

/** A town or municipality, also in a compound ("lähikuntiin", "toimintapaikkakunnat"; not a committee, "toimikunta"). */
const PLACE_NOUNS = /^(\p{L}*kaupunki|\p{L}*kaupungi\p{L}*|\p{L}*(?<!toimi|maa)(?:kunta|kunna\p{L}*|kunnissa|kunnista|kunnille|kunnilla|kuntien|kuntiin|kuntia)|\p{L}*paikkakun\p{L}*|town|towns|city|cities|municipality|municipalities|locality)$/u;
const PLACE_WHICH = /^(missä|millä|mistä|mihin|mille|minkä|mitkä|which|what)$/;

/** "kunnissa", "paikkakunnilla", "towns": a word asking for a place. */
export function isPlaceNoun(word: string): boolean {
  return PLACE_NOUNS.test(word);
}

/**
 * "…mitä jos osallistujalla ei ole pankkitunnuksia?", "Miten tiedot kerätään, jos osallistuja ei pysty
 * tunnistautumaan?", "What if someone has no bank ID?": what happens when the usual way does not apply.
 */
export function isExceptionQuestion(words: readonly string[]): boolean {
  // "Missä tapauksissa tukiprosentti on jotain muuta?", "In which cases can a project get more?": the cases apart from the rule.
  if (words.some((w, i) => /^(tapauksissa|tapauksessa|cases|case)$/u.test(w) && /^(missä|millaisissa|minkälaisissa|millaisessa|which|what)$/u.test(words[i - 1] ?? ''))) return true;
  const conditional = words.findIndex((w, i) => w === 'jos' || (w === 'if' && /^(what|and|but)$/.test(words[i - 1] ?? '')));
  if (conditional < 0) return false;
  return words.slice(conditional + 1, conditional + 6).some((w) => /^(ei|eikä|en|emme|eivät|no|not|doesn't|don't|can't|cannot|without)$/.test(w));
}

/**
 * "Osalla osallistujista ei ole pankkitunnuksia. Miten he voivat tunnistautua…?": the story tells what the asker's
 * people do not have or cannot do, and the question asks about them ("he", "ne"): what happens when the usual way does not apply.
 */
export function tellsException(story: readonly string[], asked: readonly string[]): boolean {
  const negated = story.some((w, i) => /^(ei|eivät|eikä)$/.test(w) && story.slice(i + 1, i + 3).some((v) => /^(ole|oo|pysty\p{L}*|voi|osaa|osaa\p{L}*|pääse|ehdi|omista)$/u.test(v)));
  return negated && asked.some((w) => /^(he|heidän|heillä|heille|heitä|ne|niiden|niillä|niille|they|them|their)$/u.test(w));
}

/** "enintään", "vähimmäisaika", "maximum", "max", "at least": a limit. */
const LIMIT_WORDS = /^(max|enintään|enimmillään|vähimmillään|pisimmillään|korkeintaan|maksimi\p{L}*|maksimaali\p{L}*|yläraja\p{L}*|enimmäis\p{L}*|vähintään|alaraja\p{L}*|minimi\p{L}*|vähimmäis\p{L}*|maximum|minimum)$/u;

/** The least or the most ("pienin", "suurin"), and what of, when it is a limit: a sum, a budget, what is allowed. */
const SUPERLATIVE = /^(pienin|pienimmän|pienintä|suurin|suurimman|suurinta|isoin|isoimman|isointa|smallest|largest|biggest|lowest|highest)$/u;
const LIMITED = /^(sallit\p{L}*|summa\p{L}*|\p{L}*budjet\p{L}*|tuki|tuen|tukea|tukisumma\p{L}*|avustu\p{L}*|euromäär\p{L}*|rahamäär\p{L}*|sum|amount|grant|budget)$/u;

/** "Kuinka usein kerho kokoontui?", "How often…?": the answer says how often. */
export function isFrequencyQuestion(words: readonly string[]): boolean {
  return words.some((w, i) => (/^(usein|useasti)$/u.test(w) && /^(kuinka|miten|kui)$/u.test(words[i - 1] ?? '')) || (w === 'often' && words[i - 1] === 'how'));
}

const ADMINISTRATION = /^(rekisteröi\p{L}*|perustetaan|perustaa|perustaminen|perustamis\p{L}*|sääntömuuto\p{L}*|sääntöjä|säännöt|sääntöjen|yhdistysrekiste\p{L}*|prh\p{L}*|register|registered|registering|registration)$/u;

/**
 * "Miten perustetaan rekisteröity yhdistys?", "Miten yhdistyksen sääntömuutos ilmoitetaan PRH:lle?", "How do we register
 * an association?": how to run the association itself (founding, registering, its rules) is association law, which no
 * call document covers. (Not how many registered associations there are: "Kuinka monta rekisteröityä yhdistystä…?")
 */
export function asksAssociationAdministration(words: readonly string[]): boolean {
  const how = words.some((w, i) => w === 'miten' || (/^(kuinka|how)$/.test(w) && !/^(monta|moni|monen|paljon|iso|ison|suuri|suuren|many|much|large|big)$/.test(words[i + 1] ?? '')));
  return how && words.some((w) => ADMINISTRATION.test(w)) && words.some((w) => /^(yhdisty\p{L}*|association\p{L}*|säännöt|sääntö\p{L}*|sääntömuuto\p{L}*)$/u.test(w));
}

/** An association's own officers, meetings and fees ("toiminnantarkastaja", "vuosikokous", "jäsenmaksu"), which no call document is about. */
const GOVERNANCE = /^(toiminnantarkast\p{L}*|toiminnantarkastj\p{L}*|tilintarkast\p{L}*|tilintarkastj\p{L}*|vuosikokou\p{L}*|syyskokou\p{L}*|kevätkokou\p{L}*|jäsenmaksu\p{L}*)$/u;

/** "Pitääkö yhdistyksen toiminnantarkastajan olla ulkopuolinen?": how an association runs itself, the association law's and its rules' matter. */
export function asksAssociationGovernance(words: readonly string[]): boolean {
  return words.some((w) => GOVERNANCE.test(w));
}

/** A percentage named: "prosenttia", "prossaa", "percent", "%". */
const PERCENT_WORD = /^(prosent\p{L}*|prossa\p{L}*|percent|percentage|%)$/u;

/** "Montako prosenttia nuorista jatkoi työkokeiluun?", "What percentage…?": the answer states a percentage. */
export function isPercentQuestion(words: readonly string[]): boolean {
  if (words.some((w) => PERCENT_WORD.test(w)) && isQuantityQuestion(words)) return true;
  // "Mikä on omavastuu Pohjois-Savon haussa?": a rate of support or own share is a percentage (not "mitä omavastuu tarkoittaa?").
  return words.some((w) => SHARE_RATE.test(w)) && (isQuantityQuestion(words) || words.some((w) => /^(mikä|mikäs|what)$/u.test(w))) && !words.some((w) => /^(tarkoit\p{L}*|mean|means)$/u.test(w));
}

const SHARE_RATE = /^(omavastuu\p{L}*|omaosuu\p{L}*|omarahoitusosuu\p{L}*|tukitaso\p{L}*|tukiprosent\p{L}*)$/u;

/** Words saying something is required: "tarvitaan", "pitää olla", "vaaditaan", "need", "must". */
const REQUIRED_WORDS = /^(tarvi\p{L}*|tarvii|tarttee|vaadi\p{L}*|vaadit\p{L}*|pitää|pitääkö|täytyy|täytyykö|oltava|need|needs|needed|must|required)$/u;

/**
 * "Paljonko yksi hanke voi saada enintään?", "Onko osallistujaseurannassa joku vähimmäisaika?", "at most": the answer states a limit.
 * So does how many are required ("Montako jäsentä tarvitaan…?", "How many members must…?"): a rule, not how many some organisation has.
 */
export function isLimitQuestion(words: readonly string[]): boolean {
  if (words.some((w, i) => LIMIT_WORDS.test(w) || (/^(most|least)$/.test(w) && words[i - 1] === 'at'))) return true;
  // "pienin sallittu hankebudjetti", "suurin summa, jota voi hakea": the least or most of a sum.
  if (words.some((w, i) => SUPERLATIVE.test(w) && words.slice(i + 1, i + 3).some((v) => LIMITED.test(v)))) return true;
  const howMany = words.findIndex((w, i) => asksHowMany(words, i) || (w === 'many' && words[i - 1] === 'how'));
  // ("Kuinka monta prosenttia pitää itse rahoittaa?" asks the share itself, not a least or most share.)
  if (howMany >= 0 && PERCENT_WORD.test(words[howMany + 1] ?? '')) return false;
  return howMany >= 0 && words.slice(howMany + 1).some((w) => REQUIRED_WORDS.test(w));
}

/** A person in a role (not an adviser, whose contacts the documents give): "Kuka oli jalkapallokerhon valmentaja?" */
const PERSON_ROLES = /^(valmentaj\p{L}*|ohjaaj\p{L}*|vetäj\p{L}*|puheenjohtaj\p{L}*|toiminnanjohtaj\p{L}*|johtaj\p{L}*|työntekij\p{L}*|sihteeri\p{L}*|rahastonhoitaj\p{L}*|coach|coaches|leader|chair|chairperson|director|secretary)$/u;

/** "Kuka oli jalkapallokerhon valmentaja?", "Who is the director of…?", "the name of the coach": the answer names a person. */
export function isPersonQuestion(words: readonly string[]): boolean {
  // "What was the name of the coach…?", "Mikä oli valmentajan nimi?": a name in a role is a person's.
  return words.some((w) => WHO.test(w) || NAME_NOUN.test(w)) && words.some((w) => PERSON_ROLES.test(w));
}

const ORGANISATION_NOUNS = /^(yhdistys|yhdistykset|yhdistyksiä|järjestö|järjestöt|järjestöjä|organisaatio|organisaatiot|organisaatioita|taho|tahot|tahoja|säätiö|säätiöt|association|associations|organisation|organisations|organization|organizations)$/;

/** "Mikä yhdistys hallinnoi…?", "Mitkä järjestöt olivat mukana…?", "Which organisation ran…?": the answer names an organisation. */
export function isOrganisationQuestion(words: readonly string[]): boolean {
  const which = (w: string | undefined): boolean => /^(mikä|mitkä|kuka|ketkä|which|what)$/.test(w ?? '');
  // ("Mitkä muut järjestöt…?", "Which other organisations…?")
  if (words.some((w, i) => ORGANISATION_NOUNS.test(w) && (which(words[i - 1]) || (/^(muut|muita|other)$/.test(words[i - 1] ?? '') && which(words[i - 2]))))) return true;
  // "Kuka toteutti Avoimet tilat -hankkeen?", "Who ran the project?": who carried a project out is an organisation;
  // so is who funds it ("Kuka KANTOa rahoittaa?", with the project between).
  return words.some((w, i) => /^(kuka|ketkä|who)$/.test(w) && (RAN.test(words[i + 1] ?? '') || FUNDS.test(words[i + 1] ?? '') || FUNDS.test(words[i + 2] ?? '')));
}

const FUNDS = /^(rahoittaa|rahoittavat|rahoitti|rahoittivat|funds|funded|finances|financed)$/;

/** "Kenen kanssa KANTO järjesti infotilaisuuksia?", "With whom…?", "Ketä kanssa…": the answer names a partner. */
export function isPartnerQuestion(words: readonly string[]): boolean {
  return words.some((w, i) => (/^(kenen|keiden|kenenkä)$/.test(w) && words[i + 1] === 'kanssa') || (w === 'with' && words[i + 1] === 'whom'));
}

const RAN = /^(toteutti|toteuttivat|toteuttaa|toteuttaja|hallinnoi|hallinnoivat|veti|vetivät|ran|run|runs|implemented|organised|organized)$/;

/** "Mitä kustannuksia flat rate kattaa?", "Mistä kustannuksista 40 % lasketaan?", "What costs does it cover?": the answer names kinds of cost. */
export function isCostItemsQuestion(words: readonly string[]): boolean {
  return words.some((w, i) => /^(kustannuks\p{L}*|kulu\p{L}*|costs?|expenses?)$/u.test(w) && /^(mitä|mitkä|millaisia|minkälaisia|mistä|which|what)$/.test(words[i - 1] ?? ''));
}

/** "Minä vuonna hanke pyöri?", "Minä vuosina…?", "In which year…?": the answer names a year, not a month or a length. */
export function isYearQuestion(words: readonly string[]): boolean {
  return words.some(
    (w, i) =>
      (/^(vuonna|vuosina|vuosien)$/.test(w) && /^(minä|mihin|minkä)$/.test(words[i - 1] ?? '')) ||
      (/^(years?)$/.test(w) && /^(which|what)$/.test(words[i - 1] ?? '')),
  );
}

/** "Miksi rahoitus jäi pienemmäksi?", "minkä takia", "why": the answer gives a reason. */
export function isReasonQuestion(words: readonly string[]): boolean {
  return words.some(
    (w, i) =>
      /^(miksi|miks|why)$/.test(w) ||
      (/^(takia|vuoksi)$/.test(w) && /^(minkä|mink)$/.test(words[i - 1] ?? '')) ||
      (/^(syystä)$/.test(w) && /^(mistä|mist)$/.test(words[i - 1] ?? '')) ||
      (w === 'come' && words[i - 1] === 'how'),
  );
}

/**
 * "miks kanton vastuuviranomainen on etelä-savon ely vaikka hanke on pohjois-karjalassa", "why … although …", "miksi … eikä
 * Pohjois-Karjalan oma?", "why … instead of …": why a thing is so despite or instead of another, which no call document
 * explains (it states how things are, not why they differ).
 */
export function asksWhyDespite(words: readonly string[], story: readonly string[] = []): boolean {
  const why = words.findIndex((w) => /^(miksi|miks|why)$/u.test(w));
  // ("KANTOn kuntalistassa on Heinävesi, vaikka se kuuluu nykyään Pohjois-Savoon. Miksi se on siinä mukana?": the story tells the "although".)
  return why >= 0 && [...words.slice(why + 1), ...story].some((w, i, rest) => /^(vaikka|although|though|despite|eikä|instead)$/u.test(w) || (w === 'rather' && rest[i + 1] === 'than'));
}

/** "Missä kaupungissa hanke toteutettiin?", "Millä paikkakunnilla hanke toimi?", "in which town": the answer names a place. */
export function isPlaceQuestion(words: readonly string[]): boolean {
  return words.some((w, i) => PLACE_NOUNS.test(w) && PLACE_WHICH.test(words[i - 1] ?? ''));
}

const CONTACT_WORDS = /^(yhteyshenkilö\p{L}*|puhelinnumero\p{L}*|puhelinnumeron|sähköpostiosoite\p{L}*|sähköposti\p{L}*|s-posti\p{L}*|email|e-mail|phone|contact)$/u;
/** People whose role the documents give with their contacts: asked who they are, the answer says how to reach them. */
const ROLE_WORDS = /^(hankeneuvoja\p{L}*|neuvoja|neuvojan|neuvojat|neuvojia|projektipäällik\p{L}*|adviser|advisers|advisor|advisors)$/u;
const WHO = /^(kuka|ketkä|keitä|ketä|kenet|kenelle|keneen|keneltä|kehen|who|whom)$/;

/** A person named before: "hänen", "hänelle", "her". */
const PERSON_PRONOUN = /^(hän|hänen|hänelle|häneltä|hänet|häntä|hänestä|hänellä|häneen|she|her|him|his|hers)$/u;
/** Asking whose or of someone, beside WHO: the person a pronoun then stands for is in the same sentence. */
const WHOSE_OR_SOMEONE = /^(kenen|ketä|keltä|kelle|joku|jonkun|jollekin|joltakin|whose|someone|somebody|anyone)$/u;
/** Staff roles the documents name people by, beside PERSON_ROLES and ROLE_WORDS. */
const STAFF_ROLES = /^(järjestökehittäj\p{L}*|neuvoj\p{L}*|koordinaattor\p{L}*|asiantuntij\p{L}*|manager|coordinator|officer)$/u;

/**
 * "…Koonnossa on myös joku Jaana… Mikä hänen puhelinnumeronsa on?": the asking sentence says "hänen" of someone only the
 * story names. Not "Kuka neuvoo ja mikä on hänen numeronsa?", which names the person itself, nor a story naming the person's
 * role, "Tarvitsisin KANTOn järjestökehittäjän yhteystiedot… Mikä hänen sähköpostiosoitteensa on?", which the documents name.
 */
export function refersToUnnamedPerson(asking: readonly string[], story: readonly string[]): boolean {
  const role = (w: string): boolean => PERSON_ROLES.test(w) || ROLE_WORDS.test(w) || STAFF_ROLES.test(w);
  return asking.some((w) => PERSON_PRONOUN.test(w)) && !asking.some((w) => WHO.test(w) || WHOSE_OR_SOMEONE.test(w) || role(w)) && !story.some(role);
}

/**
 * "…haluaisin lähettää sen Koonnon projektipäällikölle… Mihin sähköpostiosoitteeseen luonnoksen voi lähettää?": a contact
 * asked of whom only the story names. The story's words naming the role and the project (none when the asking sentence
 * names one itself, or asks no contact).
 */
export function contactNamedInStory(asking: readonly string[], story: readonly string[], projectWords: ReadonlySet<string>): string[] {
  const names = (w: string): boolean => PERSON_ROLES.test(w) || ROLE_WORDS.test(w) || STAFF_ROLES.test(w) || /^projektipäällik/u.test(w) || startsWithAny(w, projectWords);
  if (!isContactQuestion(asking) || asking.some(names)) return [];
  return story.filter(names);
}

/** A first and a last name ("Teija Sivonen"), not after a hyphen ("Pohjois-Karjalan Sosiaaliturvayhdistys"). */
const FULL_NAME = /(?<![\p{L}-])(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)(?![\p{L}-])/gu;

/**
 * "Kuulin että Teija Sivonen on KANTOn järjestökehittäjä. Mikä hänen tehtävänimikkeensä on…?": the one person the story
 * names by first and last name (both words the documents use, `uses`), of whom the asking sentence says "hän"; none otherwise.
 */
export function personNamedInStory(asking: readonly string[], story: string, uses: (word: string) => boolean): string[] {
  if (!asking.some((w) => PERSON_PRONOUN.test(w))) return [];
  const people = new Set([...story.matchAll(FULL_NAME)].map((m) => `${m[1] ?? ''} ${m[2] ?? ''}`.toLowerCase()).filter((n) => n.split(' ').every(uses)));
  const [person] = people;
  return people.size === 1 && person !== undefined ? person.split(' ') : [];
}

/** "Kuka on yhteyshenkilö?", "Mikä on puhelinnumero?", "contact person": the answer says how to reach someone. */
export function isContactQuestion(words: readonly string[]): boolean {
  return words.some((w) => CONTACT_WORDS.test(w)) || asksWhoAdvises(words);
}

/** "Kuka on Etelä-Savon hankeneuvoja?", "Ketkä ovat KANTOn neuvojat?" (but not "Voiko hallituksen jäsen toimia projektipäällikkönä?"): the people. */
export function asksWhoAdvises(words: readonly string[]): boolean {
  return words.some((w) => ROLE_WORDS.test(w)) && words.some((w) => WHO.test(w));
}

/**
 * "Kuka Pohjois-Savon Liikunnasta neuvoo Koonnossa?", "Onko Koonnossa joku…, jolta voisi kysyä neuvoa?": who does the advising
 * in a project named (`projectWords`), whom its contacts name. (Not "kuka neuvoo pohjois-karjalassa?", which the project answers.)
 */
export function asksWhoAdvisesAt(words: readonly string[], projectWords: ReadonlySet<string>): boolean {
  const whoAdvises = words.some((w) => /^(neuvoo|neuvovat|neuvoisi|opastaa|opastavat)$/.test(w)) && words.some((w) => WHO.test(w));
  const someoneToAsk = words.some((w) => /^(joku|jokin|ketään|kukaan)$/.test(w)) && words.some((w) => /^(jolta|joilta|jolle|keneltä)$/.test(w));
  return (whoAdvises || someoneToAsk) && words.some((w) => startsWithAny(w, projectWords));
}

/** ("verkko-osoitteesta", "netti-osoite": the hyphen splits them, and the first word says it is an address on the web.) */
const WEB_WORDS = /^(verkko|netti|ladata|ladattavissa|ladattava\p{L}*|lataa|latauslinkki\p{L}*|linkk\p{L}*|linki\p{L}*|linke\p{L}*|nettisivu\p{L}*|verkkosivu\p{L}*|kotisivu\p{L}*|www-sivu\p{L}*|nettiosoit\p{L}*|verkko-osoit\p{L}*|www-osoit\p{L}*|websivu\p{L}*|website|websites|webpage|link|links|download|downloaded|url)$/u;

/** A word naming a web page or a download ("nettisivu", "verkkosivusto", "linkki", "website"). */
export function isWebWord(word: string): boolean {
  return WEB_WORDS.test(word);
}

const NAME_WORDS = /^(nimi|nimen|nimeä|nimeltä|nimeltään|name|named|called)$/u;
/** The noun "name" alone ("mikä on sen nimi", "the name of the coach"); NAME_WORDS also has "nimeltä", "named", "called", which tell a name as often as ask one. */
const NAME_NOUN = /^(nimi|nimeä|nimen|name)$/;

/**
 * "Mistä voi ladata mallin?", "Mikä on Koonnon nettisivu?", "website": the answer gives a web address
 * (but not "mikä sen nettisivun nimi oli?": the site's name).
 */
export function isWebAddressQuestion(words: readonly string[]): boolean {
  return words.some(isWebWord) && !words.some((w) => NAME_WORDS.test(w));
}

/** "Milloin hanke toteutettiin?", "Kauanko se kesti?", "When did it start?": asks a day, a year or a length of time. */
export function isDateQuestion(words: readonly string[]): boolean {
  return words.some(
    (w, i) =>
      /^(milloin|millon|kauanko|kauan|when)$/.test(w) ||
      (w === 'long' && words[i - 1] === 'how') ||
      // "Kuinka pitkä hanke saa olla?": a length of time.
      (/^(pitkä|pitkän|pitkään|pitkiä)$/.test(w) && /^(kuinka|miten|kui)$/.test(words[i - 1] ?? '')) ||
      (/^(vuonna|vuosina|vuosien|vuodesta)$/.test(w) && /^(minä|mihin|missä|mistä|minkä|which)$/.test(words[i - 1] ?? '')) ||
      // "Mistä lähtien…?", "since when": from what day.
      (/^(lähtien|alkaen)$/.test(w) && /^(mistä|milloin|mihin)$/.test(words[i - 1] ?? '')) ||
      (w === 'when' && words[i - 1] === 'since') ||
      (/^(years?|year's)$/.test(w) && /^(which|what)$/.test(words[i - 1] ?? '')) ||
      // "…and on what date?", "minä päivänä?"
      (/^(dates?|day|päivänä|päivämäärä\p{L}*)$/u.test(w) && /^(which|what|minä|mikä|millä|monentena)$/.test(words[i - 1] ?? '')),
  );
}

// (With a letter of "koordinaatio" left out: "koordinatiohanke".)
const COORDINATION = 'koordina+t?io';
const COORDINATION_PROJECT = new RegExp(String.raw`^${COORDINATION}(hanke\p{L}*|hankkee\p{L}*|projekti\p{L}*)$`, 'u');
/** The coordination project as the subject ("mikä on … koordinaatiohanke"). */
const COORDINATION_PROJECT_SUBJECT = new RegExp(`^${COORDINATION}(hanke|projekti)$`, 'u');
const CALLED = /^(nimi|nimeä|nimen|nimeltään|nimellä|name|named|called)$/;

/**
 * "Mikä on Etelä-Savon koordinaatiohankkeen nimi?", "What is the North Savo coordination project called?": asks which project
 * coordinates a region (the region's coordination project's own documents name it).
 */
export function asksCoordinationProjectName(words: readonly string[]): boolean {
  const coordination = words.some((w, i) => COORDINATION_PROJECT.test(w) || (w === 'coordination' && /^projects?$/.test(words[i + 1] ?? '')));
  if (coordination && words.some((w) => CALLED.test(w))) return true;
  // "Mikä on Etelä-Savon oma koordinaatiohanke?": which project it is, asked with the project as the subject.
  // ("…, mutta mikä on Etelä-Savon vastaava koordinaatiohanke ja kuka siellä neuvoo?": the question word later in the sentence.)
  if (words.some((w, i) => /^(mikä|mikäs|mikähän)$/.test(w) && (i === 0 || words.slice(i + 1, i + 6).some((v) => /^(vastaava|oma)$/u.test(v))) && words.slice(i + 1).some((v) => COORDINATION_PROJECT_SUBJECT.test(v)))) return true;
  // "Onko Lapissa oma kake-koordinaatiohanke…?": whether a region has one.
  return words.some((w, i) => /^(onko|onks|onkohan)$/u.test(w) && words.slice(i + 1, i + 6).some((v) => COORDINATION_PROJECT_SUBJECT.test(v)));
}

/**
 * "Mikä sen tiedotteen otsikko on?", "What is the title of the press release?": asks what a document is called.
 * (What is "otsikon alla", under a heading, or in its first point, is a section's matter: "Mainitaanko …, ja minkä otsikon
 * alla?", "…yhteisöllisyys -otsikon ekassa kohdassa".)
 */
export function isTitleQuestion(words: readonly string[]): boolean {
  return words.some(
    (w, i) => /^(otsikko|otsikon|otsikkona|otsikoksi|title|titled|headline)$/.test(w) && !/^(alla|alle|alta|eka\p{L}*|ensimmäi\p{L}*|toise\p{L}*|kolma\p{L}*|kohd\p{L}*|kohta)$/u.test(words[i + 1] ?? '') && words[i - 1] !== 'under' && words[i - 2] !== 'under' &&
      // "painotuksissa eka otsikko", "toinen otsikko": one heading of several, not the document's title.
      !/^(eka|ensimmäinen|toinen|kolmas|neljäs|viimeinen|first|second|third|last)$/u.test(words[i - 1] ?? ''),
  );
}

/** "Mihin aikaan…?", "aukioloajat", "what time": the answer states a time of day. */
export function isClockTimeQuestion(words: readonly string[]): boolean {
  return words.some(
    (w, i) =>
      /^(kellonaika|kellonaikaan|aukioloaika|aukioloajat|virka-aika|virka-aikaan|päivystysaika)$/.test(w) ||
      (w === 'aikaan' && /^(mihin|mihen|mill[äa])$/.test(words[i - 1] ?? '')) ||
      (w === 'time' && words[i - 1] === 'what') ||
      // "what are the opening hours", "office hours"
      (w === 'hours' && /^(opening|office|business)$/.test(words[i - 1] ?? '')),
  );
}

const APPLY_WORDS = /^(applyta|applyy|applyaa|applyttaa|hakea|hakee|hakevat|haemme|hakemaan|hakija|hakijan|hakijaksi|hakijoiksi|hakijat|hakijoita|hakijana|jättää|jättämään|jättäjä|jättäjät|jättäjiksi|jättäjäksi|jättäjinä|apply|applicant|applicants|submit|hakuun|haku)$/;
const ASK_WHETHER = /^(saadaanko|saadaanks|saammeko|voiko|voi|voivatko|voisiko|voisko|voisi|voisivat|voiks|voidaanko|voidaanks|voidaan|voimmeko|voimme|saako|saa|saavatko|kuka|ketkä|keitä|ketä|kenet|pitääkö|käykö|kelpaako|can|may|could|who|must|have|has|does)$/;
/** Who issues the call: "ELY:n kesäkuun haku" says which call, not who applies. */
const ISSUERS = /^(ely|elyn|ely-keskus\p{L}*|elykeskus\p{L}*|keskus|keskuksen|keskuksesta|keskukselta|centre|center)$/u;
const THE_APPLICANT = /^(hakija|hakijan|hakijalla|hakijana|hakijoiden|hakijoilla|applicant|applicants)$/;
/** The asker themselves: "voidaanko me hakea?". */
const WE = /^(me|meidän|meiän|mekin|voidaanko|voimmeko|we|us|our)$/;
/** Where the asker works and which call they mean: context, not another question ("toimii Savonlinnassa", "kesäkuussa avattua"). */
const APPLY_CONTEXT = /^(luetel|mainit|[a-zäöå]*kappalee|toimi|sijai|avat|avaut|avaam|avann|avasi|avas$|julkai|tiedotti|tiedotettiin|tiedottam|kirjoitti|kirjoitettiin|kaikki|kaikkia|kaikkien|koko$|nimenomaan|vain$|only$|koske|vai|muut|muita|käy$|kelpaa$|olla$|itse$|rekisteröi|registered$|be$|alue|tietty|tietyl|rajat|rajoitet|hakemu|region|area|operat|certain|based$|announced$|published$|opened$|also$|application|tiedotte|press$|release$|driven$|development$)/;
/** "kesäkuun 2024 haussa" (namesTime): which call is meant; "tämä haku": the call itself. */
const CALL_NOUN = /^(haku|hakua|hausta|haulla|haulle|hankehaku|hankehau\p{L}*|\p{L}{3,}haku)$/u;
/** A call by its noun, also a compound in any case (COMPOUND_CALL: "rahotushakuun", not another funder's "avustushakuun"). */
const isCallNoun = (w: string): boolean => CALL_NOUN.test(w) || COMPOUND_CALL.test(w);
const FOR_WHOM = /^(kenelle|keille|kenen|whom)$/;
const CONCERNS = /^(koskeeko|koskeeks|koskisiko|koskisko)$/;
const MEANT = /^(tarkoitettu|tarkotettu|tarkoitetaan|suunnattu|meant|intended|aimed)$/;
/** How a project is formed: alone or together with others. */
const PROJECT_FORM = /^(usea|useampi|useamman|useampia|useammat|useat|yksin|yksinään|yhdessä|yhteisenä|yhteisesti|yhteishank\p{L}*|ryhmähank\p{L}*|kimppahank\p{L}*|alone|together|jointly|joint)$/u;
const ACTORS = /^(molemmat$|molemmatkin$|molempien$|molemmille$|both$|yhdisty|yrity|yrittäj|säätiö|toimij|civic$|actors?$|kunta|kunna|kaupunk|seurakun|järjestö|osuuskun|ryhmä|yksityi|henkilö|me$|meidän|meiän|mekin|kyläyhdisty|urheiluseur|seura|kuoro|kerho|partio|company|companies|business|association|foundation|municipalit|person|individual|we$|our$|club|ngo|charit|sport|village|choir|parish|societ)|(yhdisty\p{L}{0,5}|\p{L}+toimij\p{L}{0,5}|\p{L}{4,}(?<!eri)(?:lai|läi)(?:nen|set|sia|siä|sten|sille)|seura\p{L}{0,4}|kuoro\p{L}{0,4}|kerho\p{L}{0,4}|järjestö\p{L}{0,4}|säätiö\p{L}{0,4}|osuuskun\p{L}{0,6}|toimikun\p{L}{0,6})$/u;

/**
 * "Voiko yhdistyksemme hakea?", "Voiko yritys hakea?", "Can a foundation apply?": asking who may
 * apply, and nothing more. The documents answer that in one place, whatever the actor asked about.
 * `content` are the question's content words (surfaces of its concepts, place names left out):
 * anything besides the actor and the verb ("yhteishankkeena", "harrastuksiin") makes it another question.
 */
export function isEligibilityQuestion(words: readonly string[], content: readonly string[]): boolean {
  // "Kenelle KAKE-rahoitus on tarkoitettu?": for whom the money is meant is who may apply.
  // "koskeeko se haku ollenkaan meitä vai pelkästään eteläsavolaisia yhdistyksiä?": whom the call concerns, likewise.
  const forWhom = (words.some((w) => FOR_WHOM.test(w)) && words.some((w) => MEANT.test(w))) || (words.some((w) => CONCERNS.test(w)) && words.some((w) => isCallNoun(w) || CALL_TEXT.test(w)));
  if (!forWhom && (!words.some((w) => APPLY_WORDS.test(w)) || !words.some((w) => ASK_WHETHER.test(w)))) return false;
  // "kesäkuun 2024 haku, kuka sen avas?": who opened the call is its issuer, not who may apply (a call "jonka ELY avasi" is only named).
  if (words.some((w) => WHO.test(w)) && words.some((w, i) => OPENED_BY.test(w) && !words.slice(Math.max(0, i - 3), i).some((v) => RELATIVE.test(v)))) return false;
  // "Voiko hakea yksin, vai pitääkö olla ryhmä?" asks how a project may be formed, not who may apply.
  if (words.some((w) => PROJECT_FORM.test(w))) return false;
  const rest = content
    .flatMap((c) => c.split(' '))
    .filter((w) => !STOP_WORDS_EN.has(w) && !APPLY_WORDS.test(w) && !ASK_WHETHER.test(w) && !ACTOR_SIZE.test(w) && !ACTOR_FORM.test(w) && (ACTORS.test(w) || !FRAME_WORDS.test(w)) && !TIME_WORDS.test(w) && !APPLY_CONTEXT.test(w) && !namesTime(w) && !A_DATE.test(w) && !CALL_TEXT.test(w) && !isCallNoun(w) && !FUNDING_WORDS.test(w) && !ISSUERS.test(w) && !REGION_NOUNS.test(w) && !REGION_NAMES.test(w));
  // "Pitääkö hakijan toimia tietyllä alueella?": asked what the applicant must be, with no actor named.
  // "Ketkä voivat jättää hakemuksen kesäkuun haussa?": asked who, with nothing else left, is who may apply.
  // ("kelpaako pohjoissavolainen porukka kesäkuun hakuun": an actor named only by its form is an actor named.)
  // ("voiko pohjois-savosta hakea … vai onko se vaan etelä-savolaisille": applying from a region asks who, by where they are.)
  const fromRegion = words.some((w) => REGION_NAMES.test(w) && /(sta|stä|lta|ltä)$/u.test(w));
  return rest.every((w) => ACTORS.test(w) || MEANT.test(w)) && (rest.length > 0 || forWhom || fromRegion || words.some((w) => WE.test(w) || THE_APPLICANT.test(w) || WHO.test(w) || ACTOR_FORM.test(w)));
}

/** Opening or announcing a call (the issuer's act): "avasi", spoken "avas", "julkaisi", "opened". */
const OPENED_BY = /^(avasi|avas|avannut|avanneet|avaa|avaavat|julkaisi|julkaissut|julkaisee|opened|published|launched|announced|issued)$/u;
const RELATIVE = /^(joka|jonka|jota|jotka|joiden|mikä|minkä|which|that)$/u;

/** An actor's legal form ("rekisteröity ry", "vapaamuotoinen porukka", "an informal group"): still who. */
const ACTOR_FORM = /^(ry|rekisteröity|rekisteröidyn|rekisteröityä|rekisteröityjä|rekisteröidyt|rekisteröimätön|rekisteröimättömän|rekisteröimätöntä|rekisteröimättömät|vapaamuotoi\p{L}*|\p{L}*porukk?\p{L}*|registered|unregistered|informal)$/u;

/** How big or ordinary an actor is ("pieni kyläyhdistys, ei mikään iso järjestö", "tavallinen yhdistys"): still who. */
const ACTOR_SIZE = /^(pieni|pienen|pientä|pienet|pienten|pieniä|pienille|pienemmille|iso|ison|isoa|isot|isojen|isoja|isoille|isommille|suuri|suurille|suuremmille|suuren|suurta|suuret|tavallinen|tavallisen|tavallista|tavalliset|tavallisia|small|big|large|ordinary|regular)$/u;

/**
 * "mikä numero sillä etelä-savon keväthaulla oli?": a call's number ("2/2024"), as "monesko haku" asks it, not a phone number.
 * Its "numero" is then no content word of the question.
 */
export function asksCallNumber(words: readonly string[]): boolean {
  return words.some((w, i) => /^numero(a|lla|n)?$/u.test(w) && words.slice(Math.max(0, i - 6), i + 7).some((v) => isCallNoun(v) || /^(haussa|hakuun|haun|call)$/u.test(v))) && !words.some((w) => /^(puhelin\p{L}*|soit\p{L}*|yhteys\p{L}*|yhteyttä|phone)$/u.test(w));
}

/** The regions' names ("Pohjois-Savossa toimivia yhdistyksiä", "vain Etelä-Savolle"): where, not who. */
const REGION_NAMES = /^(pohjois|etelä|itä|savo\p{L}*|savon|karjal\p{L}*|suomi|suomen|suomessa|north|south|east|eastern|savo|karelia|finland)$/u;
const REGION_NOUNS = /^(maakun\p{L}*|alueet|alueita|alueilla|alueella|alueelle|hakualue\p{L}*|regions?|provinces?|areas?)$/u;
const WHICH = /^(mitkä|mitä|missä|mis|mistä|mihin|millä|koskeeko|kattaako|käykö|kuuluuko|kuulummeko|kuulutaanko|kelpaako|pääseekö|which|what|where)$/;

/**
 * "Mitkä maakunnat kuuluu tähän hakuun?", "Which regions does the call cover?": where the call
 * applies, which the passage saying who may apply (and where they must operate) answers.
 */
export function isCallAreaQuestion(words: readonly string[]): boolean {
  // (Or whether one may apply from a region: "Saako meidän maakunnasta hakea siihen hakuun…?")
  const fromRegion = words.some((w) => /^(maakunnasta|maakunnista|alueelta|alueilta)$/.test(w)) && words.some((w) => YES_NO.test(w));
  // ("Minkä maakuntien toimijoita haku koskee?": which regions', plural; "minkä maakunnan ELY" asks which authority.)
  const whichRegions = words.some((w, i) => w === 'minkä' && /^(maakuntien|alueiden)$/u.test(words[i + 1] ?? ''));
  // ("Kuuluuko Pohjois-Savo kesäkuun 2024 hakuun?": whether a region the question names belongs to the call.)
  const regionBelongs = words.some((w, i) => /^(kuuluuko|kuuluuks|kuuluukohan|kuuluuhan)$/u.test(w) && REGION_NAMES.test(words[i + 1] ?? '') && !/^(savon|karjalan)$/u.test(words[i + 2] ?? ''));
  // ("toimiiko se kesän 2024 kake-haku myös pohjois-savossa vai onks se vaan etelä-savolle": whether the call reaches a region too, or only one.)
  const regionToo = words.some((w) => APPLIES_IN.test(w)) && words.some((w, i) => ALSO_ONLY.test(w) && REGION_NAMES.test(words[i + 1] ?? ''));
  const call = words.some((w) => CALL_TEXT.test(w) || FUNDING_WORDS.test(w) || /^(haku|hakuun|haussa|call)$/.test(w));
  return call && ((words.some((w) => REGION_NOUNS.test(w)) && (fromRegion || whichRegions || words.some((w) => WHICH.test(w)))) || regionBelongs || regionToo);
}

/** Whether a call holds somewhere: "toimiiko", "koskeeko", "päteekö" (a region after "myös" or "vain" tells where). */
const APPLIES_IN = /^(toimiiko|toimiiks|toimiikohan|koskeeko|koskeeks|päteekö|pätteekö|päteeks|does|is)$/u;
const ALSO_ONLY = /^(myös|myöskin|vain|vaan|ainoastaan|pelkästään|also|only|just)$/u;

/** "sopiiko", "käykö", "tuetaanko": whether something fits, is accepted, is funded. */
const FIT_VERBS = /^(sopii|sopiiko|sopisi|sopisiko|sopis|sopisko|sopiikohan|käykö|käypikö|passaako|passaisko|passaisiko|kävisikö|kävisko|kelpaako|kelpaisiko|kelpaisko|soveltuuko|soveltuisiko|tuetaanko|tuettaisiinko|rahoitetaan|rahoitetaanko|rahotetaan|rahotetaanko|rahoitettaisiinko|rahoittaako|painotetaan|painotetaanko|painopiste|painopisteenä|painopisteitä|katsotaanko|katotaanko|hyväksytäänkö|fit|fits|suitable|eligible|qualify|qualifies|funded|fundable|emphasised|emphasized|priority)$/;
/** Money for a project: "onko X:lle rahoitusta?", "voisko tähän saada hankerahaa?". */
const FUNDING_WORDS = /^(raha|rahaa|rahat|rahoitus|rahoitusta|rahoitukseen|rahoituksen|rahoitukselle|rahotusta|rahotus|hankeraha\p{L}*|kake-?raha\p{L}*|esr-?raha\p{L}*|kake-?rahoitu\p{L}*|esr-?rahoitu\p{L}*|tukea|tukia|avustus\p{L}*|funding|money|grant|grants)$/u;
const YES_NO = /^(ommoo|onkos|onkohan|voiko|voisko|voisiko|voiks|saako|saisiko|saisko|saaks|onko|onks|olisiko|oisko|olisko|can|could|may|is|are|would)$/;
/** Asking what costs may go in the budget, or what the money may pay for, is another question ("Saako budjettiin laittaa kahvitarjoiluja?", "Voiko hankkeen rahoilla järjestää opintomatkan?"). */
const COST_WORDS = /^(budjet|kulu|kulut|kuluj|kustannu|palkk|palka|remont|korjau|hankinn|hankkia|osta|investoin|vuokr|kahvi|tarjoil|kuitt|lasku|matkakulu|menoi|alv|arvonlisäver|vero|omarahoitu|omavastuu|talkoo|rahoilla$|rahalla$|rahoituksella$|rahotuksella$|tuella$|maksaa$|maksetaan$|maksamaan$|cost|budget|salar|wage|rent|equipment|renovat|purchas|vat|tax|own|share)/;

/** The spoken question clitic written out: "sopiiks" → "sopiiko", "käyks" → "käykö" ("onks", "voiks" are known as they are). */
export function writtenClitic(word: string): string {
  if (word.length < 5 || !/[aeiouyäö]ks$/.test(word)) return word;
  return `${word.slice(0, -2)}${/[äöy]/.test(word) ? 'kö' : 'ko'}`;
}

/**
 * A name joined to a call, money or programme word ("Leader-rahaa", "Erasmus+ -haku", "Interreg-ohjelmasta"),
 * a capitalised one before one in English ("the Erasmus+ call", "Erasmus+ youth exchange funding"), or a funder's genitive before a grant ("stean avustusta";
 * not an adjective in -nen: "kotimainen avustus").
 */
const NAMED_CALL = /([\p{L}\p{N}+]+) ?[-–] ?(?:raha|rahoitu|rahotu|haku|haun|hakuun|haussa|hakua|avustu|ohjelma)\p{L}*|(\p{Lu}[\p{L}\p{N}+]*)(?: \p{Ll}+){0,2} (?:funding|call|calls|grant|grants|programme|program)\b|(?<![\p{L}-])(\p{L}{3,}(?<!ne)n) (?:avustu|rahoitu|rahotu)\p{L}*/gu;

/** How many words before a funder the money asked from it may stand. */
const FUNDER_SPAN = 5;

/** Funders other than the calls' (ELY, the EU), named as where money comes from: "kunnalta", "säätiöltä", "kaupungilta". */
const OTHER_FUNDER = /^(kunnalta|kunnilta|kaupungilta|kaupungeilta|säätiöltä|säätiöiltä|seurakunnalta|pankilta|yritykseltä|yrityksiltä|sponsorilta|sponsoreilta|lahjoittajilta|kelalta|stealta|maakuntaliitolta|leaderilta|leader-ryhmältä|toimintaryhmältä)$/;

/** "a grant from the Finnish Cultural Foundation", "funding from Business Finland": a funder named after "from". */
const FUNDING_FROM = /\b(?:grants?|funding|money|support|subsid(?:y|ies)) from (?:the )?(\p{Lu}[\p{L}\p{N}+]*)/u;

/** A fund by its compound name: "Kulttuurirahasto", "Kulttuurirahastolta", "työllisyysrahastosta". */
const OTHER_FUND = /^\p{L}{3,}rahast(o|oj|oi)\p{L}*$/u;

/** "mistä rahastosta", "minkä rahaston", "which fund": the fund asked about. */
const WHICH_FUND = /^(mistä|minkä|mikä|mihin|which|what)$/u;
const FUND_WORD = /^(rahast\p{L}*|fund|funds)$/u;
/** The calls' own words: a call of the documents named. */
const OWN_CALL = /^(kake[\p{L}+-]*|esr[\p{L}+-]*|hankehau\p{L}*|hankehaku\p{L}*|haku|haun|hakuun|haussa)$/u;

/** "Oliko se kake-haku maaseuturahaston rahaa vai mistä rahastosta se tulee?": which fund a call of the documents is from. */
function asksWhichFundOfCall(words: readonly string[]): boolean {
  return words.some((w, i) => WHICH_FUND.test(w) && FUND_WORD.test(words[i + 1] ?? '')) && words.some((w) => OWN_CALL.test(w));
}

/** "eikä", "eikä esimerkiksi", "ei", "not": what follows is denied. */
const NOT_THIS = /(?:^|\s)(?:eikä|ei|not)(?:\s+(?:esimerkiksi|esim\.?|siis|mikään|a|an))?\s+$/iu;

/** "Rahoittaako STEA…?", "Does STEA fund…?": a funder named as the one who funds, by a capitalised name. */
const FUNDER_FUNDS = /(?:\b[Rr]ahoittaako|\b[Rr]ahoittaakohan|\b[Mm]yöntääkö|\b[Tt]ukeeko|\b[Dd]oes|\b[Dd]o|\b[Ww]ould|\b[Ww]ill|\b[Cc]an) (?:the )?(\p{Lu}[\p{L}\p{N}+]*)(?:\s+(?:fund|finance|support|sponsor)\b)?/u;

/** "apply to the Ministry…", "apply at Business Finland": whom a member would apply to, by a capitalised name. */
const APPLY_TO = /\bapply (?:to|at|from) (?:the )?(\p{Lu}[\p{L}\p{N}+]*)/u;

/** A compound naming a kind of grant ("yhteisöavustus", "toiminta-avustus"). */
const KIND_OF_GRANT = /^([\p{L}+]{2,}?)-?avustu/u;
/** …unless it is the calls' own ("kake-avustus", "ESR-avustus", "hankeavustus"). */
const OWN_GRANT = /^(kake|esr\+?|eu|hanke|kehittämis|ely)$/;

/** Words before "call" that say which of the known calls, not whose: "the current call", "the new call". */
const CALL_ADJECTIVES = /^(current|new|latest|recent|previous|first|second|third|same|this|that|regional|open)$/;

/**
 * "Milloin Leader-rahaa voi hakea?", "When does the Erasmus+ call close?": money or a call that
 * the question names by a name the documents do not know.
 */
export function namesUnknownCall(text: string, known: (word: string) => boolean): boolean {
  // ("STEA:lta" is "stealta", "STEA:n avustusta" "STEAn avustusta": an abbreviation's case ending after its colon belongs to the word.)
  const joined = text.replace(/(\p{L}):(\p{L})/gu, '$1$2');
  const words = joined.toLowerCase().split(/[^\p{L}+-]+/u);
  // "järjestöavustus", "Taiken yhteisöavustukset", "toiminta-avustus": a kind of grant, which the calls' support is not.
  for (const word of words) {
    const kind = KIND_OF_GRANT.exec(word)?.[1];
    if (kind !== undefined && !OWN_GRANT.test(kind) && !known(word)) return true;
  }
  // "Rahoittaako Suomen Kulttuurirahasto…?": a fund the documents do not name (the ESR, "Euroopan sosiaalirahasto", they do).
  // ("Oliko se Etelä-Savon 2/2024 kake-haku maaseuturahaston rahaa vai mistä rahastosta se tulee?": a guess beside which fund a call is from.)
  const whichFund = asksWhichFundOfCall(words);
  if (!whichFund && words.some((w) => OTHER_FUND.test(w) && !known(w))) return true;
  // "Can our sports club apply to the Ministry of Education and Culture…?": a funder named after "apply to".
  const funder = APPLY_TO.exec(text)?.[1] ?? FUNDING_FROM.exec(text)?.[1];
  if (funder !== undefined && !known(funder.toLowerCase())) return true;
  // ("Rahoittaako STEA Hanaa!-toiminnan jatkon?": the funder is the one asked about; in English only before "fund".)
  const funds = FUNDER_FUNDS.exec(joined);
  const fundsEnglish = funds !== null && /^(does|do|would|will|can)$/iu.test(funds[0].split(' ')[0] ?? '');
  if (funds?.[1] !== undefined && (!fundsEnglish || /\s(fund|finance|support|sponsor)$/u.test(funds[0])) && !known(funds[1].toLowerCase())) return true;
  // "Saako siihen kunnalta avustusta…?", "hakea rahoitusta säätiöltä", "rahaa paikalliselta Leader-ryhmältä": money from a funder the calls are not.
  // ("…hakea rahaa sekä kake-hausta että STEA:lta?": the money asked for may stand a few words before.)
  if (words.some((w, i) => OTHER_FUNDER.test(w) && !(whichFund && OTHER_FUND.test(w)) && [...words.slice(Math.max(0, i - FUNDER_SPAN), i), ...words.slice(i + 1, i + 3)].some((v) => FUNDING_WORDS.test(v)))) return true;
  for (const m of joined.matchAll(NAMED_CALL)) {
    const name = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase().replace(/\+$/, '');
    const time = TIME_WORDS.test(name) || CALL_ADJECTIVES.test(name) || namesTime(name);
    // ("…on ESR+-haku eikä esimerkiksi EAKR-haku": a call named only to say the one asked about is not it.)
    const denied = NOT_THIS.test(joined.slice(Math.max(0, m.index - 20), m.index));
    if (name !== '' && !time && !denied && !known(name)) return true;
  }
  return false;
}

/** A document of a kind the knowledge base has none of, named as where something is said: a report, minutes, annual accounts. */
const OTHER_DOCUMENT = /^(loppuraport|väliraport|vuosiraport|raport|pöytäkirj|toimintakertomu|vuosikertomu|tilinpäätö|tilintarkastuskertomu)\p{L}*/u;
/** A document being out or found: "valmis", "julkaistu", "luettavissa", "mistä … lukea". */
const DOCUMENT_OUT = /^(valmis|valmiina|valmistunut|valmistui|julkaistu|julkaistiin|julkaistaanko|luettavissa|lukea|saatavilla|ladattavissa)$/u;
const ENGLISH_REPORT = /\b(final|annual|interim|progress) report\b|\b(in|according to) the (report|minutes)\b/iu;

/**
 * "Mitä KANTOn loppuraportissa todettiin…?", "loppuraportin tiivistelmässä", "pöytäkirjan mukaan", "in the final report": what a
 * document says that is not among the documents (a project's report, a board's minutes).
 */
export function namesOtherDocument(text: string, words: readonly string[]): boolean {
  if (ENGLISH_REPORT.test(text)) return true;
  // In it ("loppuraportissa"), in a part of it ("loppuraportin tiivistelmässä") or by it ("pöytäkirjan mukaan");
  // the report as the topic ("tehdä loppuraportti") is not.
  // ("Onko KANTOn loppuraportti jo valmis, ja mistä sen voisi lukea?": whether it is out, and where to read it, which no document tells.)
  if (words.some((w) => OTHER_DOCUMENT.test(w)) && words.some((w) => DOCUMENT_OUT.test(w))) return true;
  return words.some((w, i) => OTHER_DOCUMENT.test(w) && (/(ssa|ssä)$/u.test(w) || (w.endsWith('n') && (words[i + 1] === 'mukaan' || /\p{L}{3,}(ssa|ssä)$/u.test(words[i + 1] ?? '')))));
}

/**
 * "Sopiiko sateenkaarinuorten vertaistoiminta tähän?", "Onko kehitysvammaisten hankkeille rahoitusta?":
 * whether a project idea fits the call. The call's emphasised contents answer that; the adviser judges the idea.
 */
export function isFitQuestion(spoken: readonly string[], known: (word: string) => boolean): boolean {
  const words = spoken.map(writtenClitic);
  // "miks näitä kake-hankkeita ylipäätään rahotetaan?": why projects are funded asks their purpose, not whether an idea fits.
  if (isReasonQuestion(words)) return false;
  // "…saavat tietää, onko rahaa myönnetty?": whether and when money was granted is a decision, not whether an idea fits.
  if (words.some((w) => DECISION_WORDS.test(w))) return false;
  // "mitkä kunnat kuuluu etelä-savon haun alueeseen, onko vaikka juva mukana": which municipalities asks for places, not whether an idea fits.
  if (words.some((w, i) => /^(mitkä|mitä|which)$/u.test(w) && /^(kunnat|kuntia|seutukunnat|seutukuntia|municipalities)$/u.test(words[i + 1] ?? ''))) return false;
  // "Voiko kake-rahalla auttaa yksinäisiä?": helping people with the money asks whom it is for, not what it may pay.
  const helpsPeople = words.some((w) => /^(auttaa|auttamaan)$/u.test(w));
  if (words.some((w) => COST_WORDS.test(w) && !(helpsPeople && /^(rahoilla|rahalla)$/u.test(w)))) return false;
  // "Onko kesäkuun 2024 haussa käytössä flat rate 40 %…?": the call's funding rules, not whether an idea fits.
  if (words.some((w) => /^(flat|kustannusmalli\p{L}*|tukitaso\p{L}*|tukiprosent\p{L}*)$/u.test(w))) return false;
  // "voiko useampi yhdistys tehdä yhteisen hankkeen…?" asks how a project may be formed, not whether an idea fits.
  // ("…vai voiko hakea porukalla?", not "kokeilla ensin pienellä porukalla".)
  if (words.some((w, i) => PROJECT_FORM.test(w) || (/^yhtei(nen|sen|stä|siä)$/u.test(w) && /^(hank|project)/u.test(words[i + 1] ?? '')) || (/^(porukalla|kimpassa)$/u.test(w) && APPLY_WORDS.test(words[i - 1] ?? '')))) return false;
  // "Erasmus+ -rahoitusta", "Leader-rahaa", "Business Finland funding": money from somewhere the documents do not know.
  if (words.some((w, i) => FUNDING_WORDS.test(w) && i > 0 && !known(words[i - 1] ?? ''))) return false;
  // "a grant from the Finnish Cultural Foundation": from a funder named after it.
  if (words.some((w, i) => FUNDING_WORDS.test(w) && words[i + 1] === 'from' && words.slice(i + 2, i + 6).some((v) => !known(v)))) return false;
  const yesNo = words.some((w) => YES_NO.test(w));
  // "Voisko hankkeella kehittää…?", "Kuuluuko pitkäaikaistyöttömät kohderyhmiin?": what a project may do, for whom.
  const projectMay = yesNo && words.some((w) => PROJECT_MEANS.test(w)) && words.some((w) => DEVELOP.test(w));
  const forWhom = words.some((w) => BELONG.test(w)) && words.some((w) => TARGET_GROUP.test(w));
  // "Mainitaanko maahanmuuttajat haun painotuksissa?", "Onko se yks haun teemoista?": whether the call emphasises it.
  const emphasised = (yesNo || words.some((w) => MENTIONED.test(w) || BELONG.test(w))) && words.some((w) => EMPHASIS.test(w));
  // "Mainitaanko perheet kesäkuun tiedotteessa?", "mahtuuks kielivähemmistöt tähän hakuun?": whether the call names it.
  const namedInCall = words.some((w) => MENTIONED.test(w) || BELONG.test(w)) && words.some((w) => CALL_TEXT.test(w));
  return words.some((w) => FIT_VERBS.test(w)) || (yesNo && words.some((w) => FUNDING_WORDS.test(w))) || projectMay || forWhom || emphasised || namedInCall;
}

/**
 * "Sopiiko meidän kuorotoiminta hakuun?": asked outright whether an idea fits (not what a project
 * may do, or whom it is for). The call's emphasised contents as a whole are an answer to that.
 */
export function asksIdeaFit(spoken: readonly string[]): boolean {
  return !isReasonQuestion(spoken) && spoken.some((w) => FIT_VERBS.test(writtenClitic(w)));
}

const WHICH_OF = /^(kumpi|kumpaa|kumman|kummalla|kummasta|kumpaan|which)$/;
const BETTER = /^(kannattaa|kannattaako|kannattais|kannattaisi|kannattaisiko|parempi|parempaa|paremmin|suosittelette|suosittelisitte|suositeltava|valita|valitsemme|valitaan|valitsisimme|should|better|recommend|recommended|best|choose)$/;
/** "Flat rate 40 vai 7, kumpi meille?": which one for us. */
const FOR_US = /^(meille|meidän|meiän|meijän|meil|meillä|us|we)$/;
/** "Milloin pitää valita 40 ja milloin 7?": when to choose which. */
const CHOOSE = /^(valita|valitaan|valitsee|valitsemme|choose|pick)$/;

/**
 * "Kumpi flat rate -malli meidän kannattaa valita?", "Which model should we choose?", "Flat rate 40 vai 7, kumpi
 * meille?", "Milloin pitää valita 40 ja milloin 7?": which option suits the association is advice, for an adviser;
 * the documents only state the options.
 */
export function isChoiceAdviceQuestion(spoken: readonly string[]): boolean {
  const words = spoken.map(writtenClitic);
  // "According to the KANTO project description, which tool should associations use…?": what a document says, not advice.
  if (words.some((w, i) => (w === 'according' && words[i + 1] === 'to') || (w === 'mukaan' && i > 0))) return false;
  // "Milloin pitää valita 40 ja milloin 7?": when to choose which.
  if (words.filter((w) => w === 'milloin' || w === 'when').length >= 2 && words.some((w) => CHOOSE.test(w))) return true;
  // "Flat rate 40 vai 7, kumpi meille?": which one for us.
  if (words.some((w, i) => WHICH_OF.test(w) && FOR_US.test(words[i + 1] ?? ''))) return true;
  // ("…workshops meant to make the venue work better": what was made better, not which is.)
  return words.some((w) => WHICH_OF.test(w)) && words.some((w, i) => BETTER.test(w) && !(w === 'better' && words.slice(Math.max(0, i - 4), i).some((v) => /^(make|makes|made|making)$/.test(v))));
}

/** A word naming a cost or a way of paying ("kahvitarjoiluja", "talkootyöllä", "remonttiin"). */
export function isCostWord(word: string): boolean {
  return COST_WORDS.test(writtenClitic(word));
}

/**
 * "Saako budjettiin laittaa kahvitarjoiluja?", "Voiko rahoitusta käyttää remonttiin?": whether a
 * particular cost is allowed. Offering passages to choose from does not answer that.
 */
export function isCostQuestion(spoken: readonly string[]): boolean {
  const words = spoken.map(writtenClitic);
  return spoken.some(isCostWord) && words.some((w) => YES_NO.test(w) || /^(pitääkö|kuuluuko|hyväksytäänkö|lasketaanko)$/.test(w));
}

const CALL_TEXT = /^(haussa|hakuun|haun|hakuilmoitukse\p{L}*|hankehaussa|hankehakuun|hakutekst\p{L}*|tiedottee\p{L}*|call|announcement|press|release)$/u;
const MENTIONED = /^(huomioidaanko|huomioidaanks|huomioidaan|huomioiko|huomioitu|huomioitaisiinko|mainitaan|mainitaanko|mainitaanks|mainittu|mainittuna|mainitaanhan|mainittiinko|mainittiinks|maininta|mainintaa|mainintoja|mainintaakaan|puhutaan|puhutaanko|puhutaanks|mahtuuko|mahtuuks|mukana|listattu|nimetty|mention|mentions|mentioned)$/;
const EMPHASIS = /^(painotu\p{L}*|painotetu\p{L}*|painopist\p{L}*|teema|teemat|teemoja|teemoista|teemoihin|teemoissa|teemana|teemaksi|priorit\p{L}*|themes?|priorities)$/u;

const PROJECT_MEANS = /^(hankkeella|hankkeessa|hankkeen|kake-?hankkeella|hankerahalla|rahalla|rahoilla)$/;
const DEVELOP = /^(kehittää|kehittämään|kehitettäis|kehitettäisiin|kehittäis|tehdä|järjestää|järjestämään|toteuttaa|auttaa|auttamaan)$/;
const BELONG = /^(kuuluuko|kuuluvatko|kuulutaanko|lasketaanko|luetaanko|onko)$/;
const TARGET_GROUP = /^(kohderyhm|ryhmiin|ryhmään|ryhmiä|target)/;

/** A test whether any of a passage's headings matches `pattern`: what kind of passage it is. */
function headingMatches(pattern: RegExp): (headings: readonly string[]) => boolean {
  return (headings) => headings.some((h) => pattern.test(h));
}

const FIT_HEADING = /(painopist|painotetaan|painotetut|painotukset|emphasi[sz]ed|priorities)/iu;

/** The heading of a passage listing what a call emphasises (its "painopisteet"). */
export const isFitHeading = headingMatches(FIT_HEADING);

/** Helping, advising, offering: what a coordination project does for associations. */
const HELP_WORDS = /^(auta|autta|autet|apu|apua|avu|tukea|tukee|tuetaan|neuvo|neuvonta|neuvontaa|tarjoa|tarjoo|opasta|ohjaa|ohjaako|ohjataan|koulutta|help|helps|support|supports|advice|advise|advises|offer|offers|assist|assists|guidance|guide|train|trains)/;

/** "Auttaako KANTO…?", "Voiko Koontolta saada apua…?", "What does Koonto offer…?": what a coordination project does for associations. */
export function isHelpQuestion(words: readonly string[], projectWords: ReadonlySet<string>): boolean {
  // "Montako yhdistystä KANTO neuvoi?" counts whom it helped, which its offer does not say.
  // ("…saa tukea 100 % eli yhdistyksen ei tarvitse maksaa itse mitään?": support as a share of the costs is the funding, not the project's help.)
  return words.some((w) => startsWithAny(w, projectWords)) && words.some((w) => HELP_WORDS.test(w)) && !asksCount(words) && !words.some((w) => FUNDING_SHARE.test(w));
}

/** A share or sum of money: "100 %" (tokenized "prosentti"), "euroa", "tukitaso", "omarahoitusosuus". */
const FUNDING_SHARE = /^(prosent\p{L}*|euro\p{L}*|tukitaso\p{L}*|tukiprosent\p{L}*|omarahoitu\p{L}*|omavastuu\p{L}*|percent|per cent)$/u;

/** Going somewhere, or being visited, or meeting from afar: how a member meets an adviser. */
const TRAVEL_WORDS = /^(lähte\p{L}*|läht\p{L}*|matka\p{L}*|matkust\p{L}*|ajaa|ajamaan|tuleeko|tuleeks|tulevatko|tuletteko|tulemaan|käykö|käyvätkö|käyttekö|käymään|liikkuu|liikkuuko|liikutteko|liikkuvatko|paikan|paikanpäälle|etänä|etäyhtey\p{L}*|travel\p{L}*|visit\p{L}*|come|comes|remote\p{L}*|on-site|online)$/u;
/** Advice and the people who give it. */
const ADVICE_WORDS = /^(\p{L}*neuvo\p{L}*|väki|tyyppi|tyypit|porukka|työntekijät|advis\p{L}*|advice|staff)$/u;
/** The project's people, spoken to or of: "tuleeko työ sieltä KANTOsta käymään", "do they come here". */
const PROJECT_PEOPLE = /^(te|työ|ne|he|you|they)$/u;
/** Coming or travelling somewhere, asked: "tuleeko", "liikkuuko", "matkustaako". */
const COMES = /^(tuleeko|tuleeks|tulevatko|tuletteko|liikkuuko|liikkuuks|liikutteko|liikkuvatko|matkustaako|matkustavatko|lähteekö)$/u;

/**
 * "Pitääkö meidän lähteä Joensuuhun asti, jos halutaan KANTOlta neuvontaa, vai tuleeko ne tänne?",
 * "Do the KANTO advisers travel around the region?": where and how a coordination project's advice
 * is given, which its passage on that says.
 */
export function isAdviceWhereQuestion(words: readonly string[], projectWords: ReadonlySet<string>): boolean {
  // "Tuleeko KANTO Nurmekseen asti?": the project itself coming, named as the subject ("käykö…" is whether something suits;
  // "Tuleeko KANTOlle jatkoa?" whether it gets something).
  if (words.some((w, i) => COMES.test(w) && projectWords.has(words[i + 1] ?? ''))) return true;
  return words.some((w) => startsWithAny(w, projectWords)) && words.some((w) => TRAVEL_WORDS.test(w)) && words.some((w) => ADVICE_WORDS.test(w) || HELP_WORDS.test(w) || PROJECT_PEOPLE.test(w));
}

const ADVICE_WHERE_HEADING = /(missä neuvontaa|neuvontaa saa|where (to get )?advice)/iu;

/** The heading of a passage saying how and where a coordination project's advice is given. */
export const isAdviceWhereHeading = headingMatches(ADVICE_WHERE_HEADING);

const SERVICE_HEADING = /(autamme|tarjoamme|neuvonta|neuvontaa|tuki\b|tukea|koulutus|koulutusta|infotilaisuu|toimenpiteet|auttavat|palvelut|services|we offer)/iu;

/** The heading of a passage saying what a coordination project offers. */
export const isServiceHeading = headingMatches(SERVICE_HEADING);

const INFO_VERBS = /^(saan|saa|saadaan|saamme|kuullaan|kuulee|kuulemme|kuulen|tietää|tiedon|tietoa|löydän|löydämme|löytää|löytyy|seuraan|seurata|hear|find|learn)$/;

/** "Mistä saan tietää…?", "Mistä kuullaan kun haku aukeaa?", "Where can we hear about…?": who tells about something. */
export function isInfoSourceQuestion(words: readonly string[]): boolean {
  return words.some((w) => w === 'mistä' || w === 'where') && words.some((w) => INFO_VERBS.test(w)) && words.some((w) => /^(haku|haun|hakuj|hauist|hauista|rahoitushak|rahoitushau|rahotushak|rahotushau|hankehak|hankehau|call|calls|funding)/.test(w) && !w.includes('ilmoitu'));
}

/** ("esimerkiksi", for example, is not asking for examples.) */
const EXAMPLE_WORDS = /^(aiemmin|aikaisemmin|aiemp|aikaisemp|esimerk(?!iksi$)|vastaav|kokeiltu|kokeillu|toteutettu|toteuttanu|tehty|tehny|tehnyt|tehneet|previous|previously|earlier|ever|example|examples)/;
const PROJECT_WORDS = /^(hank|kake|project)/;

/** "Onko aiemmin tehty vastaavia kake-hankkeita?", "Has any KAKE project ever…?": earlier example projects. */
export function isExampleQuestion(words: readonly string[]): boolean {
  return words.some((w) => EXAMPLE_WORDS.test(w)) && words.some((w) => PROJECT_WORDS.test(w));
}

const RESULT_WORDS = /^(tulok\p{L}*|tulos|saatu|saatiin|saavutet\p{L}*|saavutti|saavuttanut|ansiosta|myötä|parantu\p{L}*|parani|vahvistu\p{L}*|vahvistunu|lisäänty\p{L}*|lisääntyny|tiivisty\p{L}*|kasvanut|kasvanu|aikaiseksi|hyötyneet|hyötyny|results?|achieved|achievements?|outcomes?|impacts?|improved)$/u;

/**
 * "Onko yhdistysten hanketaidot parantunu KANTOn ansiosta?", "Mitä KANTOlla on saatu aikaan?":
 * what a named coordination project has achieved, which its results section says.
 */
export function isResultsQuestion(words: readonly string[], projectWords: ReadonlySet<string>): boolean {
  return words.some((w) => startsWithAny(w, projectWords)) && words.some((w, i) => RESULT_WORDS.test(w) || (w === 'saatu' && words[i + 1] === 'aikaan') || w === 'aikaan');
}

const RESULTS_HEADING = /^(tulokset|results)\b/iu;

/** The heading of a passage stating a project's results ("Tulokset yhdistyksille"). */
export const isResultsHeading = headingMatches(RESULTS_HEADING);

const EXAMPLE_HEADING = /(esimerkkihank|aikaisemmista|example projects)/iu;

export const isExampleHeading = headingMatches(EXAMPLE_HEADING);

/** Words about an area; not "kattaa", which is as often about costs. */
const AREA_WORDS = /^(alue|alueel|alueese|alueeseen|alueella|aluee|alueen|toiminta-alue|kunnat|kunnissa|kuntia|kunnista|kuntiin|kuntaa|kuntalista\p{L}*|kuntaluettelo\p{L}*|piiri|piiriin|piirissä|piiriä|within|area|areas|municipality|municipalities|towns)$/u;
/** "Which municipalities does Koonto cover?" asks an area; "how much of the total cost would the support cover?" does not. */
const COVER = /^(cover|covers|covered)$/u;
const COST_ASKED = /^(cost|costs|expenses|budget|much|percent|percentage|share)$/u;

/** "Kuuluuko Varkaus Koonnon alueeseen?", "Which municipalities does Koonto cover?": which places an area takes in. */
export function isAreaQuestion(words: readonly string[]): boolean {
  // "Millaisella alueella … tehtiin edellisellä ohjelmakaudella 2014–2020?": what kind of area the work was done in before, not which places.
  if (words.some((w) => /^(ohjelmakau\p{L}*|edellisellä|edellisen|aikaisemmin|aiemmin)$/u.test(w))) return false;
  // "Onko Heinävesi KANTOn kuntien joukossa?" ("kuntien omiin palveluihin" is about the municipalities' services).
  const costs = words.some((w) => COST_ASKED.test(w));
  return words.some((w, i) => AREA_WORDS.test(w) || (COVER.test(w) && !costs) || (w === 'kuntien' && /^(joukossa|joukkoon|listalla|listassa|luettelossa|seassa)$/.test(words[i + 1] ?? '')));
}

const AREA_HEADING = /(kunnat|kohdealue|maantieteellinen|municipalities)/iu;

export const isAreaHeading = headingMatches(AREA_HEADING);

const ELIGIBILITY_HEADING = /(kuka voi hakea|ketkä voivat hakea|hakukelpoi|who can apply|eligib)/iu;

/** The heading of the passage that says who may apply. */
export const isEligibilityHeading = headingMatches(ELIGIBILITY_HEADING);

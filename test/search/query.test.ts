import { describe, expect, it } from 'vitest';
import { stem, tokenize } from '../../src/search/finnish.js';
import { alike, compileGlossary, normalizeEnglish, normalizeWord } from '../../src/search/glossary.js';
import { SearchIndex } from '../../src/search/index.js';
import { analyzeQuestion, askedText, askingSentences, detectLanguage, looksLikeVerb, sentencePointedBack, withoutClitic, withoutGuesses, wordEndingAt } from '../../src/search/query.js';
import { searchConcepts } from '../../src/search/search.js';

/** A glossary and an index small enough to reason about. */
const GLOSSARY = compileGlossary([
  { term: 'omarahoitusosuus', synonyms: ['omavastuu', 'oma osuus'], en: ['own funding', 'own contribution'] },
  { term: 'hakuaika', synonyms: ['deadline'], en: ['deadline', 'application period'] },
]);
const INDEX = SearchIndex.build([
  { id: 'd:1', title: 'Haku', headings: 'Omarahoitusosuus', body: 'Omarahoitusosuus on 20 %.' },
  { id: 'd:2', title: 'Haku', headings: 'Hakuaika', body: 'Hakuaika päättyy 10.5.2024.' },
  { id: 'd:3', title: 'Haku', headings: 'Yhteystiedot', body: 'Neuvoja vastaa kysymyksiin.' },
]);

const OMA = [stem('omarahoitusosuus')];

describe('analyzeQuestion', () => {
  it.each([
    ['an everyday word', 'Paljonko omavastuu on?'],
    ['a two-word synonym', 'Kuinka suuri oma osuus?'],
    ['the official word inflected', 'Paljonko omarahoitusosuutta tarvitaan?'],
    ['English', 'How much own funding is needed?'],
    ['English, other phrase', 'What is the own contribution?'],
  ])('joins %s to the official term', (_what, question) => {
    const { concepts } = analyzeQuestion(question, GLOSSARY, INDEX.vocabulary);
    expect(concepts.some((c) => c.alternatives.some((alt) => JSON.stringify(alt) === JSON.stringify(OMA)))).toBe(true);
  });

  it.each([
    ['Finnish', 'Mitkä pisteet KANTO antoi tietylle kohdalle erikseen?', ['antoi', 'tietylle', 'erikseen']],
    ['Finnish filler', 'Kannattaako pienen yhdistyksen hakea ollenkaan, vai ei lainkaan?', ['ollenkaan', 'lainkaan']],
    ['Finnish "certain kinds of"', 'Kiinnitetäänkö huomiota tietynlaisiin hankkeisiin?', ['tietynlaisiin']],
    ['Finnish "among"', 'Onko Heinävesi kuntien joukossa?', ['joukossa']],
    ['Karelian and spoken pronouns with "-kin"', 'myö ollaan kuopiosta, koskeeko haku meitäkin, vai pitääkö tehdä jonku kans', ['myö', 'meitäkin', 'jonku', 'kans']],
    ['Finnish "whereabouts", spoken "had to"', 'missä päin joensuuta toimisto on, paljonko olis pitäny maksaa', ['päin', 'pitäny']],
    ['Savo "ol" (was)', 'minkä ikäsille se hanke ol', ['ol']],
    ['Finnish spoken "then", "in total", "on the side of"', 'paljonko rahaa oli kaikkiaan jaossa sillon, kuka liikunnan puolella neuvoo', ['kaikkiaan', 'sillon', 'puolella']],
    ['Finnish "what it says in the section"', 'hankekuvauksessa on kohta Toiminnan tila, mitä siinä lukee, mitä kohdassa luki?', ['kohta', 'lukee', 'kohdassa', 'luki']],
    ['stop words with "-kin", "-kaan"', 'Voisivatko muutkin yhdistykset käyttää mallia, eikä tätäkään?', ['muutkin', 'tätäkään']],
    ['Finnish "what kind of" inflected', 'Minkälaiselle alueelle kehittäminen rajoittui, millaisessa muodossa?', ['minkälaiselle', 'millaisessa']],
    ['Finnish "without"', 'Voiko hankkeen tehdä ilman muita?', ['ilman']],
    ['Finnish "from the point of view of"', 'Mitä haulla tavoitellaan kylien kannalta?', ['kannalta']],
    ['Finnish "as some", "each", "mere"', 'Voiko yleiskulut laskea jonain prosenttina eikä kuitteja jokaisesta, vai pelkät kuitit?', ['jonain', 'jokaisesta', 'pelkät']],
    ['Finnish "directly", "suffices", "had to", "away", "last"', 'Riittääkö, että viedään palvelut suoraan kylille, vai piti viime kerralla tehdä pois?', ['suoraan', 'riittääkö', 'piti', 'pois', 'viime']],
    ['Finnish story words', 'Ei oo ikinä hakenu, mutta ajatus on herännyt; ohjaaja ehdotti, mitä kanto laitto?', ['ajatus', 'hakenu', 'herännyt', 'ehdotti', 'laitto']],
    ['Finnish spoken frame words', 'haluis et ne oppis ensin kunnolla jotain kivaa, mut ei yhtään isompaa, sais nähtiin', ['haluis', 'ensin', 'kunnolla', 'kivaa', 'mut', 'yhtään', 'isompaa', 'sais', 'nähtiin']],
    ['Finnish "tells", "read", "deal with", "anyway"', 'Mitä ELY kertoo tiedotteessa, missä sen voi lukea, voiko asioida puhelimella muutenkin?', ['kertoo', 'lukea', 'asioida', 'muutenkin']],
    ['English "roughly"', 'Roughly how many associations are there?', ['roughly']],
    ['Finnish "send questions"', 'mihin voin laittaa kysymyksiä hannalle', ['kysymyksiä']],
    ['Finnish "a few"', 'voiko muutama yhdistys hakea yhdessä', ['muutama']],
    ['Finnish "for example"', 'puhutaanko koulutuksissa ympäristöasioista, esimerkiksi kierrätyksestä', ['esimerkiksi']],
    ['Finnish "after it ended"', 'jatkuiko työpaja hankkeen päätyttyä tai loputtua', ['päätyttyä', 'loputtua']],
    ['Finnish "even though not", "beforehand"', 'onko se huomioitu, vaikkei sitä ole tehty etukäteen', ['vaikkei', 'etukäteen']],
    ['Finnish "different", Savo "passaa", "tekköö"', 'passaa se eri hankkeille, mitä porukka tekköö', ['eri', 'passaa', 'tekköö']],
    ['Finnish "recorded", "written"', 'Mihin KANTO on kirjattu, miten se on kirjoitettu?', ['kirjattu', 'kirjoitettu']],
    ['Finnish "name" (a name is asked for; the passage gives it, not the word)', 'Mikä sen verkkosivuston nimi on?', ['nimi']],
    ['"olikaan" (was it again)', 'mikä se osoite olikaan?', ['olikaan']],
    ['spoken "tota", "of what size", "could"', 'Minkä suuruisia prosentteja tota mallia pystyi käyttämään?', ['tota', 'suuruisia', 'pystyi']],
    ['English', 'What were associations meant to do according to KANTO?', ['meant', 'according']],
    ['English "ones", "particular", "single out"', 'Did the call single out any particular age group? Which ones?', ['ones', 'particular', 'single']],
    ['English "things", "several"', 'Did several things change?', ['things', 'several']],
  ])('drops %s frame words', (_lang, question, frame) => {
    const surfaces = analyzeQuestion(question, GLOSSARY, INDEX.vocabulary).concepts.map((c) => c.surface);
    for (const w of frame) expect(surfaces).not.toContain(w);
  });

  it('counts two words for one glossary term once, accepting either', () => {
    const { concepts } = analyzeQuestion('Paljonko omavastuu eli oma osuus on?', GLOSSARY, INDEX.vocabulary);
    const own = concepts.filter((c) => JSON.stringify(c.alternatives[0]) === JSON.stringify(OMA));
    expect(own).toHaveLength(1);
    const alternatives = own[0]?.alternatives.map((a) => a.join(' ')) ?? [];
    expect(alternatives).toEqual(expect.arrayContaining([stem('omavastuu'), `${stem('oma')} ${stem('osuus')}`]));
  });

  it("reads a mistyped word the glossary knows in the spelling the documents have, as the member's own alternative", () => {
    const glossary = compileGlossary([{ term: 'Yhdenvertaiseen osallisuuteen', synonyms: ['erityistavoite'], en: [] }]);
    const index = SearchIndex.build([{ id: 'd:1', title: 'Kuvaus', headings: 'Hanke', body: 'Erityistavoite: 10.1. Työelämän ulkopuolella olevien työkyky. Yhdenvertaiseen osallisuuteen.' }]);
    const [concept] = analyzeQuestion('Mikä erityistavote on merkitty?', glossary, index.vocabulary).concepts;
    expect(concept?.surface).toBe('erityistavote');
    expect(concept?.own).toEqual([stem('erityistavoite')]);
    // A word the documents have stays as the member wrote it.
    expect(analyzeQuestion('Mikä erityistavoite on merkitty?', glossary, index.vocabulary).concepts[0]?.own).toEqual([stem('erityistavoite')]);
  });

  it("reads an English phrase two entries give for one term written two ways as both ('immigrants'), not one two unrelated terms share ('call')", () => {
    const glossary = compileGlossary([
      { term: 'maahan muuttanut', synonyms: [], en: ['immigrants', 'call'] },
      { term: 'maahanmuuttaja', synonyms: [], en: ['immigrants'] },
      { term: 'yhteystiedot', synonyms: [], en: ['call'] },
    ]);
    const [immigrants] = analyzeQuestion('Does the call mention immigrants?', glossary, INDEX.vocabulary).concepts.filter((c) => c.surface === 'immigrants');
    expect(immigrants?.alternatives).toEqual([[stem('maahan'), stem('muuttanut')], [stem('maahanmuuttaja')]]);
    expect(glossary.filter((r) => r.lang === 'en' && r.phrase.join(' ') === 'call').every((r) => r.also.length === 0)).toBe(true);
  });

  it("keeps no own alternative for a glossary phrase whose own words include a stop word ('ite maksaa' is not just 'maksaa')", () => {
    const glossary = compileGlossary([{ term: 'omarahoitusosuus', synonyms: ['ite maksaa', 'oma osuus'], en: [] }]);
    const [paying] = analyzeQuestion('Paljonko pitää ite maksaa?', glossary, INDEX.vocabulary).concepts;
    expect(paying?.alternatives).toEqual([OMA]);
    const [share] = analyzeQuestion('Kuinka suuri on oma osuus?', glossary, INDEX.vocabulary).concepts;
    expect(share?.own).toEqual([stem('oma'), stem('osuus')]);
  });

  it('keeps the own words of a glossary phrase joined by "on" ("hanke on käynnissä"): the copula says nothing of its own', () => {
    const glossary = compileGlossary([{ term: 'Kokonaisvaltaisen tuen', synonyms: ['hanke on käynnissä'], en: [] }]);
    const index = SearchIndex.build([
      { id: 'd:1', title: 'Esitys', headings: 'Hanke', body: 'Hanke on käynnissä 31.12.2023 asti.' },
      { id: 'd:2', title: 'Esitys', headings: 'Tuki', body: 'Kokonaisvaltaisen tuen hankkeen suunnittelusta toteutukseen.' },
    ]);
    const [running] = analyzeQuestion('Mihin asti hanke on käynnissä?', glossary, index.vocabulary).concepts;
    expect(running?.own).toEqual([stem('hanke'), stem('käynnissä')]);
  });

  it('asked who does a thing, gives its verb the doer\'s noun the documents use ("rahoittaa": "rahoittaja")', () => {
    const index = SearchIndex.build([{ id: 'd:1', title: 'Esitys', headings: 'KANTO', body: 'Rahoittaja: EU:n sosiaalirahasto.' }]);
    const funding = (q: string) => analyzeQuestion(q, [], index.vocabulary).concepts.find((c) => c.surface === 'rahoittaa');
    expect(funding('Kuka KANTOa rahoittaa?')?.alternatives).toContainEqual([stem('rahoittaja')]);
    // Not when who is not asked, nor when the documents have no such noun.
    expect(funding('Miten KANTOa rahoittaa?')?.alternatives).not.toContainEqual([stem('rahoittaja')]);
    const other = analyzeQuestion('Kuka järjestää koulutuksen?', [], index.vocabulary).concepts.find((c) => c.surface === 'järjestää');
    expect(other?.alternatives).toEqual([[stem('järjestää')]]);
  });

  it('reads English typos: a long stop word one letter off ("acording") asks nothing, and a plural one letter off finds its glossary word ("assocations")', () => {
    const glossary = compileGlossary([{ term: 'yhdistys', synonyms: [], en: ['registered association'] }]);
    const index = SearchIndex.build([{ id: 'd:1', title: 'Kuvaus', headings: 'Kohderyhmä', body: 'Pohjois-Karjalassa on 3 800 rekisteröityä yhdistystä.' }]);
    const { lang, concepts } = analyzeQuestion('how many registered assocations are there acording to the description', glossary, index.vocabulary);
    expect(lang).toBe('en');
    expect(concepts.map((c) => c.surface)).not.toContain('acording');
    expect(concepts.find((c) => c.surface === 'registered assocations')?.alternatives).toContainEqual([stem('yhdistys')]);
  });

  it('reads an ordinal in the nominative or partitive with the stem of its other cases ("neljäs sektori", "neljännen sektorin")', () => {
    expect(normalizeWord('neljäs', 'fi')).toBe(normalizeWord('neljännen', 'fi'));
    expect(normalizeWord('kolmatta', 'fi')).toBe(normalizeWord('kolmannella', 'fi'));
    const index = SearchIndex.build([{ id: 'd:1', title: 'Tiedote', headings: 'Painotukset', body: 'Edistetään kolmannen ja neljännen sektorin yhteistyötä.' }]);
    const [sector] = analyzeQuestion('Onko neljäs sektori mukana?', [], index.vocabulary).concepts;
    expect(searchConcepts(index, sector === undefined ? [] : [sector])[0]?.ref).toBe('d:1');
  });

  it('drops question words and stop words', () => {
    const { concepts } = analyzeQuestion('Paljonko meidän pitää tietää, kun on haku?', GLOSSARY, INDEX.vocabulary);
    const surfaces = concepts.map((c) => c.surface);
    for (const w of ['paljonko', 'meidän', 'pitää', 'kun', 'on']) expect(surfaces).not.toContain(w);
  });

  it('marks a word the documents never use as unknown, and weighs it no more than a rare known word', () => {
    const { concepts } = analyzeQuestion('omarahoitusosuus kvanttitietokone', GLOSSARY, INDEX.vocabulary);
    const unknown = concepts.find((c) => c.surface === 'kvanttitietokone');
    const known = concepts.find((c) => c.surface === 'omarahoitusosuus');
    expect(unknown?.unknown).toBe(true);
    expect(known?.unknown).toBe(false);
    expect(unknown?.weight ?? Infinity).toBeLessThanOrEqual(INDEX.vocabulary.idf(1));
  });

  it('leaves out the words the caller handles elsewhere', () => {
    const { concepts, words } = analyzeQuestion('omavastuu Etelä-Savossa', GLOSSARY, INDEX.vocabulary, (w) => w === 'etelä' || w === 'savossa');
    expect(concepts.map((c) => c.surface)).toEqual(['omavastuu']);
    expect(words).toEqual(tokenize('omavastuu Etelä-Savossa'));
  });

  it('counts minor words (place names) half', () => {
    const full = analyzeQuestion('neuvoja Kuopio', GLOSSARY, INDEX.vocabulary).concepts.find((c) => c.surface === 'kuopio');
    const minor = analyzeQuestion('neuvoja Kuopio', GLOSSARY, INDEX.vocabulary, undefined, (w) => w === 'kuopio').concepts.find((c) => c.surface === 'kuopio');
    expect(minor?.weight).toBeCloseTo((full?.weight ?? 0) / 2);
  });

  it.each(['Kuinka suuren osan hakuaika kattaa?', 'How large a share is the deadline?', 'Kuinka pitkä hakuaika?'])('drops degree phrases that only ask for an amount: %s', (question) => {
    const surfaces = analyzeQuestion(question, GLOSSARY, INDEX.vocabulary).concepts.map((c) => c.surface);
    expect(surfaces.some((s) => /suur|osa|large|share|pitkä/.test(s))).toBe(false);
  });

  it('keeps a glossary phrase\'s own words without its question word ("millaisiin hankkeisiin": the passage need not say "millaisiin")', () => {
    const glossary = compileGlossary([{ term: 'painopisteet', synonyms: ['millaisiin hankkeisiin'], en: [] }]);
    const concept = analyzeQuestion('Millaisiin hankkeisiin kiinnitetään huomiota?', glossary, INDEX.vocabulary).concepts.find((c) => c.surface === 'millaisiin hankkeisiin');
    expect(concept?.alternatives).toContainEqual([stem('hankkeisiin')]);
    expect(concept?.alternatives.flat()).not.toContain(stem('millaisiin'));
  });

  it('gives no concepts for a question of question words only', () => {
    expect(analyzeQuestion('Mitä ja miten?', GLOSSARY, INDEX.vocabulary).concepts).toEqual([]);
  });
});

describe('analyzeQuestion: a filler between a glossary phrase\'s words', () => {
  it('joins "hakea ihan yksin" to the term of "hakea yksin"', () => {
    const glossary = compileGlossary([{ term: 'Yhden toimijan hanke', synonyms: ['hakea yksin'], en: [] }]);
    const index = SearchIndex.build([{ id: 'd:1', title: 'Haku', headings: 'Hankemuodot', body: 'Yhden toimijan hanke tai ryhmähanke.' }]);
    const target = ['yhden', 'toimijan', 'hanke'].map(stem);
    const { concepts } = analyzeQuestion('Voiko hakea ihan yksin?', glossary, index.vocabulary);
    expect(concepts.some((c) => c.alternatives.some((alt) => JSON.stringify(alt) === JSON.stringify(target)))).toBe(true);
  });
});

describe('analyzeQuestion: "yhteydessä"', () => {
  const glossary = compileGlossary([{ term: 'yhteystiedot', synonyms: ['yhteys'], en: [] }]);
  const index = SearchIndex.build([{ id: 'd:1', title: 'Haku', headings: 'Yhteystiedot', body: 'Kokeilukulttuuria tuetaan. Yhteystiedot alla.' }]);
  const contact = (question: string): boolean =>
    analyzeQuestion(question, glossary, index.vocabulary).concepts.some((c) => c.alternatives.some((alt) => JSON.stringify(alt) === JSON.stringify([stem('yhteystiedot')])));

  it('reads "yhteydessä" after a genitive as "in connection with", no contact', () => {
    expect(contact('Minkä asian yhteydessä kokeilukulttuuria tuetaan?')).toBe(false);
    expect(contact('Mainittiinko kokeilukulttuuri sote-muutostuen yhteydessä?')).toBe(false);
  });

  it('still reads being in contact as a contact ("olla yhteydessä", "johonkin yhteydessä", "etukäteen yhteydessä")', () => {
    expect(contact('Kenen kanssa pitäisi olla yhteydessä?')).toBe(true);
    expect(contact('Kannattaako olla johonkin yhteydessä?')).toBe(true);
    expect(contact('Pitääkö olla etukäteen yhteydessä?')).toBe(true);
  });
});

describe('analyzeQuestion: asked whether what was told is right', () => {
  it('drops "right" and "correct" after "that" or "is" in English, but keeps "rights"', () => {
    const index = SearchIndex.build([{ id: 'd:1', title: 'T', headings: 'Oikeudet', body: 'Right to apply. Equal rights. Correct form.' }]);
    const surfaces = (question: string): string[] => analyzeQuestion(question, [], index.vocabulary).concepts.map((c) => c.surface);
    expect(surfaces('Is that right?')).toEqual([]);
    expect(surfaces('The form is A. Is this correct?')).not.toContain('correct');
    expect(surfaces('Are equal rights mentioned?')).toContain('rights');
  });
});

describe('analyzeQuestion: a question of amount apart from the rest of its glossary phrase', () => {
  const glossary = compileGlossary([
    { term: 'tukitaso', synonyms: ['paljonko tukea'], en: [] },
    { term: 'osallistujamäärä', synonyms: ['montako osallistujaa'], en: [] },
  ]);
  const index = SearchIndex.build([{ id: 'd:1', title: 'Tuki', headings: 'Tukitaso', body: 'Tukitaso on 80 %. Osallistujamäärä 50. Osallistujan päivät.' }]);
  const terms = (question: string): string[][] => analyzeQuestion(question, glossary, index.vocabulary).concepts.flatMap((c) => c.alternatives);

  it('joins "paljonko kake-hankkeisiin saa tukea" to the term of "paljonko tukea"', () => {
    expect(terms('paljonko kake-hankkeisiin saa tukea pohjois-savossa')).toContainEqual([stem('tukitaso')]);
  });

  it('does not join more than three words apart, nor across a word the amount is asked of ("montako päivää osallistujan")', () => {
    expect(terms('paljonko meidän pienen kylän yhdistys saa tukea')).not.toContainEqual([stem('tukitaso')]);
    expect(terms('Montako päivää osallistujan alku- ja loppupäivän välillä piti olla?')).not.toContainEqual([stem('osallistujamäärä')]);
  });

  it('joins only after a question word: "paljon" alone is no question of amount', () => {
    expect(terms('meillä on paljon jäseniä ja haluamme tukea nuoria')).not.toContainEqual([stem('tukitaso')]);
  });
});

describe('detectLanguage', () => {
  it.each([
    ['Paljonko omarahoitusta tarvitaan?', 'fi'],
    ['What is the own contribution?', 'en'],
    ['When does the call close?', 'en'],
    ['Milloin haku päättyy?', 'fi'],
    ['omarahoitus', 'fi'],
    // Finnish with an English phrase mixed in: the case endings say Finnish.
    ['omarahoitusosuus pk:n 2022 kake-haussa, what percent?', 'fi'],
    // A Finnish project name in an English question does not.
    ['Which organisations did Pallokissat partner with in the Jalkapallosta elämäniloa project?', 'en'],
    ['We want to build a partnership between social workers and our association', 'en'],
    // A short English search naming a person or a project, with no Finnish word or case ending.
    ['Hanna Kääriäinen email', 'en'],
    ['KANTO budget', 'en'],
    ['Koonto project manager', 'en'],
    ['koonnon yhteystiedot', 'fi'],
    ['', 'fi'],
  ] as const)('%s → %s', (question, lang) => {
    expect(detectLanguage(tokenize(question))).toBe(lang);
  });
});

describe('looksLikeVerb', () => {
  it.each([
    ['tehny', true],
    ['pudonnu', true],
    ['parantunu', true],
    ['tullu', true],
    ['kuuluu', true],
    ['haetaan', true],
    ['käsittely', false],
    ['omavastuu', true],
    ['yhdistys', false],
    ['hakuaika', false],
    ['asioida', true],
    ['kehitettäs', true],
    ['haettais', true],
    ['ideoida', true],
    ['viedä', true],
    ['Kanada', false],
  ])('%s → %s', (word, expected) => {
    expect(looksLikeVerb(word)).toBe(expected);
  });
});

describe('word normalisation', () => {
  it.each([
    ['sopiiko', 'sopii'],
    ['tuetaanko', 'tuetaan'],
    ['onkö', 'onkö'],
    ['verkko', 'verkko'],
    ['taulukko', 'taulukko'],
    ['tulokseks', 'tulokseksi'],
    ['kumppaniks', 'kumppaniksi'],
    ['miks', 'miks'],
    ['kuuluuks', 'kuuluu'],
    ['päästäänks', 'päästään'],
    ['riittääks', 'riittää'],
    // The past passive with a spoken "-ks".
    ['painotettiinks', 'painotettiin'],
    ['tehtiinks', 'tehtiin'],
  ])('withoutClitic(%s) = %s', (word, expected) => {
    expect(withoutClitic(word)).toBe(expected);
  });

  it.each([
    ['costs', 'cost'],
    ['activities', 'activity'],
    ["funder's", 'funder'],
    ['class', 'class'],
    ['is', 'is'],
  ])('normalizeEnglish(%s) = %s', (word, expected) => {
    expect(normalizeEnglish(word)).toBe(expected);
  });

  it('compiles longer glossary phrases first, so "own funding" wins over "funding"', () => {
    const lengths = GLOSSARY.map((r) => r.phrase.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });
});

describe('alike (glossary word comparison)', () => {
  it.each([
    ['hankehau', 'hankehaku', true],
    ['yhdistys', 'yhdistyks', true],
    ['omarahotiusosuus', 'omarahoitusosuus', true],
    // A compound is not its head: "kustannus" is not "kustannusmalli".
    ['kustannus', 'kustannusmal', false],
    ['tuki', 'tukitaso', false],
    // Another last letter and two more letters: another word (toiminnan → toimin, toimisto).
    ['toimin', 'toimisto', false],
  ] as const)('%s ~ %s → %s', (a, b, expected) => {
    expect(alike(a, b)).toBe(expected);
    expect(alike(b, a)).toBe(expected);
  });
});

describe('askedText', () => {
  it.each([
    ['Meiän hankkeen budjetti ois 60 000 e. Paljonko siitä pitää kattaa itse Pohjois-Karjalan haussa?', 'Paljonko siitä pitää kattaa itse Pohjois-Karjalan haussa?'],
    ['Hei! Meillä on Mikkelissä kerho mielenterveyskuntoutujille. Sopiiko tällainen?', 'Hei! Meillä on Mikkelissä kerho mielenterveyskuntoutujille. Sopiiko tällainen?'],
    ['Voisko hankerahalla viedä palveluja sinne missä ihmiset on, esim. kirjastoon?', 'Voisko hankerahalla viedä palveluja sinne missä ihmiset on, esim. kirjastoon?'],
    ['Paljonko omarahoitusta tarvitaan?', 'Paljonko omarahoitusta tarvitaan?'],
    // A story told before a verb of wondering; what is wondered asks.
    [
      'meijän päihdetoipujien ryhmä savonlinnassa mietti että kelepaako riippuvuuksien kanssa kamppailevien tukeminen etelä-savon 2/2024 hakuun',
      'kelepaako riippuvuuksien kanssa kamppailevien tukeminen etelä-savon 2/2024 hakuun',
    ],
    ['Hallitus haluaa tietää, voiko hankkeessa palkata työntekijän?', 'voiko hankkeessa palkata työntekijän?'],
    // (Not when the wondering is itself asked.)
    ['Mitä hallitus mietti että tehdään?', 'Mitä hallitus mietti että tehdään?'],
    // A year ends a sentence when a capital follows; an ordinal ("2. krs") does not.
    ['Pohjois-Karjalan kake-haku aukesi kesäkuun lopussa 2022. Oliko KANTO-koordinaatiohanke silloin jo käynnissä?', 'Oliko KANTO-koordinaatiohanke silloin jo käynnissä?'],
    ['Toimisto on Rantakatu 23 A, 2. krs Joensuussa. Onko siellä esteetön sisäänkäynti?', 'Onko siellä esteetön sisäänkäynti?'],
    // A "kun" clause closed by ", niin" tells; what follows asks.
    ['Kun kesäkuun 2024 haun avasi Etelä-Savon ELY, niin onko se vain eteläsavolaisille vai voiko pohjoissavolainen kuoro hakea?', 'onko se vain eteläsavolaisille vai voiko pohjoissavolainen kuoro hakea?'],
    ['Kun haku on auki, niin milloin se päättyy, kun kukaan ei tiedä?', 'milloin se päättyy, kun kukaan ei tiedä?'],
    ['Kesäkuun 2024 haun avasi Etelä-Savon ELY-keskus, niin koskeeko se haku ollenkaan pohjoissavolaisia yhdistyksiä?', 'koskeeko se haku ollenkaan pohjoissavolaisia yhdistyksiä?'],
    // Without a question mark, a sentence asking in spoken Finnish ("voiks", "sopiiks") asks.
    ['meiän kylä hiljenee koko ajan. sopiiks kylän elinvoiman parantaminen siihen kesäkuun hakuun', 'sopiiks kylän elinvoiman parantaminen siihen kesäkuun hakuun'],
    // Who asks, told before a colon, is not what is asked.
    ['Ollaan Leppävirralla sote-alan yhdistys: mitä muuta toimintaa Koonnon kalvoilla mainitaan?', 'mitä muuta toimintaa Koonnon kalvoilla mainitaan?'],
    ['Nurmeksen nuorisoseura kyselee: onko haku vielä auki?', 'Nurmeksen nuorisoseura kyselee: onko haku vielä auki?'],
  ])('%s → %s', (question, asked) => {
    expect(askedText(question, 'fi')).toBe(asked);
  });

  it('weighs the words of the situation half, and reads intents from the asking sentence only', () => {
    const vocabulary = SearchIndex.build([{ id: 'a:1', title: 'T', headings: 'Kunnat', body: 'Kitee, Joensuu ja Lieksa. Hanke tehty.' }]).vocabulary;
    const weightOfKitee = (question: string): number => analyzeQuestion(question, [], vocabulary).concepts.find((c) => c.surface === 'kitee')?.weight ?? Number.NaN;
    expect(weightOfKitee('Ollaan Kitee yhdistys. Kuuluuko Lieksa alueeseen?')).toBeCloseTo(weightOfKitee('Ollaan Lieksa yhdistys. Kuuluuko Kitee alueeseen?') / 2);
    expect(analyzeQuestion('Ei olla ikinä tehty hanketta. Kuuluuko Kitee alueeseen?', [], vocabulary).words).not.toContain('tehty');
  });

  it('weighs a clause telling the asker\'s own situation after what is asked like the story', () => {
    const vocabulary = SearchIndex.build([{ id: 'a:1', title: 'T', headings: 'Kunnat', body: 'Kitee, Joensuu ja Lieksa. Hanke tehty.' }]).vocabulary;
    const weightOfKitee = (question: string): number => analyzeQuestion(question, [], vocabulary).concepts.find((c) => c.surface === 'kitee')?.weight ?? Number.NaN;
    expect(weightOfKitee('kuuluuko lieksa alueeseen, meiän toimisto on kitee')).toBeCloseTo(weightOfKitee('kuuluuko kitee alueeseen, meiän toimisto on lieksa') / 2);
    // A clause that asks too is part of the question.
    expect(weightOfKitee('kuuluuko lieksa alueeseen, meiän toimisto on kitee, kuuluuko se')).toBeCloseTo(weightOfKitee('kuuluuko kitee alueeseen, onko lieksa'));
  });

  it('weighs examples (or a concession) after ", vaikka" like the story, and does not take "muutenkin" for a topic', () => {
    const vocabulary = SearchIndex.build([{ id: 'a:1', title: 'T', headings: 'Kunnat', body: 'Kitee, Joensuu ja Lieksa. Muutos tehty.' }]).vocabulary;
    const weightOfKitee = (question: string): number => analyzeQuestion(question, [], vocabulary).concepts.find((c) => c.surface === 'kitee')?.weight ?? Number.NaN;
    expect(weightOfKitee('kuuluuko lieksa alueeseen, vaikka kitee')).toBeCloseTo(weightOfKitee('kuuluuko kitee alueeseen, vaikka lieksa') / 2);
    expect(analyzeQuestion('voiks palveluita viedä sinne missä ihmiset muutenki on', [], vocabulary).concepts.map((c) => c.surface)).not.toContain('muutenki');
  });

  it('weighs a motive after what is asked (", jos haluan …") like the story, but not a condition ("…, jos toiminta on …")', () => {
    const vocabulary = SearchIndex.build([{ id: 'a:1', title: 'T', headings: 'Kunnat', body: 'Kitee, Joensuu ja Lieksa. Toiminta jää.' }]).vocabulary;
    const weightOfLieksa = (question: string): number => analyzeQuestion(question, [], vocabulary).concepts.find((c) => c.surface === 'lieksassa')?.weight ?? Number.NaN;
    expect(weightOfLieksa('missä kitee on, jos haluan käydä lieksassa')).toBeCloseTo(weightOfLieksa('missä kitee on, jos toiminta on lieksassa') / 2);
  });

  it('weighs a clause telling the asker\'s own situation before what is asked, in the same sentence, like the story', () => {
    const vocabulary = SearchIndex.build([{ id: 'a:1', title: 'T', headings: 'Kunnat', body: 'Kitee, Joensuu ja Lieksa. Hanke tehty.' }]).vocabulary;
    const weightOfKitee = (question: string): number => analyzeQuestion(question, [], vocabulary).concepts.find((c) => c.surface === 'kitee')?.weight ?? Number.NaN;
    expect(weightOfKitee('myö ollaan kitee yhdistys, kuuluuko lieksa alueeseen')).toBeCloseTo(weightOfKitee('myö ollaan lieksa yhdistys, kuuluuko kitee alueeseen') / 2);
    expect(weightOfKitee('hei meiän kylä on kitee, kuuluuko lieksa alueeseen')).toBeCloseTo(weightOfKitee('hei meiän kylä on lieksa, kuuluuko kitee alueeseen') / 2);
    // Not a clause that asks, nor one that does not tell about the asker.
    expect(weightOfKitee('meidän kitee kuuluuko alueeseen, entä lieksa')).toBeCloseTo(weightOfKitee('meidän lieksa kuuluuko alueeseen, entä kitee'));
    expect(weightOfKitee('kitee on kaunis, kuuluuko lieksa alueeseen')).toBeCloseTo(weightOfKitee('lieksa on kaunis, kuuluuko kitee alueeseen'));
  });
});

describe('analyzeQuestion: the asker\'s own kind of association', () => {
  const vocabulary = SearchIndex.build([{ id: 'a:1', title: 'T', headings: 'Hakijat', body: 'Yhdistykset voivat hakea. Ryhmähanke on mahdollinen.' }]).vocabulary;
  const weightOf = (question: string, surface: string): number => analyzeQuestion(question, [], vocabulary).concepts.find((c) => c.surface === surface)?.weight ?? Number.NaN;

  it('weighs an unknown kind of association told as the asker\'s own ("meidän juniorifutisseura") half: it says who asks, not what', () => {
    expect(weightOf('voiks meidän juniorifutisseura hakea ryhmähanketta', 'juniorifutisseura')).toBeCloseTo(weightOf('voiks juniorifutisseura hakea ryhmähanketta', 'juniorifutisseura') / 2);
    expect(weightOf('Me ollaan metsästysseura. Voiko hakea?', 'metsästysseura')).toBeCloseTo(weightOf('Onko metsästysseura mukana? Voiko hakea?', 'metsästysseura') / 2);
  });

  it('keeps the full weight of one that is asked about ("Paljonko niistä on kyläyhdistyksiä?") or is no association ("meidän ohjausryhmä")', () => {
    expect(weightOf('Paljonko niistä on kyläyhdistyksiä?', 'kyläyhdistyksiä')).toBeCloseTo(weightOf('Paljonko niistä on kylätaloja?', 'kylätaloja'));
    expect(weightOf('voiks meidän ohjausryhmä hakea', 'ohjausryhmä')).toBeCloseTo(weightOf('voiks meidän kylätalo hakea', 'kylätalo'));
  });

  it('weighs an unknown word ending in "our" / "we" ("sihteerimme", "suunnittelemme") half, as the asker\'s own', () => {
    expect(weightOf('Sihteerimme luki, että ryhmähanke on mahdollinen. Voiko hakea?', 'sihteerimme')).toBeCloseTo(weightOf('Sihteeri luki, että ryhmähanke on mahdollinen. Voiko hakea?', 'sihteeri') / 2);
    const concept = analyzeQuestion('Suunnittelemme ryhmähanketta, voiko hakea?', [], vocabulary).concepts.find((c) => c.surface === 'suunnittelemme');
    expect(concept?.asker).toBe(true);
  });
});

describe('analyzeQuestion: by whom a thing was made', () => {
  it('weighs an agent participle after "kenen" ("kenen tekemä") as a verb, half', () => {
    const vocabulary = SearchIndex.build([{ id: 'a:1', title: 'T', headings: 'Tulokset', body: 'Osallisuusindikaattori on käytössä.' }]).vocabulary;
    const weightOf = (question: string, surface: string): number => analyzeQuestion(question, [], vocabulary).concepts.find((c) => c.surface === surface)?.weight ?? Number.NaN;
    expect(weightOf('Mikä se mittari oli ja kenen tekemä?', 'tekemä')).toBeCloseTo(weightOf('Mikä se mittari oli ja tekemä?', 'tekemä') / 2);
    // Not a noun after another word ("minkä ohjelma").
    expect(weightOf('Minkä ohjelma se oli?', 'ohjelma')).toBeCloseTo(weightOf('Ohjelma se oli?', 'ohjelma'));
  });
});

describe('analyzeQuestion: a heading a story names', () => {
  it('weighs the words of a heading named before "-otsikon" fully, as a quote of the document, and the words for a document\'s parts not at all', () => {
    const vocabulary = SearchIndex.build([{ id: 'a:1', title: 'T', headings: 'Osallisuus ja yhteisöllisyys', body: 'Vahvistetaan asukkaiden osallistumista.' }]).vocabulary;
    const concepts = analyzeQuestion('Osallisuus ja yhteisöllisyys -otsikon alla on muutama ranskalainen viiva. Mitä ensimmäisessä kohdassa sanotaan vahvistettavan?', [], vocabulary).concepts;
    const weight = (surface: string): number => concepts.find((c) => c.surface === surface)?.weight ?? Number.NaN;
    const alone = analyzeQuestion('Mitä osallisuus ja yhteisöllisyys tarkoittaa?', [], vocabulary).concepts.find((c) => c.surface === 'yhteisöllisyys')?.weight;
    expect(weight('yhteisöllisyys')).toBeCloseTo(alone ?? Number.NaN);
    expect(concepts.map((c) => c.surface)).not.toContain('otsikon');
    expect(concepts.map((c) => c.surface)).not.toContain('viiva');
  });
});

describe('glossary targets', () => {
  it('are the terms the index keeps: a one-letter part of "Y-tunnus" is not one of them', () => {
    const [rule] = compileGlossary([{ term: 'Y-tunnus', synonyms: [], en: ['business id'] }]);
    expect(rule?.target).toEqual([stem('tunnus')]);
  });

  it('let an English question find the Finnish term through the glossary', () => {
    const index = SearchIndex.build([
      { id: 'a:1', title: 'Hakija', headings: 'Hakijan perustiedot', body: 'Y-tunnus: 0280113-5' },
      { id: 'a:2', title: 'Hakija', headings: 'Yhteystiedot', body: 'Puhelinnumero: 050 558 7460' },
    ]);
    const rules = compileGlossary([{ term: 'Y-tunnus', synonyms: [], en: ['business id'] }]);
    const analyzed = analyzeQuestion('What is the business ID of the association?', rules, index.vocabulary);
    expect(searchConcepts(index, analyzed.concepts)[0]?.ref).toBe('a:1');
  });
});

describe('askingSentences: a question that tells, then asks after "mutta"', () => {
  it.each([
    // The clauses contrast (both are about target groups): what is told is the story.
    ['KANTOn varsinainen kohderyhmä on yhdistykset, mutta ketkä ovat välillisiä kohderyhmiä?', 'mutta ketkä ovat välillisiä kohderyhmiä?'],
    // The first clause names what is asked about: it stays part of the question.
    ['Hanaa!-hankkeesta kerrottiin meille, mutta minkä ikäisille se oli tarkoitettu?', undefined],
    ['Hyvä arki -hankkeessa kehitettiin opinollistamista, mutta pitikö osallistujien silti opiskella oppilaitoksessa?', undefined],
  ])('%s → %s', (text, asking) => {
    expect(askingSentences(text)).toBe(asking);
  });
});

describe('askedText: words a story quotes from a document', () => {
  it('asks about the words quoted, not the rest of the story', () => {
    expect(askedText("slaidissa oli KANTOn 'Toiminta-aika'. mistä päivästä se hanke alkoi", 'fi')).toBe('Toiminta-aika mistä päivästä se hanke alkoi');
  });

  it('leaves a quoted title, which names the document, to the story', () => {
    const question = "Luin ELY:n tiedotteen 'Itä-Suomessa haettavissa rahoitusta'. Milloin se on tarkalleen julkaistu, kellonaikaa myöten?";
    expect(askedText(question, 'fi')).toBe('Milloin se on tarkalleen julkaistu, kellonaikaa myöten?');
  });
});

describe('askingSentences: without a question mark', () => {
  it.each([
    // A sentence asking in spoken Finnish ("voiks") asks; the one before it ends in a full stop and tells.
    ['ollaan kuopiolainen kuoro ja kuultiin et p-savossa on kake-haku alkuvuodesta. voiks sinne jo hakea', 'voiks sinne jo hakea'],
    ['meil on pieni kuoro. onks teillä neuvojaa', 'onks teillä neuvojaa'],
    // "onko", too short to read its clitic, asks.
    ['nuorten liikuntaseura kuopiosta. koonnon kalvoissa oli se seuraava haku, onko se jo alkanut', 'koonnon kalvoissa oli se seuraava haku, onko se jo alkanut'],
    // So does one with a spoken question word ("millasiin", "miks").
    ['Meiän kyläyhdistys on tosi pieni. millasiin hankkeisiin ely kiinnittää huomiota', 'millasiin hankkeisiin ely kiinnittää huomiota'],
  ])('%s → %s', (text, asking) => {
    expect(askingSentences(text)).toBe(asking);
  });
});

describe('askingSentences: a question after a dash', () => {
  it.each([
    ["KANTO's project code is S22786 – what is the project code of Koonto?", 'what is the project code of Koonto?'],
    // It asks about what came before the dash.
    ['Koonnon esimerkeissä oli Työelämän avaimet -hanke – minkä ikäisiä nuoria sen kohderyhmään kuului?', undefined],
    ['Puhuttiin jostain mallista – mikä se oli?', undefined],
  ])('%s → %s', (text, asking) => {
    expect(askingSentences(text)).toBe(asking);
  });
});

describe('askingSentences: an exclamation mark inside a name', () => {
  it.each(['What was the total budget of the Nuorten oma Kuopio! project?', 'Kuinka monta nuorta Hanaa! hanke tavoitti?', 'Paljonko rahoitusta Kuopion Rouvasväenyhdistyksen Nuorten oma Kuopio! -hanke aikanaan sai?'])('keeps "%s" one sentence', (text) => {
    expect(askingSentences(text)).toBeUndefined();
  });

  it('still splits at "!" before a capital ("Kiitos! Milloin haku päättyy?")', () => {
    expect(askingSentences('Kiitos avusta! Milloin haku päättyy?')).toBe('Milloin haku päättyy?');
  });
});

describe('sentencePointedBack', () => {
  it('gives the told sentence just before an asking one that points back ("siinä", "sitä")', () => {
    expect(sentencePointedBack('Luin tiedotteen. Siinä puhutaan koordinaatiosta. Minkälaisesta koordinaatiosta siinä on kyse?')).toBe('Siinä puhutaan koordinaatiosta.');
  });
  it('gives none when the question does not point back, or the message is all question', () => {
    expect(sentencePointedBack('Luin tiedotteen. Minkälaisesta koordinaatiosta on kyse?')).toBeUndefined();
    expect(sentencePointedBack('Mitä siinä sanotaan?')).toBeUndefined();
  });
});

describe('withoutGuesses', () => {
  it('drops a sentence guessing what something means, keeping what follows "vai" in it', () => {
    expect(withoutGuesses('Tarkoittaako se, että poliisi valvoo? Mikä viranomainen siihen on merkitty?')).toBe('Mikä viranomainen siihen on merkitty?');
    expect(withoutGuesses('Tarkoittaako se, että kahdeksan kymmenestä hyväksytään, vai mitä tukitaso tarkoittaa?')).toBe('mitä tukitaso tarkoittaa?');
    expect(withoutGuesses('Onko se jokin mittalaite? Mihin sitä käytetään?')).toBe('Mihin sitä käytetään?');
  });

  it('keeps the sentences as they are when every one guesses, or none does', () => {
    expect(withoutGuesses('Tarkoittaako se, että pitää järjestää ryhmätoimintaa?')).toBe('Tarkoittaako se, että pitää järjestää ryhmätoimintaa?');
    expect(withoutGuesses('Mikä on tukitaso? Entä omarahoitus?')).toBe('Mikä on tukitaso? Entä omarahoitus?');
  });
});

describe('analyzeQuestion: chat shorthand', () => {
  it('drops a two-letter word the documents never use ("np", "mt"), keeping numbers', () => {
    const surfaces = analyzeQuestion('paljonko omavastuu on np mt 20', GLOSSARY, INDEX.vocabulary).concepts.map((c) => c.surface);
    expect(surfaces).not.toContain('np');
    expect(surfaces).not.toContain('mt');
    expect(surfaces).toContain('20');
  });
});

describe('analyzeQuestion: filler phrases', () => {
  it('reads a glossary phrase across "jotain" and "ihan" ("kokeilla jotain ihan uutta toimintatapaa")', () => {
    const glossary = compileGlossary([{ term: 'kokeilukulttuuria', synonyms: ['kokeilla uutta toimintatapaa'], en: [] }]);
    const concepts = analyzeQuestion('saako kokeilla jotain ihan uutta toimintatapaa', glossary, INDEX.vocabulary).concepts;
    expect(concepts.map((c) => c.surface)).toEqual(['kokeilla uutta toimintatapaa']);
  });

  it('drops "yleisellä tasolla" and "yleisesti ottaen", but keeps "tasolla" alone', () => {
    const surfaces = (q: string): string[] => analyzeQuestion(q, GLOSSARY, INDEX.vocabulary).concepts.map((c) => c.surface);
    expect(surfaces('mikä on omavastuu yleisellä tasolla')).toEqual(surfaces('mikä on omavastuu'));
    expect(surfaces('mikä on yleisesti ottaen omavastuu')).toEqual(surfaces('mikä on omavastuu'));
    expect(surfaces('millä tasolla omavastuu on')).toContain('tasolla');
  });

  it('drops where in a document something is ("ensimmäisessä kappaleessa", "samassa kohdassa"), but keeps a slide named', () => {
    const surfaces = (q: string): string[] => analyzeQuestion(q, GLOSSARY, INDEX.vocabulary).concepts.map((c) => c.surface);
    expect(surfaces('mitä tiedotteen ensimmäisessä kappaleessa lisätään')).toEqual(surfaces('mitä tiedotteen lisätään'));
    expect(surfaces('mitä samassa kohdassa sanotaan asukkaista')).toEqual(surfaces('mitä sanotaan asukkaista'));
    expect(surfaces('mitä Koonnon ensimmäisellä dialla sanotaan kestosta')).toContain('dialla');
    expect(surfaces('mikä oli KANTOn ensimmäinen tavoite')).toContain('ensimmäinen');
    // An ordinal before any item of a document: which item, not what.
    expect(surfaces('mitä ilmoituksen ensimmäisessä painotuksessa sanotaan asukkaista')).toEqual(surfaces('mitä ilmoituksen painotuksessa sanotaan asukkaista'));
  });
});

describe('askingSentences: a confirming question asks about the claim before it', () => {
  it.each([
    ['Ymmärsin, että omarahoitusosuus on 30 %. Pitääkö paikkansa?', undefined],
    ['Meillä on kyläyhdistys. Luin, että tukitaso on 80 %. Näinhän se meni?', 'Luin, että tukitaso on 80 %. Näinhän se meni?'],
    ['Meillä on kyläyhdistys. Mikä on tukitaso?', 'Mikä on tukitaso?'],
    ['We are a small club. I wonder whether the advice is free. Does the material say anything about that?', 'I wonder whether the advice is free. Does the material say anything about that?'],
  ])('%s → %s', (text, asking) => {
    expect(askingSentences(text)).toBe(asking);
  });
});

describe('wordEndingAt', () => {
  /** What sentencesOf read before the full stop with a regular expression, which wordEndingAt reads backwards instead. */
  const byRegExp = (text: string, from: number, to: number): string => /([\p{L}\p{N}.]+)$/u.exec(text.slice(from, to))?.[1] ?? '';

  it.each([
    ['an abbreviation', 'Tukea saa esim', 0],
    ['a number', 'kesäkuussa 2022', 0],
    ['letters with umlauts and dots', 'ks. Ä.ö', 0],
    ['nothing but a space before the stop', 'Hanke on ', 0],
    ['an empty text', '', 0],
    ['a letter outside the Basic Multilingual Plane', 'nimi a𝐀b', 0],
    ['a lone surrogate', 'x \ud835', 0],
    ['a low surrogate whose pair starts before the sentence', 'x𝐀y', 2],
    ['a sentence starting mid-word', 'Edellinen lause. toinen', 17],
  ])('reads %s as the regular expression did', (_what, text, from) => {
    expect(wordEndingAt(text, from, text.length)).toBe(byRegExp(text, from, text.length));
  });
});

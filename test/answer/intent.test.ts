import { describe, expect, it } from 'vitest';
import { asksAssociationAdministration, asksAssociationGovernance, asksIfFree, asksInLanguage, contactNamedInStory, personNamedInStory, refersToUnnamedPerson, asksCoordinationProjectName, isAreaQuestion, isCallAreaQuestion, isClockTimeQuestion, isDateQuestion, isTitleQuestion, isExampleQuestion, isInfoSourceQuestion, isCallTimingQuestion, isStreetAddressQuestion, isPlaceQuestion, isYearQuestion, isCostItemsQuestion, isPersonQuestion, isOrganisationQuestion, isPartnerQuestion, isLimitQuestion, tellsException, asksPresentState, isPercentQuestion, isFrequencyQuestion, isExceptionQuestion, isReasonQuestion, definingHeadingStrength, isDefinitionQuestion, isEligibilityQuestion, isFitQuestion, isHelpQuestion, isProjectTimingQuestion, isQuantityQuestion, asksCallNumber, asksFollowUp, asksWhyDespite, asksIfFunded, asksWhoAdvisesAt, isMoneyQuestion, isResultsHeading, isResultsQuestion, isCostQuestion, isAdviceWhereQuestion, namesOtherDocument, namesUnknownCall, writtenClitic } from '../../src/answer/intent.js';
import { findPlaces } from '../../src/answer/regions.js';
import { tokenize } from '../../src/search/finnish.js';

describe('isCallTimingQuestion', () => {
  it.each([
    ['Onko haku nyt auki?', true],
    ['Milloin hakuaika päättyy?', true],
    ['Milloin on ensi haku?', true],
    // "ensimmäinen" (first) is no "ensi" (next).
    ['Mikä on haun ensimmäinen painotus?', false],
    // A member's English verb in Finnish ("missasinko": did I miss it).
    ['missasinko mä etelä-savon haun?', true],
    // A call named by a compound; not a kind of grant's call, which is another funder's.
    ['Milloin järjestöhaku aukeaa?', true],
    ['milloin stean seuraava avustushaku aukeaa', false],
    ['Milloin hakijat saavat tietää, onko rahaa myönnetty?', false],
    // Whether a project helps while one's own project runs is about the help, not the call's time.
    ['Auttaako Koonto vaan hakemuksen teossa vai myös sitten, kun hanke on jo käynnissä?', false],
    // A call named by when it opened ("kesäkuussa 2024 auennutta") is not asked when.
    ['Voiko säätiökin hakea tätä kesäkuussa 2024 auennutta kake-rahoitusta, vai onko se pelkästään rekisteröidyille yhdistyksille?', false],
    ['Milloin seuraava haku alkaa?', true],
    ['When does the call close?', true],
    ['Ehditäänkö vielä hakea?', true],
    ['Joko voi lähettää hakemuksen?', true],
    // What the asker read first ("luin et elyltä tuli uus kake-haku…") frames the question.
    ['luin et elyltä tuli uus kake-haku itä-suomeen, koska siitä tiedotettiin ja onks se auki', true],
    ['jokos sinne voi hakea', true],
    // "joko … tai": either … or.
    ['Voiko hakea joko yhdistys tai säätiö?', false],
    ['Paljonko omarahoitusta tarvitaan?', false],
    ['Kuka voi hakea?', false],
    ['Mikä on KANTO-hankkeen tavoite?', false],
    ['What were the exact dates of the call?', true],
    ['Milloin haun rahoituspäätökset tehdään?', false],
    ['When will the funding decisions of the call be made?', false],
    // An opening told with its month names the call; it does not ask when.
    ['Can a foundation apply in the call that opened in June 2024?', false],
    ['How many projects got funding in the Pohjois-Savo call that opened on 15.1.2024?', false],
    ['Is the call that opened on 15.1.2024 still open?', true],
    ['Voiko säätiö hakea kesäkuussa alkaneessa haussa?', false],
    // A thing that opens is a call, however loosely named; a thing that does not open is not.
    ['aukesko se pohjois-savon juttu jo', true],
    ['Onko se pohjois-savon juttu hyvä idea?', false],
    ['Has the call opened?', true],
    ['Onko haku jo alkanut?', true],
    ['What is the deadline for submitting the final report?', false],
    ['Milloin loppuraportti pitää jättää?', false],
    ['montako päivää vielä aikaa hakea?', true],
    ['Will there be an info webinar about the June 2024 call, and on what date?', false],
    ['Milloin haun infotilaisuus pidetään?', false],
    ['Has the call started yet?', true],
    ['Is the call already running?', true],
    ['meneekö haku kiinni pian', true],
    ['onko haku voimassa', true],
    ['onko haku jo käynnistynyt', true],
    ['Voiko hakuun enää hakea?', true],
    ['Ootteko vielä ottamassa hakemuksia vastaan?', true],
    ['Is the call still accepting applications?', true],
    ['Onko kiinnittyminen haun painotuksissa?', false],
    ['Menikö oikein, vai mikä virasto sen haun avasi?', false],
    ['Which authority opened the call?', false],
    ['Milloin virasto avasi haun?', true],
  ] as const)('%s → %s', (question, expected) => {
    expect(isCallTimingQuestion(tokenize(question))).toBe(expected);
  });
});

describe('isProjectTimingQuestion', () => {
  const projects = new Set(['koonto', 'kanto']);

  it.each([
    ['Onko Koonto-hanke vielä käynnissä?', true],
    ['Kuinka kauan KANTO kestää?', true],
    ['Auttaako KANTO hankkeen arvioinnissa, kun hanke on jo käynnissä?', false],
    // When its report was approved, which the project's period does not say.
    ['Milloin KANTO-hankkeen loppuraportti hyväksyttiin?', false],
    // A count over the project's time is not its time.
    ['Montako yhdistystä KANTO neuvoi hankkeen aikana?', false],
    ['Milloin Koonto-hanke päättyy?', true],
    ['Mikä on Koonto?', false],
    ['kanto loppu 2023 lopussa, mikä on sen jatkohankkeen nimi', false],
    ['Onko haku vielä auki?', false],
    ['Milloin Koonto-hankkeen kautta voi hakea?', false],
    ['Onko KANTO vielä toiminnassa?', true],
    ['Minä aikana KANTO-hanke toimi?', true],
    ['Kuinka pitkään Koonto-hanketta on tarkoitus jatkaa?', true],
    // Where it works, told in a relative clause.
    ['Kuuluuko Heinävesi niihin kuntiin, joilla KANTO toimii?', false],
    ['Toimiiko KANTO vielä?', true],
    // "ajanvarausta", "aikaan", "alkoholi": words that start as time words do, not time.
    ['Voiko Koonnon toimistolle tulla käymään ilman ajanvarausta?', false],
    ['mitä kanto yritti saada aikaan', false],
    ['Auttaako Koonto alkoholiongelmaisia?', false],
    // "toiminnassaan" (in its activities) is not "toiminnassa" (running).
    ['Onko KANTO huomioinut sukupuolinäkökulman toiminnassaan?', false],
    // Who serves in the project ("toimii … hankeneuvojana") is a person, not the project's time.
    ['Kuka toimii Koonto-hankkeen hankeneuvojana?', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(isProjectTimingQuestion(tokenize(question), projects)).toBe(expected);
  });
});

describe('isDefinitionQuestion', () => {
  it.each([
    ['Mikä ihmeen Koonto?', true],
    ['Mikä on ESR?', true],
    ['What is KAKE?', true],
    ['Paljonko omarahoitusta tarvitaan?', false],
    ['Mikä on se asia jota pitää muistaa kun hakemusta tehdään yhdessä toisen yhdistyksen kanssa?', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(isDefinitionQuestion(tokenize(question))).toBe(expected);
  });

  it('knows headings that introduce their subject, those that ask what it is first', () => {
    expect(definingHeadingStrength(['Koonto-hankkeen tausta'])).toBe(1);
    expect(definingHeadingStrength(['Kansalaistoimijalähtöisen kehittämisen hankkeet – mitä nämä ovat?'])).toBe(2);
    expect(definingHeadingStrength(['Yhteystiedot: Koonto-hanke'])).toBe(0);
  });
});

describe('isQuantityQuestion', () => {
  it.each([
    ['Paljonko omarahoitusta tarvitaan?', true],
    ['Kuinka monta rekisteröityä yhdistystä on?', true],
    ['Kuinka monesta järjestöstä on kyse?', true],
    ['How much own funding is needed?', true],
    ['Kuinka haen rahoitusta?', false],
    ['Mikä on KAKE?', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(isQuantityQuestion(tokenize(question))).toBe(expected);
  });
});

describe('isEligibilityQuestion', () => {
  it.each([
    ['Voiko yritys hakea?', ['yritys', 'hakea'], true],
    ['Can a company apply?', ['company'], true],
    ['Ketkä kaikki saa jättää hakemuksen siihen hakuun, jonka ELY avasi?', ['jättää hakemuksen', 'hakuun', 'ely', 'avasi'], true],
    ['Can we apply in the citizen-driven development call the ELY Centre opened?', ['citizen driven development', 'call', 'ely centre', 'opened'], true],
    ['Voiko hakea rahaa työtoiminnan kehittämiseen?', ['hakea', 'rahaa', 'työtoiminnan', 'kehittämiseen'], false],
    // Several associations applying together asks how a project may be formed.
    ['Voiko Pohjois-Karjalan haussa hakea usea yhdistys porukalla?', ['pohjois karjalan', 'haussa', 'hakea', 'usea yhdistys'], false],
    // The call named by who announced it and where ("Itä-Suomen hakuun josta ELY tiedotti").
    ['Voiko säätiö jättää hakemuksen siihen Itä-Suomen hakuun josta ELY tiedotti kesäkuussa 2024, vai onko se vain yhdistyksille?', ['jättää hakemuksen', 'itä suomen', 'hakuun', 'tiedotti', 'ely', 'kesäkuussa', '2024', 'vain', 'yhdistyksille', 'säätiö'], true],
    // How big or ordinary the actor is is still who ("vai onks se vaan isoille järjestöille"); what ELY wrote about names the call.
    ['voiks meijän futisseura hakee tätä elyn kake-rahaa vai onks se vaan isoille järjestöille', ['rahaa', 'hakee', 'kake', 'elyn', 'järjestöille', 'futisseura', 'isoille'], true],
    // A member's English verb in Finnish ("applyta": apply).
    ['voiks opiskelijajärjestö applyta siihen elyn kesäkuun 2024 kake-hakuun', ['opiskelijajärjestö', 'applyta', 'elyn', 'kesäkuun', '2024', 'kake hakuun'], true],
    ['Voiko säätiö myös hakea tämä Itä-Suomen kake rahoitus, mistä ELY kirjoitti kesäkuussa 2024?', ['itä suomen', 'rahoitus', 'hakea', 'kake', 'ely', 'säätiö', 'kirjoitti', 'kesäkuussa', '2024'], true],
    ['Kelpaako tällainen tavallinen yhdistys hakijaksi kesäkuun 2024 hakuun?', ['hakuun', 'yhdistys', 'pieni', 'kyläyhdistys', 'iso', 'järjestö', 'tavallinen', 'hakijaksi', 'kesäkuun', '2024'], true],
    // Whom the call concerns, by where they operate ("Pohjois-Savossa toimivia", "vain Etelä-Savolle"); a compound call noun.
    [
      'Koskeeko kesäkuussa 2024 avattu kansalaistoimijahaku myös Pohjois-Savossa toimivia yhdistyksiä, vai onko se vain Etelä-Savolle?',
      ['pohjois savossa', 'etelä savolle', 'yhdistyksiä', 'koskee', 'kesäkuussa', '2024', 'avattu', 'kansalaistoimijahaku', 'toimivia', 'vain'],
      true,
    ],
    // The call's name mistyped ("kansalaistoimijalähöisen") names the call all the same.
    [
      'Voiko myös säätiö jättää hakemuksen kesäkuun 2024 kansalaistoimijalähöisen kehittämisen hakuun, vai onko haku tarkoitettu vain yhdistyksille?',
      ['jättää hakemuksen', 'hakuun', 'yhdistyksille', 'säätiö', 'kehittämisen', 'kesäkuun', '2024', 'kansalaistoimijalähöisen', 'tarkoitettu', 'vain'],
      true,
    ],
    // "ketä kaikkia … mainitaan hakijoiksi": whom (spoken partitive) the release names as applicants.
    ['Pitääkö paikkansa, ketä kaikkia tiedotteessa mainitaan hakijoiksi?', ['tiedotteessa', 'hakijoiksi'], true],
    // A compound call noun in any case ("rahotushakuun") names the call.
    ['Saako tällainen seura jättää hakemuksen Itä-Suomen rahotushakuun, vai onko raha tarkoitettu vain säätiöille?', ['jättää hakemuksen', 'itä suomen', 'raha', 'rahotushakuun', 'säätiöille', 'tarkoitettu', 'vain'], true],
    // Applying from a region asks who may apply, by where they are ("tohon", spoken "tuohon", is no content).
    ['voiko pohjois-savosta hakea tohon elyn kesäkuun hakuun vai onko se vaan etelä-savolaisille', ['pohjois savosta', 'hakuun', 'hakea', 'elyn', 'kesäkuun', 'etelä', 'savolaisille'], true],
    // "vai käykö molemmat": both of the actors the member named, still who.
    ['Kumpi meistä voi olla hakijana kesäkuun 2024 Itä-Suomen haussa, vai käykö molemmat?', ['itä suomen', 'haussa', 'hakijana', 'kesäkuun', '2024', 'molemmat'], true],
    ['Voiko usea yhdistys hakea yhteishankkeena?', ['yhdistys', 'hakea', 'yhteishankkeena'], false],
    ['Paljonko yhdistys saa?', ['yhdistys'], false],
    // Whom the call concerns is who may apply.
    ['koskeeko se haku ollenkaan meitä vai pelkästään eteläsavolaisia yhdistyksiä', ['haku', 'eteläsavolaisia', 'yhdistyksiä'], true],
    // "submit an application" is applying; the glossary phrase's "an" and the press release that names the call are not more questions.
    ['Can a foundation submit an application in the call announced in the June 2024 press release?', ['submit an application', 'press release', 'call', 'foundation', 'announced', 'june', '2024'], true],
    ['Can a foundation submit the budget later?', ['foundation', 'submit', 'budget', 'later'], false],
    // Asked who, with nothing left but the call's name: who may apply.
    ['Ketkä voivat jättää hakemuksen kesäkuun haussa?', ['jättää hakemuksen', 'kesäkuun', 'haussa'], true],
    // People of a region ("eteläsavolaiset") and actors ("toimijat") are who; "vain" and "koskeeko" only frame it, the ELY centre issues the call.
    ['voimmeko hakea, vai koskeeko ELY-keskuksen haku vain eteläsavolaisia toimijoita?', ['hakea', 'koskee', 'ely', 'keskuksen', 'haku', 'vain', 'eteläsavolaisia', 'toimijoita'], true],
    ['Voiko hakea erilaisiin hankkeisiin?', ['hakea', 'erilaisiin', 'hankkeisiin'], false],
    // The actor's legal form ("rekisteröity ry", "vapaamuotoinen kansalaisporukka") is still who.
    ['Pitääkö hakijan olla rekisteröity ry, vai riittääkö että ollaan vapaamuotoinen kansalaisporukka?', ['ry', 'kansalaisporukka', 'hakijan', 'rekisteröity', 'vapaamuotoinen'], true],
    // Whom the document lists as applicants, asked by where it lists them; "keitä" is who; "voisi" only asks whether.
    ['Keitä tiedotteen hakijakappaleessa luetellaan hakijoiksi?', ['tiedotteen', 'hakijakappaleessa', 'luetellaan', 'hakijoiksi'], true],
    ['Ketkä tiedotteessa luetellaan hakemuksen jättäjiksi?', ['tiedotteessa', 'luetellaan', 'hakemuksen', 'jättäjiksi'], true],
    [
      'Hallituksessa mietittiin, voisiko hakijana olla meidän taustasäätiö eikä ry. Ketkä tiedotteen hakijakappaleessa luetellaan hakemuksen jättäjiksi?',
      ['hakemuksen', 'tiedotteen', 'ry', 'voisi', 'hakijana', 'taustasäätiö', 'hakijakappaleessa', 'luetellaan', 'jättäjiksi'],
      true,
    ],
  ] as const)('%s → %s', (question, content, expected) => {
    expect(isEligibilityQuestion(tokenize(question), content)).toBe(expected);
  });
});

describe('isFitQuestion', () => {
  const known = (w: string): boolean => !['erasmus', 'leader', 'finland'].includes(w);

  it.each([
    ['Sateenkaarinuorille suunnattu vertaistoiminta – sopiiko tähän rahoitukseen?', true],
    // How a project may be formed: alone or together ("hakea porukalla"), not trying a model "pienellä porukalla".
    ['Käykö KANTOn mukaan vain yhden yhdistyksen hanke, vai voiko hakea porukalla?', false],
    ['saako etelä-savon hakuun kokeilla uutta toimintamallia ensin pienellä porukalla, puhutaanko siellä pilotoinnista', true],
    // The call's funding rules ("flat rate"), not whether an idea fits.
    ['Onko kesäkuun 2024 Itä-Suomen haussa käytössä flat rate 40 % samalla tavalla kuin Pohjois-Karjalan 2022 haussa?', false],
    // Whether the call names a group "erikseen" is whether it emphasises it.
    ['Mainitaanko Etelä-Savon haussa maahanmuuttajat erikseen?', true],
    // Whether money was granted is a decision.
    ['Milloin hakijat saavat tietää, onko rahaa myönnetty?', false],
    ['käypikö tähän hakuun semmonen että kehitetään työtoimintaa', true],
    ['Passaako kake-hakkuun semmonen, jossa kehitettäs työtoimintaa?', true],
    // A grant from a funder the documents do not know.
    ['Can our society get a grant from Business Finland for a book?', false],
    ['Can we get a grant from the call for a village book?', true],
    // Which municipalities asks for places.
    ['mitkä kunnat kuuluu etelä-savon haun alueeseen, onko vaikka juva mukana', false],
    ['Onko kehitysvammaisten hankkeille rahoitusta?', true],
    ['Voisko tähän saada hankerahaa?', true],
    ['Tuetaanko kokeiluja?', true],
    ['huomioidaanko maahanmuuttajat etelä-savon haussa', true],
    // Why projects are funded asks their purpose.
    ['miks näitä kake-hankkeita ylipäätään rahotetaan', false],
    ['Would a peer group for young people fit the call?', true],
    ['Voisko hankkeella kehittää toimintaa ruoka-avun saajille?', true],
    ['pitkäaikastyöttömät, kuuluuko ne Etelä-Savon haun kohderyhmiin?', true],
    ['Mainitaanko maahanmuuttajat Etelä-Savon hakuilmoituksen painotuksissa?', true],
    ['onks tuettu työllistyminen yks painopisteistä?', true],
    ['Mitkä ovat haun painopisteet?', false],
    ['Mainitaanko perheet jotenkin siinä ELY:n kesäkuun tiedotteessa?', true],
    ['meil on viittomakielisten yhdistys, mahtuuks kielivähemmistöt tähän kesäkuun hakuun?', true],
    ['Kuuluuko tällaset nuoret niihin ryhmiin joita kake-hankkeilla on tarkotus auttaa?', true],
    ['meil on omaishoitajien yhdistys, kuuluuks yksinäiset siihen itä-suomen hakuun?', true],
    ['sopiiks semmonen jalkautuva juttu kesäkuun hakuun?', true],
    ['Saako hankkeen budjettiin laittaa kahvitarjoiluja?', false],
    ['Voiko kake-rahoitusta käyttää toimitilan remonttiin?', false],
    ['Voiko samaan hankkeeseen hakea myös Leader-rahoitusta?', false],
    ['Can we get Business Finland funding for a website?', false],
    ['Paljonko omarahoitusta tarvitaan?', false],
    ['Kuka voi hakea?', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(isFitQuestion(tokenize(question), known)).toBe(expected);
  });
});

describe('timing questions that ask about something else', () => {
  it.each([
    ['Milloin ELY-keskus tekee rahoituspäätökset kesäkuussa avatun haun hakemuksista?', false],
    ['Meillä on Kuopiossa hakemus melkein valmis, koska se seuraava haku on?', true],
    ['Milloin Pohjois-Karjalan kake-haku aukeaa?', true],
  ] as const)('call: %s → %s', (question, expected) => {
    expect(isCallTimingQuestion(tokenize(question), (w) => w === 'kuopiossa')).toBe(expected);
  });

  it.each([
    ['Ketkä on KANTOn varsinaisia kohderyhmiä – pitääkö yhdistyksellä olla jo hanke käynnissä että saa apua?', false],
    ['puhutaanko KANTOn koulutuksissa mitään ympäristöasioista tai kestävästä kehityksestä?', false],
    ['Toimiiko Koonto vielä, voiko sinne soittaa?', true],
    ['Onko KANTO vielä toiminnassa, voiko sieltä kysyä neuvoa?', true],
  ] as const)('project: %s → %s', (question, expected) => {
    expect(isProjectTimingQuestion(tokenize(question), new Set(['koonto', 'kanto']))).toBe(expected);
  });
});

describe('call timing in everyday words', () => {
  it.each([
    ['huomenna on kai viimenen päivä jättää etelä-savon kake-hakemus, pitääkö paikkansa?', true],
    ['Onko tänään viimenen päivä jättää hakemus Pohjois-Karjalan kake-hakuun?', true],
    ['Onko se Pohjois-Savon tammikuun haku jo mennyt?', true],
    ['Mihin mennessä väliraportti pitää jättää?', false],
    ['Hakemus on jo valmiina, voidaanko me jättää se nyt heti Etelä-Savon 2/2024 hakuun?', true],
    ['Tuleeko Pohjois-Karjalaan kake-hakua tänä kesänä? ois idea valmiina', true],
    ['aukeeko se pohjois-savon haku tänää?', true],
    ['Tietääkö kukaan milloin Pohjois-Savossa voi seuraavan kerran hakea kake-rahaa?', true],
    ['Näin että ELY avas kesäkuussa uuden kake-haun Itä-Suomeen. Mihin mennessä hakemus pitää jättää?', true],
  ] as const)('%s → %s', (question, expected) => {
    const words = tokenize(question);
    expect(isCallTimingQuestion(words, (w) => findPlaces(words).names.has(w))).toBe(expected);
  });
});

describe('isHelpQuestion', () => {
  const projects = new Set(['koonto', 'kanto']);

  it.each([
    ['Auttaako KANTO löytämään uusia tapoja toimia?', true],
    ['Voiko KANTOlta saada apua jo suunnitteluvaiheessa?', true],
    ['What does Koonto offer associations?', true],
    // Support as a share of the costs is the funding, not the project's help.
    ['Onko totta, että Koonto tukee hanketta 100 % eli yhdistyksen ei tarvitse maksaa itse mitään?', false],
    // Counting whom it helped is not asking what it offers.
    ['Montako yhdistystä KANTO neuvoi?', false],
    ['How many KAKE projects did KANTO help get funded?', false],
    ['Neuvooko KANTO rakennerahasto-ohjelmassa toimimisessa?', true],
    ['Mikä on KANTO-hankkeen budjetti?', false],
    ['Voiko yhdistys saada apua hakemuksen tekoon?', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(isHelpQuestion(tokenize(question), projects)).toBe(expected);
  });
});

describe('isExampleQuestion and isAreaQuestion', () => {
  it.each([
    ['Onko aiemmin tehty vastaavia kake-hankkeita?', true],
    ['Has any KAKE project ever built a fan area?', true],
    ['Onko kake-hankkeissa kokeiltu osuuskuntamallia?', true],
    ['Mikä on KAKE-hanke?', false],
    ['puhutaanko KANTOn koulutuksissa ympäristöasioista, esimerkiksi miten hankkeen voi toteuttaa ympäristöystävällisesti', false],
    ['Onko esimerkkejä kake-hankkeista?', true],
  ] as const)('example: %s → %s', (question, expected) => {
    expect(isExampleQuestion(tokenize(question))).toBe(expected);
  });

  it.each([
    ['Kuuluuko Varkaus Koonnon alueeseen?', true],
    ['Which municipalities does the Koonto project cover?', true],
    ['Mikä on Koonnon tavoite?', false],
    ['Paljonko siitä pitää kattaa itse Pohjois-Karjalan haussa?', false],
    // "cover" of costs is no area.
    ['If we got a KAKE project in Pohjois-Savo, how much of the total cost would the support usually cover?', false],
    ['Onko Heinävesi mainittu KANTOn kuntien joukossa?', true],
    ['Saatiinko tulokset liitettyä kuntien omiin palveluihin?', false],
    // What kind of area the work was done in a programme period before.
    ['Millaisella alueella kansalaistoimijalähtöistä kehittämistä tehtiin edellisellä ohjelmakaudela 2014–2020?', false],
  ] as const)('area: %s → %s', (question, expected) => {
    expect(isAreaQuestion(tokenize(question))).toBe(expected);
  });
});

describe('questions that ask for an address or a time of day', () => {
  it.each([
    ['Missä osoitteessa Koonnon toimisto on?', true],
    ['Mikä on yhdistyksen käyntiosoite?', true],
    // An address asked to go there is a street address; asked alone it may be a web or e-mail address.
    ['mikä on pohjois-savon sosiaaliturvayhdistyksen osote, voiks sinne mennä käymään', true],
    ['Mikä on Koonnon osoite?', false],
    // An organisation's address is where it is.
    ['Mikä on sen yhdistyksen osoite joka hallinnoi KANTOa?', true],
    ['Mikä on Pohjois-Karjalan Sosiaaliturvayhdistyksen osoite?', true],
    ['Mikä heidän osoitteensa on, voiko sinne mennä käymään?', true],
    ['Missä kaupungissa KANTOn hallinnoija sijaitsee?', false],
  ] as const)('street: %s → %s', (question, expected) => {
    expect(isStreetAddressQuestion(tokenize(question))).toBe(expected);
  });

  it.each([
    ['Mihin aikaan Teija Sivosen tavoittaa?', true],
    ['What time is the adviser available?', true],
    ['what are the opening hours of the kanto office', true],
    ['Mihin mennessä hakemus pitää jättää?', false],
  ] as const)('clock: %s → %s', (question, expected) => {
    expect(isClockTimeQuestion(tokenize(question))).toBe(expected);
  });
});

describe('isExceptionQuestion', () => {
  it.each([
    ['mitä jos osallistujalla ei ole pankkitunnuksia?', true],
    ['Miten tiedot kerätään, jos osallistuja ei pysty tunnistautumaan?', true],
    ['What if a participant does not have a bank ID?', true],
    // The cases apart from a rule ("pääsääntöisesti 80 %").
    ['Missä tapauksissa tukiprosentti on jotain muuta?', true],
    ['In which cases can a project get a higher support level than that?', true],
    ['Jos joku käy ryhmässä vaan kerran, voiko sen merkata osallistujaksi?', false],
    ['Meillä on nuoria jotka ei oo koulussa. Kuuluvatko he kohderyhmään?', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(isExceptionQuestion(tokenize(question))).toBe(expected);
  });
});

describe('isFrequencyQuestion', () => {
  it.each([
    ['Kuinka usein kerho kokoontui?', true],
    ['How often did the club meet?', true],
    ['Missä kerho kokoontui?', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(isFrequencyQuestion(tokenize(question))).toBe(expected);
  });
});

describe('asksWhoAdvisesAt', () => {
  const projects = new Set(['koonto', 'koonno', 'kanto', 'kanno']);
  it.each([
    ['Kuka Pohjois-Savon Liikunnasta neuvoo Koonnossa hankeasioissa?', true],
    ['Onko Koonnossa joku liikuntajärjestön puolelta, jolta voisi kysyä neuvoa?', true],
    // No project named: the region's coordination project answers.
    ['kuka neuvoo pohjois-karjalassa hankeasioissa?', false],
    ['Mitä Koonto neuvoo yhdistyksille?', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(asksWhoAdvisesAt(tokenize(question), projects)).toBe(expected);
  });
});

describe('isPartnerQuestion', () => {
  it.each([
    ['Kenen kanssa KANTO järjesti niitä infotilaisuuksia järjestöille?', true],
    ['With whom did KANTO organise the info sessions?', true],
    ['Kenen puoleen voi kääntyä?', false],
    ['Voiko hankkeen tehdä toisen yhdistyksen kanssa?', false],
  ])('%s → %s', (question, expected) => {
    expect(isPartnerQuestion(tokenize(question))).toBe(expected);
  });
});

describe('asksIfFunded', () => {
  it.each([
    ['How long does it take before ELY tells us if we got the money, after the Etelä-Savo 2/2024 deadline?', true],
    ['Milloin saimmeko rahat selviää?', true],
    ['How much money can we get?', false],
    ['Saako rahaa hakea useampaan hankkeeseen?', false],
    // Which or how many were funded thanks to a coordination project's advice.
    ['Mitkä pohjoiskarjalaiset yhdistykset saivat rahoituksen KANTOn neuvonnan avulla?', true],
    ['Montako pohjoissavolaista hanketta sai rahoitusta Koonnon neuvonnan avulla vuonna 2024?', true],
    ['Which associations got funding in the call that KANTO advised on?', true],
    ['Mitkä yhdistykset saivat rahoitusta siinä haussa, jossa KANTO neuvoi?', true],
    ['Hanaa!-hanke sai rahoitusta ESR:stä.', false],
  ])('%s → %s', (question, expected) => {
    expect(asksIfFunded(tokenize(question))).toBe(expected);
  });
});

describe('asksWhyDespite', () => {
  it.each([
    ['miks kanton vastuuviranomainen on etelä-savon ely vaikka hanke on pohjois-karjalassa', true],
    ['Why is the responsible authority South Savo ELY although the project is in North Karelia?', true],
    ['miks kanton vastuuviranomainen on etelä-savon ely eikä pohjois-karjalan ely?', true],
    ['miksi kanto hanke loppu jo 2023 lopussa eikä jatkunu', true],
    ['Why is it South Savo ELY rather than North Karelia ELY?', true],
    ['Miksi KANTOa tarvitaan?', false],
    ['Voiko hakea, vaikka ei olla ikinä tehty hanketta? Miksi ei?', false],
  ])('%s → %s', (question, expected) => {
    expect(asksWhyDespite(tokenize(question))).toBe(expected);
  });

  it('reads the "although" from the story told before the asking sentence', () => {
    expect(asksWhyDespite(tokenize('Miksi se on siinä mukana?'), tokenize('KANTOn kuntalistassa on Heinävesi, vaikka se kuuluu nykyään Pohjois-Savoon.'))).toBe(true);
    expect(asksWhyDespite(tokenize('Miksi se on siinä mukana?'), tokenize('KANTOn kuntalistassa on Heinävesi.'))).toBe(false);
  });
});

describe('asksFollowUp', () => {
  it.each([
    ['jatkuuko koonto vuoden 2025 jälkeen vai tuleeko sille joku jatkohanke', true],
    ['Mikä on KANTOn jatkohankkeen nimi?', true],
    ['Is there a follow-up project to KANTO?', true],
    ['Jatkuuko Koonto vielä?', false],
    // A new project in its place.
    ['Jatkuuko Koonto-hanke vielä 30.11.2025 jälkeen, vai tuleeko tilalle joku uusi hanke?', true],
    // Carried on by another project.
    ['Jatkuuko neuvonta Koonnon jälkeen jollain uudella hankkeella?', true],
    ['Does the advice continue in a new project after KANTO?', true],
    ['Jatkuuko hanke uudella nimellä?', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(asksFollowUp(tokenize(question))).toBe(expected);
  });
});

describe('asksCallNumber', () => {
  it.each([
    ['mikä numero oli etelä-savon kevään haulla', true],
    ['Mikä on Etelä-Savon kevään 2024 kake-haun numero?', true],
    // A phone number.
    ['mikä numero on sillä joka neuvoo hakuun liittyvissä asioissa, voiko sille soittaa', false],
    ['Mikä on Teija Sivosen numero?', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(asksCallNumber(tokenize(question))).toBe(expected);
  });
});

describe('asksPresentState', () => {
  it.each([
    ['Onko Hanna Kääriäinen edelleen töissä Pohjois-Karjalan Sosiaaliturvayhdistyksellä?', true],
    ['Pyöriikö Perhefutis nykyään Kuopiossa?', true],
    ['Does KANTO still run peer groups?', true],
    ['Onnistuiko se, ja missä se tila nykyään on?', true],
    ['Kuka nykyään vastaa Koonnon neuvonnasta?', true],
    ['onks teija sivonen vielä pksotulla töissä 2025 vai kuka siellä nyt hoitaa kake-neuvontaa?', true],
    ['Missä Teija Sivonen on töissä nykyään, kun KANTO loppui?', true],
    // "vielä" with the asking verb further back, or asked by the running verb itself.
    ['Onko Pallo haltuun -hankkeessa tehty KuPS-fanialue vielä käytössä Kuopion stadionilla?', true],
    ['pyöriikö se pallokissojen perhefutis vielä ja mistä sinne voi ilmottautua', true],
    // Whether something goes on the documents may tell ("toiminta jatkuu").
    ['Jatkuuko Hanaa!-hankkeen toiminta vielä, ja meneekö se Kuopion ulkopuolelle?', false],
    // "nykyään" in a clause of its own, which tells.
    ['Onko Heinävesi mukana vaikka se on nykyään Pohjois-Savoa?', false],
    // Told, not asked.
    ['lieksan työpaja on nykyään kaupungin omaa toimintaa, mut minkä palvelun alla se pyörii', false],
    ['Kuka on KANTOn projektipäällikkö?', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(asksPresentState(tokenize(question))).toBe(expected);
  });
});

describe('tellsException', () => {
  it.each([
    ['Osalla meidän kävijöistä ei ole pankkitunnuksia.', 'Miten he voivat kirjautua osallistujaseurantaan?', true],
    ['Meidän ryhmiin tulee turvapaikanhakijoita, joilla ei oo pankkitunnuksia.', 'Miten ne voi tunnistautua?', true],
    // The story's people are not asked about, or nothing is told missing.
    ['Osalla meidän kävijöistä ei ole pankkitunnuksia.', 'Miten osallistujatiedot kerätään?', false],
    ['Meidän osallistujat on enimmäkseen yli 70-vuotiaita.', 'Miten he tunnistautuvat?', false],
  ] as const)('%s %s → %s', (story, asked, expected) => {
    expect(tellsException(tokenize(story), tokenize(asked))).toBe(expected);
  });
});

describe('isPercentQuestion', () => {
  it.each([
    ['Montako prosenttia nuorista jatkoi työkokeiluun?', true],
    ['How many percent of the grant was used?', true],
    ['mikä se flat rate oli kanton dioissa, montako prossaa', true],
    ['mitkä prosentit siinä oli', false],
    ['Mitä prosentti tarkoittaa?', false],
    // A rate of support or own share is a percentage, unless its meaning is asked.
    ['Mikä on omavastuu Pohjois-Savon haussa?', true],
    ['Paljonko tukitaso on?', true],
    ['Mitä omavastuu tarkoittaa?', false],
    ['Onko omarahoitusosuus pakollinen?', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(isPercentQuestion(tokenize(question))).toBe(expected);
  });
});

describe('isLimitQuestion', () => {
  it.each([
    ['Paljonko yhteen kake-hankkeeseen voi enintään saada rahaa?', true],
    ['Onko osallistujaseurannassa joku vähimmäisaika?', true],
    ['What is the maximum grant a single project can get?', true],
    ['max budjetti per hanke pk kake 2022?', true],
    ['How many people at least?', true],
    ['montako jäsentä tarvitaan että voi perustaa rekisteröidyn yhdistyksen', true],
    ['Kuinka pitkä hanke saa enimmillään olla?', true],
    ['Kuinka monta päivää osallistujan pitää olla mukana?', true],
    ['How many members does an association need?', true],
    ['Paljonko rahaa on varattu?', false],
    ['Montako jäsentä Pohjois-Savon Liikunnalla on?', false],
    // The least or most of a sum is a limit.
    ['mikä on pienin sallittu hankebudjetti etelä-savon 2/2024 haussa', true],
    ['Mikä on suurin summa, jota yksi yhdistys voi hakea?', true],
    ['Mikä on suurin kunta KANTOn alueella?', false],
    // How many percent one must pay oneself is the share itself, not a least share.
    ['Kuinka monta prosenttia pitää yhdistyksen itse rahoittaa?', false],
    ['Paljonko omarahoitusta tarvitaan?', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(isLimitQuestion(tokenize(question))).toBe(expected);
  });
});

describe('isPersonQuestion', () => {
  it.each([
    ['kuka oli jalkapallokerhon valmentaja?', true],
    ['Kuka on yhdistyksen toiminnanjohtaja?', true],
    ['Who was the coach of the football club?', true],
    ['Kuka voi hakea?', false],
    ['Mitä valmentaja teki?', false],
    ['What was the name of the coach?', true],
    ['Mikä oli kerhon valmentajan nimi?', true],
    ['Mikä on hankkeen nimi?', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(isPersonQuestion(tokenize(question))).toBe(expected);
  });
});

describe('isCostItemsQuestion', () => {
  it.each([
    ['Mitä kustannuksia flat rate 40 % kattaa?', true],
    ['Mistä kustannuksista tuo 40 % lasketaan?', true],
    ['What costs does the flat rate cover?', true],
    ['Kuinka suuri osa kustannuksista katetaan tuella?', false],
    ['Saako kuluja maksaa etukäteen?', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(isCostItemsQuestion(tokenize(question))).toBe(expected);
  });
});

describe('isMoneyQuestion', () => {
  it.each([
    ['Paljonko rahaa on jaossa?', true],
    ['How much funding is there?', true],
    // What something cost, and a salary, are sums.
    ['Paljonko Tatu ry:n Hanaa!-hanke kaikkiaan maksoi?', true],
    ['Mikä palkka KANTOn projektipäälliköllä oli hankkeessa?', true],
    ['Kuinka iso osa kuluista korvataan?', false],
    ['Kuinka ison osan kokonaiskuluista rahoittaja yleensä maksaa?', false],
    ['paljonko kuluista katetaan tuella', false],
    ['Paljonko kustannuksista pitää maksaa itse?', false],
    // Support towards the costs is a share of them too.
    ['Paljonko tukea Pohjois-Savossa saa hankkeen kustannuksiin?', false],
    ['Paljonko tukea saa kuluihin?', false],
    ['How much of the total cost would the support cover?', false],
    ['What was the total budget of the Koonto project, and how much of it came from the EU?', true],
    // What the association pays itself is its own share.
    ['Paljonko pitää maksaa itse jos ollaan Kuopiosta?', false],
    ['Paljonko hakemuksen tekeminen maksaa?', true],
    // A fee is a sum, whatever it is for.
    ['Paljonko jäsenmaksu on?', true],
    ['Paljonko osallistumismaksu oli?', true],
  ] as const)('%s → %s', (question, expected) => {
    expect(isMoneyQuestion(tokenize(question))).toBe(expected);
  });
});

describe('isOrganisationQuestion', () => {
  it.each([
    ['Mikä yhdistys hallinnoi KANTOa?', true],
    ['kuka toteutti avoimet tilat -hankkeen', true],
    ['Who ran the project?', true],
    ['Kuka KANTOa rahoittaa?', true],
    ['Who funds KANTO?', true],
    ['Rahoittaako ELY KANTOa?', false],
    ['kuka järjesti sitä perhefutista kuopiossa', false],
    ['Mitkä järjestöt olivat mukana Hanaa!-hankkeessa?', true],
    ['Mitkä muut järjestöt kuin Tatu olivat mukana?', true],
    ['Which organisation runs Koonto?', true],
    ['Voiko yhdistys hakea?', false],
    ['Mikä organisaatiotyyppi hakijalla on?', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(isOrganisationQuestion(tokenize(question))).toBe(expected);
  });
});

describe('isReasonQuestion', () => {
  it.each([
    ['Miksi rahoitus jäi pienemmäksi?', true],
    ['miks näitä hankkeita rahotetaan', true],
    ['Minkä takia hanke päättyi?', true],
    ['Mistä syystä haku siirtyi?', true],
    ['Why was the budget not used?', true],
    ['How come the project ended early?', true],
    ['Mikä on hankkeen tavoite?', false],
    ['Mistä löydän hakuohjeet?', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(isReasonQuestion(tokenize(question))).toBe(expected);
  });
});

describe('isYearQuestion', () => {
  it.each([
    ['Minä vuonna Perhefutis pyöri?', true],
    ['Minä vuosina Hyvä arki -hanke oli käynnissä?', true],
    ['In which year did the project start?', true],
    ['Milloin hanke alkoi?', false],
    ['Kuinka monta vuotta hanke kesti?', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(isYearQuestion(tokenize(question))).toBe(expected);
  });
});

describe('isPlaceQuestion', () => {
  it.each([
    ['Missä kaupungissa hanke toteutettiin?', true],
    ['Millä paikkakunnilla Kiipulasäätiön hanke toimi?', true],
    ['In which town was the project run?', true],
    ['Missä hanke toteutettiin?', false],
    ['Tekeekö hanke yhteistyötä kaupungin kanssa?', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(isPlaceQuestion(tokenize(question))).toBe(expected);
  });
});

describe('isDateQuestion', () => {
  it.each([
    ['Milloin hanke toteutettiin?', true],
    ['Kauanko se kesti?', true],
    ['Mistä lähtien kaupunki on pyörittänyt sitä itse?', true],
    ['Since when has the town run it?', true],
    ['How long did the project run?', true],
    ['Minä vuonna hanke alkoi?', true],
    ['Minä vuosina Hyvä arki -hanke oli käynnissä Kuhmossa?', true],
    ['In which year did the project start?', true],
    ['Kuinka pitkä kake-hanke saa enintään olla?', true],
    ['Mitä hankkeessa tehtiin vuosina 2020-2022?', false],
    ['Kuka rahoittaa hanketta?', false],
    ['Onko pitkä hanke parempi?', false],
    ['Is there an info session, and on what date?', true],
    ['Minä päivänä tilaisuus on?', true],
    ['Mikä päivä on tärkein?', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(isDateQuestion(tokenize(question))).toBe(expected);
  });
});

describe('isTitleQuestion', () => {
  it.each([
    ['Mikä sen tiedotteen otsikko on?', true],
    ['What is the title of the press release?', true],
    ['Mikä on hankkeen nimi?', false],
    // Under a heading: a section's matter, not the document's title.
    ['Mainitaanko tiedotteessa kielivähemmistöt, ja minkä otsikon alla?', false],
    ['Which groups are listed under the heading on equality?', false],
    ['Under which title are minorities mentioned?', false],
    ['mitä tiedotteen osallisuus ja yhteisöllisyys -otsikon ekassa kohdassa sanotaan', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(isTitleQuestion(tokenize(question))).toBe(expected);
  });
});

describe('isInfoSourceQuestion', () => {
  it.each([
    ['Mistä saan tietää milloin pohjois-savossa on rahoitushakuja?', true],
    ['Mistä me kuullaan kun uusi rahotushaku aukeaa?', true],
    ['Milloin haku päättyy?', false],
    ['Mistä järjestelmästä hankehakuilmoituksen löytää?', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(isInfoSourceQuestion(tokenize(question))).toBe(expected);
  });
});

describe('isResultsQuestion and isResultsHeading', () => {
  const projects = new Set(['koonto', 'kanto', 'kanno']);
  it.each([
    ['onks yhdistysten hanketaidot oikeesti parantunu kanton ansiosta?', true],
    ['Mitä KANTOn kautta rahotetuilla hankkeilla on saatu aikaan asukkaiden kannalta?', true],
    ['What has KANTO achieved for associations?', true],
    ['Mitä KANTO tarjoaa yhdistyksille?', false],
    ['Onko yhdistysten hanketaidot parantuneet?', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(isResultsQuestion(tokenize(question), projects)).toBe(expected);
  });

  it('knows a results heading', () => {
    expect(isResultsHeading(['3 Suunnitelman mukainen tiivistelmä toteutuksesta', 'Tulokset yhdistyksille'])).toBe(true);
    expect(isResultsHeading(['8.2 Kestävä kehitys: vaikutukset'])).toBe(false);
  });
});

describe('isCostQuestion', () => {
  it.each([
    ['Saako hankkeen budjettiin laittaa kahvitarjoiluja?', true],
    ['saako hankkeen rahoilla maksaa osallistujien bussilippuja ryhmään?', true],
    ['Voiko kake-hankkeen rahoilla järjestää nuorille opintomatkan ulkomaille?', true],
    ['Paljonko pitää ite maksaa?', false],
    ['Voiko yhdistys hakea rahoitusta?', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(isCostQuestion(tokenize(question))).toBe(expected);
  });
});

describe('writtenClitic', () => {
  it.each([
    ['sopiiks', 'sopiiko'],
    ['kuuluuks', 'kuuluuko'],
    ['käyks', 'käykö'],
    ['yhdistys', 'yhdistys'],
    ['onks', 'onks'],
  ])('%s → %s', (word, expected) => {
    expect(writtenClitic(word)).toBe(expected);
  });
});

describe('namesOtherDocument', () => {
  it.each([
    ['Mitä KANTOn loppuraportissa todettiin hankkeen toteutuneista tuloksista?', true],
    ['Mitä hallituksen pöytäkirjan mukaan päätettiin?', true],
    ['Mitä KANTOn loppuraportin tiivistelmässä sanotaan hankkeen tuloksista?', true],
    // Whether the report is out, and where to read it.
    ['Onko KANTOn loppuraportti jo valmis, ja mistä sen voisi lukea?', true],
    // A report named as what a section is about is not where the answer is said.
    ['Mitä loppuraportin sisällöstä kerrotaan ohjeissa?', false],
    ['What does the final report of KANTO say about its results?', true],
    ['What did KANTO achieve according to the final report?', true],
    // The report itself is the topic, not where something is said.
    ['Pitääkö hankkeesta tehdä loppuraportti?', false],
    ['Milloin loppuraportti pitää jättää?', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(namesOtherDocument(question, tokenize(question))).toBe(expected);
  });
});

describe('isAdviceWhereQuestion', () => {
  const projects = new Set(['kanto', 'kanno', 'koonto', 'koonno']);
  it.each([
    ['Pitääkö meidän lähteä Joensuuhun asti, jos halutaan KANTOlta neuvontaa, vai tuleeko ne tänne?', true],
    ['Käykö KANTOn väki myös täällä maakunnan reunoilla?', true],
    // An adviser by a compound ("hankeneuvoja").
    ['Käykö Koonton hankeneuvoja myös paikan päällä yhdistyksissä, esimerkiksi meillä Kiuruvedellä?', true],
    ['Do the KANTO advisers travel around the region or only work from Joensuu?', true],
    // The project's people spoken to, in Karelian ("työ" is "te").
    ['Tuleeko työ sieltä KANTOsta käymään meidänkin kylällä, vai pitääkö meidän tulla kaupunkiin?', true],
    ['Tuleeko KANTOlle jatkoa?', false],
    // Joining in ("lähteny mukaan") is not travelling to advice.
    ['onks asukkaat lähteny enemmän mukaan hankkeisiin kanton myötä', false],
    ['Kuuluuko Lieksa KANTOn alueeseen?', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(isAdviceWhereQuestion(tokenize(question), projects)).toBe(expected);
  });
});

describe('asksCoordinationProjectName', () => {
  it.each([
    ['Mikä on Etelä-Savon koordinaatiohankkeen nimi?', true],
    ['What is the North Savo coordination project called?', true],
    ['Mitä koordinaatiohanke tarjoaa?', false],
    ['Mikä on hankkeen nimi?', false],
    ['Mikä on Etelä-Savon oma koordinaatiohanke ja kuka siellä neuvoo yhdistyksiä?', true],
    // Whether a region has one.
    ['Balanssi ry toimi Lapissa. Onko Lapissa oma kake-koordinaatiohanke, ja kuka siellä neuvoo yhdistyksiä?', true],
    ['Onko koordinaatiohankkeen neuvonta maksutonta?', false],
    // The question word later in the sentence, after what is known.
    ['Pohjois-Karjalassa on KANTO ja Pohjois-Savossa Koonto, mutta mikä on Etelä-Savon vastaava koordinaatiohanke ja kuka siellä neuvoo?', true],
    ['Pohjois-Karjalassa on KANTO, mutta mikä on koordinaatiohankkeiden tehtävä?', false],
    // With a letter of "koordinaatio" left out.
    ['Mikä on Etelä-Savon oma koordinatiohanke ja kuka siellä neuvoo yhdistyksiä?', true],
    ['Mikä on Etelä-Savon koordinatiohankkeen nimi?', true],
    ['Mikä on koordinaatiohankkeen tehtävä?', false],
    ['Miten koordinaatiohanke auttaa?', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(asksCoordinationProjectName(tokenize(question))).toBe(expected);
  });
});

describe('isCallAreaQuestion', () => {
  it.each([
    ['Mitkä maakunnat kuuluu tähän hakuun?', true],
    ['Which regions does the call cover?', true],
    ['Kesäkuun 2024 tiedotteen haun on avannut Etelä-Savon ELY, joten kuulummeko me Pohjois-Savosta edes hakualueeseen?', true],
    ['Saako meidän maakunnasta hakea siihen hakuun, jonka Etelä-Savon ELY ilmoitti?', true],
    // Which municipalities a call covers, which no document lists.
    ['mitkä kunnat kuuluu etelä-savon haun alueeseen', false],
    ['Saako maakunnan hakuun hakea kahdella hakemuksella?', false],
    ['Minkä maakuntien toimijoita tiedotteen haku koskee?', true],
    ['mistä maakunnista hakijat saa olla tossa kesäkuun 2024 haussa', true],
    // Which authority opened it, not which regions it covers.
    ['minkä maakunnan ely sen kesäkuun 2024 haun avas', false],
    // Whether the call holds in a region too, or only in one.
    ['toimiiko se kesän 2024 elyn kake-haku myös pohjois-savossa vai onks se vaan etelä-savolle', true],
    ['Koskeeko tää kesäkuun haku vaan Etelä-Savoa?', true],
    // "myös" before a region without a call that holds there asks something else.
    ['Onko kake-haussa myös pohjois-savossa omarahoitus 20 %?', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(isCallAreaQuestion(tokenize(question))).toBe(expected);
  });
});

describe('asksAssociationAdministration', () => {
  it.each([
    ['Miten perustetaan rekisteröity yhdistys?', true],
    ['miten yhdistys rekisteröidään prh:hon', true],
    ['Miten yhdistyksen sääntömuutos ilmoitetaan Patentti- ja rekisterihallitukselle?', true],
    ['How do we register a new association?', true],
    ['Kuinka monta rekisteröityä yhdistystä Pohjois-Karjalassa on?', false],
    ['How many registered associations are there in North Karelia?', false],
    ['Voiko rekisteröimätön yhdistys hakea?', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(asksAssociationAdministration(tokenize(question))).toBe(expected);
  });
});

describe('contactNamedInStory', () => {
  const projects = new Set(['koonto', 'koonno', 'kanto']);
  it('gives the role and project the story names when the asking sentence asks a contact of nobody named', () => {
    expect(contactNamedInStory(tokenize('Mihin sähköpostiosoitteeseen luonnoksen voi lähettää?'), tokenize('Haluaisin lähettää sen Koonnon projektipäällikölle.'), projects)).toEqual(['koonnon', 'projektipäällikölle']);
  });
  it('gives none when the asking sentence names whom itself, or asks no contact', () => {
    expect(contactNamedInStory(tokenize('Mikä on Koonnon projektipäällikön sähköposti?'), tokenize('Haluaisin lähettää sen KANTOn neuvojalle.'), projects)).toEqual([]);
    expect(contactNamedInStory(tokenize('Milloin haku päättyy?'), tokenize('Haluaisin lähettää sen Koonnon projektipäällikölle.'), projects)).toEqual([]);
  });
});

describe('refersToUnnamedPerson', () => {
  it('knows a role the story names in any form ("projektipäällikölle", with its consonant gradation)', () => {
    expect(refersToUnnamedPerson(tokenize('Mikä on hänen sähköpostiosoitteensa?'), tokenize('Haluaisin lähettää Koonnon projektipäällikölle sähköpostia.'))).toBe(false);
    expect(refersToUnnamedPerson(tokenize('Mikä on hänen puhelinnumeronsa?'), tokenize('Koonnossa on myös joku Jaana.'))).toBe(true);
  });
});

describe('personNamedInStory', () => {
  const uses = (w: string): boolean => ['teija', 'sivonen', 'hanna', 'kääriäinen', 'karjalan', 'sosiaaliturvayhdistys'].includes(w);
  it('gives the one person the story names by full name, when the asking sentence says "hän"', () => {
    expect(personNamedInStory(tokenize('Mikä hänen tehtävänimikkeensä on?'), 'Kuulin että Teija Sivonen on KANTOn järjestökehittäjä.', uses)).toEqual(['teija', 'sivonen']);
  });
  it('gives none without "hän", with two people named, with names the documents do not use, or for words after a hyphen', () => {
    expect(personNamedInStory(tokenize('Mikä on puhelinnumero?'), 'Kuulin että Teija Sivonen neuvoo.', uses)).toEqual([]);
    expect(personNamedInStory(tokenize('Mikä hänen numeronsa on?'), 'Teija Sivonen ja Hanna Kääriäinen neuvovat.', uses)).toEqual([]);
    expect(personNamedInStory(tokenize('Mikä hänen numeronsa on?'), 'Kuulin että Matti Meikäläinen neuvoo.', uses)).toEqual([]);
    expect(personNamedInStory(tokenize('Mikä hänen numeronsa on?'), 'Soitin Pohjois-Karjalan Sosiaaliturvayhdistys ry:hyn.', uses)).toEqual([]);
  });
});

describe('asksAssociationGovernance', () => {
  it.each([
    ['Pitääkö yhdistyksen toiminnantarkastajan olla joku yhdistyksen ulkopuolinen henkilö?', true],
    ['Miten yhdistyksen vuosikokous järjestetään etäyhteydellä?', true],
    ['Paljonko Pohjois-Savon Liikunnan jäsenmaksu on urheiluseuralle?', true],
    ['Montako jäsentä Pohjois-Savon Liikunnalla on?', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(asksAssociationGovernance(tokenize(question))).toBe(expected);
  });
});

describe('asksInLanguage', () => {
  it.each([
    ['Can we get advice from the Koonto advisers in English or Arabic?', true],
    ['Voiko hakemuksen kirjoittaa ruotsiksi?', true],
    ['Saako neuvontaa englanniksi?', true],
    ['meil on viittomakielisten yhdistys, mahtuuks kielivähemmistöt tähän hakuun?', false],
    ['Is English spoken at the info sessions?', false],
    // Whether someone speaks a language.
    ['Puhuuko Koonnon hankeneuvoja englantia tai arabiaa?', true],
    ['Osaako KANTOn neuvoja venäjää?', true],
    ['Does the KANTO adviser speak Russian?', true],
    ['Tukeeko haku englantia puhuvien maahanmuuttajien kerhoja?', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(asksInLanguage(tokenize(question))).toBe(expected);
  });
});

describe('asksIfFree', () => {
  it.each([
    ['mistä sais ilmaisen nettisivupohjan yhdistyksen kotisivuille', true],
    ['Onko KANTOn neuvonta maksutonta?', true],
    ['Where can I find a free Finnish language course?', true],
    // "ilmaista", "ilmaisemaan" are also "to express".
    ['Millaisissa työpajoissa nuoret opettelivat ilmaisemaan itseään?', false],
    ['onko koonnon neuvonta yhdistyksille ilmaista', true],
    ['Miten nuoret saivat ilmaista mielipiteensä?', false],
    ['Feel free to tell me: who advises in Joensuu?', false],
    ['Does Koonto charge associations a fee for advice?', true],
    ['Maksaako KANTOn koulutus jotain?', true],
    ['Onko neuvonta maksullista?', true],
    // What the project's money may pay for is another question.
    ['Saako hankkeen rahoilla maksaa palkkoja?', false],
    ['What costs can the project budget include?', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(asksIfFree(tokenize(question))).toBe(expected);
  });
});

describe('namesUnknownCall', () => {
  /** Every word is known but the rural fund's. */
  const known = (word: string): boolean => !word.startsWith('maaseutu') && !word.startsWith('eakr');
  it.each([
    ['Rahoittaako maaseuturahasto kyläyhdistysten hankkeita?', true],
    ['Milloin EAKR-haku on auki?', true],
    // Which fund a call of the documents is from, with another fund guessed beside it.
    ['Oliko se Etelä-Savon kake-haku maaseuturahaston rahaa vai mistä rahastosta se tulee?', false],
    // Another call named only to say the one asked about is not it.
    ['Etelä-Savon haku 2/2024 on ESR+-haku eikä esimerkiksi EAKR-haku, eikö?', false],
  ] as const)('%s → %s', (text, expected) => {
    expect(namesUnknownCall(text, known)).toBe(expected);
  });
});

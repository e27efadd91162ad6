import { describe, expect, it } from 'vitest';
import { asksToNameCounted, countedWord, countedWordEn, statesAmount, statesClockTime, statesContact, statesCountOf, statesDate, statesCostItems, statesException, statesLimit, statesPercent, statesFrequency, statesMoney, statesPerson, statesPlace, placesNamed, statesReason, statesStreetAddress, organisationsNamed, mayNameOrganisation, statesWebAddress, statesYear, statesPartner } from '../../src/answer/quantities.js';
import { tokenize } from '../../src/search/finnish.js';
import { isNoiseWord } from '../../src/search/query.js';

describe('statesAmount', () => {
  it.each([
    ['Omarahoitusosuus 20%', true],
    ['7.2 Osallistuvien henkilöiden lukumäärä: Suunniteltu: 50', true],
    ['Aloitus- ja lopetuspäivän välillä oltava 5 päivää', true],
    ['Rahoitusta varattu maakuntaan 2 miljoonaa euroa', true],
    ['Hakuaika 1.3.–10.5.2024', false],
    ['Kansalaistoimijalähtöisen kehittämisen hankehaku (2/2024)', false],
    ['Uudistuva ja osaava Suomi 2021–2027', false],
    ['Hankekoodi: S22786', false],
    ['Teija Sivonen, puh. 050 501 2724', false],
    ['Toimintalinja: 5. Sosiaalinen osallisuus; Erityistavoite: 10.1. Työelämän ulkopuolella olevien', false],
  ] as const)('%s → %s', (text, expected) => {
    expect(statesAmount(text)).toBe(expected);
  });
});

describe('statesMoney', () => {
  it.each([
    ['Myönnetty EU- ja valtion rahoitus: 250 000', true],
    ['Rahoitusta varattu maakuntaan 2 miljoonaa euroa', true],
    ['Budjetti 5 000 €', true],
    ['Omarahoitusosuus 20%', false],
    ['Uudistuva ja osaava Suomi 2021–2027', false],
    ['Kaikki pohjoissavolaiset järjestöt. (n. 5 000 järjestöä)', false],
    ['Kokonaiskustannukset: 1 234 567.', true],
  ] as const)('%s → %s', (text, expected) => {
    expect(statesMoney(text)).toBe(expected);
  });
});

it('does not take a phone number for a sum of money', () => {
  expect(statesMoney('Projektipäällikkö – Tuomas Puustinen, Puh. 050 541 5188')).toBe(false);
});

it('does not take list numbering for an amount', () => {
  expect(statesAmount('Hankkeen tavoitteet ovat: 1)Koordinoida koko maakunnan alueella 2) Tukea asukkaiden osallisuutta')).toBe(false);
});

describe('statesCountOf: a number word counts the word after it', () => {
  it.each([
    ['Perhefutis toteutettiin kolmena päivänä viikossa eri puolilla Kuopion kaupunkia.', 'perhettä', false],
    ['Hanke syntyi seitsemän eri järjestön yhteistyönä.', 'järjestöä', true],
    ['Hankkeen kohderyhmänä ovat Pohjois-Karjalaan rekisteröidyt yhdistykset (3841, PRH 24.1.2022).', 'rekisteröityä', true],
  ] as const)('%s, counting %s → %s', (text, counted, expected) => {
    expect(statesCountOf(text, counted)).toBe(expected);
  });
});

describe('statesCountOf: how many times a week', () => {
  it.each([
    ['Perhefutis toteutettiin kolmena päivänä viikossa eri puolilla Kuopion kaupunkia.', true],
    ['Ryhmä kokoontuu kerran viikossa.', true],
    ['Perhefutis toteutettiin eri puolilla Kuopion kaupunkia.', false],
  ] as const)('%s → %s', (text, expected) => {
    expect(statesCountOf(text, 'kertaa')).toBe(expected);
  });
});

describe('statesException', () => {
  it.each([
    ['Jos osallistujalla ei ole pankkitunnuksia, tiedot voi antaa paperilomakkeella.', true],
    ['Osallistujan voi kirjata ilman henkilötunnusta.', true],
    ['• Täysin sähköisesti\n• Tunnistautuminen suomi.fi-palvelun kautta', false],
  ] as const)('%s → %s', (text, expected) => {
    expect(statesException(text)).toBe(expected);
  });
});

describe('statesFrequency', () => {
  it.each([
    ['Perhefutista pelattiin kolmena päivänä viikossa.', true],
    ['Kerho kokoontui viikoittain.', true],
    ['Kerho kokoontui Kuopiossa.', false],
  ])('%s → %s', (text, expected) => {
    expect(statesFrequency(text)).toBe(expected);
  });
});

describe('statesPercent', () => {
  it.each([
    ['Omarahoitusosuus 20%', true],
    ['kustannusmalli flat rate 40 % tai 7 %', true],
    ['Myönnetty EU- ja valtion rahoitus: 250 000\nToteutunut EU- ja valtion rahoitus: 93 487', true],
    ['Osa nuorista jatkoi työkokeiluun vuonna 2017 ja 2018.', false],
    ['alle 30-vuotiaat nuoret', false],
  ])('%s → %s', (text, expected) => {
    expect(statesPercent(text)).toBe(expected);
  });
});

describe('statesLimit', () => {
  it.each([
    ['Aloitus- ja lopetuspäivän välillä oltava 5 päivää', true],
    ['Hankkeelle voi saada enintään 100 000 euroa.', true],
    ['Rahoitusta varattu maakuntaan 2 miljoonaa euroa', false],
    ['Omarahoitusosuus 20%', false],
  ] as const)('%s → %s', (text, expected) => {
    expect(statesLimit(text)).toBe(expected);
  });
});

describe('statesPerson', () => {
  it.each([
    ['• Teija Sivonen, projektipäällikkö, Pohjois-Karjalan Sosiaaliturvayhdistys ry', true],
    ['Kerhon vetäjänä toimi Tuomas Puustinen.', true],
    ['Hankkeessa rakennettiin verkosto. Yhteistyökumppaneina Pallokissoilla oli lukuisia organisaatioita.', false],
    ['jalkapallokerhon valmentajan rekrytointi', false],
  ] as const)('%s → %s', (text, expected) => {
    expect(statesPerson(text)).toBe(expected);
  });
});

describe('statesCostItems', () => {
  it.each([
    ['Flat rate 40 % lasketaan palkkakustannuksista ja kattaa muut kulut.', true],
    ['Välilliset kulut korvataan 7 %:n mukaan.', true],
    ['Omarahoitusosuus 20%, kustannusmalli flat rate 40 % tai 7 %', false],
  ] as const)('%s → %s', (text, expected) => {
    expect(statesCostItems(text)).toBe(expected);
  });
});

describe('organisationsNamed', () => {
  it.each([
    ['Tatu ry.n - Hanaa! -hankkeessa järjestettiin harrastustoimintaa.', ['tatu']],
    ['Hakijan virallinen nimi: Pohjois-Karjalan Sosiaaliturvayhdistys ry', ['sosiaaliturvayhdistys']],
    ['Kuopion Rouvasväenyhdistys ry:n hanke', ['rouvasväenyhdistys']],
    ['Jalkapallosta elämäniloa -hankkeessa Pallokissat, Kuopio ry järjesti…', ['pallokissat kuopio']],
    ['Hanke syntyi seitsemän eri järjestön ja yhdistyksen voimin.', []],
    ['Rahoittaja EU:n sosiaalirahasto ja Etelä-Savon ELY-keskus', ['ely-keskus']],
    ['Euroopan Sosiaalirahasto tukee hankkeita.', ['sosiaalirahasto']],
  ] as const)('%s → %s', (text, expected) => {
    expect(organisationsNamed(text)).toEqual(expected);
  });
});

describe('mayNameOrganisation', () => {
  it.each([
    'Tatu ry.n - Hanaa! -hankkeessa järjestettiin harrastustoimintaa.',
    'Hakijan virallinen nimi: Pohjois-Karjalan Sosiaaliturvayhdistys ry',
    'Rahoittaja EU:n sosiaalirahasto ja Etelä-Savon ELY-keskus',
    // A sentence split off before ", niin" gets a full stop: "Tatu r.y." names an organisation where the text's "Tatu r.y," does not.
    'Kun hakijana on Tatu r.y, niin kuka hankkeen toteuttaa?',
  ])('may for a text one of whose sentences names one: %s', (text) => {
    expect(mayNameOrganisation(text)).toBe(true);
  });

  it('may not for a text naming none, whose sentences then need not be read', () => {
    expect(mayNameOrganisation('Hanke syntyi seitsemän eri järjestön ja yhdistyksen voimin. Toiminta jatkuu ensi vuonna.')).toBe(false);
  });
});

describe('statesReason', () => {
  it.each([
    ['olivat syrjäytymisvaarassa pitkittyneen työttömyyden takia', true],
    ['Ei ole hankkeen tavoitteiden ja toteutuksen näkökulmasta relevanttia.', true],
    ['jotta osallistujat pääsevät töihin', true],
    ['Toteutunut EU- ja valtion rahoitus: 93 487', false],
    ['Sillä on 169 jäsentä.', false],
    ['Työ jatkuu, sillä tarve on suuri.', true],
    ['Hakijoita oli useilla paikkakunnilla.', false],
  ] as const)('%s → %s', (text, expected) => {
    expect(statesReason(text)).toBe(expected);
  });
});

describe('statesYear', () => {
  it.each([
    ['Hanke toteutettiin vuosina 2020–2022.', true],
    ['Perhefutis toteutettiin kolmena päivänä viikossa.', false],
    ['Haku päättyy 10.5.2024.', true],
    ['Puh. 050 201 9045', false],
  ] as const)('%s → %s', (text, expected) => {
    expect(statesYear(text)).toBe(expected);
  });
});

describe('statesPlace', () => {
  it.each([
    ['Työpaja on tarkoitettu lieksalaisille… Hankkeessa aloitettiin työpaja Lieksassa.', true],
    ['Hankkeessa toteutettiin tiloja Kuopion keskustan alueella.', true],
    ['Hankkeen tavoitteena oli luoda Kuhmoon paikallinen malli.', true],
    ['Hankkeen kohderyhmänä olivat heikoimmassa työmarkkina-asemassa olevat. Hankkeessa perustettiin osuuskuntia.', false],
    ['Kiipulasäätiön hankkeessa kokeiltiin osuuskuntia.', false],
  ] as const)('%s → %s', (text, expected) => {
    expect(statesPlace(text)).toBe(expected);
  });
});

describe('placesNamed', () => {
  it('gives the places a text names as written, in lower case, and none where it names none', () => {
    expect(placesNamed('sitä tullaan jatkamaan Kuopion alueella sekä laajentamaan lähikuntiin.')).toContain('kuopion');
    expect(placesNamed('Hanke toteutettiin Kouvolassa, Kuusankoskella ja Pohjois-Savossa.')).toEqual(expect.arrayContaining(['kuusankoskella', 'savossa']));
    expect(placesNamed('Kiipulasäätiön hankkeessa kokeiltiin osuuskuntia.')).toEqual([]);
  });
});

describe('statesStreetAddress and statesClockTime', () => {
  it.each([
    ['Jakeluosoite: Rantakatu 23 A, 2. krs', true],
    ['Postinumero: 80100', true],
    ['tuomas.puustinen@pssotu.fi, Puh. 050 541 5188, https://www.pssotu.fi/koonto-hanke/', false],
  ] as const)('street address in "%s" → %s', (text, expected) => {
    expect(statesStreetAddress(text)).toBe(expected);
  });

  it.each([
    ['Neuvontaa klo 9–15', true],
    ['Päivystys 9.00–11.00', true],
    ['Hakuaika 1.3.–10.5.2024', false],
    ['Puh. 050 501 2724', false],
    ['Julkaisuajankohta 18.6.2024 9.52', true],
    ['Toiminta-aika: 1.8.2023 - 30.11.2025', false],
  ] as const)('time of day in "%s" → %s', (text, expected) => {
    expect(statesClockTime(text)).toBe(expected);
  });
});

describe('statesAmount: ages and counts in words', () => {
  it.each([
    ['harrastustoimintaa 16-29 -vuotiaille nuorille', false],
    ['mukana 2-4 vuotiaita lapsia vanhempineen', false],
    ['Hanke syntyi seitsemän eri järjestön voimin.', true],
    ['Perhefutis toteutettiin kolmena päivänä viikossa.', true],
    ['Yksi Suomen viidestätoista liikunnan aluejärjestöstä', true],
    ['Hankkeen tuotoista kerrottiin toista kertaa.', false],
    ['Suurin osa kurssin päättäneistä jatkoi työkokeilussa.', true],
  ] as const)('"%s" → %s', (text, expected) => {
    expect(statesAmount(text)).toBe(expected);
  });
});

describe('statesDate', () => {
  it.each([
    ['Hakuaika 1.3.–10.5.2024', true],
    ['Työpajatoiminta jatkuu vuoden 2017 alusta alkaen.', true],
    ['Haku avautuu kesäkuussa.', true],
    ['Hanke kesti kolme vuotta.', true],
    ['Osallistujaksi lasketaan, kun osallistuminen kestää vähintään 5 päivää.', true],
    ['Hankkeessa järjestettiin harrastustoimintaa nuorille.', false],
    ['Puh. 050 501 2724', false],
  ] as const)('"%s" → %s', (text, expected) => {
    expect(statesDate(text)).toBe(expected);
  });
});

describe('statesContact', () => {
  it.each([
    ['Teija Sivonen, teija.sivonen@pksotu.fi, puh. 050 501 2724', true],
    ['Yhteyshenkilön sähköpostisoite: anne.pyykkonen(at)pksotu.fi', true],
    ['Etelä-Savon ELY-keskus on avannut haun 18.6.2024.', false],
  ] as const)('%s → %s', (text, expected) => {
    expect(statesContact(text)).toBe(expected);
  });
});

describe('statesWebAddress', () => {
  it.each(['https://www.pssotu.fi/koonto-hanke/', 'Lisätietoja www.pksotu.fi', 'kirjaudu suomi.fi-tunnuksilla'])('finds a web address in "%s"', (text) => {
    expect(statesWebAddress(text)).toBe(true);
  });

  it.each(['Hankkeessa tehtiin kuvaus osuuskuntamallista.', 'Omarahoitusosuus 20 %.', 'päivitetty 1.3.2024'])('finds none in "%s"', (text) => {
    expect(statesWebAddress(text)).toBe(false);
  });
});

describe('countedWord and statesCountOf', () => {
  const noise = (w: string): boolean => ['kuinka', 'monta', 'montako', 'moni', 'oli', 'on'].includes(w);
  it.each([
    ['Kuinka monta nuorta osallistui Hanaa!-hankkeen toimintaan?', 'nuorta'],
    ['Montako kake-hanketta rahoitettiin?', 'kake'],
    ['Montako pistettä KANTO antoi tasa-arvolle?', undefined],
    ['Kuinka monta prosenttia rahoituksesta toteutui?', undefined],
    // Spoken: "prossaa" is "prosenttia".
    ['mikä se flat rate oli, montako prossaa', undefined],
    ['Paljonko omarahoitusta tarvitaan?', undefined],
    // A joint project of many associations, not a count.
    ['Voiko hakea monen yhdistyksen yhteishanketta?', undefined],
    ['Kuinka monen yhdistyksen kanssa voi hakea?', 'yhdistyksen'],
    // "Kuinka monesta …": how many, in the elative.
    ['Kuinka monesta järjestöstä on kyse?', 'järjestöstä'],
    // An adjective before the noun counted.
    ['Kuinka monta pohjoissavolaista järjestöä Koonnon kohderyhmään arvioidaan kuuluvan?', 'järjestöä'],
  ])('%s → %s', (question, counted) => {
    expect(countedWord(tokenize(question), noise)).toBe(counted);
  });

  it.each([
    ['Hanke toteutettiin seitsemän eri järjestön voimin.', 'järjestöä', true],
    ['Pohjois-Karjalassa on yli 3800 yhdistystä.', 'yhdistystä', true],
    ['Kaikki pohjoissavolaiset järjestöt (n. 5 000 järjestöä)', 'järjestöä', true],
    ['Toimintaan osallistui 120 nuorta.', 'nuorta', true],
    ['Toiminta on sisältänyt kulttuuria ja liikuntaa nuorille.', 'nuorta', false],
    // Ages are not counts.
    ['Kohderyhmänä olivat alle 30-vuotiaat nuoret.', 'nuorta', false],
    ['toimintaa 16-29 -vuotiaille nuorille', 'nuorta', false],
    // Nor are dates.
    ['Hakuaika: 27.6.–9.9.2022 hankkeille', 'hankkeita', false],
    // A list item and its sub-items state it together.
    ['• Osallistuvien henkilöiden lukumäärä\n   – Suunniteltu: 50', 'henkilöä', true],
    ['• Osallistuvien henkilöiden lukumäärä\n• Muu tieto: 50', 'henkilöä', false],
  ])('%s counts %s: %s', (text, counted, expected) => {
    expect(statesCountOf(text, counted)).toBe(expected);
  });
});

describe('asksToNameCounted', () => {
  it.each([
    ['Hanaa!-hanke tehtiin seitsemän järjestön voimin. Mitkä ne järjestöt olivat?', true],
    ['hanaa-hanke tehtiin seittemän järjestön voimin, mitkä ne järjestöt oli', true],
    ['Which were the seven organisations behind Hanaa!?', true],
    // The thing counted, asked by name without "ne".
    ['Hanaa! syntyi seitsemän järjestön yhteistyönä. Mitkä järjestöt siinä olivat mukana?', true],
    // The number between the question word and the thing counted.
    ['Mitkä seitsemän järjestöä olivat mukana Tatu ry:n Hanaa!-hankkeessa?', true],
    ['Kolme yhdistystä. Mitkä tavoitteet niillä oli?', false],
    // No number given: what the group is may be stated without a list.
    ['Mitkä ne järjestöt olivat?', false],
    // A count asked, not names.
    ['Kuinka monta järjestöä Hanaa!-hankkeessa oli?', false],
    ['Mitä ne kaksi kustannusmallia tarkoittavat?', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(asksToNameCounted(question)).toBe(expected);
  });
});

describe('countedWordEn', () => {
  it.each([
    ['How many projects got funding in the North Karelia call of summer 2022?', 'projects'],
    ['how many associations are there', 'associations'],
    ['How much funding is there?', undefined],
    ['How many percent is the own share?', undefined],
  ] as const)('%s → %s', (question, expected) => {
    expect(countedWordEn(tokenize(question), isNoiseWord)).toBe(expected);
  });
});

describe('statesPartner', () => {
  it.each([
    ['Toimenpiteinä hankkeessa järjestetään ELY-keskuksen kanssa infotilaisuuksia.', true],
    ['tuetaan kansalaistoimijoita yhteistyön tiivistämisessä kuntien ja Siun soten/hyvinvointialueen kanssa', true],
    ['The project worked together with local parishes.', true],
    ['Koulutusta ja infotilaisuuksia: hankehaku, viestintä.', false],
  ])('%s → %s', (text, expected) => {
    expect(statesPartner(text)).toBe(expected);
  });
});

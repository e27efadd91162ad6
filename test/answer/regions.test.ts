import { describe, expect, it } from 'vitest';
import { findPlaces, whereFrom } from '../../src/answer/regions.js';
import type { Region } from '../../src/knowledge/schema.js';
import { tokenize } from '../../src/search/finnish.js';

/** Which of the three regions a question names, and whether it names one outside them. */
const PLACES: { question: string; regions: Region[]; otherRegion: boolean }[] = [
  { question: 'Onko haku auki Etelä-Savossa?', regions: ['Etelä-Savo'], otherRegion: false },
  { question: 'Pohjois-Karjalan hakuaika', regions: ['Pohjois-Karjala'], otherRegion: false },
  { question: 'pohjois-savon yhdistykset', regions: ['Pohjois-Savo'], otherRegion: false },
  { question: 'Is the call open in North Karelia?', regions: ['Pohjois-Karjala'], otherRegion: false },
  { question: 'Toimimme Mikkelissä', regions: ['Etelä-Savo'], otherRegion: false },
  { question: 'Yhdistys Joensuusta', regions: ['Pohjois-Karjala'], otherRegion: false },
  { question: 'Olemme Lapinlahdelta', regions: ['Pohjois-Savo'], otherRegion: false },
  // Gradated forms of the municipalities' names.
  { question: 'käykö kanton väki paikan päällä juuassa', regions: ['Pohjois-Karjala'], otherRegion: false },
  { question: 'Meiän nuorisoseura Outokummusta', regions: ['Pohjois-Karjala'], otherRegion: false },
  { question: 'Yhdistys Heinävedellä', regions: ['Pohjois-Karjala'], otherRegion: false },
  { question: 'meillä Kiuruvedellä ois idea', regions: ['Pohjois-Savo'], otherRegion: false },
  { question: 'Pielavedeltä ollaan', regions: ['Pohjois-Savo'], otherRegion: false },
  { question: 'kyläyhdistys Rautalammella', regions: ['Pohjois-Savo'], otherRegion: false },
  { question: 'käykö e-savon kake-hakuun', regions: ['Etelä-Savo'], otherRegion: false },
  { question: 'onks p-savossa haku auki', regions: ['Pohjois-Savo'], otherRegion: false },
  { question: 'voiko pk:n 2022 haussa hakea porukalla', regions: ['Pohjois-Karjala'], otherRegion: false },
  { question: 'Paljonko omarahoitusta tarvitaan?', regions: [], otherRegion: false },
  { question: 'Onko haku auki Lapissa?', regions: [], otherRegion: true },
  { question: 'Voiko Keski-Suomessa hakea?', regions: [], otherRegion: true },
  { question: 'Yhdistys Helsingistä', regions: [], otherRegion: true },
];

describe('findPlaces', () => {
  it.each(PLACES)('$question', ({ question, regions, otherRegion }) => {
    const found = findPlaces(tokenize(question));
    expect(found.regions).toEqual(regions);
    expect(found.otherRegion).toBe(otherRegion);
  });

  it('hands back the words that named another region', () => {
    expect([...findPlaces(tokenize('Kuka neuvoo Keski-Suomessa?')).otherWords]).toEqual(['keski', 'suomessa']);
    expect([...findPlaces(tokenize('Mitä Balanssi teki Lapissa?')).otherWords]).toEqual(['lapissa']);
    expect(findPlaces(tokenize('Onko haku auki Etelä-Savossa?')).otherWords.size).toBe(0);
  });

  it('knows a municipality in its -kse- forms ("Nurmeksessa", "Nurmekseen")', () => {
    expect([...findPlaces(tokenize('Käykö KANTO Nurmeksessa?')).municipalities]).toEqual(['nurmeksessa']);
    expect(findPlaces(tokenize('Tuleeko joku Nurmekseen?')).regions).toEqual(['Pohjois-Karjala']);
  });

  it('finds the places among many words that name none, in the order written', () => {
    const text = 'Toimintaa järjestettiin kylätaloilla ja kouluilla Kuopiossa, Siilinjärvellä ja Etelä-Savon Juvalla sekä Lapissa kesäkuussa.';
    const found = findPlaces(tokenize(text));
    expect(found.regions).toEqual(['Pohjois-Savo', 'Etelä-Savo']);
    expect([...found.names]).toEqual(['kuopiossa', 'siilinjärvellä', 'juvalla', 'etelä', 'savon']);
    expect([...found.otherWords]).toEqual(['lapissa']);
  });

  it('hands back the words that named a region, so the search leaves them out', () => {
    expect([...findPlaces(tokenize('Onko haku auki Etelä-Savossa?')).words].sort()).toEqual(['etelä', 'savossa']);
  });
});

describe('whereFrom', () => {
  it.each([
    ['me ollaan kajaanista eli kainuusta', ['kajaanista', 'kainuusta']],
    ['ollaan joensuusta', ['joensuusta']],
    ['ollaan kyläyhdistys', []],
    ['meillä on kerho kajaanissa', []],
  ])('%s → %j', (text, expected) => {
    expect(whereFrom(tokenize(text))).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { withoutLetterFrame } from '../../src/answer/letter.js';

describe('withoutLetterFrame', () => {
  it.each([
    [
      'Hyvä neuvoja, luin KANTOn esitysmateriaalia. Mitkä prosenttivaihtoehdot siinä annettiin? Ystävällisesti Anneli Hirvonen, Liperin Marttayhdistys ry',
      'luin KANTOn esitysmateriaalia. Mitkä prosenttivaihtoehdot siinä annettiin?',
    ],
    ['Hei, mikä on KANTOn osoite? Terveisin Eino', 'mikä on KANTOn osoite?'],
    // Thanks with a name, after the question, are a signature; thanks before a question are not.
    ['Mikä on yhteyshenkilön sähköpostiosoite? Kiitos, Raili', 'Mikä on yhteyshenkilön sähköpostiosoite?'],
    ['Mitkä prosenttivaihtoehdot siinä oli? Kiitos! -Seija, Polvijärven Marttayhdistys', 'Mitkä prosenttivaihtoehdot siinä oli?'],
    ['Kiitos vastauksesta! Milloin haku päättyy?', 'Kiitos vastauksesta! Milloin haku päättyy?'],
    ['Missä tehtävässä Anne Pyykkönen toimii? Kunnioittavasti, Väinö', 'Missä tehtävässä Anne Pyykkönen toimii?'],
    // Asking leave to ask is no part of what is asked.
    ['Millaisiin hankkeisiin, jos sallitte kysyä?', 'Millaisiin hankkeisiin?'],
    ['Mikä on tukitaso, jos saan kysyä? Voiko sen saada kokonaan?', 'Mikä on tukitaso? Voiko sen saada kokonaan?'],
    ['Dear adviser, is the call open? Best regards, Mary Smith, Joensuu International Families', 'is the call open?'],
    // Not a salutation: a greeting that runs into the question; a greeting alone stays for the greeting reply.
    ['moi onks itä-suomen kake-haku nyt auki, milloin se avattiin', 'moi onks itä-suomen kake-haku nyt auki, milloin se avattiin'],
    ['Hei!', 'Hei!'],
    ['Mikä on omarahoitusosuus?', 'Mikä on omarahoitusosuus?'],
  ])('%s → %s', (text, body) => {
    expect(withoutLetterFrame(text)).toBe(body);
  });
});

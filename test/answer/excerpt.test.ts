import { describe, expect, it } from 'vitest';
import { CANDIDATE_EXCERPT_CHARS, excerpt, splitSentences } from '../../src/answer/excerpt.js';
import type { Passage } from '../../src/knowledge/types.js';
import { terms } from '../../src/search/index.js';

/** Weights as the engine gives them: each index term of the asked words, weight 1. */
function asked(...words: string[]): Map<string, number> {
  return new Map(words.flatMap((w) => terms(w)).map((t) => [t, 1]));
}

function passage(blocks: Passage['blocks']): Passage {
  return { id: 'd:1', docId: 'd', headings: ['Yhteystiedot'], blocks, line: 1 };
}

/** Filler items long enough to push the passage over the "show whole" length. */
const FILLER = Array.from({ length: 12 }, (_, i) => `Muu asia numero ${i + 1}, joka ei liity kysymykseen mitenkään vaan täyttää luetteloa pitkällä lauseella.`);

const CONTACTS = passage([
  { kind: 'paragraph', text: 'Hankkeen yhteyshenkilöt:' },
  {
    kind: 'list',
    items: [
      ...FILLER.slice(0, 6),
      'Teija Sivonen, projektipäällikkö, Pohjois-Karjalan Sosiaaliturvayhdistys ry, teija.sivonen@pksotu.fi, puh. 050 501 2724',
      'Omarahoitusosuus 20%',
      '  – kustannusmalli flat rate 40 % tai 7 %',
      'Rahoitusmuodot',
      '  – tukitaso 80 % kokonaiskustannuksista',
      ...FILLER.slice(6),
    ],
  },
]);

describe('excerpt', () => {
  it("shows a paragraph's first sentence with a later one that refers back to what it named", () => {
    const projects = passage([
      { kind: 'paragraph', text: `Uusi tapa toimia -hanke on lisännyt osallisuutta Kouvolassa. ${FILLER.slice(0, 4).join(' ')} Hankkeessa perustettiin Kaikumedia-verkkosivusto. ${FILLER.slice(4).join(' ')}` },
    ]);
    const text = excerpt(projects, asked('kaikumedia'));
    expect(text).toBe('Uusi tapa toimia -hanke on lisännyt osallisuutta Kouvolassa. Hankkeessa perustettiin Kaikumedia-verkkosivusto.');
  });

  it('shows a sentence that states what is asked with the ones picked from its paragraph, not from other paragraphs', () => {
    const projects = passage([
      { kind: 'paragraph', text: `Hanaa-hankkeessa järjestettiin harrastuksia nuorille. ${FILLER.slice(0, 4).join(' ')} Hanke syntyi seitsemän järjestön voimin. ${FILLER.slice(4, 8).join(' ')}` },
      { kind: 'paragraph', text: `Perhefutis kokosi perheitä. ${FILLER.slice(8).join(' ')} Mukana oli kolme järjestöä.` },
    ]);
    const countSentence = (sentence: string): boolean => /seitsemän|kolme/u.test(sentence);
    expect(excerpt(projects, asked('hanaa'), undefined, countSentence)).toBe('Hanaa-hankkeessa järjestettiin harrastuksia nuorille. Hanke syntyi seitsemän järjestön voimin.');
    expect(excerpt(projects, asked('hanaa'))).toBe('Hanaa-hankkeessa järjestettiin harrastuksia nuorille.');
  });

  it("shows an answer's sentence with its paragraph's first one, which says what the paragraph is about", () => {
    const projects = passage([
      { kind: 'paragraph', text: `Balanssi ry:n kokemusasiantuntijatoimintaa koko Lapin alueella. ${FILLER.slice(0, 4).join(' ')} Tavoitteena oli vaikuttaa mielenterveyttä koskeviin asenteisiin. ${FILLER.slice(4).join(' ')}` },
    ]);
    expect(excerpt(projects, asked('mielenterveys', 'asenteisiin'))).toBe(
      'Balanssi ry:n kokemusasiantuntijatoimintaa koko Lapin alueella. Tavoitteena oli vaikuttaa mielenterveyttä koskeviin asenteisiin.',
    );
  });

  it("keeps a candidate's short excerpt to a sentence that names its own subject", () => {
    const projects = passage([
      { kind: 'paragraph', text: `Uusi tapa toimia -hanke on lisännyt osallisuutta Kouvolassa. ${FILLER.slice(0, 4).join(' ')} Kaikumedia on Kouvolan yhdistysten verkkosivusto. ${FILLER.slice(4).join(' ')}` },
    ]);
    expect(excerpt(projects, asked('kaikumedia'), CANDIDATE_EXCERPT_CHARS)).toBe('Kaikumedia on Kouvolan yhdistysten verkkosivusto.');
  });

  it('shows a short passage whole, list items as bullets', () => {
    const short = passage([
      { kind: 'paragraph', text: 'Hakuaika:' },
      { kind: 'list', items: ['1.3.–10.5.2024', '  – klo 16.15 mennessä'] },
    ]);
    expect(excerpt(short, asked('hakuaika'))).toBe('Hakuaika:\n• 1.3.–10.5.2024\n   – klo 16.15 mennessä');
  });

  it('picks the matching lines of a shorter passage when asked for less than the whole', () => {
    const mid = passage([{ kind: 'list', items: [...FILLER.slice(0, 3), 'Vastuuviranomainen: Etelä-Savon elinkeino-, liikenne- ja ympäristökeskus'] }]);
    expect(excerpt(mid, asked('vastuuviranomainen'))).toContain('Muu asia numero 1,');
    const text = excerpt(mid, asked('vastuuviranomainen'), CANDIDATE_EXCERPT_CHARS);
    expect(text).toBe('• Vastuuviranomainen: Etelä-Savon elinkeino-, liikenne- ja ympäristökeskus');
  });

  it('keeps the matching item of a long list verbatim, with the list intro', () => {
    const text = excerpt(CONTACTS, asked('Sivonen'));
    expect(text).toContain('Hankkeen yhteyshenkilöt:');
    expect(text).toContain('• Teija Sivonen, projektipäällikkö, Pohjois-Karjalan Sosiaaliturvayhdistys ry, teija.sivonen@pksotu.fi, puh. 050 501 2724');
    expect(text).not.toContain('Muu asia numero 1,');
  });

  it('brings the sub-items of a matching parent item', () => {
    const text = excerpt(CONTACTS, asked('omarahoitusosuus'));
    expect(text).toContain('• Omarahoitusosuus 20%\n   – kustannusmalli flat rate 40 % tai 7 %');
  });

  it('brings the parent of a matching sub-item', () => {
    const text = excerpt(CONTACTS, asked('tukitaso'));
    expect(text).toContain('• Rahoitusmuodot\n   – tukitaso 80 % kokonaiskustannuksista');
    expect(text).not.toContain('Omarahoitusosuus');
  });

  it('picks the matching sentences of a long paragraph (after its first sentence), not breaking dates', () => {
    const long = passage([
      {
        kind: 'paragraph',
        text: [
          ...FILLER.slice(0, 5),
          'Hakuaika on 1.3.–10.5.2024 ja hakemukset tehdään EURA2021-järjestelmässä.',
          ...FILLER.slice(5, 10),
        ].join(' '),
      },
    ]);
    expect(excerpt(long, asked('EURA2021'))).toBe(`${FILLER[0]} Hakuaika on 1.3.–10.5.2024 ja hakemukset tehdään EURA2021-järjestelmässä.`);
    expect(excerpt(long, asked('EURA2021'), CANDIDATE_EXCERPT_CHARS)).toBe('Hakuaika on 1.3.–10.5.2024 ja hakemukset tehdään EURA2021-järjestelmässä.');
  });

  it('falls back to the start of a long passage when nothing matches, and stays short', () => {
    const text = excerpt(CONTACTS, asked('kvanttitietokone'));
    expect(text).toContain('Muu asia numero 1,');
    expect(text.length).toBeLessThanOrEqual(1000);
  });

  it('cuts a huge matching passage to a readable length', () => {
    const huge = passage([{ kind: 'list', items: Array.from({ length: 60 }, (_, i) => `Omarahoitusosuus kohta ${i + 1} pitkällä selityksellä, joka toistuu.`) }]);
    const text = excerpt(huge, asked('omarahoitusosuus'));
    expect(text.length).toBeLessThanOrEqual(1000);
    expect(text.endsWith('…')).toBe(true);
  });
});

describe('splitSentences', () => {
  it.each([
    ['Haku on auki. Hae ajoissa!', ['Haku on auki.', 'Hae ajoissa!']],
    ['Haku päättyy 10.5.2024. Lisätietoja saa neuvojalta.', ['Haku päättyy 10.5.2024.', 'Lisätietoja saa neuvojalta.']],
    ['Tukea saavat mm. Yhdistykset ja säätiöt. Toinen lause.', ['Tukea saavat mm. Yhdistykset ja säätiöt.', 'Toinen lause.']],
    ['Soita puh. 050 501 2724. Kiitos.', ['Soita puh. 050 501 2724.', 'Kiitos.']],
    ['Onko haku auki? Kyllä on.', ['Onko haku auki?', 'Kyllä on.']],
    ['Tuki on n. 80 %. Toinen lause.', ['Tuki on n. 80 %.', 'Toinen lause.']],
    ['Yksi lause ilman pistettä', ['Yksi lause ilman pistettä']],
  ])('%s', (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });

  // "ä" and "ö" are not word characters for `\b`, so a sentence ending in "…ään." or "…öön."
  // (illative, very common) once looked like the abbreviation "n." and was glued to the next one.
  it.each([
    ['Hakemus jätetään järjestelmään. Toinen lause.', ['Hakemus jätetään järjestelmään.', 'Toinen lause.']],
    ['Tervetuloa yhteisöön. Toinen lause.', ['Tervetuloa yhteisöön.', 'Toinen lause.']],
    ['Ohjeet päivitetään. 2. vaihe alkaa syksyllä. Kysy lisää.', ['Ohjeet päivitetään.', '2. vaihe alkaa syksyllä.', 'Kysy lisää.']],
  ])('splits after a word ending in -än/-ön: %s', (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });
});

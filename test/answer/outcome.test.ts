import { describe, expect, it } from 'vitest';
import { asksFinalResult, asksOutcome, outcomeStated, statesOnlyAim } from '../../src/answer/outcome.js';
import type { Passage } from '../../src/knowledge/types.js';
import { tokenize } from '../../src/search/finnish.js';
import { terms } from '../../src/search/index.js';

const MONITORING: Passage = {
  id: 'kuvaus:7',
  docId: 'kuvaus',
  line: 1,
  headings: ['7 Hakemusvaiheessa ilmoitettavat arviot hankekohtaisista seurantatiedoista'],
  blocks: [
    {
      kind: 'list',
      items: ['7.1 Osallistuvien yritysten lukumäärä', '  – Suunniteltu: 0', '  – Toteutunut seurantatietojen mukaan: 0', '7.2 Osallistuvien henkilöiden lukumäärä', '  – Suunniteltu: 50'],
    },
  ],
  questions: [],
};

/** Each word of the question as an index term, weight 1. */
const weightsOf = (question: string): Map<string, number> => new Map(terms(question).map((t) => [t, 1]));

describe('asksOutcome', () => {
  it.each([
    ['Montako ihmistä KANTOon lopulta osallistui?', true],
    ['Paljonko rahoituksesta toteutui?', true],
    ['montako ihmistä kanton toimintaan oikeesti osallistui', true],
    ['How many people actually took part?', true],
    ['How many took part in the end?', true],
    ['Montako ihmistä KANTOon suunniteltiin osallistuvan?', false],
    ['How many people were planned to take part?', false],
  ])('%s → %s', (question, expected) => {
    expect(asksOutcome(tokenize(question))).toBe(expected);
  });
});

describe('outcomeStated', () => {
  it('is false for an item that gives only its plan (persons: "Suunniteltu: 50")', () => {
    expect(outcomeStated(MONITORING, weightsOf('osallistuvien henkilöiden määrä'))).toBe(false);
  });

  it('is true for an item that gives what came true (companies: "Toteutunut …: 0")', () => {
    expect(outcomeStated(MONITORING, weightsOf('osallistuvien yritysten määrä'))).toBe(true);
  });

  it('takes the item whose figure the question gives ("suunniteltiin 50 osallistujaa": persons, planned at 50), not its other words', () => {
    expect(outcomeStated(MONITORING, weightsOf('suunniteltiin 50 osallistujaa, montako lopulta osallistu'))).toBe(false);
    expect(outcomeStated(MONITORING, weightsOf('montako henkilöä osallistui seurantatietojen mukaan'))).toBe(false);
  });

  it('is false when the question fits two items alike and only one gives what came true ("kuinka moni osallistui")', () => {
    expect(outcomeStated(MONITORING, weightsOf('kuinka moni osallistuvien lukumäärä'))).toBe(false);
  });

  it('is undefined for a passage without planned and realised items, or a question about none of them', () => {
    const plain: Passage = { ...MONITORING, blocks: [{ kind: 'list', items: ['Omarahoitusosuus 20%', '  – flat rate 40 %'] }] };
    expect(outcomeStated(plain, weightsOf('omarahoitusosuus'))).toBeUndefined();
    expect(outcomeStated(MONITORING, weightsOf('omarahoitusosuus'))).toBeUndefined();
  });
});

describe('asksFinalResult', () => {
  it.each([
    ['Saatiinko Kuopioon lopulta pysyvä tila?', true],
    ['Did they eventually open a permanent space?', true],
    ['What happened in the end?', true],
    ['Hanaa!-toimintaa piti laajentaa lähikuntiin. Tapahtuiko se?', true],
    ['Mitä tapahtumia hankkeessa järjestettiin?', false],
    ['Mikä on KANTOn toteutusaika?', false],
    ['Montako osallistujaa toteutui?', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(asksFinalResult(tokenize(question))).toBe(expected);
  });
});

describe('statesOnlyAim', () => {
  const aimed: Passage = {
    id: 'd:2',
    docId: 'd',
    headings: ['Esimerkkihanke'],
    line: 1,
    blocks: [{ kind: 'paragraph', text: 'Hankkeessa kokeiltiin pop-up-tiloja. Kokeilut synnyttivät liikkeen, joka pyrkii pysyvän tilan perustamiseen.' }],
  };
  it('tells that the line with the question says only what was aimed at', () => {
    expect(statesOnlyAim(aimed, weightsOf('pysyvän tilan perustaminen'))).toBe(true);
  });
  it('and when the line says what was done', () => {
    expect(statesOnlyAim(aimed, weightsOf('pop-up-tiloja kokeiltiin'))).toBe(false);
  });
});

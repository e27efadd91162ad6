import { describe, expect, it } from 'vitest';
import { asksOutcome, outcomeStated } from '../../src/answer/outcome.js';
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

  it('is undefined for a passage without planned and realised items, or a question about none of them', () => {
    const plain: Passage = { ...MONITORING, blocks: [{ kind: 'list', items: ['Omarahoitusosuus 20%', '  – flat rate 40 %'] }] };
    expect(outcomeStated(plain, weightsOf('omarahoitusosuus'))).toBeUndefined();
    expect(outcomeStated(MONITORING, weightsOf('omarahoitusosuus'))).toBeUndefined();
  });
});

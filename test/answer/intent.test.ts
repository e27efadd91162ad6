import { describe, expect, it } from 'vitest';
import { isCallTimingQuestion, isProjectTimingQuestion } from '../../src/answer/intent.js';
import { tokenize } from '../../src/search/finnish.js';

describe('isCallTimingQuestion', () => {
  it.each([
    ['Onko haku nyt auki?', true],
    ['Milloin hakuaika päättyy?', true],
    ['Milloin seuraava haku alkaa?', true],
    ['When does the call close?', true],
    ['Ehditäänkö vielä hakea?', true],
    ['Paljonko omarahoitusta tarvitaan?', false],
    ['Kuka voi hakea?', false],
    ['Mikä on KANTO-hankkeen tavoite?', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(isCallTimingQuestion(tokenize(question))).toBe(expected);
  });
});

describe('isProjectTimingQuestion', () => {
  const projects = new Set(['koonto', 'kanto']);

  it.each([
    ['Onko Koonto-hanke vielä käynnissä?', true],
    ['Kuinka kauan KANTO kestää?', true],
    ['Milloin Koonto-hanke päättyy?', true],
    ['Mikä on Koonto?', false],
    ['Onko haku vielä auki?', false],
    ['Milloin Koonto-hankkeen kautta voi hakea?', false],
  ] as const)('%s → %s', (question, expected) => {
    expect(isProjectTimingQuestion(tokenize(question), projects)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { abbreviationAsked, abbreviationsIn, abbreviationsMeaningAsked, abbreviationsWordsAsked, abbreviationsWrittenOut, writesOut } from '../../src/answer/abbreviations.js';

describe('abbreviationsWrittenOut', () => {
  it.each([
    ['Euroopan unioni Vipuvoimaa EU:lta. Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus.', ['esr']],
    ['Pohjois-Savon Liikunta ry (PSL)', ['psl']],
    ['Kuhmon Elinvoimasampo (ELSA)', ['elsa']],
    // A call's fund in parentheses after its name writes nothing out.
    ['Kansalaistoimijalähtöisen kehittämisen (ESR+) hankehaku', []],
    ['Hankehaku (2/2024) ja koordinaatiohanke (Koonto)', []],
    ['Ei sulkeita lainkaan', []],
  ])('%s → %j', (text, expected) => {
    expect(abbreviationsWrittenOut(text)).toEqual(expected);
  });
});

describe('writesOut', () => {
  it('takes the letters in order from the words before, the first letter starting a word', () => {
    expect(writesOut(['Euroopan', 'sosiaalirahaston'], 'ESR')).toBe(true);
    expect(writesOut(['Kansalaistoimijalähtöisen', 'kehittämisen'], 'ESR')).toBe(false);
    expect(writesOut(['rahasto', 'Euroopan'], 'ESR')).toBe(false);
  });
});

describe('abbreviationAsked', () => {
  const known = new Set(['esr', 'psl']);
  it.each([
    ['mistä sanoista esr tulee'.split(' '), 'esr'],
    ['mitä lyhenne psl tarkoittaa'.split(' '), 'psl'],
    ['what does esr stand for'.split(' '), 'esr'],
    ['mitä esr+ tarkoittaa'.split(' '), 'esr'],
    // Not asking what it stands for, or an abbreviation no document writes out.
    ['paljonko esr rahoittaa'.split(' '), undefined],
    ['mitä ely tarkoittaa'.split(' '), undefined],
  ])('%j → %s', (words, expected) => {
    expect(abbreviationAsked(words, known)).toBe(expected);
  });
});

describe('abbreviationsWordsAsked', () => {
  it('names the abbreviations written in a question that asks which words they come from', () => {
    expect(abbreviationsWordsAsked('Mistä sanoista se KaMu tulee?', ['mistä', 'sanoista', 'se', 'kamu', 'tulee'])).toEqual(['kamu']);
    expect(abbreviationsWordsAsked('What does EURA stand for?', ['what', 'does', 'eura', 'stand', 'for'])).toEqual(['eura']);
  });

  it('names none when the question asks what a thing means, or was open', () => {
    expect(abbreviationsWordsAsked('Mitä KaMu tarkoittaa?', ['mitä', 'kamu', 'tarkoittaa'])).toEqual([]);
    expect(abbreviationsWordsAsked('Mistä EU:n rahastosta keväällä auki ollut haku rahoitetaan?', ['mistä', 'eu', 'rahastosta', 'keväällä', 'auki', 'ollut', 'haku', 'rahoitetaan'])).toEqual([]);
  });
});

describe('abbreviationsIn', () => {
  it('finds capitals and capitals within a word, in lower case', () => {
    expect(abbreviationsIn('Pallokissat Kuopio ry:n KaMu-hankkeen Perhefutis ja THL:n mittari')).toEqual(['kamu', 'thl']);
  });
});

describe('abbreviationsMeaningAsked', () => {
  it('names the known abbreviations of a question asking what something means', () => {
    expect(abbreviationsMeaningAsked(['mitä', 'kamu', 'tarkoittaa'], new Set(['kamu']))).toEqual(['kamu']);
    expect(abbreviationsMeaningAsked(['mitä', 'kamu', 'teki'], new Set(['kamu']))).toEqual([]);
  });
});

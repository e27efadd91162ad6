import { describe, expect, it } from 'vitest';
import { parseCoordinatorCommand, type CoordinatorCommand } from '../../src/coordinators/commands.js';

const CASES: [string, CoordinatorCommand][] = [
  ['raportti', { kind: 'report', days: 30, lang: 'fi' }],
  ['Raportti 90 pv', { kind: 'report', days: 90, lang: 'fi' }],
  ['raportti 7 päivää', { kind: 'report', days: 7, lang: 'fi' }],
  ['raportti 14', { kind: 'report', days: 14, lang: 'fi' }],
  ['<at>Hankeapu</at> raportti 60 pv!', { kind: 'report', days: 60, lang: 'fi' }],
  ['report 90 days', { kind: 'report', days: 90, lang: 'en' }],
  ['report', { kind: 'report', days: 30, lang: 'en' }],
  ['raportti 0 pv', { kind: 'reportUsage', lang: 'fi' }],
  ['raportti viime kuu', { kind: 'reportUsage', lang: 'fi' }],
  ['raportti 30 viikkoa', { kind: 'reportUsage', lang: 'fi' }],
  ['raportti 99999', { kind: 'reportUsage', lang: 'fi' }],
  ['tietopohjakanava', { kind: 'knowledgeChannel', lang: 'fi' }],
  ['Knowledge channel', { kind: 'knowledgeChannel', lang: 'en' }],
  ['Miten raportti tehdään?', { kind: 'none' }],
  ['raportointi', { kind: 'none' }],
  ['rekisteröi Etelä-Savo', { kind: 'none' }],
];

describe('parseCoordinatorCommand', () => {
  it.each(CASES)('%j → %o', (text, expected) => {
    expect(parseCoordinatorCommand(text)).toEqual(expected);
  });
});

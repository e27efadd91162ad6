import { describe, expect, it } from 'vitest';
import { parseFaqCommand } from '../../src/faq/commands.js';

describe('parseFaqCommand', () => {
  it.each([
    ['rekisteröi koordinaattorit', { kind: 'registerCoordinators', lang: 'fi' }],
    ['<at>Hankeapu</at> Rekisteröi  koordinaattorit!', { kind: 'registerCoordinators', lang: 'fi' }],
    ['rekisteroi koordinaattorikanava', { kind: 'registerCoordinators', lang: 'fi' }],
    ['register coordinators', { kind: 'registerCoordinators', lang: 'en' }],
    ['Register coordinator channel.', { kind: 'registerCoordinators', lang: 'en' }],
    ['rekisteröi Etelä-Savo', { kind: 'none' }],
    ['koordinaattorit', { kind: 'none' }],
    ['rekisteröi koordinaattorit ja neuvojat', { kind: 'none' }],
  ] as const)('%s', (text, expected) => {
    expect(parseFaqCommand(text)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { commandLang, parseChannelCommand, parseMemberCommand } from '../../src/handoff/commands.js';

describe('parseChannelCommand', () => {
  it.each([
    { text: 'rekisteröi Etelä-Savo', expected: { kind: 'register', target: 'Etelä-Savo' } },
    { text: '<at>Hankeapu</at> rekisteröi etelä-savo', expected: { kind: 'register', target: 'Etelä-Savo' } },
    { text: 'Rekisteroi pohjois karjala.', expected: { kind: 'register', target: 'Pohjois-Karjala' } },
    { text: 'register POHJOIS-SAVO', expected: { kind: 'register', target: 'Pohjois-Savo' } },
    { text: 'rekisteröi Pohjois-Savolle', expected: { kind: 'register', target: 'Pohjois-Savo' } },
    { text: 'rekisteröi varakanava', expected: { kind: 'register', target: 'fallback' } },
    { text: 'register fallback', expected: { kind: 'register', target: 'fallback' } },
    { text: 'rekisteröi Lappi', expected: { kind: 'registerUnknown', given: 'Lappi' } },
    { text: 'rekisteröi', expected: { kind: 'registerUnknown', given: '' } },
    { text: 'kanavat', expected: { kind: 'listChannels' } },
    { text: 'Channels', expected: { kind: 'listChannels' } },
    { text: 'avaa ha-4f7k', expected: { kind: 'reopen', ticketId: 'HA-4F7K' } },
    { text: 'reopen HA-4F7K', expected: { kind: 'reopen', ticketId: 'HA-4F7K' } },
    { text: 'avaa HA-0000', expected: { kind: 'none' } },
    { text: 'Milloin haku päättyy?', expected: { kind: 'none' } },
    { text: 'kanavat ovat auki?', expected: { kind: 'none' } },
  ])('"$text"', ({ text, expected }) => {
    expect(parseChannelCommand(text)).toEqual(expected);
  });
});

describe('parseMemberCommand', () => {
  it.each([
    { text: 'omat kysymykset', kind: 'listOpen' },
    { text: 'Omat kysymykset.', kind: 'listOpen' },
    { text: 'kysymykseni', kind: 'listOpen' },
    { text: 'my questions', kind: 'listOpen' },
    { text: 'vaihda alue', kind: 'chooseRegion' },
    { text: 'Change region', kind: 'chooseRegion' },
    { text: 'alue', kind: 'none' },
    { text: 'Mitkä ovat omat kysymykset hakemuksessa?', kind: 'none' },
  ])('"$text"', ({ text, kind }) => {
    expect(parseMemberCommand(text).kind).toBe(kind);
  });
});

describe('commandLang', () => {
  it.each([
    { text: 'rekisteröi Etelä-Savo', lang: 'fi' },
    { text: '<at>Hankeapu</at> register fallback', lang: 'en' },
    { text: 'Channels.', lang: 'en' },
    { text: 'kanavat', lang: 'fi' },
    { text: 'reopen HA-4F7K', lang: 'en' },
    { text: 'My questions', lang: 'en' },
    { text: 'omat kysymykset', lang: 'fi' },
    { text: 'change region', lang: 'en' },
    { text: 'vaihda alue', lang: 'fi' },
  ])('"$text" → $lang', ({ text, lang }) => {
    expect(commandLang(text)).toBe(lang);
  });
});

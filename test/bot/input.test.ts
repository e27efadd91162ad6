import { describe, expect, it } from 'vitest';
import { cleanText, readMessage } from '../../src/bot/input.js';
import { shouldWelcome } from '../../src/bot/welcome.js';

describe('cleanText', () => {
  it.each([
    ['  Paljonko?  ', 'Paljonko?'],
    ['a\u0000b\u0007c\u001bd\u007fe\u009bf', 'abcdef'],
    ['rivi 1\r\nrivi 2\rrivi 3', 'rivi 1\nrivi 2\nrivi 3'],
    ['sarake\tsarake', 'sarake sarake'],
    ['nolla\u200bleveys\ufeff', 'nollaleveys'],
    ['<at>Matti</at> tietää', 'Matti tietää'],
  ])('%j → %j', (raw, clean) => {
    expect(cleanText(raw)).toBe(clean);
  });
});

describe('readMessage', () => {
  it('treats a value as a card submit, even with text', () => {
    expect(readMessage({ text: 'x', value: { action: 'feedback' } })).toEqual({ kind: 'submit', value: { action: 'feedback' } });
  });

  it('recognises help commands in Finnish and English', () => {
    expect(readMessage({ text: 'Apua' })).toEqual({ kind: 'help', lang: 'fi' });
    expect(readMessage({ text: 'ohje.' })).toEqual({ kind: 'help', lang: 'fi' });
    expect(readMessage({ text: '?' })).toEqual({ kind: 'help', lang: 'fi' });
    expect(readMessage({ text: 'HELP' })).toEqual({ kind: 'help', lang: 'en' });
    expect(readMessage({ text: 'apua hakemuksen kanssa' })).toEqual({ kind: 'question', text: 'apua hakemuksen kanssa' });
  });

  it.each([
    ['Hei!', 'greeting', 'fi'],
    ['Moi Hankeapu', 'greeting', 'fi'],
    ['hyvää huomenta', 'greeting', 'fi'],
    ['Hello there', 'greeting', 'en'],
    ['kiitos paljon, tää auttoi', 'thanks', 'fi'],
    ['Kiitti!', 'thanks', 'fi'],
    ['thanks a lot', 'thanks', 'en'],
    ['ok', 'acknowledgement', 'fi'],
    ['Selvä juttu.', 'acknowledgement', 'fi'],
    ['great', 'acknowledgement', 'en'],
  ] as const)('reads "%s" as small talk (%s, %s)', (text, talk, lang) => {
    expect(readMessage({ text })).toEqual({ kind: 'small_talk', talk, lang });
  });

  it.each(['Hei, paljonko omarahoitusta tarvitaan?', 'Kiitos, mutta milloin haku päättyy?', 'Kiitos vastauksesta, mutta meidän yhdistys haluaisi vielä tietää miten hakemus tehdään käytännössä', 'hei hakijat'])(
    'reads "%s" as a question',
    (text) => {
      expect(readMessage({ text }).kind).toBe('question');
    },
  );

  it('reads "what can you do" and "who are you" as asking for help', () => {
    expect(readMessage({ text: 'Mitä osaat?' })).toEqual({ kind: 'help', lang: 'fi' });
    expect(readMessage({ text: 'kuka sä oot' })).toEqual({ kind: 'help', lang: 'fi' });
    expect(readMessage({ text: 'What can you do?' })).toEqual({ kind: 'help', lang: 'en' });
  });

  it('tells an attachment-only message from an empty one; the text/html copy Teams adds does not count', () => {
    expect(readMessage({ attachments: [{ contentType: 'image/png' }] })).toEqual({ kind: 'attachments_only' });
    expect(readMessage({ text: '', attachments: [{ contentType: 'text/html' }] })).toEqual({ kind: 'question', text: '' });
    expect(readMessage({ text: 'Kysymys', attachments: [{ contentType: 'image/png' }] })).toEqual({ kind: 'question', text: 'Kysymys' });
    expect(readMessage({})).toEqual({ kind: 'question', text: '' });
  });
});

describe('shouldWelcome', () => {
  const bot = { id: 'bot' };
  it.each([
    ['the bot added to a personal chat', ['bot', 'user'], 'personal', true],
    ['a person in a personal chat', ['user'], 'personal', true],
    ['the bot added to a team', ['bot'], 'channel', true],
    ['a person joining a channel', ['user'], 'channel', false],
    ['a person joining a group chat', ['user'], 'groupChat', false],
    ['nobody', [], 'personal', false],
  ])('%s → %s', (_what, ids, conversationType, expected) => {
    expect(shouldWelcome({ membersAdded: ids.map((id) => ({ id })), recipient: bot, conversation: { conversationType } })).toBe(expected);
  });
});

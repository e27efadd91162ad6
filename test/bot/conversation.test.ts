import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { feedbackRecordSchema } from '../../src/feedback/store.js';
import { BOT, USER, cardOf, channelMention, membersAdded, message, messagesOf, submit, submitsOf, textOf } from '../helpers/activities.js';
import { createFakeEngine, FAKE_PASSAGES, type FakeEngine } from '../helpers/fakeEngine.js';
import { FIXED_DAY, startTestBot, type TestBot } from '../helpers/testBot.js';

/** The conversation, driven through the real HTTP endpoint with expectReplies and the fake engine. */
describe('Hankeapu conversation', () => {
  let engine: FakeEngine;
  let bot: TestBot;
  beforeAll(async () => {
    engine = createFakeEngine();
    bot = await startTestBot({ engine });
  });
  afterAll(async () => bot.close());
  beforeEach(() => {
    engine.asked.length = 0;
  });

  describe('welcome', () => {
    it('greets with the welcome card when the bot is installed', async () => {
      const replies = messagesOf(await bot.exchange(membersAdded([USER.id, BOT.id])));
      expect(replies).toHaveLength(1);
      const card = cardOf(replies[0]);
      expect(textOf(card)).toContain('Hei! Olen Hankeapu');
      expect(textOf(card)).toContain('KAKE-hakuilmoitus (Etelä-Savon ELY-keskus, 1.3.2024)');
      expect(textOf(card)).toContain('Mitä tallennan ja miksi');
      const examples = submitsOf(card);
      expect(examples.length).toBeGreaterThanOrEqual(3);
      expect(examples.every((e) => e['action'] === 'answer.ask')).toBe(true);
    });

    it('greets a person who joins a personal chat', async () => {
      expect(messagesOf(await bot.exchange(membersAdded([USER.id])))).toHaveLength(1);
    });

    it('greets once in a team channel when the bot is added, not for every person who joins', async () => {
      const channel = { conversation: { id: '19:general@thread.tacv2', conversationType: 'channel', isGroup: true } };
      expect(messagesOf(await bot.exchange(membersAdded([BOT.id], channel)))).toHaveLength(1);
      expect(messagesOf(await bot.exchange(membersAdded(['29:newcomer'], channel)))).toHaveLength(0);
    });

    it('says nothing when members leave', async () => {
      expect(messagesOf(await bot.exchange(membersAdded([], { membersRemoved: [{ id: USER.id }] })))).toHaveLength(0);
    });
  });

  describe('help command', () => {
    it.each([
      ['apua', 'Näin käytät Hankeapua'],
      ['Apua!', 'Näin käytät Hankeapua'],
      ['help', 'How to use Hankeapu'],
      ['Mitä sä osaat?', 'Näin käytät Hankeapua'],
      ['Who are you?', 'How to use Hankeapu'],
    ])('"%s" shows the help card', async (text, title) => {
      const [reply] = messagesOf(await bot.exchange(message(text)));
      expect(textOf(cardOf(reply))).toContain(title);
      expect(engine.asked).toHaveLength(0);
    });
  });

  describe('small talk', () => {
    it.each([
      ['Hei!', 'Hei! Kysy minulta'],
      ['Kiitos paljon, tää auttoi!', 'Ole hyvä!'],
      ['ok', 'Selvä!'],
      ['Thank you!', "You're welcome!"],
    ])('answers "%s" in kind, without searching or offering an adviser', async (text, reply) => {
      const [answer] = messagesOf(await bot.exchange(message(text)));
      expect(answer?.text).toContain(reply);
      expect(answer?.attachments ?? []).toHaveLength(0);
      expect(engine.asked).toHaveLength(0);
    });

    it('still answers a question that starts with a greeting or thanks', async () => {
      await bot.exchange(message('Kiitos! Paljonko omarahoitusta tarvitaan?'));
      expect(engine.asked.map((a) => a.question)).toEqual(['Kiitos! Paljonko omarahoitusta tarvitaan?']);
    });
  });

  describe('questions', () => {
    it('sends a typing indicator, then the answer card with its source and a text fallback', async () => {
      const replies = await bot.exchange(message('Paljonko omarahoitusta tarvitaan?'));
      expect(replies.map((r) => r.type)).toEqual(['typing', 'message']);
      const answer = replies[1];
      expect(answer?.text).toContain('Lähde: KAKE-hakuilmoitus');
      const card = cardOf(answer);
      expect(textOf(card)).toContain('Hankkeen omarahoitusosuus on vähintään 10 %.');
      expect(textOf(card)).toContain('Lähde: KAKE-hakuilmoitus (Etelä-Savon ELY-keskus, 1.3.2024)');
      expect(engine.asked).toEqual([{ question: 'Paljonko omarahoitusta tarvitaan?', ctx: { today: FIXED_DAY } }]);
    });

    it('replies in English to an English question', async () => {
      const [reply] = messagesOf(await bot.exchange(message('How much own funding is needed?')));
      expect(reply?.locale).toBe('en-US');
      expect(textOf(cardOf(reply))).toContain('Source: KAKE-hakuilmoitus');
      expect(submitsOf(cardOf(reply)).map((s) => s['action'])).toContain('handoff.offer');
    });

    it('strips the @mention in a channel before asking', async () => {
      const [reply] = messagesOf(await bot.exchange(channelMention('Paljonko omarahoitusta tarvitaan?')));
      expect(engine.asked.map((a) => a.question)).toEqual(['Paljonko omarahoitusta tarvitaan?']);
      expect(cardOf(reply)).toBeDefined();
    });

    it('answers in a group chat', async () => {
      const group = { conversation: { id: '19:group@thread.v2', conversationType: 'groupChat', isGroup: true } };
      expect(messagesOf(await bot.exchange(message('Paljonko omarahoitusta tarvitaan?', group)))).toHaveLength(1);
    });

    it('offers to forward an out-of-scope question', async () => {
      const [reply] = messagesOf(await bot.exchange(message('Mikä on hyvä pizzaresepti?')));
      expect(reply?.text).toContain('Voin välittää kysymyksesi');
      expect(submitsOf(cardOf(reply))).toEqual([{ action: 'handoff.offer', question: 'Mikä on hyvä pizzaresepti?', lang: 'fi' }]);
    });

    it('asks back with the candidates as buttons, and answers from the one picked', async () => {
      const [reply] = messagesOf(await bot.exchange(message('Mitkä kustannukset hyväksytään?')));
      const picks = submitsOf(cardOf(reply)).filter((s) => s['action'] === 'answer.pick');
      expect(picks.map((p) => p['passageId'])).toEqual([FAKE_PASSAGES.henkilosto.passageId, FAKE_PASSAGES.matkat.passageId]);
      const [answer] = messagesOf(await bot.exchange(submit(picks[1])));
      expect(textOf(cardOf(answer))).toContain('Matkakustannukset sisältyvät');
    });

    it('answers an example question from the welcome card as if typed', async () => {
      const [reply] = messagesOf(await bot.exchange(submit({ action: 'answer.ask', question: 'Paljonko omarahoitusta tarvitaan?', lang: 'fi' })));
      expect(textOf(cardOf(reply))).toContain('omarahoitusosuus');
    });
  });

  describe('card buttons', () => {
    it('stores feedback without user data and thanks for it', async () => {
      const [answer] = messagesOf(await bot.exchange(message('Paljonko omarahoitusta tarvitaan?')));
      const notHelpful = submitsOf(cardOf(answer)).find((s) => s['action'] === 'feedback' && s['helpful'] === false);
      const [thanks] = messagesOf(await bot.exchange(submit(notHelpful)));
      expect(thanks?.text).toContain('Kiitos palautteesta');

      const lines = (await readFile(join(bot.dataDir, 'feedback.jsonl'), 'utf8')).trim().split('\n');
      const last = feedbackRecordSchema.parse(JSON.parse(lines.at(-1) ?? ''));
      expect(last).toEqual({
        at: `${FIXED_DAY}T10:00:00.000Z`,
        kind: 'answer',
        passageId: FAKE_PASSAGES.omarahoitus.passageId,
        question: 'Paljonko omarahoitusta tarvitaan?',
        helpful: false,
        lang: 'fi',
      });
      expect(lines.at(-1)).not.toContain(USER.name);
      expect(lines.at(-1)).not.toContain(USER.id);
    });

    it('answers "Kysy neuvojalta" with the forward card, which asks the region before sending (full loop: test/e2e/handoff.test.ts)', async () => {
      const [offer] = messagesOf(await bot.exchange(submit({ action: 'handoff.offer', question: 'Saako palkata osa-aikaisen?', lang: 'fi' })));
      expect(textOf(cardOf(offer))).toContain('Saako palkata osa-aikaisen?');
      const [send] = submitsOf(cardOf(offer));
      expect(send).toMatchObject({ action: 'handoff.send', question: 'Saako palkata osa-aikaisen?', lang: 'fi' });
      const [chooser] = messagesOf(await bot.exchange(submit({ ...send, region: '', details: '' })));
      expect(textOf(cardOf(chooser))).toContain('Millä alueella yhdistyksesi toimii?');
    });

    it.each([
      ['a string', 'feedback'],
      ['an object without action', { helpful: true }],
      ['an unknown action', { action: 'delete.everything' }],
      ['feedback with a wrong type', { action: 'feedback', helpful: 'yes', kind: 'answer', question: 'q' }],
      ['a pick without passage', { action: 'answer.pick', question: 'q' }],
      ['a question over the limit', { action: 'handoff.offer', question: 'x'.repeat(5000) }],
      ['an array', [1, 2, 3]],
    ])('answers %s politely in Finnish', async (_what, value) => {
      const replies = messagesOf(await bot.exchange(submit(value)));
      expect(replies).toHaveLength(1);
      expect(replies[0]?.text).toContain('En valitettavasti saanut selvää painikkeen tiedoista');
    });

    it('answers a wrong English payload politely in English', async () => {
      const [reply] = messagesOf(await bot.exchange(submit({ action: 'answer.pick', lang: 'en' })));
      expect(reply?.text).toContain("could not read that button's data");
    });
  });
});

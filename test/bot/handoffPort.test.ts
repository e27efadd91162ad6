import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandoffPort, HandoffRequest } from '../../src/bot/handoffPort.js';
import { textMessage } from '../../src/bot/reply.js';
import { message, messagesOf, submit } from '../helpers/activities.js';
import { createFakeEngine, type FakeEngine } from '../helpers/fakeEngine.js';
import { startTestBot, type TestBot } from '../helpers/testBot.js';

/** What the bot hands to the handoff port: the offer, submits it does not own, and text commands. */
describe('HandoffPort routing', () => {
  const offers: HandoffRequest[] = [];
  const submits: Readonly<Record<string, unknown>>[] = [];
  let engine: FakeEngine;
  let bot: TestBot;

  const port: HandoffPort = {
    async offer(ctx, request) {
      offers.push(request);
      await ctx.sendActivity(textMessage('offer shown', request.lang));
    },
    async submit(ctx, value) {
      if (value['action'] !== 'ticket.claim') return false;
      submits.push(value);
      await ctx.sendActivity(textMessage('claimed', 'fi'));
      return true;
    },
    async command(ctx, text) {
      if (text !== 'omat kysymykset') return false;
      await ctx.sendActivity(textMessage('sinun kysymyksesi', 'fi'));
      return true;
    },
  };

  beforeAll(async () => {
    engine = createFakeEngine();
    bot = await startTestBot({ engine, handoff: () => port });
  });
  afterAll(async () => bot.close());

  it('passes "Kysy neuvojalta" to offer with the question and language', async () => {
    const [reply] = messagesOf(await bot.exchange(submit({ action: 'handoff.offer', question: 'How?', lang: 'en' })));
    expect(reply?.text).toBe('offer shown');
    // The fake engine hands "How?" off: the bot had no answer to show the advisers.
    expect(offers).toEqual([{ question: 'How?', lang: 'en' }]);
  });

  it('passes submits with actions the bot does not own to the port first', async () => {
    const [reply] = messagesOf(await bot.exchange(submit({ action: 'ticket.claim', ticketId: 'HA-4F7K' })));
    expect(reply?.text).toBe('claimed');
    expect(submits).toEqual([{ action: 'ticket.claim', ticketId: 'HA-4F7K' }]);
  });

  it('lets the port take a text command before the engine sees it (mention already stripped)', async () => {
    engine.asked.length = 0;
    const [reply] = messagesOf(await bot.exchange(message('omat kysymykset')));
    expect(reply?.text).toBe('sinun kysymyksesi');
    expect(engine.asked).toEqual([]);
  });

  it('answers politely when neither the bot nor the port knows the action', async () => {
    const [reply] = messagesOf(await bot.exchange(submit({ action: 'ticket.unknown' })));
    expect(reply?.text).toContain('En valitettavasti saanut selvää');
  });
});

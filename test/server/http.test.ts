import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, cardOf, message, messagesOf } from '../helpers/activities.js';
import { createFakeEngine } from '../helpers/fakeEngine.js';
import { FAKE_KNOWLEDGE_VERSION, startTestBot, type TestBot } from '../helpers/testBot.js';

/** The real HTTP endpoint in local mode (no auth), with the fake engine. */
describe('POST /api/messages (local mode)', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ bodyLimitBytes: 256 * 1024 });
  });
  afterAll(async () => bot.close());

  const stillServes = async (): Promise<void> => {
    const replies = await bot.exchange(message('Paljonko omarahoitusta tarvitaan?'));
    expect(messagesOf(replies)).toHaveLength(1);
  };

  it('returns the replies in the body with deliveryMode expectReplies', async () => {
    const res = await bot.post({ ...message('Paljonko omarahoitusta tarvitaan?'), deliveryMode: 'expectReplies' });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ activities: [{ type: 'typing' }, { type: 'message' }] });
  });

  it('answers malformed JSON with 400 and a JSON error, then keeps serving', async () => {
    const res = await bot.post('{"type": "message", ');
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ error: { code: 'invalid_json' } });
    await stillServes();
  });

  it.each([
    ['an empty body', ''],
    ['a JSON array', '[]'],
    ['a JSON string', '"hei"'],
  ])('answers %s with 400', async (_what, body) => {
    const res = await bot.post(body);
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
  });

  it('names the missing field of an incomplete activity', async () => {
    const { conversation: _c, ...noConversation } = message('hei');
    const res = await bot.post(noConversation);
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ error: { code: 'invalid_activity', message: 'activity conversation is required' } });
    await stillServes();
  });

  it('refuses a body over the limit with 413 and keeps serving', async () => {
    const res = await bot.post(message('a'.repeat(300 * 1024)));
    expect(res.status).toBe(413);
    expect(res.json).toMatchObject({ error: { code: 'payload_too_large' } });
    await stillServes();
  });

  it('answers a 100,000-character message politely (too long), not with an error', async () => {
    const [reply] = messagesOf(await bot.exchange(message('omarahoitus '.repeat(8334).slice(0, 100_000))));
    expect(reply?.text).toContain('liian pitkä');
  });

  it('answers an attachment-only message by asking for text', async () => {
    const replies = messagesOf(
      await bot.exchange(message(undefined, { attachments: [{ contentType: 'image/png', contentUrl: 'https://example.org/a.png', name: 'a.png' }] })),
    );
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).toContain('En pysty lukemaan liitteitä');
  });

  it('answers an empty message by asking for a question', async () => {
    for (const text of [undefined, '', '   ']) {
      const [reply] = messagesOf(await bot.exchange(message(text)));
      expect(reply?.text).toContain('Kirjoita kysymyksesi');
    }
  });

  it('drops control characters before answering', async () => {
    const [reply] = messagesOf(await bot.exchange(message('\u0000Paljonko\u0007 omarahoitusta\u001b tarvitaan?\u009b\r\n')));
    expect(cardOf(reply)).toBeDefined();
    expect(reply?.text).toContain('omarahoitusosuus');
  });

  it('answers a message of control characters only as an empty question', async () => {
    const [reply] = messagesOf(await bot.exchange(message('\u0001\u0002\u0003')));
    expect(reply?.text).toContain('Kirjoita kysymyksesi');
  });

  it.each([
    ['event', activity('event', { name: 'application/vnd.microsoft.meetingStart', value: {} }), 200],
    ['messageReaction', activity('messageReaction', { reactionsAdded: [{ type: 'like' }], replyToId: 'x' }), 200],
    ['installationUpdate', activity('installationUpdate', { action: 'add' }), 200],
    ['an unknown type', activity('somethingNew'), 200],
  ])('acknowledges %s without replying', async (_what, act, status) => {
    const res = await bot.post({ ...act, deliveryMode: 'expectReplies' });
    expect(res.status).toBe(status);
    expect(res.json).toEqual({ activities: [] });
    await stillServes();
  });

  it('answers an invoke with an unknown name with 501, the protocol\'s "not handled"', async () => {
    const res = await bot.post(activity('invoke', { name: 'hankeapu/unknown', value: {} }));
    expect(res.status).toBe(501);
    await stillServes();
  });

  it('answers a plain POST (no expectReplies) with 200 and an empty body; replies go to serviceUrl', async () => {
    const res = await bot.post(activity('event', { name: 'ping' }));
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
  });

  it('answers GET /api/messages with 405 and unknown paths with 404', async () => {
    expect((await fetch(`${bot.url}/api/messages`)).status).toBe(405);
    expect((await fetch(`${bot.url}/nothing-here`)).status).toBe(404);
  });
});

describe('GET /healthz', () => {
  it('reports status, mode, knowledge counts and the knowledge version serving', async () => {
    const bot = await startTestBot();
    try {
      const res = await fetch(`${bot.url}/healthz`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok', mode: 'local', knowledge: { documents: 2, passages: 3, ...FAKE_KNOWLEDGE_VERSION } });
    } finally {
      await bot.close();
    }
  });
});

describe('when answering fails', () => {
  it('apologises in Finnish with 200, logs the error, and keeps serving', async () => {
    const errors: string[] = [];
    const failing = createFakeEngine();
    const bot = await startTestBot({
      engine: {
        ...failing,
        decide: (q, ctx) => {
          if (q.includes('räjähdä')) throw new EngineFailure('index is corrupt');
          return failing.decide(q, ctx);
        },
      },
      log: { info: () => undefined, warn: () => undefined, error: (m) => errors.push(m) },
    });
    try {
      const [reply] = messagesOf(await bot.exchange(message('räjähdä nyt')));
      expect(reply?.text).toContain('jokin meni vikaan');
      expect(errors).toEqual(['turn failed (message)']);
      expect(messagesOf(await bot.exchange(message('Paljonko omarahoitusta tarvitaan?')))).toHaveLength(1);
    } finally {
      await bot.close();
    }
  });
});

class EngineFailure extends Error {
  override readonly name = 'EngineFailure';
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HankeapuAdapter } from '../../src/bot/adapter.js';
import { expectRepliesBodySchema, message, messagesOf } from '../helpers/activities.js';
import { startFakeTokenIssuer, type FakeTokenIssuer } from '../helpers/fakeTokenIssuer.js';
import { startTestBot, type TestBot } from '../helpers/testBot.js';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const AUTH = { mode: 'bot-framework', appId: APP_ID, appPassword: 'not-used-with-expectReplies', appType: 'MultiTenant' } as const;

/** With MicrosoftAppId set, every request's Bot Framework token is checked. */
describe('POST /api/messages with Bot Framework authentication on', () => {
  let issuer: FakeTokenIssuer;
  let bot: TestBot;
  beforeAll(async () => {
    issuer = await startFakeTokenIssuer();
    const adapter = new HankeapuAdapter(issuer.adapterSettings(APP_ID, AUTH.appPassword));
    bot = await startTestBot({ auth: AUTH, adapter });
  });
  afterAll(async () => {
    await bot.close();
    await issuer.close();
  });

  const question = (): Record<string, unknown> => ({ ...message('Paljonko omarahoitusta tarvitaan?'), deliveryMode: 'expectReplies' });

  it('answers 401 without a token', async () => {
    const res = await bot.post(question());
    expect(res.status).toBe(401);
    expect(res.json).toEqual({ error: { code: 'unauthorized', message: 'missing or invalid Bot Framework token' } });
  });

  it.each([
    ['garbage', 'Bearer garbage'],
    ['a token of the wrong scheme', 'Basic dXNlcjpwYXNz'],
    ['a JWT-shaped token from nowhere', 'Bearer eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0.c2ln'],
  ])('answers 401 with %s', async (_what, header) => {
    const res = await bot.post(question(), { authorization: header });
    expect(res.status).toBe(401);
  });

  it('answers 401 (not 500) for a token with the right key id but a forged signature', async () => {
    const act = question();
    const res = await bot.post(act, { authorization: `Bearer ${issuer.forgedToken({ aud: APP_ID, serviceUrl: String(act['serviceUrl']) })}` });
    expect(res.status).toBe(401);
  });

  it('answers 401 for a valid token issued to another bot', async () => {
    const act = question();
    const res = await bot.post(act, { authorization: `Bearer ${issuer.token({ aud: 'another-app', serviceUrl: String(act['serviceUrl']) })}` });
    expect(res.status).toBe(401);
  });

  it('answers a request with a valid token, and still does after the refusals', async () => {
    const act = question();
    const res = await bot.post(act, { authorization: `Bearer ${issuer.token({ aud: APP_ID, serviceUrl: String(act['serviceUrl']) })}` });
    expect(res.status).toBe(200);
    expect(messagesOf(expectRepliesBodySchema.parse(res.json).activities)[0]?.text).toContain('omarahoitusosuus');
  });

  it('reports bot-framework mode on /healthz', async () => {
    const res = await fetch(`${bot.url}/healthz`);
    expect(await res.json()).toMatchObject({ status: 'ok', mode: 'bot-framework' });
  });
});

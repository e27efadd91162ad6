import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { message } from '../helpers/activities.js';
import { startTestBot, type TestBot } from '../helpers/testBot.js';

/** One POST on a keep-alive agent: the status, and whether it went out on an already open connection. */
function postOn(agent: Agent, url: string, body: string): Promise<{ status: number; reused: boolean }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/api/messages`, { agent, method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, reused: req.reusedSocket }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('idle keep-alive connections', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(async () => bot.close());

  it('are kept longer than Node\'s default 5 s, so that a pooled connection is not reset under the client', { timeout: 15_000 }, async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const body = JSON.stringify({ ...message('Paljonko omarahoitusta tarvitaan?'), deliveryMode: 'expectReplies' });
    expect(await postOn(agent, bot.url, body)).toEqual({ status: 200, reused: false });
    await new Promise((r) => setTimeout(r, 6_000));
    expect(await postOn(agent, bot.url, body)).toEqual({ status: 200, reused: true });
    agent.destroy();
  });
});

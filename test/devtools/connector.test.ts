import { TurnContext, type ConversationParameters } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandoffPort } from '../../src/bot/handoffPort.js';
import { startLocalConnector, type LocalConnector, type RecordedRequest } from '../../src/devtools/connector.js';
import type { BotRuntime } from '../../src/server/start.js';
import { message, submit } from '../helpers/activities.js';
import { startTestBot, type TestBot } from '../helpers/testBot.js';

/**
 * The local Bot Connector as the bot's real outbound target: replies of a normal (not
 * expectReplies) turn, proactive messages and new conversations all arrive there and are recorded.
 */
describe('local Bot Connector', () => {
  let connector: LocalConnector;
  let bot: TestBot;
  let runtime: BotRuntime | undefined;

  /** A handoff port that, like the real one will, messages proactively: a new conversation, then a follow-up. */
  const proactivePort = (rt: BotRuntime): HandoffPort => {
    runtime = rt;
    return {
      async offer(ctx, request) {
        const reference = TurnContext.getConversationReference(ctx.activity);
        await rt.adapter.createConversationAsync(
          rt.botAppId,
          'msteams',
          connector.serviceUrl,
          '',
          { isGroup: true, bot: { id: 'bot', name: 'Hankeapu' }, members: [], topicName: 'Neuvojat', tenantId: 'local', channelData: {} } as ConversationParameters,
          async (created) => {
            await created.sendActivity(`Uusi kysymys: ${request.question}`);
          },
        );
        await rt.adapter.continueConversationAsync(rt.botAppId, reference, async (proactive) => {
          await proactive.sendActivity('Kysymyksesi on välitetty.');
        });
      },
      submit: async () => false,
      command: async () => false,
    };
  };

  beforeAll(async () => {
    connector = await startLocalConnector({ members: [{ id: '29:member-1', name: 'Maija' }] });
    bot = await startTestBot({ handoff: proactivePort });
  });
  afterAll(async () => {
    await bot.close();
    await connector.close();
  });

  it('receives the replies of a normal turn, in order, as replies to the incoming activity', async () => {
    const incoming = message('Paljonko omarahoitusta tarvitaan?', { serviceUrl: connector.serviceUrl });
    const before = connector.requests.length;
    const res = await bot.post(incoming);
    expect(res.status).toBe(200);
    const got = connector.requests.slice(before);
    expect(got.map((r) => [r.kind, r.activity?.type])).toEqual([
      ['reply', 'typing'],
      ['reply', 'message'],
    ]);
    expect(got[1]?.replyToId).toBe(incoming['id']);
    expect(got[1]?.conversationId).toBe('a:personal-conversation-1');
    expect(got[1]?.activity?.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  });

  it('receives proactive messages and creates conversations with ids', async () => {
    const before = connector.requests.length;
    await bot.post(submit({ action: 'handoff.offer', question: 'Saako palkata?', lang: 'fi' }, { serviceUrl: connector.serviceUrl }));
    const created = await connector.waitFor((r) => r.kind === 'create_conversation');
    expect(created.conversationId).toMatch(/^conversation-/);
    // The SDK posts to a conversation as a reply when the turn has an activity id (it always does here).
    const posted = (r: RecordedRequest): boolean => r.kind === 'send' || r.kind === 'reply';
    const first = await connector.waitFor((r) => posted(r) && r.conversationId === created.conversationId);
    expect(first.activity?.text).toBe('Uusi kysymys: Saako palkata?');
    const followUp = await connector.waitFor((r) => posted(r) && r.activity?.text === 'Kysymyksesi on välitetty.');
    expect(followUp.conversationId).toBe('a:personal-conversation-1');
    expect(connector.requests.length).toBeGreaterThan(before);
    expect(runtime?.botAppId).toBe('');
  });

  it('answers updates, deletes and member look-ups, and 404 for the rest', async () => {
    const base = `${connector.serviceUrl}v3/conversations/${encodeURIComponent('19:x@thread.tacv2;messageid=1')}`;
    const put = await fetch(`${base}/activities/act-1`, { method: 'PUT', body: JSON.stringify({ type: 'message', text: 'päivitetty' }) });
    expect(await put.json()).toEqual({ id: 'act-1' });
    expect(connector.requests.at(-1)).toMatchObject({ kind: 'update', conversationId: '19:x@thread.tacv2;messageid=1', activityId: 'act-1' });
    expect((await fetch(`${base}/activities/act-1`, { method: 'DELETE' })).status).toBe(200);
    expect(await (await fetch(`${base}/members/29:member-1`)).json()).toEqual({ id: '29:member-1', name: 'Maija' });
    expect((await fetch(`${connector.serviceUrl}v3/attachments/x`)).status).toBe(404);
    expect(connector.requests.at(-1)?.kind).toBe('unknown');
  });

  it('times out waiting for what never comes', async () => {
    await expect(connector.waitFor((r) => r.path === '/never', 50)).rejects.toThrow('no matching connector request');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalConnector, type LocalConnector } from '../../src/devtools/connector.js';
import { BOT, membersAdded, message, messagesOf, submit, USER } from '../helpers/activities.js';
import { startTestBot, type TestBot } from '../helpers/testBot.js';

/** The per-member rate limit through the real endpoint: 3 messages a minute, a fixed clock. */
const ADVISER = { id: '29:adviser-1', name: 'Aino Neuvoja', aadObjectId: '00000000-0000-0000-0000-0000000000b1' };
const COORDINATOR = { id: '29:coordinator-1', name: 'Kalle Koordinaattori', aadObjectId: '00000000-0000-0000-0000-0000000000c1' };
const QUESTION = 'Paljonko omarahoitusta tarvitaan?';
const FEEDBACK = { action: 'feedback', helpful: true, kind: 'answer', passageId: 'kake-haku#omarahoitus', question: QUESTION, lang: 'fi' };

function member(n: number): Record<string, unknown> {
  return { id: `29:member-${n}`, name: `Jäsen ${n}`, aadObjectId: `00000000-0000-0000-0000-${String(n).padStart(12, '0')}` };
}
const conversationOf = (from: Record<string, unknown>): Record<string, unknown> => ({ id: `a:personal-${String(from['id'])}`, conversationType: 'personal', tenantId: 'tenant-1' });
const from = (who: Record<string, unknown>): Record<string, unknown> => ({ from: who, conversation: conversationOf(who) });

describe('rate limit per member (RATE_LIMIT_PER_MINUTE=3)', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({
      rateLimit: { perMinute: 3 },
      handoffConfig: {
        access: { advisers: [ADVISER.aadObjectId], coordinators: [COORDINATOR.aadObjectId] },
        storage: { kind: 'memory' },
      },
    });
  });
  afterAll(async () => bot.close());

  const texts = async (activity: Record<string, unknown>): Promise<string[]> => messagesOf(await bot.exchange(activity)).map((r) => r.text ?? '');

  it('answers 3 messages, says once in Finnish that it pauses, then drops the rest without a word', async () => {
    const who = member(1);
    for (let i = 0; i < 3; i += 1) expect(await texts(message(QUESTION, from(who)))).toEqual([expect.stringContaining('omarahoitusosuus')]);
    const [notice, ...rest] = await texts(message(QUESTION, from(who)));
    expect(rest).toEqual([]);
    expect(notice).toContain('pidän pienen tauon');
    expect(notice).toMatch(/noin \d+ sekuntiin/);
    for (let i = 0; i < 5; i += 1) expect(await texts(message(QUESTION, from(who)))).toEqual([]);
  });

  it('counts card presses too, and limits each member on their own', async () => {
    const a = member(2);
    const b = member(3);
    expect(await texts(submit(FEEDBACK, from(a)))).toEqual(['Kiitos palautteesta!']);
    expect(await texts(message(QUESTION, from(a)))).toHaveLength(1);
    expect(await texts(submit(FEEDBACK, from(a)))).toEqual(['Kiitos palautteesta!']);
    expect(await texts(submit(FEEDBACK, from(a)))).toEqual([expect.stringContaining('pidän pienen tauon')]);
    expect(await texts(message(QUESTION, from(b)))).toEqual([expect.stringContaining('omarahoitusosuus')]);
  });

  it('tells an English-speaking member in English', async () => {
    const who = member(4);
    for (let i = 0; i < 3; i += 1) await texts(message('How much own funding is needed?', from(who)));
    const [notice] = await texts(message('How much own funding is needed?', from(who)));
    expect(notice).toContain('taking a short break');
  });

  it('never limits advisers and coordinators, whether they type or press buttons', async () => {
    for (const who of [ADVISER, COORDINATOR]) {
      for (let i = 0; i < 10; i += 1) {
        expect(await texts(message(QUESTION, from(who)))).toEqual([expect.stringContaining('omarahoitusosuus')]);
        expect(await texts(submit(FEEDBACK, from(who)))).toEqual(['Kiitos palautteesta!']);
      }
    }
  });

  it('limits by the member, not by the conversation they write in', async () => {
    const who = member(5);
    for (let i = 0; i < 3; i += 1) await texts(message(QUESTION, { from: who, conversation: { id: `19:group-${i}`, conversationType: 'groupChat', isGroup: true } }));
    expect(await texts(message(QUESTION, from(who)))).toEqual([expect.stringContaining('pidän pienen tauon')]);
  });

  it('lets other activities through: a limited member is still welcomed when they add the bot', async () => {
    const who = member(1);
    const replies = messagesOf(await bot.exchange(membersAdded([BOT.id], { from: who, conversation: conversationOf(who) })));
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).toContain('Hei! Olen Hankeapu');
  });
});

describe('rate limit off (RATE_LIMIT_PER_MINUTE=0)', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ rateLimit: { perMinute: 0 }, handoffConfig: { access: { advisers: [], coordinators: [] }, storage: { kind: 'memory' } } });
  });
  afterAll(async () => bot.close());

  it('answers every message', async () => {
    for (let i = 0; i < 30; i += 1) expect(messagesOf(await bot.exchange(message(QUESTION, { from: { ...USER } })))).toHaveLength(1);
  });
});

describe('rate limit and advisers listed by user principal name only', () => {
  const KAISA = { id: '29:coordinator-kaisa', name: 'Kaisa Koordinaattori', aadObjectId: '00000000-0000-0000-0000-0000000000c9' };
  let connector: LocalConnector;
  let bot: TestBot;
  beforeAll(async () => {
    const seven = { id: '29:member-7', name: 'Jäsen 7', aadObjectId: '00000000-0000-0000-0000-000000000007', userPrincipalName: 'jasen7@example.org' };
    connector = await startLocalConnector({ members: [{ ...KAISA, userPrincipalName: 'kaisa@liitto.fi' }, seven] });
    bot = await startTestBot({ rateLimit: { perMinute: 2 }, handoffConfig: { access: { advisers: [], coordinators: ['kaisa@liitto.fi'] }, storage: { kind: 'memory' } } });
  });
  afterAll(async () => {
    await bot.close();
    await connector.close();
  });

  const texts = async (activity: Record<string, unknown>): Promise<string[]> => messagesOf(await bot.exchange(activity)).map((r) => r.text ?? '');
  const lookups = (): number => connector.requests.filter((r) => r.kind === 'get_members').length;

  it('recognises the coordinator by looking the name up once, when the limit would refuse her', async () => {
    const at = { from: KAISA, conversation: conversationOf(KAISA), serviceUrl: connector.serviceUrl };
    for (let i = 0; i < 2; i += 1) expect(await texts(message(QUESTION, at))).toHaveLength(1);
    expect(lookups()).toBe(0);
    for (let i = 0; i < 5; i += 1) expect(await texts(message(QUESTION, at))).toEqual([expect.stringContaining('omarahoitusosuus')]);
    expect(lookups()).toBe(1);
  });

  it('limits a member whose name is not listed, looking them up once', async () => {
    const who = member(7);
    const at = { from: who, conversation: conversationOf(who), serviceUrl: connector.serviceUrl };
    const before = lookups();
    for (let i = 0; i < 2; i += 1) await texts(message(QUESTION, at));
    expect(await texts(message(QUESTION, at))).toEqual([expect.stringContaining('pidän pienen tauon')]);
    expect(await texts(message(QUESTION, at))).toEqual([]);
    expect(lookups() - before).toBe(1);
  });
});

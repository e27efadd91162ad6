import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createAnswerEngine } from '../../src/answer/engine.js';
import { renderText } from '../../src/answer/render.js';
import type { Decision } from '../../src/answer/types.js';
import { summarizeKnowledge } from '../../src/bot/deps.js';
import { messages } from '../../src/i18n/index.js';
import { loadKnowledgeBase } from '../../src/knowledge/load.js';
import { cardOf, membersAdded, message, messagesOf, submit, submitsOf, textOf, USER, BOT } from '../helpers/activities.js';
import { startTestBot, type TestBot } from '../helpers/testBot.js';

/** End to end through the real HTTP endpoint with the real engine and the knowledge base in knowledge/. */
describe('Hankeapu with the real knowledge base', () => {
  let bot: TestBot;
  let engine: ReturnType<typeof createAnswerEngine>;
  beforeAll(async () => {
    const loaded = await loadKnowledgeBase('knowledge');
    if (!loaded.ok) throw new Error(`knowledge/ does not load: ${loaded.errors.map((e) => e.message).join('; ')}`);
    engine = createAnswerEngine(loaded.kb);
    bot = await startTestBot({ engine, renderText, knowledge: summarizeKnowledge(loaded.kb) });
  });
  afterAll(async () => bot.close());

  it('answers a Finnish question with an answer card that names its source', async () => {
    const [reply] = messagesOf(await bot.exchange(message('Paljonko omarahoitusta tarvitaan?')));
    const card = cardOf(reply);
    expect(card).toBeDefined();
    expect(textOf(card)).toMatch(/omarahoitus/i);
    expect(textOf(card)).toMatch(/^Lähde: .+ \(.+, .+\)$/m);
    expect(reply?.text).toMatch(/Lähde: /);
    const actions = submitsOf(card).map((s) => s['action']);
    expect(actions).toEqual(['feedback', 'feedback', 'handoff.offer']);
  });

  it('answers an English question in an English frame', async () => {
    const [reply] = messagesOf(await bot.exchange(message('How much own funding is needed?')));
    expect(reply?.locale).toBe('en-US');
    expect(textOf(cardOf(reply))).toMatch(/^Source: /m);
    expect(reply?.text).toMatch(/Source: /);
  });

  it('offers to forward an out-of-scope question to an adviser', async () => {
    const [reply] = messagesOf(await bot.exchange(message('Paljonko kissanruoka maksaa Tokiossa?')));
    expect(reply?.text).toBe(messages('fi').answer.handoff);
    expect(submitsOf(cardOf(reply))).toEqual([{ action: 'handoff.offer', question: 'Paljonko kissanruoka maksaa Tokiossa?', lang: 'fi' }]);
  });

  it('lists the knowledge base documents on the welcome card', async () => {
    const [reply] = messagesOf(await bot.exchange(membersAdded([USER.id, BOT.id])));
    expect(textOf(cardOf(reply))).toContain('Etelä-Savon ELY-keskus');
    const health = z
      .object({ knowledge: z.object({ documents: z.number(), passages: z.number() }) })
      .parse(await (await fetch(`${bot.url}/healthz`)).json());
    expect(health.knowledge.documents).toBeGreaterThan(0);
    expect(health.knowledge.passages).toBeGreaterThan(health.knowledge.documents);
  });

  it('has welcome examples that the engine answers (no dead ends on the first click)', async () => {
    const [welcome] = messagesOf(await bot.exchange(membersAdded([USER.id, BOT.id])));
    const examples = submitsOf(cardOf(welcome));
    for (const example of examples) {
      const question = String(example['question']);
      const decision: Decision = engine.decide(question, { today: '2025-03-15' });
      expect({ question, kind: decision.kind }).not.toMatchObject({ kind: expect.stringMatching(/^(handoff|invalid)$/) });
      const [reply] = messagesOf(await bot.exchange(submit(example)));
      expect(cardOf(reply)).toBeDefined();
    }
  });
});

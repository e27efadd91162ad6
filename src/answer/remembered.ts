import type { AnswerEngine, AskContext, Decision } from './types.js';

/**
 * How many recent questions' decisions are kept. The same questions come again and again (the
 * welcome card's example buttons send the same text for every member); a few hundred decisions
 * are a megabyte or two.
 */
export const REMEMBERED_DECISIONS = 500;

/**
 * The engine with its latest decisions remembered. A decision is a pure function of the question
 * as typed, the day of asking and the knowledge base the engine was built from, so the same text
 * on the same day gets the same decision without searching again; a reload builds a new engine and
 * with it an empty memory. The least recently asked question is forgotten first. The same decision
 * object is handed to every turn that asks the same: decisions are values that the bot only renders.
 */
export function rememberingDecisions(engine: AnswerEngine, capacity = REMEMBERED_DECISIONS): AnswerEngine {
  const memory = new Map<string, Decision>();
  return {
    decide(question: string, ctx: AskContext): Decision {
      const key = `${ctx.today}\n${question}`;
      const known = memory.get(key);
      if (known !== undefined) {
        // Map keeps insertion order: asked again, the question moves to the newest end.
        memory.delete(key);
        memory.set(key, known);
        return known;
      }
      const decision = engine.decide(question, ctx);
      memory.set(key, decision);
      if (memory.size > capacity) {
        const oldest = memory.keys().next();
        if (oldest.done !== true) memory.delete(oldest.value);
      }
      return decision;
    },
    answerFromPassage: (passageId, question, ctx) => engine.answerFromPassage(passageId, question, ctx),
  };
}

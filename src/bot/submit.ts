import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Lang } from '../answer/types.js';
import { CARD_ACTIONS, cardSubmitSchema, type CardSubmit } from '../cards/actions.js';
import { botAnswerSummary } from '../handoff/botAnswer.js';
import { messages } from '../i18n/index.js';
import type { BotDeps } from './deps.js';
import { recordDecision } from './recordEvent.js';
import { decisionReply, textMessage } from './reply.js';

const submitHead = z.object({ action: z.string() }).passthrough();

/** The language a (possibly invalid) payload asks for; Finnish unless it clearly says English. */
function payloadLang(value: unknown): Lang {
  const parsed = z.object({ lang: z.literal('en') }).safeParse(value);
  return parsed.success ? 'en' : 'fi';
}

/**
 * A card button was pressed. The payload is checked against the bot's own actions; actions the
 * bot does not own go to the handoff port; anything unrecognised gets a polite reply, never an error.
 */
export async function onSubmit(ctx: TurnContext, value: unknown, deps: BotDeps): Promise<void> {
  const head = submitHead.safeParse(value);
  if (head.success && !CARD_ACTIONS.includes(head.data.action)) {
    if (await deps.handoff.submit(ctx, head.data)) return;
  }
  const parsed = cardSubmitSchema.safeParse(value);
  if (!parsed.success) {
    deps.log.warn(`card submit rejected: ${head.success ? head.data.action : 'no action'}: ${parsed.error.issues[0]?.message ?? ''}`);
    await ctx.sendActivity(textMessage(messages(payloadLang(value)).bot.invalidSubmit, payloadLang(value)));
    return;
  }
  await handle(ctx, parsed.data, deps);
}

async function handle(ctx: TurnContext, submit: CardSubmit, deps: BotDeps): Promise<void> {
  switch (submit.action) {
    case 'feedback': {
      await deps.feedback.add({
        at: deps.clock.now().toISOString(),
        kind: submit.kind,
        ...(submit.passageId === undefined ? {} : { passageId: submit.passageId }),
        question: submit.question,
        helpful: submit.helpful,
        lang: submit.lang,
      });
      const b = messages(submit.lang).bot;
      await ctx.sendActivity(textMessage(submit.helpful ? b.feedbackThanks : b.feedbackThanksNotHelpful, submit.lang));
      return;
    }
    case 'answer.pick': {
      await ctx.sendActivity({ type: 'typing' });
      const decision = deps.knowledge().engine.answerFromPassage(submit.passageId, submit.question, { today: deps.clock.today() });
      await ctx.sendActivity(decisionReply(decision, deps.renderText));
      return;
    }
    case 'answer.ask':
      await answerQuestion(ctx, submit.question, deps);
      return;
    case 'handoff.offer': {
      // The advisers see what the bot had answered; asking again gives the same decision.
      const botAnswer = botAnswerSummary(deps.knowledge().engine.decide(submit.question, { today: deps.clock.today() }));
      await deps.handoff.offer(ctx, { question: submit.question, lang: submit.lang, ...(botAnswer === undefined ? {} : { botAnswer }) });
      return;
    }
  }
}

/** Typing indicator, then the engine's decision rendered as card plus text; clarify and handoff are recorded. */
export async function answerQuestion(ctx: TurnContext, question: string, deps: BotDeps): Promise<void> {
  await ctx.sendActivity({ type: 'typing' });
  const decision = deps.knowledge().engine.decide(question, { today: deps.clock.today() });
  await ctx.sendActivity(decisionReply(decision, deps.renderText));
  await recordDecision(decision, deps);
}

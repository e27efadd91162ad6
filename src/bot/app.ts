// From the modules themselves, not the package index: the index also loads the AI planners, the
// OpenAI client and the GPT tokenizers' tables, which this bot never uses (≈0.2 s and 10–15 MB at start).
import { Application } from '@microsoft/teams-ai/lib/Application.js';
import type { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter.js';
import type { TurnContext } from 'botbuilder';
import { messages } from '../i18n/index.js';
import type { BotDeps } from './deps.js';
import { readMessage } from './input.js';
import type { TurnGate } from './rateLimit.js';
import { textMessage, welcomeReply } from './reply.js';
import { answerQuestion, onSubmit } from './submit.js';
import { shouldWelcome } from './welcome.js';

export interface BotAppOptions {
  adapter: TeamsAdapter;
  /** The bot's Microsoft App ID; empty in local mode. Proactive messages need it. */
  botAppId: string;
  /** Runs before every turn; a turn it refuses is not handled (the per-member rate limit, src/bot/rateLimit.ts). */
  admit?: TurnGate;
}

/**
 * The Teams application: routes only, each handler dispatches to a pure function and sends what
 * it returns. Activities without a route (events, reactions, installation updates) are
 * acknowledged with 200 and no reply; invokes without a route get 501 from the adapter.
 *
 * teams-ai's own typing timer is off: it is one timer per Application shared by all concurrent
 * turns, and it fires only after a second; the handlers send one typing activity before answering.
 */
export function createBotApp(deps: BotDeps, options: BotAppOptions): Application {
  const app = new Application({
    adapter: options.adapter,
    botAppId: options.botAppId,
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });
  const { admit } = options;
  if (admit !== undefined) app.turn('beforeTurn', (ctx) => admit(ctx));

  app.conversationUpdate('membersAdded', async (ctx) => {
    if (shouldWelcome(ctx.activity)) await ctx.sendActivity(welcomeReply('welcome', 'fi', deps.knowledge().summary.documents));
  });

  app.activity('message', async (ctx) => {
    const input = readMessage(ctx.activity);
    switch (input.kind) {
      case 'submit':
        return onSubmit(ctx, input.value, deps);
      case 'help':
        await ctx.sendActivity(welcomeReply('help', input.lang, deps.knowledge().summary.documents));
        return;
      case 'small_talk':
        await ctx.sendActivity(textMessage(messages(input.lang).bot.smallTalk[input.talk], input.lang));
        return;
      case 'attachments_only':
        await ctx.sendActivity(textMessage(messages('fi').bot.attachmentOnly, 'fi'));
        return;
      case 'question':
        if (await deps.coordinators.command(ctx, input.text)) return;
        if (await deps.handoff.command(ctx, input.text)) return;
        return answerQuestion(ctx, input.text, deps);
    }
  });

  app.error(async (ctx: TurnContext, error: Error) => {
    deps.log.error(`turn failed (${ctx.activity.type})`, error);
    if (ctx.activity.type === 'message') await ctx.sendActivity(textMessage(messages('fi').bot.turnError, 'fi'));
  });

  return app;
}

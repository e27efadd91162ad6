import type { TurnContext } from 'botbuilder';
import type { Lang } from '../answer/types.js';
import { handoffConfirmSchema, handoffOfferCard } from '../cards/handoffOffer.js';
import { messages } from '../i18n/index.js';
import { cardMessage, textMessage } from './reply.js';

export interface HandoffRequest {
  /** The member's question, as carried in the button (at most MAX_SUBMIT_QUESTION_CHARS). */
  question: string;
  lang: Lang;
}

/**
 * How the bot hands a question to human advisers. The bot calls `offer` when the member presses
 * "Kysy neuvojalta"; every card submit whose `action` the bot does not own (e.g. "handoff.confirm",
 * ticket buttons) goes to `submit`, which validates its own payload and returns false if the
 * action is not its either. The real implementation lives in src/handoff/.
 */
export interface HandoffPort {
  offer(ctx: TurnContext, request: HandoffRequest): Promise<void>;
  submit(ctx: TurnContext, value: Readonly<Record<string, unknown>>): Promise<boolean>;
  /**
   * Every text message (mention removed, control characters dropped) before the bot treats it as
   * a question: adviser commands in a channel, a member's "omat kysymykset". True when handled.
   */
  command(ctx: TurnContext, text: string): Promise<boolean>;
}

/**
 * Stand-in until ticket handoff is wired: shows the offer with a confirm button, and on confirm
 * says (in the member's language, Finnish by default) that forwarding is still being set up.
 */
export function createPendingHandoffPort(): HandoffPort {
  return {
    async offer(ctx, { question, lang }) {
      const b = messages(lang).bot;
      await ctx.sendActivity(cardMessage(`${b.handoffOfferTitle}\n${b.handoffOfferText}\n${question}`, handoffOfferCard(question, lang), lang));
    },
    async submit(ctx, value) {
      const parsed = handoffConfirmSchema.safeParse(value);
      if (!parsed.success) return false;
      await ctx.sendActivity(textMessage(messages(parsed.data.lang).bot.handoffNotReady, parsed.data.lang));
      return true;
    },
    async command() {
      return false;
    },
  };
}

import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Lang } from '../answer/types.js';
import { roleOf, type AccessList } from '../handoff/routing.js';
import { messages } from '../i18n/index.js';
import type { RateLimiter } from '../ratelimit/limiter.js';
import { detectLanguage } from '../search/query.js';
import { tokenize } from '../search/finnish.js';
import { textMessage } from './reply.js';

/** Decides before a turn whether it runs: true to carry on, false to stop it (after replying, maybe). */
export type TurnGate = (ctx: TurnContext) => Promise<boolean>;

const englishPayload = z.object({ lang: z.literal('en') }).passthrough();

/** The member's language as far as a refused message tells it: a card's `lang`, else the text's words. */
function langOf(text: string | undefined, value: unknown): Lang {
  if (englishPayload.safeParse(value).success) return 'en';
  return text === undefined ? 'fi' : detectLanguage(tokenize(text));
}

/**
 * Members' messages (typed questions and card presses alike) pass the per-member limiter; a refused
 * message is dropped, and the first refusal in a window gets a polite reply in the member's language.
 * Advisers and coordinators (ADVISER_IDS, COORDINATOR_IDS) are never limited: ticket actions must
 * not be lost while they work through a queue. Other activity types are not messages and pass.
 */
export function rateLimitGate(limiter: RateLimiter, access: AccessList): TurnGate {
  return async (ctx) => {
    const { activity } = ctx;
    if (activity.type !== 'message') return true;
    const from = activity.from;
    const identity = { id: from.id, name: from.name ?? '', ...(from.aadObjectId === undefined ? {} : { aadObjectId: from.aadObjectId }) };
    if (roleOf(identity, access) !== undefined) return true;

    const decision = limiter.take(from.aadObjectId ?? from.id);
    if (decision.kind === 'admitted') return true;
    if (decision.notify) {
      const lang = langOf(activity.text, activity.value);
      await ctx.sendActivity(textMessage(messages(lang).bot.rateLimited(Math.max(1, Math.ceil(decision.retryAfterMs / 1000))), lang));
    }
    return false;
  };
}

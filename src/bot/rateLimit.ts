import { TeamsInfo, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Lang } from '../answer/types.js';
import { roleOf, type AccessList, type Identity } from '../handoff/routing.js';
import { messages } from '../i18n/index.js';
import type { RateLimiter } from '../ratelimit/limiter.js';
import type { Logger } from '../server/log.js';
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

/** Members whose user principal name was looked up, at most this many remembered. */
const MAX_LOOKED_UP = 1000;

/**
 * Members' messages (typed questions and card presses alike) pass the per-member limiter; a refused
 * message is dropped, and the first refusal in a window gets a polite reply in the member's language.
 * Advisers and coordinators (ADVISER_IDS, COORDINATOR_IDS) are never limited: ticket actions must
 * not be lost while they work through a queue. Other activity types are not messages and pass.
 *
 * Teams sends the sender's Azure AD object id; someone listed only by user principal name is
 * recognised by looking the name up from Teams, and only when the limiter would refuse them, once
 * per member (remembered, bounded), so that the limit costs no lookups in normal use.
 */
export function rateLimitGate(limiter: RateLimiter, access: AccessList, log: Logger): TurnGate {
  const listsUpns = [...access.advisers, ...access.coordinators].some((e) => e.includes('@'));
  const lookedUp = new Map<string, boolean>();

  const listedByUpn = async (ctx: TurnContext, identity: Identity, key: string): Promise<boolean> => {
    const known = lookedUp.get(key);
    if (known !== undefined) return known;
    let listed = false;
    try {
      const upn = (await TeamsInfo.getMember(ctx, identity.id)).userPrincipalName;
      listed = upn !== undefined && upn !== '' && roleOf({ ...identity, upn }, access) !== undefined;
    } catch (err) {
      log.warn(`rate limit: could not look up the sender's user principal name: ${err instanceof Error ? err.message : String(err)}`);
      return false;
    }
    if (lookedUp.size >= MAX_LOOKED_UP) lookedUp.clear();
    lookedUp.set(key, listed);
    return listed;
  };

  return async (ctx) => {
    const { activity } = ctx;
    if (activity.type !== 'message') return true;
    const from = activity.from;
    const identity: Identity = { id: from.id, name: from.name ?? '', ...(from.aadObjectId === undefined ? {} : { aadObjectId: from.aadObjectId }) };
    if (roleOf(identity, access) !== undefined) return true;

    const key = from.aadObjectId ?? from.id;
    const decision = limiter.take(key);
    if (decision.kind === 'admitted') return true;
    if (listsUpns && (await listedByUpn(ctx, identity, key))) return true;
    if (decision.notify) {
      const lang = langOf(activity.text, activity.value);
      await ctx.sendActivity(textMessage(messages(lang).bot.rateLimited(Math.max(1, Math.ceil(decision.retryAfterMs / 1000))), lang));
    }
    return false;
  };
}

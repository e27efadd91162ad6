import { TeamsInfo, TurnContext } from 'botbuilder';
import type { Lang } from '../answer/types.js';
import { parseCoordinatorCommand } from '../coordinators/commands.js';
import type { KnowledgeChannelStore } from '../coordinators/channel.js';
import { fromConversationReference, toConversationReference } from '../handoff/botReference.js';
import { channelRoot, type ConversationRef } from '../handoff/conversationRef.js';
import { actorOf, roleOf, type AccessList, type Identity } from '../handoff/routing.js';
import { messages } from '../i18n/index.js';
import type { Logger } from '../server/log.js';
import type { HankeapuAdapter } from './adapter.js';
import type { Clock } from './clock.js';
import { textMessage } from './reply.js';

/** Coordinators' commands in Teams: the gap report ("raportti 30 pv") and the knowledge notice channel. */
export interface CoordinatorPort {
  /** True when the text was a coordinator command (answered, or refused to a non-coordinator). */
  command(ctx: TurnContext, text: string): Promise<boolean>;
}

export interface CoordinatorPortOptions {
  access: AccessList;
  channels: KnowledgeChannelStore;
  /** The gap report of the last `days` days as Teams text. */
  report(days: number, lang: Lang): Promise<string>;
  clock: Clock;
  log: Logger;
}

/** Only identities in COORDINATOR_IDS may use these; everyone else is told so. */
export function createCoordinatorPort(options: CoordinatorPortOptions): CoordinatorPort {
  return {
    async command(ctx, text) {
      const cmd = parseCoordinatorCommand(text);
      if (cmd.kind === 'none') return false;
      const t = messages(cmd.lang).report;
      const identity = await identityOf(ctx, options);
      if (roleOf(identity, options.access) !== 'coordinator') {
        await ctx.sendActivity(textMessage(t.notCoordinator, cmd.lang));
        return true;
      }
      switch (cmd.kind) {
        case 'reportUsage':
          await ctx.sendActivity(textMessage(t.usage, cmd.lang));
          return true;
        case 'report':
          await ctx.sendActivity({ type: 'typing' });
          await ctx.sendActivity(textMessage(await options.report(cmd.days, cmd.lang), cmd.lang));
          return true;
        case 'knowledgeChannel': {
          const ref = ctx.activity.conversation.conversationType === 'channel' ? fromConversationReference(TurnContext.getConversationReference(ctx.activity)) : undefined;
          if (ref === undefined) {
            await ctx.sendActivity(textMessage(t.knowledgeChannelNotChannel, cmd.lang));
            return true;
          }
          await options.channels.register(channelRoot(ref), actorOf(identity), options.clock.now());
          options.log.info(`coordinators: knowledge notices now go to channel ${channelRoot(ref).conversation.id}`);
          await ctx.sendActivity(textMessage(t.knowledgeChannelRegistered, cmd.lang));
          return true;
        }
      }
    },
  };
}

/**
 * The sender as the access list sees them: the AAD object id Teams sends with every activity, and
 * the user principal name (one connector call) only when the list names people by UPN.
 */
async function identityOf(ctx: TurnContext, options: CoordinatorPortOptions): Promise<Identity> {
  const from = ctx.activity.from;
  const base: Identity = { id: from.id, name: from.name ?? '', ...(from.aadObjectId === undefined || from.aadObjectId === '' ? {} : { aadObjectId: from.aadObjectId }) };
  if (!options.access.coordinators.some((e) => e.includes('@')) || roleOf(base, options.access) === 'coordinator') return base;
  try {
    const upn = (await TeamsInfo.getMember(ctx, base.id)).userPrincipalName;
    return upn === undefined || upn === '' ? base : { ...base, upn };
  } catch (err) {
    options.log.warn(`coordinators: could not look up the sender's user principal name: ${err instanceof Error ? err.message : String(err)}`);
    return base;
  }
}

/**
 * Posts a plain text message as a new thread in a channel, proactively. Rejects when Teams
 * refuses (the error is caught inside the turn: the Teams AI app's error handler would swallow it).
 */
export function channelTextSender(adapter: HankeapuAdapter, botAppId: string): (channel: ConversationRef, text: string) => Promise<void> {
  return async (channel, text) => {
    let failure: { error: unknown } | undefined;
    await adapter.continueConversationAsync(botAppId, toConversationReference(channelRoot(channel)), async (ctx) => {
      ctx.onSendActivities(async (_ctx, activities, next) => {
        for (const a of activities) delete a.replyToId;
        return next();
      });
      try {
        await ctx.sendActivity(textMessage(text, 'fi'));
      } catch (error) {
        failure = { error };
      }
    });
    if (failure !== undefined) throw failure.error;
  };
}

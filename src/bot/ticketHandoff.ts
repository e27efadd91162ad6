import { randomUUID } from 'node:crypto';
import { TeamsInfo, TurnContext, type Activity, type Storage } from 'botbuilder';
import type { Lang } from '../answer/types.js';
import { handoffConfirmSchema } from '../cards/handoffOffer.js';
import { adviserTicketCard } from '../cards/ticket.js';
import { ticketAttachment, type TicketCard } from '../cards/ticketKit.js';
import { forwardCard, forwardConfirmationCard, openQuestionsCard, regionChooserCard } from '../cards/ticketMember.js';
import { parseHandoffSubmit, type MemberSubmit, type PendingForward } from '../cards/ticketSubmit.js';
import { assembleHandoff } from '../handoff/assemble.js';
import { fromConversationReference } from '../handoff/botReference.js';
import { commandLang, parseChannelCommand, parseMemberCommand } from '../handoff/commands.js';
import type { RetryPolicy } from '../handoff/outbox.js';
import type { ChannelPoster, Timer } from '../handoff/ports.js';
import { adviserReply, channelsReply, forwardReply, memberReply, registerReply, unknownRegionReply } from '../handoff/replies.js';
import { roleOf, type AccessList, type Identity } from '../handoff/routing.js';
import type { AdviserResult, ForwardResult, HandoffService, MemberIdentity } from '../handoff/service.js';
import type { Region } from '../knowledge/schema.js';
import { messages } from '../i18n/index.js';
import type { BotRuntime } from '../server/start.js';
import type { Logger } from '../server/log.js';
import { createStorage } from '../storage/createStorage.js';
import { assembleFaq } from '../faq/assemble.js';
import { createChannelPoster } from './channelPoster.js';
import { createFaqPort } from './faqPort.js';
import type { HandoffPort } from './handoffPort.js';
import { textMessage, withAttachment } from './reply.js';

export interface TicketHandoffOptions {
  /** Default: the storage configured in config.handoff.storage (STORAGE). */
  storage?: Storage;
  /** Default: proactive messages through runtime.adapter. */
  poster?: ChannelPoster;
  /** Default: DEFAULT_RETRY. Tests use a short one. */
  retry?: RetryPolicy;
  pollMs?: number;
  timer?: Timer;
}

/**
 * The real handoff behind the bot: forwarding questions as tickets, the advisers' card buttons,
 * channel registration and the members' commands. This module only translates between Teams
 * activities and the HandoffService (validated payloads in, rendered results out); every decision
 * is the service's and the ticket machine's, every delivery the outbox's.
 */
export function createTicketHandoffPort(runtime: BotRuntime, options: TicketHandoffOptions = {}): HandoffPort {
  const { config, clock, log } = runtime;
  const access = config.handoff.access;
  const poster = options.poster ?? createChannelPoster(runtime.adapter, runtime.botAppId);
  const storage = options.storage ?? createStorage(config.handoff.storage);
  const { service, outbox } = assembleHandoff({
    storage,
    access,
    poster,
    clock,
    log,
    ...(options.retry === undefined ? {} : { retry: options.retry }),
    ...(options.pollMs === undefined ? {} : { pollMs: options.pollMs }),
    ...(options.timer === undefined ? {} : { timer: options.timer }),
  });
  const env: PortEnv = { service, poster, access, log };
  // Adviser answers into the knowledge base: the FAQ buttons on these cards and "rekisteröi koordinaattorit".
  const faq = createFaqPort({
    service: assembleFaq({
      storage,
      access,
      poster,
      clock,
      knowledgeDir: config.knowledgeDir,
      ...(runtime.reloadKnowledge === undefined ? {} : { reload: runtime.reloadKnowledge }),
      log,
    }),
    identityOf: (ctx) => identityOf(ctx, env),
    log,
  });

  return {
    async offer(ctx, request) {
      await showForwardCard(ctx, env, request);
    },
    async submit(ctx, value) {
      const confirm = handoffConfirmSchema.safeParse(value);
      if (confirm.success) {
        await showForwardCard(ctx, env, confirm.data);
        return true;
      }
      if (await faq.submit(ctx, value)) return true;
      const parsed = parseHandoffSubmit(value);
      if (!parsed.ok && parsed.reason === 'not_handoff') return false;
      if (!parsed.ok) {
        log.warn(`handoff: card submit rejected (${String(value['action'])}): ${parsed.issues.join('; ')}`);
        const lang = value['lang'] === 'en' ? 'en' : 'fi';
        await ctx.sendActivity(textMessage(messages(lang).bot.invalidSubmit, lang));
        return true;
      }
      if (parsed.value.side === 'adviser') {
        const result = await service.handleAdviserSubmit(await identityOf(ctx, env), parsed.value.submit);
        await replyToAdviser(ctx, env, result, 'fi');
      } else {
        await onMemberSubmit(ctx, env, parsed.value.submit);
      }
      return true;
    },
    async command(ctx, text) {
      return (await faq.command(ctx, text)) || (await channelCommand(ctx, env, text)) || memberCommand(ctx, env, text);
    },
    start() {
      outbox.start();
    },
    stop() {
      return outbox.stop();
    },
  };
}

interface PortEnv {
  service: HandoffService;
  poster: ChannelPoster;
  access: AccessList;
  log: Logger;
}

/** The forward card: the question, the region (asked only if not remembered), details, send or cancel. */
async function showForwardCard(ctx: TurnContext, env: PortEnv, request: { question: string; lang: Lang; botAnswer?: string }): Promise<void> {
  const region = await env.service.memberRegion(memberOf(ctx));
  const card = forwardCard({
    question: request.question,
    ...(request.botAnswer === undefined ? {} : { botAnswer: request.botAnswer }),
    // The activity that asked for the card: pressing "send" twice on it makes one ticket.
    requestId: ctx.activity.id ?? randomUUID(),
    ...(region === undefined ? {} : { region }),
    lang: request.lang,
  });
  await ctx.sendActivity(cardReply(card, card.fallbackText ?? '', request.lang));
}

async function onMemberSubmit(ctx: TurnContext, env: PortEnv, submit: MemberSubmit): Promise<void> {
  const { service } = env;
  const member = memberOf(ctx);
  const h = messages(submit.lang).handoff;
  switch (submit.action) {
    case 'handoff.send':
      return forward(ctx, env, submit, submit.region, submit.lang);
    case 'handoff.cancel':
      await ctx.sendActivity(textMessage(h.forwardCancelled, submit.lang));
      return;
    case 'handoff.region': {
      if (submit.region === undefined) {
        await ctx.sendActivity(cardReply(regionChooserCard(submit.lang, submit.pending === undefined ? {} : { pending: submit.pending }), h.needRegion, submit.lang));
        return;
      }
      if (submit.pending !== undefined) return forward(ctx, env, submit.pending, submit.region, submit.lang);
      await service.setMemberRegion(member, submit.region);
      await ctx.sendActivity(textMessage(h.regionSaved(submit.region), submit.lang));
      return;
    }
    case 'ticket.followUp': {
      const result = await service.memberFollowUp(member, { ticketId: submit.ticketId, version: submit.version }, submit.followUpText);
      await ctx.sendActivity(textMessage(memberReply(result, submit.lang), submit.lang));
      return;
    }
    case 'ticket.feedback': {
      const result = await service.memberFeedback(member, { ticketId: submit.ticketId, version: submit.version }, submit.helped);
      await ctx.sendActivity(textMessage(memberReply(result, submit.lang, submit.helped), submit.lang));
      return;
    }
  }
}

/**
 * Creates the ticket (stored before the member is told anything) and confirms with its number.
 * The confirmation promises forwarding, not delivery: if posting to the advisers fails, the
 * outbox tells the member so and keeps trying.
 */
async function forward(ctx: TurnContext, env: PortEnv, pending: PendingForward, region: Region | undefined, lang: Lang): Promise<void> {
  const conversation = fromConversationReference(TurnContext.getConversationReference(ctx.activity));
  if (conversation === undefined) {
    env.log.warn('handoff: cannot forward: the activity lacks a usable conversation reference');
    await ctx.sendActivity(textMessage(messages(lang).bot.invalidSubmit, lang));
    return;
  }
  const details = pending.details.trim();
  const result: ForwardResult = await env.service.forward({
    member: memberOf(ctx),
    conversation,
    requestId: pending.requestId,
    question: pending.question,
    ...(details === '' ? {} : { details }),
    ...(pending.botAnswer === undefined ? {} : { botAnswer: pending.botAnswer }),
    ...(region === undefined ? {} : { region }),
    lang,
  });
  switch (result.kind) {
    case 'created': {
      env.log.info(`handoff: ticket ${result.ticket.id} created for ${result.ticket.region}`);
      const card = forwardConfirmationCard(result.ticket);
      await ctx.sendActivity(cardReply(card, card.fallbackText ?? '', lang));
      return;
    }
    case 'need_region':
      await ctx.sendActivity(cardReply(regionChooserCard(lang, { pending }), messages(lang).handoff.regionChooserTitle, lang));
      return;
    case 'already_forwarded':
    case 'invalid':
    case 'busy':
      await ctx.sendActivity(textMessage(forwardReply(result, lang), lang));
      return;
  }
}

/**
 * After a button press or command of an adviser: a one-line reply in the thread. A refused action
 * (stale card, lost claim) also re-renders the ticket's card in place so that it shows the truth;
 * a successful one is re-rendered by the outbox.
 */
async function replyToAdviser(ctx: TurnContext, env: PortEnv, result: AdviserResult, lang: Lang): Promise<void> {
  await ctx.sendActivity(textMessage(adviserReply(result, lang), lang));
  if (result.kind !== 'rejected') return;
  const card = result.ticket.adviserCard;
  if (card === undefined) return;
  try {
    await env.poster.update(card.channel, card.activityId, adviserTicketCard(result.ticket, { lang, viaFallback: card.viaFallback }));
  } catch (err) {
    env.log.warn(`handoff: could not refresh the card of ${result.ticket.id}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/**
 * Registration, channel list and reopening. In a channel every such command is answered (a
 * non-adviser is told who may use it); elsewhere only advisers' are, and anyone else's text goes
 * on to the answer engine as a question.
 */
async function channelCommand(ctx: TurnContext, env: PortEnv, text: string): Promise<boolean> {
  const cmd = parseChannelCommand(text);
  if (cmd.kind === 'none') return false;
  const lang = commandLang(text);
  const identity = await identityOf(ctx, env);
  const inChannel = ctx.activity.conversation.conversationType === 'channel';
  if (!inChannel && roleOf(identity, env.access) === undefined) return false;
  let reply: string;
  switch (cmd.kind) {
    case 'register': {
      const ref = fromConversationReference(TurnContext.getConversationReference(ctx.activity));
      reply = ref === undefined ? messages(lang).handoff.registerNotChannel : registerReply(await env.service.registerChannel(cmd.target, ref, identity), lang);
      if (ref !== undefined) env.log.info(`handoff: channel registration for ${cmd.target}: ${reply}`);
      break;
    }
    case 'registerUnknown':
      reply = roleOf(identity, env.access) === undefined ? messages(lang).handoff.registerForbidden : unknownRegionReply(cmd.given, lang);
      break;
    case 'listChannels':
      reply = channelsReply(await env.service.listChannels(identity), lang);
      break;
    case 'reopen':
      await replyToAdviser(ctx, env, await env.service.reopen(identity, { ticketId: cmd.ticketId }), lang);
      return true;
  }
  await ctx.sendActivity(textMessage(reply, lang));
  return true;
}

/** "omat kysymykset" / "my questions" and "vaihda alue" / "change region". */
async function memberCommand(ctx: TurnContext, env: PortEnv, text: string): Promise<boolean> {
  const cmd = parseMemberCommand(text);
  const lang = commandLang(text);
  const member = memberOf(ctx);
  switch (cmd.kind) {
    case 'none':
      return false;
    case 'listOpen': {
      const card = openQuestionsCard(await env.service.listOpenForMember(member), lang);
      await ctx.sendActivity(cardReply(card, card.fallbackText ?? '', lang));
      return true;
    }
    case 'chooseRegion': {
      const current = await env.service.memberRegion(member);
      const card = regionChooserCard(lang, current === undefined ? {} : { current });
      await ctx.sendActivity(cardReply(card, card.fallbackText ?? '', lang));
      return true;
    }
  }
}

function memberOf(ctx: TurnContext): MemberIdentity {
  const from = ctx.activity.from;
  return { id: from.id, name: from.name ?? '', ...(from.aadObjectId === undefined || from.aadObjectId === '' ? {} : { aadObjectId: from.aadObjectId }) };
}

/**
 * The sender as the access list sees them. Teams sends the AAD object id with every activity; the
 * user principal name is looked up (one connector call) only when the list names people by UPN
 * and the object id alone did not match.
 */
async function identityOf(ctx: TurnContext, env: PortEnv): Promise<Identity> {
  const base: Identity = memberOf(ctx);
  const listsUpns = [...env.access.advisers, ...env.access.coordinators].some((e) => e.includes('@'));
  if (!listsUpns || roleOf(base, env.access) !== undefined) return base;
  try {
    const upn = (await TeamsInfo.getMember(ctx, base.id)).userPrincipalName;
    return upn === undefined || upn === '' ? base : { ...base, upn };
  } catch (err) {
    env.log.warn(`handoff: could not look up the sender's user principal name: ${err instanceof Error ? err.message : String(err)}`);
    return base;
  }
}


function cardReply(card: TicketCard, text: string, lang: Lang): Partial<Activity> {
  return withAttachment(text, ticketAttachment(card), lang);
}

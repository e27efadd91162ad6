import { TurnContext } from 'botbuilder';
import { parseFaqSubmit } from '../cards/faqSubmit.js';
import { parseFaqCommand } from '../faq/commands.js';
import { approveReply, proposeReply, registerCoordinatorsReply, rejectReply } from '../faq/replies.js';
import type { FaqService } from '../faq/service.js';
import { fromConversationReference } from '../handoff/botReference.js';
import type { Identity } from '../handoff/routing.js';
import { messages } from '../i18n/index.js';
import type { Logger } from '../server/log.js';
import { textMessage } from './reply.js';

/**
 * Adviser answers into the knowledge base, as the bot sees them: the FAQ buttons on the ticket and
 * proposal cards, and "rekisteröi koordinaattorit". Translates between Teams activities and the
 * FaqService (validated payloads in, rendered replies out); the handoff port passes these on.
 */
export interface FaqPort {
  /** True when `value` was a FAQ action (handled, or refused politely). */
  submit(ctx: TurnContext, value: Readonly<Record<string, unknown>>): Promise<boolean>;
  /** True when the text was the FAQ's channel command. */
  command(ctx: TurnContext, text: string): Promise<boolean>;
}

export interface FaqPortOptions {
  service: FaqService;
  /** The sender as the access list sees them (with the UPN looked up when the list needs it). */
  identityOf(ctx: TurnContext): Promise<Identity>;
  log: Logger;
}

export function createFaqPort(options: FaqPortOptions): FaqPort {
  const { service, log } = options;
  return {
    async submit(ctx, value) {
      const parsed = parseFaqSubmit(value);
      if (!parsed.ok && parsed.reason === 'not_faq') return false;
      if (!parsed.ok) {
        log.warn(`faq: card submit rejected (${String(value['action'])}): ${parsed.issues.join('; ')}`);
        const lang = value['lang'] === 'en' ? 'en' : 'fi';
        await ctx.sendActivity(textMessage(messages(lang).bot.invalidSubmit, lang));
        return true;
      }
      const submit = parsed.submit;
      const identity = await options.identityOf(ctx);
      let reply: string;
      switch (submit.action) {
        case 'faq.propose':
          reply = proposeReply(await service.propose(identity, { ticketId: submit.ticketId, ...editedTexts(submit) }), submit.lang);
          break;
        case 'faq.approve':
          reply = approveReply(await service.approve(identity, { ticketId: submit.ticketId, version: submit.version, ...editedTexts(submit) }), submit.lang);
          break;
        case 'faq.reject':
          reply = rejectReply(
            await service.reject(identity, { ticketId: submit.ticketId, version: submit.version, ...(submit.rejectReason === undefined ? {} : { reason: submit.rejectReason }) }),
            submit.lang,
          );
          break;
      }
      await ctx.sendActivity(textMessage(reply, submit.lang));
      return true;
    },
    async command(ctx, text) {
      const cmd = parseFaqCommand(text);
      if (cmd.kind === 'none') return false;
      const ref = fromConversationReference(TurnContext.getConversationReference(ctx.activity));
      const result = ref === undefined ? ({ kind: 'not_a_channel' } as const) : await service.registerCoordinators(await options.identityOf(ctx), ref);
      if (result.kind === 'registered') log.info(`faq: the coordinators' channel is now ${ctx.activity.conversation.id}`);
      await ctx.sendActivity(textMessage(registerCoordinatorsReply(result, cmd.lang), cmd.lang));
      return true;
    },
  };
}

/** The texts typed into the card's inputs; an input that did not come back means "as it stands". */
function editedTexts(submit: { faqQuestion?: string | undefined; faqAnswer?: string | undefined }): { question?: string; answer?: string } {
  return { ...(submit.faqQuestion === undefined ? {} : { question: submit.faqQuestion }), ...(submit.faqAnswer === undefined ? {} : { answer: submit.faqAnswer }) };
}

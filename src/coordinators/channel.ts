import type { Storage } from 'botbuilder';
import { z } from 'zod';
import type { Lang } from '../answer/types.js';
import { conversationRefSchema, type ConversationRef } from '../handoff/conversationRef.js';
import { actorSchema, type Actor } from '../handoff/ticket.js';
import { messages } from '../i18n/index.js';
import type { KnowledgeReloadNotifier, ReloadEvent } from '../knowledge/live.js';
import { formatIssue } from '../knowledge/types.js';
import { RecordStore } from '../storage/records.js';

/**
 * The coordinators' channel: where the bot tells coordinators what became of their edits to the
 * knowledge base. One record in the bot's storage; a new registration replaces the old.
 */
export const KNOWLEDGE_CHANNEL_KEY = 'coordinators/knowledgeChannel';

const registrationSchema = z
  .object({ schema: z.literal(1), channel: conversationRefSchema, registeredBy: actorSchema, registeredAt: z.string().datetime({ offset: true }) })
  .strict();
export type KnowledgeChannelRegistration = z.infer<typeof registrationSchema>;

export class KnowledgeChannelStore {
  private readonly records: RecordStore<typeof registrationSchema>;

  constructor(storage: Storage) {
    this.records = new RecordStore(storage, registrationSchema, 'knowledge channel registration');
  }

  async register(channel: ConversationRef, by: Actor, at: Date): Promise<void> {
    await this.records.put(KNOWLEDGE_CHANNEL_KEY, { schema: 1, channel, registeredBy: by, registeredAt: at.toISOString() });
  }

  async get(): Promise<KnowledgeChannelRegistration | undefined> {
    return (await this.records.get(KNOWLEDGE_CHANNEL_KEY))?.value;
  }
}

/** Most issues listed in one channel message; the log has them all. */
const MAX_ISSUES = 15;

/** The coordinators' message for a reload event: what changed, or what is wrong and where. */
export function reloadNotice(event: ReloadEvent, lang: Lang): string {
  const t = messages(lang).report;
  const list = (issues: readonly Parameters<typeof formatIssue>[0][]): string[] => [
    ...issues.slice(0, MAX_ISSUES).map((i) => `• ${formatIssue(i)}`),
    ...(issues.length > MAX_ISSUES ? [t.more(issues.length - MAX_ISSUES)] : []),
  ];
  switch (event.kind) {
    case 'reloaded':
      return [t.knowledgeReloaded(event.version, event.documents), ...(event.warnings.length === 0 ? [] : [t.knowledgeWarnings, ...list(event.warnings)])].join('\n');
    case 'rejected':
      return [t.knowledgeRejected(event.serving), ...list(event.errors), ...(event.warnings.length === 0 ? [] : [t.knowledgeWarnings, ...list(event.warnings)])].join('\n');
  }
}

/**
 * The KnowledgeReloadNotifier that posts to the coordinators' channel, when one is registered
 * ("tietopohjakanava"); without one it does nothing (the log notifier still logs).
 */
export function channelReloadNotifier(store: KnowledgeChannelStore, send: (channel: ConversationRef, text: string) => Promise<void>, lang: Lang = 'fi'): KnowledgeReloadNotifier {
  return {
    async notify(event) {
      const registration = await store.get();
      if (registration !== undefined) await send(registration.channel, reloadNotice(event, lang));
    },
  };
}

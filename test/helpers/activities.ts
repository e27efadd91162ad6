import { z } from 'zod';

/** Bot Framework activities as Teams sends them, for tests. Override any field. */
export const BOT = { id: '28:hankeapu-bot', name: 'Hankeapu' } as const;
export const USER = { id: '29:member-1', name: 'Maija Meikäläinen', aadObjectId: '00000000-0000-0000-0000-000000000001' } as const;

let counter = 0;

/** An activity as JSON on the wire. */
export type TestActivity = Record<string, unknown>;

export function activity(type: string, overrides: TestActivity = {}): TestActivity {
  counter += 1;
  return {
    type,
    id: `in-${counter}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    from: { ...USER },
    recipient: { ...BOT },
    conversation: { id: 'a:personal-conversation-1', conversationType: 'personal', tenantId: 'tenant-1' },
    channelData: { tenant: { id: 'tenant-1' } },
    locale: 'fi-FI',
    ...overrides,
  };
}

export function message(text: string | undefined, overrides: TestActivity = {}): TestActivity {
  return activity('message', { ...(text === undefined ? {} : { text }), ...overrides });
}

/** A card button press: Teams sends Action.Submit data as `value` of a message without text. */
export function submit(value: unknown, overrides: TestActivity = {}): TestActivity {
  return activity('message', { value, ...overrides });
}

/** A message in a team channel that @mentions the bot, as Teams words it. */
export function channelMention(text: string): TestActivity {
  return message(`<at>${BOT.name}</at> ${text}`, {
    conversation: { id: '19:channel-1@thread.tacv2;messageid=123', conversationType: 'channel', isGroup: true, tenantId: 'tenant-1' },
    entities: [{ type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: { id: BOT.id, name: BOT.name } }],
  });
}

export function membersAdded(ids: readonly string[], overrides: TestActivity = {}): TestActivity {
  return activity('conversationUpdate', { membersAdded: ids.map((id) => ({ id })), ...overrides });
}

/**
 * What the bot sent, as the tests read it. A card message carries its plain text in `summary`
 * (Teams would show `text` above the card); `text` here is whichever of the two was sent.
 */
export const replySchema = z
  .object({
    type: z.string(),
    text: z.string().optional(),
    summary: z.string().optional(),
    locale: z.string().optional(),
    attachments: z
      .array(z.object({ contentType: z.string(), content: z.record(z.unknown()) }).passthrough())
      .optional(),
  })
  .passthrough()
  .transform((r) => ({ ...r, text: r.text ?? r.summary }));
export type Reply = z.infer<typeof replySchema>;

export const expectRepliesBodySchema = z.object({ activities: z.array(replySchema) });

/** The reply messages (typing indicators left out). */
export function messagesOf(replies: readonly Reply[]): Reply[] {
  return replies.filter((r) => r.type === 'message');
}

/** The first Adaptive Card's content of a reply. */
export function cardOf(reply: Reply | undefined): Record<string, unknown> | undefined {
  return reply?.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
}

const objectSchema = z.record(z.unknown());
const submitActionSchema = z.object({ type: z.literal('Action.Submit'), data: objectSchema });
const textBlockSchema = z.object({ type: z.literal('TextBlock'), text: z.string() });

/** Every Action.Submit `data` in a card, in order, wherever it sits. */
export function submitsOf(card: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    const rec = objectSchema.safeParse(node);
    if (!rec.success) return;
    const action = submitActionSchema.safeParse(rec.data);
    if (action.success) found.push(action.data.data);
    Object.values(rec.data).forEach(walk);
  };
  walk(card);
  return found;
}

/** All TextBlock texts of a card joined with newlines. */
export function textOf(card: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    const rec = objectSchema.safeParse(node);
    if (!rec.success) return;
    const block = textBlockSchema.safeParse(rec.data);
    if (block.success) out.push(block.data.text);
    Object.values(rec.data).forEach(walk);
  };
  walk(card);
  return out.join('\n');
}

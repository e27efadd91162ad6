import type { Lang } from '../answer/types.js';

/** What an incoming message asks the bot to do, before any answering. */
export type MessageInput =
  | { kind: 'submit'; value: unknown }
  | { kind: 'help'; lang: Lang }
  | { kind: 'attachments_only' }
  | { kind: 'question'; text: string };

/** The fields of a message activity this module reads. */
export interface MessageLike {
  text?: string | null;
  value?: unknown;
  attachments?: readonly { contentType?: string }[] | null;
}

const HELP_FI = new Set(['apua', 'ohje', 'ohjeet', '?']);
const HELP_EN = new Set(['help', '/help']);

/**
 * Control characters (C0 except newline and tab, DEL, C1) and zero-width characters are
 * dropped; carriage returns and tabs become plain line breaks and spaces; <at>Name</at> tags
 * of other people's mentions keep only the name (the bot's own mention is already removed).
 */
export function cleanText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/<at>(.*?)<\/at>/gi, '$1')
    .trim();
}

/** Teams adds a text/html copy of formatted messages; that is not an attachment the member sent. */
function sentAttachments(m: MessageLike): number {
  return (m.attachments ?? []).filter((a) => a.contentType !== 'text/html').length;
}

export function readMessage(m: MessageLike): MessageInput {
  if (m.value !== undefined && m.value !== null) return { kind: 'submit', value: m.value };
  const text = cleanText(m.text ?? '');
  if (text === '' && sentAttachments(m) > 0) return { kind: 'attachments_only' };
  const lower = text.toLowerCase();
  const command = lower.length > 1 ? lower.replace(/[.!?]+$/, '') : lower;
  if (HELP_FI.has(command)) return { kind: 'help', lang: 'fi' };
  if (HELP_EN.has(command)) return { kind: 'help', lang: 'en' };
  return { kind: 'question', text };
}

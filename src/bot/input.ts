import type { Lang } from '../answer/types.js';

/** What an incoming message asks the bot to do, before any answering. */
export type MessageInput =
  | { kind: 'submit'; value: unknown }
  | { kind: 'help'; lang: Lang }
  | { kind: 'small_talk'; talk: SmallTalk; lang: Lang }
  | { kind: 'attachments_only' }
  | { kind: 'question'; text: string };

/** A message that is only a greeting, a thanks or an "okay": a friendly word back, not a search. */
export type SmallTalk = 'greeting' | 'thanks' | 'acknowledgement';

/** The fields of a message activity this module reads. */
export interface MessageLike {
  text?: string | null;
  value?: unknown;
  attachments?: readonly { contentType?: string }[] | null;
}

const HELP_FI = new Set(['apua', 'ohje', 'ohjeet', '?']);
const HELP_EN = new Set(['help', '/help']);
/** "Mitä osaat?", "Who are you?": what the bot is and does, which the help card tells. */
const ABOUT_FI = /^(mitä (sä |sinä |te )?(osaat|teet|tiedät|osaatte)|kuka (sä |sinä )?(olet|oot)|mikä (sä |sinä )?(olet|oot)|mikä (tämä|tää|tämä botti|tää botti) on|miten (tätä|tää|sua|sinua) käytetään|miten tämä toimii|mihin (sä |sinä )?pystyt)$/;
const ABOUT_EN = /^(what can you do|what do you do|what do you know|who are you|what are you|how do i use (this|you)|how does this work)$/;

const GREETING_FI = /^((hei|heippa|moi|moikka|moro|morjens|terve|tervehdys|päivää|huomenta|iltaa|hyvää (huomenta|päivää|iltaa))( (hei|moi|vaan|kaikille))*)$/;
const GREETING_EN = /^((hello|hi|hey|good (morning|afternoon|evening))( (there|all|everyone))?)$/;
const THANKS_FI = /^(kiitos|kiitti|kiitoksia|kiitokset|kiitän)\b/;
const THANKS_EN = /^(thanks|thank you|thx|cheers)\b/;
const ACK_FI = /^(ok|okei|oki|selvä|selvä juttu|selvä homma|jees|joo|hyvä|kiva|loistavaa|mahtavaa|hienoa|hyvä tietää|ok selvä)$/;
const ACK_EN = /^(okay|great|good|nice|fine|cool|got it|perfect)$/;
/** At most this many words in a thanks ("kiitos paljon, tää auttoi"); a longer message may ask something too. */
const MAX_THANKS_WORDS = 8;

/** The message as small talk, if it is only that; the bot's own name and punctuation aside. */
export function smallTalkOf(text: string): { talk: SmallTalk; lang: Lang } | undefined {
  if (text.includes('?')) return undefined;
  const words = text
    .toLowerCase()
    .replace(/hankeapu/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  if (words.length === 0) return undefined;
  const plain = words.join(' ');
  if (GREETING_FI.test(plain)) return { talk: 'greeting', lang: 'fi' };
  if (GREETING_EN.test(plain)) return { talk: 'greeting', lang: 'en' };
  if (words.length <= MAX_THANKS_WORDS && THANKS_FI.test(plain)) return { talk: 'thanks', lang: 'fi' };
  if (words.length <= MAX_THANKS_WORDS && THANKS_EN.test(plain)) return { talk: 'thanks', lang: 'en' };
  if (ACK_FI.test(plain)) return { talk: 'acknowledgement', lang: 'fi' };
  if (ACK_EN.test(plain)) return { talk: 'acknowledgement', lang: 'en' };
  return undefined;
}

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
  if (ABOUT_FI.test(command)) return { kind: 'help', lang: 'fi' };
  if (ABOUT_EN.test(command)) return { kind: 'help', lang: 'en' };
  const talk = smallTalkOf(text);
  if (talk !== undefined) return { kind: 'small_talk', ...talk };
  return { kind: 'question', text };
}

import type { Lang } from '../answer/types.js';
import { REGIONS, type Region } from '../knowledge/schema.js';
import type { ChannelTarget } from './routing.js';
import { TICKET_ID_PATTERN, type TicketId } from './ticket.js';

/**
 * Typed commands of the handoff, in Finnish and English. Pure. The bot removes its own
 * @mention before calling these; other <at> tags are tolerated.
 *
 * In an advisers' channel:  "rekisteröi Etelä-Savo" | "register fallback" | "kanavat" | "avaa HA-4F7K"
 * In the member's chat:     "omat kysymykset" | "my questions" | "vaihda alue" | "change region"
 */
export type ChannelCommand =
  | { kind: 'register'; target: ChannelTarget }
  | { kind: 'registerUnknown'; given: string }
  | { kind: 'listChannels' }
  | { kind: 'reopen'; ticketId: TicketId }
  | { kind: 'none' };

export type MemberCommand = { kind: 'listOpen' } | { kind: 'chooseRegion' } | { kind: 'none' };

const REGISTER = ['rekisteröi', 'rekisteroi', 'register'];
const LIST_CHANNELS = ['kanavat', 'channels'];
const REOPEN = ['avaa', 'reopen'];
const FALLBACK = ['varakanava', 'fallback', 'muut', 'other'];
const LIST_OPEN = ['omat kysymykset', 'kysymykseni', 'avoimet kysymykset', 'my questions', 'open questions'];
const CHOOSE_REGION = ['vaihda alue', 'change region'];

export function parseChannelCommand(raw: string): ChannelCommand {
  const text = tidy(raw);
  const [verb = '', ...rest] = text.split(' ');
  const arg = rest.join(' ');
  const lower = verb.toLowerCase();
  if (REGISTER.includes(lower)) {
    if (arg === '') return { kind: 'registerUnknown', given: '' };
    const target = channelTargetFrom(arg);
    return target === undefined ? { kind: 'registerUnknown', given: arg } : { kind: 'register', target };
  }
  if (LIST_CHANNELS.includes(lower) && arg === '') return { kind: 'listChannels' };
  if (REOPEN.includes(lower)) {
    const id = arg.toUpperCase();
    if (TICKET_ID_PATTERN.test(id)) return { kind: 'reopen', ticketId: id };
  }
  return { kind: 'none' };
}

export function parseMemberCommand(raw: string): MemberCommand {
  const text = tidy(raw).toLowerCase();
  if (LIST_OPEN.includes(text)) return { kind: 'listOpen' };
  if (CHOOSE_REGION.includes(text)) return { kind: 'chooseRegion' };
  return { kind: 'none' };
}

const ENGLISH_COMMANDS = new Set(['register', 'channels', 'reopen', 'my questions', 'open questions', 'change region']);

/** The language to answer a command in: English when it was typed with its English words, else Finnish. */
export function commandLang(raw: string): Lang {
  const text = tidy(raw).toLowerCase();
  const [verb = ''] = text.split(' ');
  return ENGLISH_COMMANDS.has(text) || ENGLISH_COMMANDS.has(verb) ? 'en' : 'fi';
}

/** "Etelä-Savo", "etela savo", "ETELÄ-SAVOLLE", "fallback" → the target, or undefined. */
export function channelTargetFrom(given: string): ChannelTarget | undefined {
  const key = fold(given);
  if (FALLBACK.some((f) => key === fold(f))) return 'fallback';
  return REGIONS.find((r: Region) => key.startsWith(fold(r)));
}

function tidy(raw: string): string {
  return raw
    .replace(/<at>.*?<\/at>/gi, ' ')
    .replace(/[.!?]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower case, no diacritics, letters only: "Etelä-Savo" → "etelasavo". */
function fold(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]/g, '');
}

import type { Lang } from '../answer/types.js';

/**
 * The FAQ's channel command, in Finnish and English. Pure. The bot removes its own @mention
 * before calling this; other <at> tags are tolerated.
 *
 * "rekisteröi koordinaattorit" | "register coordinators": this channel is the coordinators'
 * channel (FAQ proposals, and the knowledge base's reload notices: the same registration as
 * "tietopohjakanava").
 */
export type FaqCommand = { kind: 'registerCoordinators'; lang: Lang } | { kind: 'none' };

const REGISTER_COORDINATORS: Record<string, Lang> = {
  'rekisteröi koordinaattorit': 'fi',
  'rekisteroi koordinaattorit': 'fi',
  'rekisteröi koordinaattorikanava': 'fi',
  'rekisteroi koordinaattorikanava': 'fi',
  'rekisteröi koordinaattorien kanava': 'fi',
  'register coordinators': 'en',
  'register coordinator channel': 'en',
  'register coordinators channel': 'en',
};

export function parseFaqCommand(raw: string): FaqCommand {
  const text = raw
    .replace(/<at>.*?<\/at>/gi, ' ')
    .replace(/[.!?]+$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  const lang = REGISTER_COORDINATORS[text];
  return lang === undefined ? { kind: 'none' } : { kind: 'registerCoordinators', lang };
}

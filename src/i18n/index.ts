import type { Lang } from '../answer/types.js';
import { answer as answerEn } from './en/answer.js';
import { answer as answerFi } from './fi/answer.js';

/**
 * All member-facing text, one folder per language (fi first, en second).
 * Each capability keeps its strings in its own file inside the language folder.
 */
const catalogs = {
  fi: { answer: answerFi },
  en: { answer: answerEn },
} as const;

export type Messages = (typeof catalogs)['fi'];

export function messages(lang: Lang): Messages {
  return catalogs[lang];
}

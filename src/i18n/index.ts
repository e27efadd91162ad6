import type { Lang } from '../answer/types.js';
import { answer as answerEn } from './en/answer.js';
import { answer as answerFi } from './fi/answer.js';
import { bot as botEn } from './en/bot.js';
import { bot as botFi } from './fi/bot.js';
import { faq as faqEn } from './en/faq.js';
import { faq as faqFi } from './fi/faq.js';
import { handoff as handoffEn } from './en/handoff.js';
import { handoff as handoffFi } from './fi/handoff.js';
import { report as reportEn } from './en/report.js';
import { report as reportFi } from './fi/report.js';

/**
 * All member-facing text, one folder per language (fi first, en second).
 * Each capability keeps its strings in its own file inside the language folder.
 */
const catalogs = {
  fi: { answer: answerFi, bot: botFi, faq: faqFi, handoff: handoffFi, report: reportFi },
  en: { answer: answerEn, bot: botEn, faq: faqEn, handoff: handoffEn, report: reportEn },
} as const;

export type Messages = (typeof catalogs)['fi'];

export function messages(lang: Lang): Messages {
  return catalogs[lang];
}

import type { Activity, Attachment } from 'botbuilder';
import type { Decision, Lang } from '../answer/types.js';
import { attachment, type AdaptiveCard } from '../cards/adaptive.js';
import { decisionCard } from '../cards/answer.js';
import { welcomeCard, type KnownDocument } from '../cards/welcome.js';
import { messages } from '../i18n/index.js';

/** Plain-text rendering of a decision, in its language (the answer engine's `renderText`). */
export type RenderText = (decision: Decision) => string;

const LOCALES: Record<Lang, string> = { fi: 'fi-FI', en: 'en-US' };

/**
 * A message with a card, or plain text when there is no card. With a card the plain text goes in
 * `summary` (notifications, clients that cannot show cards) and the card's `fallbackText`, not in
 * `text`: Teams shows `text` above the card, so the answer would appear twice.
 */
export function cardMessage(fallback: string, card: AdaptiveCard | undefined, lang: Lang): Partial<Activity> {
  if (card === undefined) return { type: 'message', text: fallback, textFormat: 'plain', locale: LOCALES[lang] };
  return withAttachment(fallback, attachment({ ...card, fallbackText: fallback }), lang);
}

/** A card message whose plain text rides in `summary` (see cardMessage). */
export function withAttachment(summary: string, card: Attachment, lang?: Lang): Partial<Activity> {
  return { type: 'message', summary, attachments: [card], ...(lang === undefined ? {} : { locale: LOCALES[lang] }) };
}

export function textMessage(text: string, lang: Lang): Partial<Activity> {
  return cardMessage(text, undefined, lang);
}

export function decisionReply(decision: Decision, renderText: RenderText): Partial<Activity> {
  return cardMessage(renderText(decision), decisionCard(decision), decision.lang);
}

export function welcomeReply(variant: 'welcome' | 'help', lang: Lang, documents: readonly KnownDocument[]): Partial<Activity> {
  const b = messages(lang).bot;
  const fallback = [
    variant === 'welcome' ? b.welcomeTitle : b.helpTitle,
    b.welcomeIntro,
    b.howToAsk,
    b.examplesHeading,
    ...b.examples.map((q) => `• ${q}`),
    `${b.privacyHeading}: ${b.privacy}`,
  ].join('\n');
  return cardMessage(fallback, welcomeCard({ lang, variant, documents }), lang);
}

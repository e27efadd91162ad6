import { formatDate } from '../answer/dates.js';
import type { Lang } from '../answer/types.js';
import { messages } from '../i18n/index.js';
import { adaptiveCard, text, type AdaptiveCard, type CardElement } from './adaptive.js';
import { submit } from './answerParts.js';

/** A document of the knowledge base as the welcome card lists it. */
export interface KnownDocument {
  title: string;
  publisher: string;
  date: string;
}

export interface WelcomeInput {
  lang: Lang;
  /** `welcome` when the bot is added or a member joins; `help` for the apua/help command. */
  variant: 'welcome' | 'help';
  documents: readonly KnownDocument[];
}

/** Documents listed by name; the rest are counted, so the card stays short. */
export const MAX_LISTED_DOCUMENTS = 8;

/** What the bot knows, example questions as buttons, and what is stored and why. */
export function welcomeCard(input: WelcomeInput): AdaptiveCard {
  const { lang, documents } = input;
  const b = messages(lang).bot;
  const listed = documents.slice(0, MAX_LISTED_DOCUMENTS);
  const rest = documents.length - listed.length;
  const docs: CardElement[] =
    documents.length === 0
      ? [text(b.noDocuments, { isSubtle: true })]
      : [
          ...listed.map((d) => text(`• ${b.documentLine(d.title, d.publisher, formatDate(d.date))}`, { spacing: 'Small' })),
          ...(rest > 0 ? [text(b.moreDocuments(rest), { isSubtle: true, spacing: 'Small' })] : []),
        ];
  const body: CardElement[] = [
    text(input.variant === 'welcome' ? b.welcomeTitle : b.helpTitle, { size: 'Large', weight: 'Bolder', style: 'heading' }),
    text(b.welcomeIntro),
    text(b.howToAsk),
    text(b.knowsHeading, { weight: 'Bolder', spacing: 'Medium' }),
    ...docs,
    text(b.examplesHeading, { weight: 'Bolder', spacing: 'Medium' }),
    {
      type: 'ActionSet',
      actions: b.examples.map((q) => submit(q, { action: 'answer.ask', question: q, lang })),
    },
    text(b.privacyHeading, { weight: 'Bolder', spacing: 'Medium' }),
    text(b.privacy, { isSubtle: true, size: 'Small' }),
  ];
  return adaptiveCard(body);
}

import { formatDate } from '../answer/dates.js';
import { noticeText } from '../answer/render.js';
import type { Decision, Lang, Notice, SourceRef } from '../answer/types.js';
import { messages } from '../i18n/index.js';
import { forButton, type CardSubmit } from './actions.js';
import { text, type CardAction, type SubmitAction, type TextBlock } from './adaptive.js';

/** Pieces shared by the answer cards. All pure; wording and date format as in the engine's renderText. */

/** "Lähde: title (publisher, date)"; the link, if any, is the card's "Avaa lähde" button. */
export function sourceBlock(source: SourceRef, lang: Lang): TextBlock {
  return text(messages(lang).answer.sourceLine(source.title, formatDate(source.date), source.publisher), {
    isSubtle: true,
    size: 'Small',
    spacing: 'Medium',
  });
}

export function noticeBlock(notice: Notice, lang: Lang): TextBlock {
  return text(noticeText(messages(lang).answer, notice), { color: 'Warning', spacing: 'Medium' });
}

/** The excerpt one TextBlock per line, so that "• " list lines keep their breaks in Teams. */
export function excerptBlocks(excerpt: string): TextBlock[] {
  return excerpt
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map((l, i) => text(l, i === 0 ? {} : { spacing: 'Small' }));
}

export function submit(title: string, data: CardSubmit, style?: SubmitAction['style']): SubmitAction<CardSubmit> {
  return { type: 'Action.Submit', title, data, ...(style === undefined ? {} : { style }) };
}

export function askAdviserAction(question: string, lang: Lang): SubmitAction<CardSubmit> {
  return submit(messages(lang).bot.askAdviserButton, { action: 'handoff.offer', question: forButton(question), lang });
}

/** "Hyödyllinen" / "Ei hyödyllinen": the payload carries what the feedback is about, no user data. */
export function feedbackActions(decision: Decision, passageId: string | undefined): CardAction[] {
  const { lang } = decision;
  const b = messages(lang).bot;
  const base = {
    action: 'feedback' as const,
    kind: decision.kind,
    question: forButton(decision.question),
    lang,
    ...(passageId === undefined ? {} : { passageId }),
  };
  return [submit(b.helpfulButton, { ...base, helpful: true }), submit(b.notHelpfulButton, { ...base, helpful: false })];
}

export function openSourceAction(source: SourceRef, lang: Lang): CardAction[] {
  return source.url === undefined ? [] : [{ type: 'Action.OpenUrl', title: messages(lang).bot.openSourceButton, url: source.url }];
}

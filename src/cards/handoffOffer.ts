import { z } from 'zod';
import type { Lang } from '../answer/types.js';
import { messages } from '../i18n/index.js';
import { forButton, MAX_SUBMIT_QUESTION_CHARS } from './actions.js';
import { adaptiveCard, text, type AdaptiveCard, type SubmitAction } from './adaptive.js';

/** The confirm button's payload. The handoff port that shows the offer also handles the confirm. */
export const handoffConfirmSchema = z.object({
  action: z.literal('handoff.confirm'),
  question: z.string().max(MAX_SUBMIT_QUESTION_CHARS),
  lang: z.enum(['fi', 'en']).default('fi'),
});
export type HandoffConfirm = z.infer<typeof handoffConfirmSchema>;

/** "Välitänkö kysymyksen neuvojalle?" with the question quoted and a confirm button. */
export function handoffOfferCard(question: string, lang: Lang): AdaptiveCard {
  const b = messages(lang).bot;
  const confirm: SubmitAction<HandoffConfirm> = {
    type: 'Action.Submit',
    title: b.handoffConfirmButton,
    style: 'positive',
    data: { action: 'handoff.confirm', question: forButton(question), lang },
  };
  return adaptiveCard(
    [
      text(b.handoffOfferTitle, { weight: 'Bolder' }),
      text(b.handoffOfferText),
      { type: 'Container', style: 'emphasis', items: [text(question.length > 0 ? forButton(question) : '–', { maxLines: 10 })] },
    ],
    [confirm],
  );
}

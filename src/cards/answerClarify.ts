import type { AnswerPassage, Decision } from '../answer/types.js';
import { messages } from '../i18n/index.js';
import { forButton } from './actions.js';
import { adaptiveCard, text, truncate, type AdaptiveCard, type CardElement } from './adaptive.js';
import { askAdviserAction, sourceBlock, submit } from './answerParts.js';

type ClarifyDecision = Extract<Decision, { kind: 'clarify' }>;

/** What a candidate is called on its button: its own heading, else its document's title. */
export function candidateLabel(c: AnswerPassage): string {
  return c.headings.at(-1) ?? c.source.title;
}

/** The engine asks back: each candidate with a snippet and a button that answers from it. */
export function clarifyCard(decision: ClarifyDecision): AdaptiveCard {
  const { lang, candidates } = decision;
  const intro = text(messages(lang).answer.clarifyIntro, { weight: 'Bolder' });
  const blocks = candidates.flatMap((c): CardElement[] => [
    text(candidateLabel(c), { weight: 'Bolder', separator: true, spacing: 'Medium' }),
    text(truncate(c.excerpt.replace(/\s+/g, ' '), 200), { isSubtle: true, maxLines: 3, spacing: 'Small' }),
    sourceBlock(c.source, lang),
  ]);
  const choices = candidates.map((c) =>
    submit(truncate(candidateLabel(c), 60), { action: 'answer.pick', passageId: c.passageId, question: forButton(decision.question), lang }),
  );
  return adaptiveCard(
    [intro, ...blocks, { type: 'ActionSet', actions: choices, spacing: 'Medium' }],
    [askAdviserAction(decision.question, lang)],
  );
}

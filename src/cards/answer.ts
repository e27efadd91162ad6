import { handoffText } from '../answer/render.js';
import { MAX_QUESTION_CHARS, type Decision } from '../answer/types.js';
import { messages } from '../i18n/index.js';
import { adaptiveCard, text, type AdaptiveCard } from './adaptive.js';
import { callStatusCard } from './answerCallStatus.js';
import { clarifyCard } from './answerClarify.js';
import { askAdviserAction, excerptBlocks, feedbackActions, noticeBlock, openSourceAction, sourceBlock } from './answerParts.js';

type AnswerDecision = Extract<Decision, { kind: 'answer' }>;

/**
 * The card for a decision, in the decision's language; `undefined` when plain text says it all
 * (an empty message or one without words).
 */
export function decisionCard(decision: Decision): AdaptiveCard | undefined {
  switch (decision.kind) {
    case 'answer':
      return answerCard(decision);
    case 'call_status':
      return callStatusCard(decision);
    case 'clarify':
      return clarifyCard(decision);
    case 'handoff':
      return adaptiveCard([text(handoffText(decision))], [askAdviserAction(decision.question, decision.lang)]);
    case 'invalid':
      return decision.reason === 'too_long'
        ? adaptiveCard(
            [text(messages(decision.lang).answer.invalidTooLong(MAX_QUESTION_CHARS))],
            [askAdviserAction(decision.question, decision.lang)],
          )
        : undefined;
  }
}

/** Excerpt, where it is in the document, the source, any notices; feedback and adviser buttons. */
export function answerCard(decision: AnswerDecision): AdaptiveCard {
  const { passage, lang } = decision;
  const b = messages(lang).bot;
  const intro = messages(lang).answer.quoteIntro;
  const body = [
    ...(intro === '' ? [] : [text(intro, { isSubtle: true })]),
    ...excerptBlocks(passage.excerpt),
    ...(passage.headings.length > 0 ? [text(b.headingsLabel(passage.headings.join(' › ')), { isSubtle: true, size: 'Small' as const, spacing: 'Medium' as const })] : []),
    sourceBlock(passage.source, lang),
    ...decision.notices.map((n) => noticeBlock(n, lang)),
  ];
  return adaptiveCard(body, [
    ...feedbackActions(decision, passage.passageId),
    askAdviserAction(decision.question, lang),
    ...openSourceAction(passage.source, lang),
  ]);
}

import { callLine, callVerdict, callVerdictTexts, groupCalls } from '../answer/render.js';
import type { Decision } from '../answer/types.js';
import { messages } from '../i18n/index.js';
import { adaptiveCard, text, type AdaptiveCard, type Container } from './adaptive.js';
import { askAdviserAction, feedbackActions, sourceBlock } from './answerParts.js';

type CallStatusDecision = Extract<Decision, { kind: 'call_status' }>;

/** Whether a call is open now, then each known call with its source. */
export function callStatusCard(decision: CallStatusDecision): AdaptiveCard {
  const { lang, calls } = decision;
  const t = messages(lang).answer;
  const verdict = callVerdictTexts(t, callVerdict(calls, decision.today));
  const head = [
    ...(decision.region === undefined ? [] : [text(t.regionLabel(decision.region), { isSubtle: true, size: 'Small' as const })]),
    text(calls.length === 0 ? t.noCallsKnown : verdict.headline, { weight: 'Bolder' }),
  ];
  const items = groupCalls(calls).map(
    (g): Container => ({
      type: 'Container',
      separator: true,
      spacing: 'Medium',
      items: [text(callLine(t, g.item, decision.today, g.regions)), sourceBlock(g.item.source, lang)],
    }),
  );
  const tail = verdict.adviser === undefined ? [] : [text(verdict.adviser, { spacing: 'Medium' })];
  return adaptiveCard([...head, ...items, ...tail], [...feedbackActions(decision, undefined), askAdviserAction(decision.question, lang)]);
}

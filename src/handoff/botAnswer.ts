import type { Decision } from '../answer/types.js';
import { LIMITS } from './ticket.js';

/**
 * What the bot had answered, in a few lines for the advisers' card (the forward card carries it).
 * Undefined when the bot had no answer to give. Quoted facts stay as the documents wrote them.
 */
export function botAnswerSummary(decision: Decision): string | undefined {
  switch (decision.kind) {
    case 'answer': {
      const p = decision.passage;
      return cut(`${p.excerpt}\n(${p.source.title}, ${p.source.date}${p.headings.length > 0 ? ` – ${p.headings.join(' › ')}` : ''})`);
    }
    case 'call_status':
      return decision.calls.length === 0 ? undefined : cut(decision.calls.map((c) => `${c.call.name} (${c.call.region}): ${c.call.opens}–${c.call.closes ?? '?'}`).join('\n'));
    case 'clarify':
      return decision.candidates.length === 0 ? undefined : cut(decision.candidates.map((c) => `• ${c.headings.join(' › ') || c.source.title}`).join('\n'));
    case 'handoff':
    case 'invalid':
      return undefined;
  }
}

function cut(s: string): string {
  return s.length <= LIMITS.botAnswer ? s : `${s.slice(0, LIMITS.botAnswer - 1)}…`;
}

import { MAX_QUESTION_CHARS, type Decision } from '../../src/answer/types.js';
import { callLine } from '../../src/answer/render.js';
import { messages } from '../../src/i18n/index.js';

/** A typed stand-in for the engine's `renderText`: the same strings, simply joined. */
export function fakeRenderText(d: Decision): string {
  const t = messages(d.lang).answer;
  switch (d.kind) {
    case 'answer':
      return [d.passage.excerpt, t.sourceLine(d.passage.source.title, d.passage.source.date, d.passage.source.publisher)].join('\n');
    case 'call_status':
      return d.calls.map((c) => callLine(t, c, d.today)).join('\n') || t.noCallsKnown;
    case 'clarify':
      return [t.clarifyIntro, ...d.candidates.map((c) => `• ${c.headings.at(-1) ?? c.source.title}`)].join('\n');
    case 'handoff':
      return t.handoff;
    case 'invalid':
      return d.reason === 'empty' ? t.invalidEmpty : d.reason === 'too_long' ? t.invalidTooLong(MAX_QUESTION_CHARS) : t.invalidNoWords;
  }
}

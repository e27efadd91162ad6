import type { AnswerEngine } from '../answer/types.js';
import type { KnownDocument } from '../cards/welcome.js';
import type { FeedbackStore } from '../feedback/store.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Logger } from '../server/log.js';
import type { Clock } from './clock.js';
import type { HandoffPort } from './handoffPort.js';
import type { RenderText } from './reply.js';

/** What the knowledge base looks like from the outside: the welcome card and /healthz use it. */
export interface KnowledgeSummary {
  documents: readonly KnownDocument[];
  /** Number of searchable passages, when the loader reports it. */
  passages?: number;
}

export function summarizeKnowledge(kb: KnowledgeBase): KnowledgeSummary {
  return {
    documents: kb.documents.map((d) => ({ title: d.meta.title, publisher: d.meta.publisher, date: d.meta.date })),
    passages: kb.documents.reduce((n, d) => n + d.passages.length, 0),
  };
}

/** Everything the Teams application needs, passed in; the bot itself does no I/O but through these. */
export interface BotDeps {
  engine: AnswerEngine;
  renderText: RenderText;
  knowledge: KnowledgeSummary;
  feedback: FeedbackStore;
  handoff: HandoffPort;
  clock: Clock;
  log: Logger;
}

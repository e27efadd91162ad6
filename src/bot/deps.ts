import { createAnswerEngine } from '../answer/engine.js';
import { rememberingDecisions } from '../answer/remembered.js';
import type { AnswerEngine } from '../answer/types.js';
import type { KnownDocument } from '../cards/welcome.js';
import type { EventLog } from '../events/events.js';
import type { FeedbackStore } from '../feedback/store.js';
import type { KnowledgeVersion } from '../knowledge/live.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Logger } from '../server/log.js';
import type { Clock } from './clock.js';
import type { CoordinatorPort } from './coordinatorPort.js';
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

/**
 * The knowledge the bot answers from right now, built as a whole from one version of the folder
 * and replaced as a whole when the folder changes (src/knowledge/live.ts).
 */
export interface LoadedKnowledge extends KnowledgeVersion {
  engine: AnswerEngine;
  summary: KnowledgeSummary;
  /** The knowledge base itself: the gap report names topics by its headings and glossary. */
  kb: KnowledgeBase;
}

/**
 * Engine and summary for one version of the knowledge base: what live reload builds. The engine
 * remembers its latest `remembered` decisions (none when 0), for this version only.
 */
export function buildLoadedKnowledge(kb: KnowledgeBase, version: KnowledgeVersion, remembered = 0): LoadedKnowledge {
  const engine = createAnswerEngine(kb);
  return { engine: remembered > 0 ? rememberingDecisions(engine, remembered) : engine, summary: summarizeKnowledge(kb), kb, ...version };
}

/** Everything the Teams application needs, passed in; the bot itself does no I/O but through these. */
export interface BotDeps {
  renderText: RenderText;
  /** What is serving now; read once per turn, since a reload may swap it between reads. */
  knowledge: () => LoadedKnowledge;
  feedback: FeedbackStore;
  /** Clarify and handoff decisions, for the gap report. */
  events: EventLog;
  handoff: HandoffPort;
  /** Coordinators' commands: the gap report, the knowledge notice channel. */
  coordinators: CoordinatorPort;
  clock: Clock;
  log: Logger;
}

import type { CallPeriod, Region } from '../knowledge/schema.js';

/** Languages the bot speaks. Finnish is the default. */
export type Lang = 'fi' | 'en';

/** Where a fact came from: shown with every answer. */
export interface SourceRef {
  docId: string;
  title: string;
  publisher: string;
  /** The document's date with the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  url?: string;
}

/** The part of one passage that answers the question. */
export interface AnswerPassage {
  passageId: string;
  /** Heading path, outermost first, e.g. ["KANTO", "4.3. Yhdenvertaiseen osallisuuteen"]. */
  headings: string[];
  /** The relevant lines of the passage, plain text (list items as "• ..."), facts verbatim. */
  excerpt: string;
  source: SourceRef;
}

/** Things the member must be told alongside an answer. */
export type Notice =
  /** The source is older than a year on the day of asking. */
  | { kind: 'old_source'; years: number; date: string }
  /** The document's valid_until has passed. */
  | { kind: 'expired'; validUntil: string }
  /** The excerpt mentions a call that has ended: said plainly so that old text never reads as an open call. */
  | { kind: 'call_ended'; name: string; region: string; closes: string }
  /** The question asked whether a project still runs: its period compared with the day of asking. */
  | { kind: 'project_period'; name: string; starts: string; ends: string; state: 'upcoming' | 'running' | 'ended' }
  /** Asked whether a project idea fits the call: the answer is the call's emphasised contents, the adviser judges the idea. */
  | { kind: 'fit_check' };

export type CallState = 'open' | 'upcoming' | 'ended' | 'unknown_end';

export interface CallStatusItem {
  call: CallPeriod;
  state: CallState;
  source: SourceRef;
}

export type InvalidReason = 'empty' | 'too_long' | 'no_words';

/**
 * What the engine decided to do with one question. The bot and the CLI only render this.
 * `score` is the evidence the decision rests on, 0..1 (share of the question's content weight found).
 */
export type Decision =
  | { kind: 'answer'; lang: Lang; question: string; passage: AnswerPassage; notices: Notice[]; score: number }
  | {
      kind: 'call_status';
      lang: Lang;
      question: string;
      /** ISO day the question was asked on. */
      today: string;
      /** The region the question named, if any. */
      region?: Region;
      /** Known calls for the region (or all), newest first. */
      calls: CallStatusItem[];
      score: number;
    }
  | { kind: 'clarify'; lang: Lang; question: string; candidates: AnswerPassage[]; score: number }
  /**
   * no_evidence: nothing in the documents answers it; not_stated: the passage about it is found and
   * does not state what is asked (a plan, when what came true is asked), so no part of it is retried.
   */
  | {
      kind: 'handoff';
      lang: Lang;
      question: string;
      reason: 'no_evidence' | 'not_stated';
      score: number;
      /** Asked when a call closes that its document tells only the opening of: said so before the offer to forward. */
      endUnknown?: { name: string; opens: string };
    }
  | { kind: 'invalid'; lang: Lang; question: string; reason: InvalidReason; score: 0 };

export interface AskContext {
  /** The day of asking, YYYY-MM-DD. Injected so that answers are testable. */
  today: string;
}

/** The answer engine: pure, synchronous, no I/O. */
export interface AnswerEngine {
  decide(question: string, ctx: AskContext): Decision;
  /** The answer drawn from one passage, for when the member picks a candidate; handoff if the id is unknown. */
  answerFromPassage(passageId: string, question: string, ctx: AskContext): Decision;
}

/** Longest question the engine reads; longer ones get a polite 'too_long'. */
export const MAX_QUESTION_CHARS = 1000;

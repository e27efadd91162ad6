import type { TurnContext } from 'botbuilder';
import type { Lang } from '../answer/types.js';

export interface HandoffRequest {
  /** The member's question, as carried in the button (at most MAX_SUBMIT_QUESTION_CHARS). */
  question: string;
  lang: Lang;
  /** What the bot had answered to it, shortened (botAnswerSummary); shown to the advisers. */
  botAnswer?: string;
}

/**
 * How the bot hands a question to human advisers. The bot calls `offer` when the member presses
 * "Kysy neuvojalta"; every card submit whose `action` the bot does not own (e.g. "handoff.send",
 * ticket buttons) goes to `submit`, which validates its own payload and returns false if the
 * action is not its either. The implementation is createTicketHandoffPort (src/bot/ticketHandoff.ts).
 */
export interface HandoffPort {
  offer(ctx: TurnContext, request: HandoffRequest): Promise<void>;
  submit(ctx: TurnContext, value: Readonly<Record<string, unknown>>): Promise<boolean>;
  /**
   * Every text message (mention removed, control characters dropped) before the bot treats it as
   * a question: adviser commands in a channel, a member's "omat kysymykset". True when handled.
   */
  command(ctx: TurnContext, text: string): Promise<boolean>;
  /** Background delivery (the outbox): started once the server listens, stopped before it closes. */
  start?(): void;
  stop?(): Promise<void>;
}

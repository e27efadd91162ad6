import { z } from 'zod';
import { decisionKindSchema } from '../cards/actions.js';

/**
 * One press of "Hyödyllinen" / "Ei hyödyllinen". Deliberately no user name or id:
 * the record says which answer to which question was rated, and when.
 */
export const feedbackRecordSchema = z
  .object({
    /** ISO timestamp of the press. */
    at: z.string().datetime(),
    kind: decisionKindSchema,
    passageId: z.string().optional(),
    question: z.string(),
    helpful: z.boolean(),
    lang: z.enum(['fi', 'en']),
  })
  .strict();
export type FeedbackRecord = z.infer<typeof feedbackRecordSchema>;

/** Where feedback goes. `list` returns every stored record, oldest first. */
export interface FeedbackStore {
  add(record: FeedbackRecord): Promise<void>;
  list(): Promise<FeedbackRecord[]>;
}

export class FeedbackStoreError extends Error {
  override readonly name = 'FeedbackStoreError';
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
  ) {
    super(line === undefined ? `${file}: ${message}` : `${file}:${line}: ${message}`);
  }
}

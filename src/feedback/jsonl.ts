import { jsonlLog, type PruneResult } from '../storage/jsonlFile.js';
import { FeedbackStoreError, feedbackRecordSchema, type FeedbackStore } from './store.js';

export const FEEDBACK_FILE = 'feedback.jsonl';

export interface JsonlFeedbackStore extends FeedbackStore {
  /** Deletes feedback from before `cutoff` (ISO instant): the retention sweep. */
  deleteBefore(cutoff: string): Promise<PruneResult>;
}

/** Feedback as JSON lines in `<dataDir>/feedback.jsonl`, one record per line, appended. */
export function createJsonlFeedbackStore(dataDir: string): JsonlFeedbackStore {
  return jsonlLog(dataDir, FEEDBACK_FILE, feedbackRecordSchema, (message, file, line) => new FeedbackStoreError(message, file, line));
}

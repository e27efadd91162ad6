import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pruneJsonl, serialQueue, type PruneResult } from '../storage/jsonlFile.js';
import { FeedbackStoreError, feedbackRecordSchema, type FeedbackRecord, type FeedbackStore } from './store.js';

export const FEEDBACK_FILE = 'feedback.jsonl';

export interface JsonlFeedbackStore extends FeedbackStore {
  /** Deletes feedback from before `cutoff` (ISO instant): the retention sweep. */
  deleteBefore(cutoff: string): Promise<PruneResult>;
}

/**
 * Feedback as JSON lines in `<dataDir>/feedback.jsonl`, one record per line, appended.
 * One `appendFile` per record keeps concurrent presses from interleaving within a line; appends
 * and the retention sweep's rewrite run one at a time, so no press is lost to a sweep.
 */
export function createJsonlFeedbackStore(dataDir: string): JsonlFeedbackStore {
  const file = join(dataDir, FEEDBACK_FILE);
  const serial = serialQueue();
  return {
    async add(record) {
      const checked = feedbackRecordSchema.parse(record);
      await serial(async () => {
        await mkdir(dataDir, { recursive: true });
        await appendFile(file, `${JSON.stringify(checked)}\n`, 'utf8');
      });
    },
    deleteBefore: (cutoff) => serial(() => pruneJsonl(file, cutoff)),
    async list() {
      let content: string;
      try {
        content = await readFile(file, 'utf8');
      } catch (err) {
        if (err instanceof Error && 'code' in err && err.code === 'ENOENT') return [];
        throw err;
      }
      return content
        .split('\n')
        .map((line, i) => ({ line, n: i + 1 }))
        .filter(({ line }) => line.trim().length > 0)
        .map(({ line, n }): FeedbackRecord => {
          let json: unknown;
          try {
            json = JSON.parse(line);
          } catch {
            throw new FeedbackStoreError('is not valid JSON', file, n);
          }
          const parsed = feedbackRecordSchema.safeParse(json);
          if (!parsed.success) {
            const issue = parsed.error.issues[0];
            throw new FeedbackStoreError(`${issue?.path.join('.') ?? 'record'}: ${issue?.message ?? 'invalid'}`, file, n);
          }
          return parsed.data;
        });
    },
  };
}

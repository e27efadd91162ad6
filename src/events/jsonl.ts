import { join } from 'node:path';
import { batchedAppender, pruneJsonl, readJsonlLines, serialQueue, type PruneResult } from '../storage/jsonlFile.js';
import { botEventSchema, type BotEvent, type EventLog } from './events.js';

export const EVENTS_FILE = 'events.jsonl';

/** A line of the event log that is not a valid event; names the file and line. */
export class EventLogError extends Error {
  override readonly name = 'EventLogError';
  constructor(
    message: string,
    readonly file: string,
    readonly line: number,
  ) {
    super(`${file}:${line}: ${message}`);
  }
}

export interface JsonlEventLog extends EventLog {
  /** Deletes events from before `cutoff` (ISO instant): the retention sweep. */
  deleteBefore(cutoff: string): Promise<PruneResult>;
}

/** Events as JSON lines in `<dataDir>/events.jsonl`, appended; appends and pruning never overlap. */
export function createJsonlEventLog(dataDir: string): JsonlEventLog {
  const file = join(dataDir, EVENTS_FILE);
  const serial = serialQueue();
  const append = batchedAppender(file, dataDir, serial);
  return {
    async add(event) {
      const checked = botEventSchema.parse(event);
      await append(`${JSON.stringify(checked)}\n`);
    },
    async list() {
      const lines = await readJsonlLines(file);
      return lines.map(({ text, line }) => {
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          throw new EventLogError('is not valid JSON', file, line);
        }
        const parsed = botEventSchema.safeParse(json);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new EventLogError(`${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'}`, file, line);
        }
        return parsed.data;
      });
    },
    deleteBefore: (cutoff) => serial(() => pruneJsonl(file, cutoff)),
  };
}

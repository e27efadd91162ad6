import { jsonlLog, type PruneResult } from '../storage/jsonlFile.js';
import { botEventSchema, type EventLog } from './events.js';

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
  return jsonlLog(dataDir, EVENTS_FILE, botEventSchema, (message, file, line) => new EventLogError(message, file, line));
}

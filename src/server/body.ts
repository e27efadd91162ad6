import type { IncomingMessage } from 'node:http';
import { HttpError } from './errors.js';

/** Bot Framework activities are small; Teams caps messages at ~28 KB. */
export const DEFAULT_BODY_LIMIT_BYTES = 256 * 1024;

export type BodyResult = { ok: true; value: unknown } | { ok: false; error: HttpError };

/**
 * Reads and parses a JSON request body of at most `limit` bytes. Never throws: a body that is
 * too large, empty or not JSON comes back as an HttpError (413 or 400) for the caller to send.
 * After a 413 the rest of the body is drained unread so that the socket can answer.
 */
export function readJsonBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const tooLarge = (): BodyResult => ({
    ok: false,
    error: new HttpError(413, 'payload_too_large', `request body is larger than ${limit} bytes`),
  });
  const declared = Number(req.headers['content-length'] ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.resolve(tooLarge());
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', (err) => resolve({ ok: false, error: new HttpError(400, 'bad_request', `could not read request body: ${err.message}`) }));
    req.on('end', () => {
      if (over) return resolve(tooLarge());
      const raw = Buffer.concat(chunks).toString('utf8');
      if (raw.trim() === '') return resolve({ ok: false, error: new HttpError(400, 'empty_body', 'request body is empty; expected a JSON activity') });
      try {
        resolve({ ok: true, value: JSON.parse(raw) as unknown });
      } catch (err) {
        const detail = err instanceof Error ? err.message : String(err);
        resolve({ ok: false, error: new HttpError(400, 'invalid_json', `request body is not valid JSON: ${detail}`) });
      }
    });
  });
}

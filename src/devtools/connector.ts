import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { z } from 'zod';

/**
 * A minimal local Bot Connector: the service the bot sends its replies to (`activity.serviceUrl`).
 * It accepts what the bot's connector client calls for messaging, answers with ids, and records
 * every request, so that a terminal chat can show the bot's normal and proactive messages and
 * tests can assert on them. No authentication: it listens on 127.0.0.1 only.
 *
 * Routes (Bot Framework REST API v3):
 * - POST /v3/conversations                                  create a conversation → { id, activityId? }
 * - POST /v3/conversations/:conversationId/activities       send to a conversation → { id }
 * - POST /v3/conversations/:conversationId/activities/:replyToId   reply → { id }
 * - PUT  /v3/conversations/:conversationId/activities/:activityId  update → { id }
 * - DELETE /v3/conversations/:conversationId/activities/:activityId → 200
 * - GET  /v3/conversations/:conversationId/members[/:memberId]    the members given at start
 */

export type RecordedKind = 'create_conversation' | 'send' | 'reply' | 'update' | 'delete' | 'get_members' | 'unknown';

export interface RecordedRequest {
  kind: RecordedKind;
  method: string;
  path: string;
  conversationId?: string;
  /** The id this connector gave the activity (send, reply, create with an activity) or the one updated/deleted. */
  activityId?: string;
  replyToId?: string;
  /** The parsed JSON body (activity or conversation parameters); undefined when there was none. */
  body: unknown;
  /** The activity carried by the request, when there is one. */
  activity?: ConnectorActivity;
  at: Date;
}

/** The fields of an outgoing activity that the chat client and tests read; the rest is kept. */
export const connectorActivitySchema = z
  .object({
    type: z.string(),
    text: z.string().optional(),
    conversation: z.object({ id: z.string() }).passthrough().optional(),
    attachments: z.array(z.object({ contentType: z.string(), content: z.unknown() }).passthrough()).optional(),
    replyToId: z.string().optional(),
  })
  .passthrough();
export type ConnectorActivity = z.infer<typeof connectorActivitySchema>;

const conversationParametersSchema = z
  .object({
    isGroup: z.boolean().optional(),
    channelData: z.unknown().optional(),
    activity: connectorActivitySchema.optional(),
  })
  .passthrough();

export interface Member {
  id: string;
  name: string;
  aadObjectId?: string;
  /** Returned as Teams does; the bot matches advisers listed by UPN against it. */
  userPrincipalName?: string;
}

export interface ConnectorOptions {
  /** Default 0: a free port. */
  port?: number;
  /** Returned by the members routes (TeamsInfo.getMember and friends). */
  members?: readonly Member[];
}

export interface LocalConnector {
  /** Put this in `activity.serviceUrl`; ends with a slash. */
  serviceUrl: string;
  /** Every request received, oldest first. */
  readonly requests: readonly RecordedRequest[];
  /** Called for every recorded request as it arrives. Returns an unsubscribe function. */
  onRequest(listener: (r: RecordedRequest) => void): () => void;
  /** Resolves with the first request (already recorded or arriving within `timeoutMs`) that matches. */
  waitFor(match: (r: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  close(): Promise<void>;
}

export class ConnectorTimeoutError extends Error {
  override readonly name = 'ConnectorTimeoutError';
}

function decode(segment: string | undefined): string | undefined {
  return segment === undefined ? undefined : decodeURIComponent(segment);
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if (raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

export async function startLocalConnector(options: ConnectorOptions = {}): Promise<LocalConnector> {
  const requests: RecordedRequest[] = [];
  const listeners = new Set<(r: RecordedRequest) => void>();
  const members = options.members ?? [];
  let counter = 0;
  const newId = (prefix: string): string => `${prefix}-${++counter}-${randomUUID().slice(0, 8)}`;

  const record = (r: RecordedRequest): void => {
    requests.push(r);
    for (const l of listeners) l(r);
  };

  const server = createServer((req, res) => {
    readBody(req).then(
      (body) => {
        const method = req.method ?? 'GET';
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        const parts = path.split('/').filter((p) => p !== '');
        const base = { method, path, body, at: new Date() };
        const parsedActivity = connectorActivitySchema.safeParse(body);
        const activity = parsedActivity.success ? parsedActivity.data : undefined;
        const withActivity = activity === undefined ? {} : { activity };

        if (parts[0] !== 'v3' || parts[1] !== 'conversations') {
          record({ ...base, kind: 'unknown' });
          return send(res, 404, { error: { code: 'NotFound', message: `${method} ${path} is not emulated` } });
        }
        const conversationId = decode(parts[2]);
        const sub = parts[3];
        const itemId = decode(parts[4]);

        if (method === 'POST' && conversationId === undefined) {
          const params = conversationParametersSchema.safeParse(body);
          const id = newId('conversation');
          const initial = params.success ? params.data.activity : undefined;
          const activityId = initial === undefined ? undefined : newId('activity');
          record({
            ...base,
            kind: 'create_conversation',
            conversationId: id,
            ...(activityId === undefined ? {} : { activityId }),
            ...(initial === undefined ? {} : { activity: initial }),
          });
          return send(res, 200, { id, ...(activityId === undefined ? {} : { activityId }), serviceUrl: connector.serviceUrl });
        }
        if (conversationId !== undefined && sub === 'activities') {
          if (method === 'POST') {
            const id = newId('activity');
            record({ ...base, ...withActivity, kind: itemId === undefined ? 'send' : 'reply', conversationId, activityId: id, ...(itemId === undefined ? {} : { replyToId: itemId }) });
            return send(res, 200, { id });
          }
          if (method === 'PUT' && itemId !== undefined) {
            record({ ...base, ...withActivity, kind: 'update', conversationId, activityId: itemId });
            return send(res, 200, { id: itemId });
          }
          if (method === 'DELETE' && itemId !== undefined) {
            record({ ...base, kind: 'delete', conversationId, activityId: itemId });
            return send(res, 200, {});
          }
        }
        if (conversationId !== undefined && sub === 'members' && method === 'GET') {
          record({ ...base, kind: 'get_members', conversationId });
          if (itemId === undefined) return send(res, 200, members);
          const member = members.find((m) => m.id === itemId);
          return member === undefined ? send(res, 404, { error: { code: 'MemberNotFound', message: itemId } }) : send(res, 200, member);
        }
        record({ ...base, kind: 'unknown', ...(conversationId === undefined ? {} : { conversationId }) });
        return send(res, 404, { error: { code: 'NotFound', message: `${method} ${path} is not emulated` } });
      },
      (err: unknown) => send(res, 400, { error: { code: 'BadRequest', message: err instanceof Error ? err.message : String(err) } }),
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;

  const connector: LocalConnector = {
    serviceUrl: `http://127.0.0.1:${port}/`,
    requests,
    onRequest(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    waitFor(match, timeoutMs = 5000) {
      const found = requests.find(match);
      if (found !== undefined) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          off();
          reject(new ConnectorTimeoutError(`no matching connector request within ${timeoutMs} ms`));
        }, timeoutMs);
        const off = connector.onRequest((r) => {
          if (!match(r)) return;
          clearTimeout(timer);
          off();
          resolve(r);
        });
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return connector;
}

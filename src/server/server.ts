import type { Application } from '@microsoft/teams-ai/lib/Application.js';
import restify from 'restify';
import { isTokenRejection, type Authenticated, type HankeapuAdapter } from '../bot/adapter.js';
import { checkInboundActivity } from './activity.js';
import { readJsonBody } from './body.js';
import { HttpError } from './errors.js';
import type { HealthStatus } from './health.js';
import type { Logger } from './log.js';

export interface ServerDeps {
  adapter: HankeapuAdapter;
  app: Application;
  health: () => HealthStatus;
  bodyLimitBytes: number;
  log: Logger;
}

/** Longer than Azure App Service's and Application Gateway's idle timeouts for pooled connections. */
export const KEEP_ALIVE_TIMEOUT_MS = 300_000;

/**
 * The HTTP front. POST /api/messages: body (413 over the limit, 400 if not JSON or not an
 * activity) → Bot Framework token (401 when missing or invalid; off in local mode) → one turn of
 * the Teams application. The response body is the invoke response or, for
 * `deliveryMode: "expectReplies"`, `{ activities: [...] }`. GET /healthz reports status.
 * Every failure is answered with a JSON error and the server keeps serving.
 */
export function createServer(deps: ServerDeps): restify.Server {
  const { adapter, app, log } = deps;
  const server = restify.createServer({ name: 'hankeapu', handleUncaughtExceptions: false, ignoreTrailingSlash: true });
  // Node closes an idle keep-alive connection after 5 s; a client or proxy (Azure's front end keeps
  // idle connections for minutes) that sends on it just then gets ECONNRESET (`npm run load --
  // --soak` saw it). Idle connections are kept longer than the proxies' idle timeouts instead.
  server.server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;

  const fail = (res: restify.Response, error: HttpError): void => {
    if (error.status === 413) res.header('Connection', 'close');
    res.send(error.status, error.toJSON());
  };

  server.post('/api/messages', async (req, res) => {
    const body = await readJsonBody(req, deps.bodyLimitBytes);
    if (!body.ok) return fail(res, body.error);
    const checked = checkInboundActivity(body.value);
    if (!checked.ok) return fail(res, checked.error);
    const { activity } = checked;

    let authenticated: Authenticated;
    try {
      authenticated = await adapter.authenticate(activity, req.header('authorization') ?? '');
    } catch (err) {
      if (isTokenRejection(err)) log.warn(`refused request: ${err instanceof Error ? err.message : String(err)}`);
      else log.error('could not validate the Bot Framework token', err);
      return fail(res, new HttpError(401, 'unauthorized', 'missing or invalid Bot Framework token'));
    }

    try {
      const result = await adapter.runTurn(authenticated, activity, async (ctx) => {
        await app.run(ctx);
      });
      if (result === undefined) res.send(200);
      else res.send(result.status, result.body);
    } catch (err) {
      log.error(`turn failed (${activity.type})`, err);
      if (!res.headersSent) fail(res, new HttpError(500, 'internal_error', 'the bot could not process the activity'));
    }
  });

  server.get('/healthz', async (_req, res) => {
    res.send(200, deps.health());
  });

  return server;
}

import { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter.js';
import type { Activity, TurnContext } from 'botbuilder';
import type { BotAuth } from '../config/config.js';

/**
 * The Bot Framework adapter, with its two steps (authenticate, run the turn) public so that the
 * HTTP layer decides the status codes: CloudAdapter.process answers 500 for some bad tokens
 * (a well-formed JWT with a bad signature, or when the signing keys cannot be fetched), and a
 * request whose token cannot be validated must get 401. Nothing else of CloudAdapter changes.
 */
export class HankeapuAdapter extends TeamsAdapter {
  /** Validates the Authorization header against the activity; rejects when it is missing or invalid (local mode accepts none). */
  authenticate(activity: Activity, authHeader: string) {
    return this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
  }

  /** Runs one authenticated turn; the result is the invoke response or, for expectReplies, `{ activities }`. */
  runTurn(authenticated: Authenticated, activity: Activity, logic: (ctx: TurnContext) => Promise<void>) {
    return this.processActivity(authenticated, activity, logic);
  }
}

export type Authenticated = Awaited<ReturnType<HankeapuAdapter['authenticate']>>;

/**
 * In local mode the adapter gets no app id, which turns Bot Framework authentication off both
 * ways (no inbound token check, no outbound token). With an app id, every inbound token is checked.
 */
export function createAdapter(auth: BotAuth): HankeapuAdapter {
  if (auth.mode === 'local') return new HankeapuAdapter({});
  return new HankeapuAdapter({
    MicrosoftAppId: auth.appId,
    MicrosoftAppType: auth.appType,
    ...(auth.appPassword === undefined ? {} : { MicrosoftAppPassword: auth.appPassword }),
    ...(auth.tenantId === undefined ? {} : { MicrosoftAppTenantId: auth.tenantId }),
  });
}

/** True for the SDK's AuthenticationError with status 401: the token itself was refused. */
export function isTokenRejection(err: unknown): boolean {
  return err instanceof Error && 'statusCode' in err && err.statusCode === 401;
}

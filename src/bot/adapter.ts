import { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter.js';
import type { Activity, TurnContext } from 'botbuilder';
import type { AuthenticateRequestResult, ClaimsIdentity, ConnectorClient, UserTokenClient } from 'botframework-connector';
import type { BotAuth } from '../config/config.js';

/** Distinct Bot Connector endpoints and calling apps are few; past this many a cache starts over. */
const MAX_CACHED_CLIENTS = 64;

/**
 * Clients built once per key and reused: the SDK would build an HTTP pipeline for every turn. A
 * client whose construction failed is forgotten, so the next turn tries again.
 */
class ClientCache<T> {
  private readonly clients = new Map<string, Promise<T>>();

  get(key: string, create: () => Promise<T>): Promise<T> {
    let client = this.clients.get(key);
    if (client === undefined) {
      if (this.clients.size >= MAX_CACHED_CLIENTS) this.clients.clear();
      client = create();
      this.clients.set(key, client);
      client.catch(() => this.clients.delete(key));
    }
    return client;
  }
}

/**
 * The Bot Framework adapter, with its two steps (authenticate, run the turn) public so that the
 * HTTP layer decides the status codes: CloudAdapter.process answers 500 for some bad tokens
 * (a well-formed JWT with a bad signature, or when the signing keys cannot be fetched), and a
 * request whose token cannot be validated must get 401. Nothing else of CloudAdapter changes.
 */
export class HankeapuAdapter extends TeamsAdapter {
  /** Connector clients by service URL and audience: one per channel endpoint, not one per turn. */
  private readonly connectors = new ClientCache<ConnectorClient>();

  constructor(...args: ConstructorParameters<typeof TeamsAdapter>) {
    super(...args);
    // The SDK also builds a user token client (another HTTP pipeline) every turn; it depends only
    // on the calling app's identity, so one per identity is built and reused.
    const auth = this.botFrameworkAuthentication;
    const create = auth.createUserTokenClient.bind(auth);
    const clients = new ClientCache<UserTokenClient>();
    auth.createUserTokenClient = (identity: ClaimsIdentity): Promise<UserTokenClient> =>
      clients.get(['aud', 'appid', 'azp'].map((type) => identity.getClaimValue(type) ?? '').join('\n'), () => create(identity));
  }

  /**
   * Validates the Authorization header against the activity; rejects when it is missing or invalid
   * (local mode accepts none). The SDK builds a new ConnectorClient (an HTTP pipeline) for every
   * turn; its credentials are the bot's own and refresh their token themselves, so the client for
   * a service URL and audience is built once and reused.
   */
  async authenticate(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
    const factory = result.connectorFactory;
    if (factory === undefined) return result;
    const create = (serviceUrl: string, audience?: string): Promise<ConnectorClient> =>
      this.connectors.get(`${serviceUrl}\n${audience ?? ''}`, () => factory.create(serviceUrl, audience));
    return { ...result, connectorFactory: { create } };
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

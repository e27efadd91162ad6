import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer } from 'node:http';

/**
 * A local stand-in for the Bot Framework's token issuer: an OpenID metadata document and a JWKS
 * with one RSA key, on 127.0.0.1. `token()` signs channel tokens the adapter accepts when its
 * ToBotFromChannelOpenIdMetadataUrl points here; `forgedToken()` carries the same key id but is
 * signed with another key.
 */
export interface FakeTokenIssuer {
  metadataUrl: string;
  /** Adapter settings: the public cloud's, except that channel tokens are checked against this issuer's keys. */
  adapterSettings(appId: string, appPassword: string): Record<string, string | boolean>;
  token(claims: { aud: string; serviceUrl: string }): string;
  forgedToken(claims: { aud: string; serviceUrl: string }): string;
  close(): Promise<void>;
}

const KID = 'hankeapu-test-key';
export const CHANNEL_ISSUER = 'https://api.botframework.com';

const b64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url');

function signJwt(privateKey: KeyObject, claims: { aud: string; serviceUrl: string }): string {
  const now = Math.floor(Date.now() / 1000);
  const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: KID }));
  const payload = b64url(JSON.stringify({ iss: CHANNEL_ISSUER, aud: claims.aud, serviceurl: claims.serviceUrl, nbf: now - 60, exp: now + 600 }));
  const signature = sign('sha256', Buffer.from(`${header}.${payload}`), privateKey);
  return `${header}.${payload}.${b64url(signature)}`;
}

export async function startFakeTokenIssuer(): Promise<FakeTokenIssuer> {
  const real = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = real.publicKey.export({ format: 'jwk' });
  let base = '';
  const server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/openid') return res.end(JSON.stringify({ issuer: CHANNEL_ISSUER, jwks_uri: `${base}/keys` }));
    if (req.url === '/keys') return res.end(JSON.stringify({ keys: [{ ...jwk, kid: KID, use: 'sig', alg: 'RS256' }] }));
    res.statusCode = 404;
    res.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
  return {
    metadataUrl: `${base}/openid`,
    // Setting one of these switches the SDK to "all parameters given", so all are given.
    adapterSettings: (appId, appPassword) => ({
      MicrosoftAppId: appId,
      MicrosoftAppPassword: appPassword,
      MicrosoftAppType: 'MultiTenant',
      ValidateAuthority: true,
      ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
      ToChannelFromBotOAuthScope: 'https://api.botframework.com',
      ToBotFromChannelTokenIssuer: CHANNEL_ISSUER,
      OAuthUrl: 'https://api.botframework.com',
      ToBotFromChannelOpenIdMetadataUrl: `${base}/openid`,
      ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration',
      CallerId: 'urn:botframework:azure',
    }),
    token: (claims) => signJwt(real.privateKey, claims),
    forgedToken: (claims) => signJwt(other.privateKey, claims),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

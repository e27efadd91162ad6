import type { Config } from '../config/config.js';

/** What the operator sees at start: the mode, where the bot listens, and in local mode how to chat. */
export function startupBanner(config: Config, url: string): string {
  const endpoint = `${url}/api/messages`;
  if (config.auth.mode === 'bot-framework') {
    return [
      `Hankeapu is listening on ${endpoint}`,
      `Bot Framework authentication is ON (MicrosoftAppId ${config.auth.appId}, ${config.auth.appType}).`,
      `Health: ${url}/healthz`,
    ].join('\n');
  }
  const example = JSON.stringify({
    type: 'message',
    deliveryMode: 'expectReplies',
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    conversation: { id: 'curl-1', conversationType: 'personal' },
    from: { id: 'curl-user' },
    recipient: { id: 'hankeapu' },
    text: 'Paljonko omarahoitusta tarvitaan?',
  });
  const chatArgs = url.endsWith(':3978') ? '' : ` -- --bot ${endpoint}`;
  return [
    '',
    '  Hankeapu is running in LOCAL MODE (no MicrosoftAppId): Bot Framework authentication is OFF,',
    `  and it listens on ${url} only, so only this computer can reach it.`,
    '',
    '  Chat with it in another terminal:',
    `    npm run chat${chatArgs}`,
    '',
    '  Or ask one question with curl (replies come back in the response body):',
    `    curl -s ${endpoint} -H 'content-type: application/json' -d '${example}'`,
    '',
    `  Health: ${url}/healthz`,
    '',
  ].join('\n');
}

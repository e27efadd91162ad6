import { randomUUID } from 'node:crypto';

/** Who is talking where, as the terminal chat presents itself to the bot. */
export interface ChatIdentity {
  serviceUrl: string;
  conversationType: 'personal' | 'groupChat' | 'channel';
  conversationId: string;
  user: { id: string; name: string };
  bot: { id: string; name: string };
}

export type OutgoingActivity = Record<string, unknown>;

export function newIdentity(serviceUrl: string, conversationType: ChatIdentity['conversationType'], userName: string): ChatIdentity {
  const suffix = randomUUID().slice(0, 8);
  const conversationId =
    conversationType === 'channel' ? `19:local-${suffix}@thread.tacv2` : conversationType === 'groupChat' ? `19:local-group-${suffix}@thread.v2` : `a:local-${suffix}`;
  return {
    serviceUrl,
    conversationType,
    conversationId,
    user: { id: `29:local-user-${suffix}`, name: userName },
    bot: { id: '28:hankeapu-local', name: 'Hankeapu' },
  };
}

function base(who: ChatIdentity, type: string): OutgoingActivity {
  return {
    type,
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: who.serviceUrl,
    from: who.user,
    recipient: who.bot,
    conversation: { id: who.conversationId, conversationType: who.conversationType, isGroup: who.conversationType !== 'personal', tenantId: 'local' },
    channelData: { tenant: { id: 'local' } },
    locale: 'fi-FI',
  };
}

/** What Teams sends when the bot is installed: both the member and the bot join. */
export function installActivity(who: ChatIdentity): OutgoingActivity {
  return { ...base(who, 'conversationUpdate'), membersAdded: [who.user, who.bot] };
}

/** A typed message; outside personal chat the bot is @mentioned, as Teams requires. */
export function textActivity(who: ChatIdentity, text: string): OutgoingActivity {
  if (who.conversationType === 'personal') return { ...base(who, 'message'), text };
  const mention = `<at>${who.bot.name}</at>`;
  return { ...base(who, 'message'), text: `${mention} ${text}`, entities: [{ type: 'mention', text: mention, mentioned: who.bot }] };
}

/** A pressed Action.Submit button: Teams sends its data as `value` of a message without text. */
export function submitActivity(who: ChatIdentity, data: unknown): OutgoingActivity {
  return { ...base(who, 'message'), value: data };
}

export type PostOutcome = { ok: true; status: number } | { ok: false; status?: number; message: string };

/** Sends one activity to the bot's /api/messages; the replies arrive at the local connector. */
export async function postActivity(botUrl: string, activity: OutgoingActivity): Promise<PostOutcome> {
  let res: Response;
  try {
    res = await fetch(botUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  } catch (err) {
    const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : err instanceof Error ? err.message : String(err);
    return { ok: false, message: `cannot reach the bot at ${botUrl} (${cause}). Start it first with: npm start` };
  }
  const body = await res.text();
  if (res.status === 401) {
    return { ok: false, status: 401, message: 'the bot requires Bot Framework authentication (MicrosoftAppId is set). Unset MicrosoftAppId to chat locally.' };
  }
  if (res.status >= 400) return { ok: false, status: res.status, message: `the bot answered ${res.status}: ${body}` };
  return { ok: true, status: res.status };
}

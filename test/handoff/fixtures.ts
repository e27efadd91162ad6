import type { ConversationRef } from '../../src/handoff/conversationRef.js';
import { createTicket, transition, type Command, type NewTicket } from '../../src/handoff/machine.js';
import type { Actor, Member, Ticket } from '../../src/handoff/ticket.js';

/** Shared test data for the handoff and storage tests. No vitest import: child processes load it too. */

export const T0 = new Date('2025-03-10T08:00:00.000Z');
export const later = (ms: number, from: Date = T0): Date => new Date(from.getTime() + ms);

export const memberRef = (n = 1): ConversationRef => ({
  conversation: { id: `a:member-chat-${n}`, conversationType: 'personal', tenantId: 'tenant-1' },
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  channelId: 'msteams',
  bot: { id: '28:bot', name: 'Hankeapu' },
  user: { id: `29:member-${n}`, name: `Jäsen ${n}`, aadObjectId: `aad-member-${n}` },
  locale: 'fi-FI',
});

/** As taken from an adviser's @mention in a channel thread. */
export const channelRef = (name = 'etela-savo'): ConversationRef => ({
  conversation: { id: `19:${name}@thread.tacv2;messageid=1700000000000`, conversationType: 'channel', isGroup: true, tenantId: 'tenant-1' },
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  channelId: 'msteams',
  bot: { id: '28:bot', name: 'Hankeapu' },
  user: { id: '29:adviser-maija', name: 'Maija Neuvoja' },
  activityId: '1700000000000',
});

export const member = (n = 1): Member => ({ key: `aad-member-${n}`, id: `29:member-${n}`, aadObjectId: `aad-member-${n}`, displayName: `Jäsen ${n}` });

export const maija: Actor = { id: 'aad-maija', name: 'Maija Neuvoja' };
export const pekka: Actor = { id: 'aad-pekka', name: 'Pekka Neuvoja' };
export const kaisa: Actor = { id: 'aad-kaisa', name: 'Kaisa Koordinaattori' };

export function newTicketInput(over: Partial<NewTicket> = {}): NewTicket {
  return {
    id: 'HA-4F7K',
    requestId: 'req-1',
    lang: 'fi',
    region: 'Etelä-Savo',
    question: 'Voiko omarahoituksen kattaa talkootyöllä?',
    details: 'Yhdistyksemme on pieni, ja meillä on paljon vapaaehtoisia.',
    botAnswer: 'Omarahoitusosuus on vähintään 5 %.',
    member: member(1),
    memberConversation: memberRef(1),
    ...over,
  };
}

export function openTicket(over: Partial<NewTicket> = {}, now: Date = T0): Ticket {
  const r = createTicket(newTicketInput(over), now);
  if (!r.ok) throw new Error(`fixture ticket invalid: ${r.error.code}`);
  return r.ticket;
}

/** Applies commands in order, failing loudly if one is refused. */
export function apply(t: Ticket, commands: Command[], now: Date = T0): Ticket {
  return commands.reduce((acc, cmd) => {
    const r = transition(acc, cmd, now);
    if (!r.ok) throw new Error(`fixture command ${cmd.kind} refused: ${r.error.code}`);
    return r.ticket;
  }, t);
}

/** A ticket whose card has been posted to the channel. */
export function postedTicket(over: Partial<NewTicket> = {}): Ticket {
  const t = openTicket(over);
  const post = t.outbox[0];
  if (post === undefined) throw new Error('fixture: no post effect');
  return apply(t, [
    { kind: 'startDelivery', effectId: post.id, retryAt: later(60_000) },
    { kind: 'markPosted', effectId: post.id, activityId: 'card-1', channel: channelRef(), viaFallback: false },
  ]);
}

/** The ticket after the outbox has delivered everything queued (card posts become card-1). */
export function drained(t: Ticket, now: Date = T0): Ticket {
  return t.outbox.reduce(
    (acc, item) =>
      apply(
        acc,
        [
          { kind: 'startDelivery', effectId: item.id, retryAt: later(60_000, now) },
          item.effect.kind === 'postToChannel'
            ? { kind: 'markPosted', effectId: item.id, activityId: 'card-1', channel: channelRef(), viaFallback: false }
            : { kind: 'markDelivered', effectId: item.id },
        ],
        now,
      ),
    t,
  );
}

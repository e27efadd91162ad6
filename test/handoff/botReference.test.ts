import { TurnContext, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { fromConversationReference, toConversationReference } from '../../src/handoff/botReference.js';

const activity = {
  type: 'message',
  id: '1700000000001',
  channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  from: { id: '29:member-1', name: 'Jäsen 1', aadObjectId: 'aad-member-1' },
  recipient: { id: '28:bot', name: 'Hankeapu' },
  conversation: { id: 'a:chat-1', conversationType: 'personal', tenantId: 'tenant-1' },
  locale: 'fi-FI',
} as Partial<Activity>;

describe('conversation references', () => {
  it('what TurnContext gives for a Teams personal chat validates and round-trips for continueConversationAsync', () => {
    const ref = fromConversationReference(TurnContext.getConversationReference(activity));
    expect(ref).toBeDefined();
    if (ref === undefined) return;
    const back = toConversationReference(ref);
    expect(back).toEqual({
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      channelId: 'msteams',
      conversation: { id: 'a:chat-1', isGroup: false, conversationType: 'personal', name: '', tenantId: 'tenant-1' },
      bot: { id: '28:bot', name: 'Hankeapu' },
      user: { id: '29:member-1', name: 'Jäsen 1', aadObjectId: 'aad-member-1' },
      activityId: '1700000000001',
      locale: 'fi-FI',
    });
  });

  it('a reference without a service URL is refused', () => {
    expect(fromConversationReference({ channelId: 'msteams', conversation: { id: 'x', isGroup: false, conversationType: 'personal', name: '' } })).toBeUndefined();
  });
});

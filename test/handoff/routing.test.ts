import { describe, expect, it } from 'vitest';
import { channelRoot, threadOf } from '../../src/handoff/conversationRef.js';
import { checkRegistration, roleOf, routeFor, type AccessList, type ChannelRegistration, type Identity } from '../../src/handoff/routing.js';
import { channelRef, memberRef, T0 } from './fixtures.js';

const access: AccessList = {
  advisers: ['AAD-MAIJA', 'pekka@liitto.fi'],
  coordinators: ['aad-kaisa'],
};
const person = (over: Partial<Identity>): Identity => ({ id: '29:x', name: 'X', ...over });

describe('roleOf', () => {
  it.each([
    { what: 'adviser by AAD object id, case-insensitive', who: person({ aadObjectId: 'aad-maija' }), role: 'adviser' },
    { what: 'adviser by UPN', who: person({ aadObjectId: 'aad-pekka', upn: 'Pekka@Liitto.fi' }), role: 'adviser' },
    { what: 'coordinator', who: person({ aadObjectId: 'aad-kaisa' }), role: 'coordinator' },
    { what: 'someone else', who: person({ aadObjectId: 'aad-jasen' }), role: undefined },
    { what: 'no AAD id and no UPN (the Teams id is not enough)', who: person({ id: 'aad-maija' }), role: undefined },
    { what: 'blank values never match', who: person({ aadObjectId: ' ', upn: '' }), role: undefined },
  ])('$what', ({ who, role }) => {
    expect(roleOf(who, access)).toBe(role);
  });

  it('an empty access list lets nobody in', () => {
    expect(roleOf(person({ aadObjectId: 'aad-maija' }), { advisers: [], coordinators: [] })).toBeUndefined();
  });
});

describe('checkRegistration', () => {
  const maija = person({ id: '29:maija', name: 'Maija', aadObjectId: 'aad-maija' });

  it('stores the channel root, without the thread or the registering user', () => {
    const r = checkRegistration('Etelä-Savo', channelRef(), maija, access, T0);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.registration.channel.conversation.id).toBe('19:etela-savo@thread.tacv2');
    expect(r.registration.channel.activityId).toBeUndefined();
    expect(r.registration.channel.user).toBeUndefined();
    expect(r.registration.registeredBy).toEqual({ id: 'aad-maija', name: 'Maija' });
    expect(r.registration.registeredAt).toBe(T0.toISOString());
  });

  it('refuses people not on the list, and chats that are not channels', () => {
    expect(checkRegistration('fallback', channelRef(), person({ aadObjectId: 'aad-jasen' }), access, T0)).toEqual({ ok: false, reason: 'forbidden' });
    expect(checkRegistration('fallback', memberRef(), maija, access, T0)).toEqual({ ok: false, reason: 'not_a_channel' });
  });
});

describe('routeFor', () => {
  const reg = (target: ChannelRegistration['target']): ChannelRegistration => ({
    schema: 1,
    target,
    channel: channelRoot(channelRef(target === 'fallback' ? 'fallback' : 'region')),
    registeredBy: { id: 'a', name: 'A' },
    registeredAt: T0.toISOString(),
  });

  it('uses the region channel, else the fallback, else none', () => {
    expect(routeFor('Etelä-Savo', { 'Etelä-Savo': reg('Etelä-Savo'), fallback: reg('fallback') }).kind).toBe('region');
    expect(routeFor('Pohjois-Savo', { 'Etelä-Savo': reg('Etelä-Savo'), fallback: reg('fallback') })).toEqual({ kind: 'fallback', channel: reg('fallback').channel });
    expect(routeFor('Pohjois-Savo', { 'Etelä-Savo': reg('Etelä-Savo') })).toEqual({ kind: 'none' });
  });
});

describe('thread references', () => {
  it('replies go to "<root>;messageid=<card>"', () => {
    expect(threadOf(channelRoot(channelRef()), 'card-9').conversation.id).toBe('19:etela-savo@thread.tacv2;messageid=card-9');
    expect(threadOf(channelRef(), 'card-9').conversation.id).toBe('19:etela-savo@thread.tacv2;messageid=card-9');
  });
});

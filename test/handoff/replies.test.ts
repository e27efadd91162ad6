import { describe, expect, it } from 'vitest';
import { adviserReply, channelsReply, forwardReply, memberReply, registerReply, unknownRegionReply } from '../../src/handoff/replies.js';
import { messages } from '../../src/i18n/index.js';
import { apply, maija, openTicket, T0 } from './fixtures.js';

const fi = messages('fi').handoff;
const t = openTicket();

describe('adviserReply', () => {
  it.each([
    { result: { kind: 'done', action: 'claim', ticket: t, replayed: false } as const, text: fi.claimedByYou(t.id) },
    { result: { kind: 'done', action: 'answer', ticket: t, replayed: true } as const, text: fi.alreadyDone(t.id) },
    { result: { kind: 'rejected', action: 'claim', ticket: t, error: { code: 'already_claimed', by: maija } } as const, text: fi.alreadyClaimed(t.id, 'Maija Neuvoja') },
    { result: { kind: 'rejected', action: 'answer', ticket: t, error: { code: 'stale_version', current: 3 } } as const, text: fi.staleCard(t.id) },
    { result: { kind: 'rejected', action: 'close', ticket: t, error: { code: 'empty_text', field: 'reason' } } as const, text: fi.emptyReason },
    { result: { kind: 'rejected', action: 'answer', ticket: t, error: { code: 'not_allowed_in_state', status: 'closed', command: 'answer' } } as const, text: fi.notAllowed(t.id, 'Suljettu') },
    { result: { kind: 'forbidden' } as const, text: fi.forbidden },
    { result: { kind: 'not_found', ticketId: 'HA-2222' } as const, text: fi.ticketNotFound('HA-2222') },
  ])('$result.kind → $text', ({ result, text }) => {
    expect(adviserReply(result)).toBe(text);
  });
});

describe('member and registration replies', () => {
  it('follow-up and feedback', () => {
    const closed = apply(t, [{ kind: 'close', by: maija, role: 'adviser', reason: 'Syy' }]);
    expect(memberReply({ kind: 'done', ticket: t, replayed: false }, 'fi')).toBe(fi.followUpSent(t.id));
    expect(memberReply({ kind: 'done', ticket: t, replayed: false }, 'fi', false)).toBe(fi.feedbackThanksNotHelped);
    expect(memberReply({ kind: 'rejected', ticket: closed, error: { code: 'not_allowed_in_state', status: 'closed', command: 'memberFollowUp' } }, 'fi')).toBe(fi.followUpClosed(t.id));
    expect(memberReply({ kind: 'not_found' }, 'en')).toBe(messages('en').handoff.memberTicketNotFound);
  });

  it('forward, register, channels', () => {
    expect(forwardReply({ kind: 'already_forwarded', ticket: t }, 'fi')).toBe(fi.alreadyForwarded(t.id));
    expect(registerReply({ kind: 'registered', target: 'fallback', expedited: 2 })).toBe(`${fi.registeredFallback} ${fi.queuedAfterRegistration(2)}`);
    expect(unknownRegionReply('Lappi')).toBe(fi.registerUnknown('Lappi', 'Etelä-Savo, Pohjois-Karjala, Pohjois-Savo, varakanava'));
    const text = channelsReply({
      kind: 'channels',
      registrations: { 'Pohjois-Savo': { schema: 1, target: 'Pohjois-Savo', channel: { conversation: { id: 'c' }, serviceUrl: 's', channelId: 'msteams' }, registeredBy: maija, registeredAt: T0.toISOString() } },
    });
    expect(text.split('\n')).toEqual([
      fi.channelsHeading,
      fi.channelMissing('Etelä-Savo'),
      fi.channelMissing('Pohjois-Karjala'),
      fi.channelLine('Pohjois-Savo', 'Maija Neuvoja', '10.3.2025 klo 10.00'),
      fi.channelMissing('varakanava'),
    ]);
  });
});

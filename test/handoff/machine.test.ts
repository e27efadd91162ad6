import { describe, expect, it } from 'vitest';
import { createTicket, transition, type Command, type TransitionResult } from '../../src/handoff/machine.js';
import { deliveryState, ticketSchema, type Ticket } from '../../src/handoff/ticket.js';
import { apply, channelRef, drained, kaisa, later, maija, newTicketInput, openTicket, pekka, postedTicket, T0 } from './fixtures.js';

function ok(r: TransitionResult): Extract<TransitionResult, { ok: true }> {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}`);
  // Whatever the machine produces must be a valid stored record.
  ticketSchema.parse(r.ticket);
  return r;
}

function err(r: TransitionResult): Extract<TransitionResult, { ok: false }>['error'] {
  if (r.ok) throw new Error('expected an error');
  return r.error;
}

const kinds = (t: Ticket): string[] => t.outbox.map((i) => i.effect.kind);

describe('createTicket', () => {
  it('makes an open ticket at version 1 with the card post queued', () => {
    const r = ok(createTicket(newTicketInput(), T0));
    expect(r.ticket.state).toEqual({ status: 'open' });
    expect(r.ticket.version).toBe(1);
    expect(r.effects).toEqual([{ kind: 'postToChannel' }]);
    expect(r.ticket.outbox).toEqual([{ id: 1, effect: { kind: 'postToChannel' }, attempts: 0, nextAttemptAt: T0.toISOString() }]);
    expect(deliveryState(r.ticket)).toEqual({ state: 'queued', attempts: 0, nextAttemptAt: T0.toISOString() });
  });

  it.each([
    { what: 'empty question', over: { question: '   ' }, code: 'empty_text', field: 'question' },
    { what: 'too long question', over: { question: 'x'.repeat(4001) }, code: 'too_long', field: 'question' },
    { what: 'too long details', over: { details: 'x'.repeat(2001) }, code: 'too_long', field: 'details' },
  ])('refuses $what', ({ over, code, field }) => {
    expect(err(createTicket(newTicketInput(over), T0))).toMatchObject({ code, field });
  });

  it('drops blank details and shortens a long bot answer', () => {
    const r = ok(createTicket(newTicketInput({ details: '  ', botAnswer: 'y'.repeat(3000) }), T0));
    expect(r.ticket.details).toBeUndefined();
    expect(r.ticket.botAnswer?.length).toBe(1500);
  });
});

describe('claim', () => {
  it('open → claimed by the adviser, version up, card refresh queued behind the post', () => {
    const r = ok(transition(openTicket(), { kind: 'claim', by: maija, version: 1 }, later(1000)));
    expect(r.ticket.state).toEqual({ status: 'claimed', by: maija, at: later(1000).toISOString() });
    expect(r.ticket.version).toBe(2);
    expect(r.effects).toEqual([{ kind: 'updateAdviserCard' }]);
    expect(kinds(r.ticket)).toEqual(['postToChannel', 'updateAdviserCard']);
  });

  it('a replayed claim (same adviser, same version) is already done, not applied twice', () => {
    const claimed = apply(openTicket(), [{ kind: 'claim', by: maija, version: 1 }]);
    const r = ok(transition(claimed, { kind: 'claim', by: maija, version: 1 }, later(2000)));
    expect(r.replayed).toBe(true);
    expect(r.ticket).toBe(claimed);
    expect(r.effects).toEqual([]);
  });

  it('someone else claiming a claimed ticket is told who has it, whatever version their card showed', () => {
    const claimed = apply(openTicket(), [{ kind: 'claim', by: maija, version: 1 }]);
    expect(err(transition(claimed, { kind: 'claim', by: pekka, version: 1 }, T0))).toEqual({ code: 'already_claimed', by: maija });
    expect(err(transition(claimed, { kind: 'claim', by: pekka, version: 2 }, T0))).toEqual({ code: 'already_claimed', by: maija });
  });

  it('a claim from an out-of-date card is refused as stale', () => {
    const t = apply(openTicket(), [{ kind: 'memberFollowUp', text: 'Lisäkysymys' }]);
    expect(err(transition(t, { kind: 'claim', by: maija, version: 1 }, T0))).toEqual({ code: 'stale_version', current: 2 });
  });

  it.each(['answered', 'closed'] as const)('cannot claim an %s ticket', (status) => {
    const t =
      status === 'answered'
        ? apply(openTicket(), [{ kind: 'answer', by: maija, role: 'adviser', text: 'Vastaus' }])
        : apply(openTicket(), [{ kind: 'close', by: maija, role: 'adviser', reason: 'Syy' }]);
    expect(err(transition(t, { kind: 'claim', by: pekka }, T0))).toEqual({ code: 'not_allowed_in_state', status, command: 'claim' });
  });
});

describe('answer', () => {
  it('answers an open ticket directly: relays to the member and refreshes the card', () => {
    const r = ok(transition(openTicket(), { kind: 'answer', by: maija, role: 'adviser', version: 1, text: '  Kyllä voi.  ' }, later(5000)));
    expect(r.ticket.state).toEqual({ status: 'answered', by: maija, at: later(5000).toISOString() });
    expect(r.ticket.messages).toEqual([{ from: 'adviser', by: maija, text: 'Kyllä voi.', at: later(5000).toISOString() }]);
    expect(r.effects).toEqual([{ kind: 'relayToMember', message: 0 }, { kind: 'updateAdviserCard' }]);
  });

  it('the claimer answers; another adviser may not, a coordinator may', () => {
    const claimed = apply(openTicket(), [{ kind: 'claim', by: maija, version: 1 }]);
    expect(err(transition(claimed, { kind: 'answer', by: pekka, role: 'adviser', version: 2, text: 'Minä' }, T0))).toEqual({ code: 'claimed_by_other', by: maija });
    expect(ok(transition(claimed, { kind: 'answer', by: maija, role: 'adviser', version: 2, text: 'Vastaus' }, T0)).ticket.state.status).toBe('answered');
    expect(ok(transition(claimed, { kind: 'answer', by: kaisa, role: 'coordinator', version: 2, text: 'Vastaus' }, T0)).ticket.state).toMatchObject({ status: 'answered', by: kaisa });
  });

  it('refuses an empty or too long answer', () => {
    expect(err(transition(openTicket(), { kind: 'answer', by: maija, role: 'adviser', text: ' \n ' }, T0))).toEqual({ code: 'empty_text', field: 'answer' });
    expect(err(transition(openTicket(), { kind: 'answer', by: maija, role: 'adviser', text: 'x'.repeat(4001) }, T0))).toEqual({ code: 'too_long', field: 'answer', max: 4000 });
  });

  it('a replayed answer is not relayed twice', () => {
    const answered = apply(openTicket(), [{ kind: 'answer', by: maija, role: 'adviser', version: 1, text: 'Vastaus' }]);
    const r = ok(transition(answered, { kind: 'answer', by: maija, role: 'adviser', version: 1, text: 'Vastaus' }, T0));
    expect(r.replayed).toBe(true);
    expect(r.ticket.messages).toHaveLength(1);
  });

  it.each(['answered', 'closed'] as const)('cannot answer an %s ticket', (status) => {
    const t =
      status === 'answered'
        ? apply(openTicket(), [{ kind: 'answer', by: maija, role: 'adviser', text: 'Vastaus' }])
        : apply(openTicket(), [{ kind: 'close', by: maija, role: 'adviser', reason: 'Syy' }]);
    expect(err(transition(t, { kind: 'answer', by: pekka, role: 'adviser', text: 'Toinen' }, T0))).toMatchObject({ code: 'not_allowed_in_state', status });
  });
});

describe('close', () => {
  it('closes an open ticket with a reason and tells the member', () => {
    const r = ok(transition(openTicket(), { kind: 'close', by: maija, role: 'adviser', version: 1, reason: 'Vastattu puhelimessa' }, T0));
    expect(r.ticket.state).toEqual({ status: 'closed', by: maija, at: T0.toISOString(), reason: 'Vastattu puhelimessa' });
    expect(r.effects).toEqual([{ kind: 'updateAdviserCard' }, { kind: 'tellMember', about: 'closed' }]);
  });

  it('closing an answered ticket does not message the member again', () => {
    const answered = drained(apply(openTicket(), [{ kind: 'answer', by: maija, role: 'adviser', text: 'Vastaus' }]));
    const r = ok(transition(answered, { kind: 'close', by: pekka, role: 'adviser', reason: 'Valmis' }, T0));
    expect(r.effects).toEqual([{ kind: 'updateAdviserCard' }]);
  });

  it('needs a reason, respects the claim and cannot close twice', () => {
    const claimed = apply(openTicket(), [{ kind: 'claim', by: maija }]);
    expect(err(transition(claimed, { kind: 'close', by: maija, role: 'adviser', reason: '' }, T0))).toEqual({ code: 'empty_text', field: 'reason' });
    expect(err(transition(claimed, { kind: 'close', by: pekka, role: 'adviser', reason: 'Syy' }, T0))).toEqual({ code: 'claimed_by_other', by: maija });
    const closed = apply(claimed, [{ kind: 'close', by: kaisa, role: 'coordinator', reason: 'Syy' }]);
    expect(err(transition(closed, { kind: 'close', by: kaisa, role: 'coordinator', reason: 'Syy' }, T0))).toMatchObject({ code: 'not_allowed_in_state', status: 'closed' });
  });
});

describe('reopen', () => {
  it('closed → open, unclaimed, member told', () => {
    const closed = drained(apply(openTicket(), [{ kind: 'close', by: maija, role: 'adviser', reason: 'Syy' }]));
    const r = ok(transition(closed, { kind: 'reopen', by: pekka, version: 2 }, T0));
    expect(r.ticket.state).toEqual({ status: 'open' });
    expect(r.effects).toEqual([{ kind: 'updateAdviserCard' }, { kind: 'tellMember', about: 'reopened' }]);
  });

  it('answered → open without a message to the member', () => {
    const answered = drained(apply(openTicket(), [{ kind: 'answer', by: maija, role: 'adviser', text: 'Vastaus' }]));
    expect(ok(transition(answered, { kind: 'reopen', by: maija }, T0)).effects).toEqual([{ kind: 'updateAdviserCard' }]);
  });

  it.each(['open', 'claimed'] as const)('an %s ticket cannot be reopened', (status) => {
    const t = status === 'open' ? openTicket() : apply(openTicket(), [{ kind: 'claim', by: maija }]);
    expect(err(transition(t, { kind: 'reopen', by: maija }, T0))).toMatchObject({ code: 'not_allowed_in_state', status });
  });
});

describe('member follow-up and feedback', () => {
  it('a follow-up to an answer goes back to the answerer and is announced in the thread', () => {
    const answered = drained(apply(postedTicket(), [{ kind: 'answer', by: maija, role: 'adviser', text: 'Vastaus' }]));
    const r = ok(transition(answered, { kind: 'memberFollowUp', version: answered.version, text: 'Entä jos?' }, later(60_000)));
    expect(r.ticket.state).toEqual({ status: 'claimed', by: maija, at: later(60_000).toISOString() });
    expect(r.ticket.messages.at(-1)).toEqual({ from: 'member', text: 'Entä jos?', at: later(60_000).toISOString() });
    expect(r.effects).toEqual([{ kind: 'updateAdviserCard' }, { kind: 'notifyThread', about: 'followUp', message: 1 }]);
  });

  it('the same follow-up sent twice from one card is added once; a different one is added', () => {
    const answered = apply(postedTicket(), [{ kind: 'answer', by: maija, role: 'adviser', text: 'Vastaus' }]);
    const v = answered.version;
    const once = apply(answered, [{ kind: 'memberFollowUp', version: v, text: 'Entä jos?' }]);
    expect(ok(transition(once, { kind: 'memberFollowUp', version: v, text: 'Entä jos?' }, T0)).replayed).toBe(true);
    expect(ok(transition(once, { kind: 'memberFollowUp', version: v, text: 'Ja vielä?' }, T0)).ticket.messages).toHaveLength(3);
  });

  it('a follow-up before the card is posted needs no thread notice; on a closed ticket it is refused', () => {
    expect(ok(transition(openTicket(), { kind: 'memberFollowUp', text: 'Lisää' }, T0)).effects).toEqual([{ kind: 'updateAdviserCard' }]);
    const closed = apply(openTicket(), [{ kind: 'close', by: maija, role: 'adviser', reason: 'Syy' }]);
    expect(err(transition(closed, { kind: 'memberFollowUp', text: 'Lisää' }, T0))).toMatchObject({ code: 'not_allowed_in_state', status: 'closed' });
  });

  it('feedback needs an answer; "did not help" is told in the thread; the same feedback twice is one', () => {
    expect(err(transition(openTicket(), { kind: 'memberFeedback', helped: true }, T0))).toEqual({ code: 'no_answer_yet' });
    const answered = apply(postedTicket(), [{ kind: 'answer', by: maija, role: 'adviser', text: 'Vastaus' }]);
    const no = ok(transition(answered, { kind: 'memberFeedback', helped: false }, T0));
    expect(no.ticket.feedback).toEqual({ helped: false, at: T0.toISOString() });
    expect(no.effects).toContainEqual({ kind: 'notifyThread', about: 'notHelped' });
    expect(ok(transition(no.ticket, { kind: 'memberFeedback', helped: false }, T0)).replayed).toBe(true);
    expect(ok(transition(no.ticket, { kind: 'memberFeedback', helped: true }, T0)).ticket.feedback?.helped).toBe(true);
  });
});

describe('delivery bookkeeping', () => {
  const start = (t: Ticket, effectId: number, at: Date = T0): Ticket => apply(t, [{ kind: 'startDelivery', effectId, retryAt: later(10_000, at) }], at);

  it('start → posted: card recorded, item gone, version unchanged (cards stay current)', () => {
    const t = openTicket();
    const started = start(t, 1);
    expect(started.outbox[0]).toMatchObject({ attempts: 1, nextAttemptAt: later(10_000).toISOString(), startedAt: T0.toISOString() });
    const posted = ok(transition(started, { kind: 'markPosted', effectId: 1, activityId: 'a-1', channel: channelRef(), viaFallback: true }, later(500))).ticket;
    expect(posted.outbox).toEqual([]);
    expect(posted.adviserCard).toMatchObject({ activityId: 'a-1', viaFallback: true, postedAt: later(500).toISOString() });
    expect(posted.version).toBe(t.version);
    expect(deliveryState(posted)).toEqual({ state: 'posted', at: later(500).toISOString() });
  });

  it('the first failed post tells the member once; the post after a delay tells them it arrived', () => {
    let t = start(openTicket(), 1);
    const first = ok(transition(t, { kind: 'markDeliveryFailed', effectId: 1, error: 'HTTP 503' }, T0));
    expect(first.effects).toEqual([{ kind: 'tellMember', about: 'deliveryDelayed' }]);
    expect(first.ticket.outbox[0]).toMatchObject({ lastError: 'HTTP 503', attempts: 1 });
    expect(first.ticket.outbox[0]?.startedAt).toBeUndefined();
    t = start(first.ticket, 1, later(10_000));
    const second = ok(transition(t, { kind: 'markDeliveryFailed', effectId: 1, error: 'HTTP 503' }, later(10_000)));
    expect(second.effects).toEqual([]);
    t = start(second.ticket, 1, later(30_000));
    const posted = ok(transition(t, { kind: 'markPosted', effectId: 1, activityId: 'a', channel: channelRef(), viaFallback: false }, later(30_000)));
    expect(posted.effects).toEqual([{ kind: 'tellMember', about: 'deliveredAfterDelay' }]);
  });

  it('an effect is started only when due and first in its lane', () => {
    const claimed = apply(openTicket(), [{ kind: 'claim', by: maija }]); // outbox: post (advisers), update (advisers)
    expect(err(transition(claimed, { kind: 'startDelivery', effectId: 2, retryAt: later(1) }, T0))).toEqual({ code: 'not_due', effectId: 2 });
    const started = start(claimed, 1);
    expect(err(transition(started, { kind: 'startDelivery', effectId: 1, retryAt: later(1) }, T0))).toEqual({ code: 'not_due', effectId: 1 });
    expect(err(transition(started, { kind: 'markDelivered', effectId: 99 }, T0))).toEqual({ code: 'unknown_effect', effectId: 99 });
  });

  it('member messages do not wait behind a failing card post', () => {
    const closed = apply(openTicket(), [{ kind: 'close', by: maija, role: 'adviser', reason: 'Syy' }]); // post, update, tellMember
    const tell = closed.outbox.find((i) => i.effect.kind === 'tellMember');
    expect(tell).toBeDefined();
    expect(ok(transition(closed, { kind: 'startDelivery', effectId: tell?.id ?? 0, retryAt: later(1) }, T0)).ticket.outbox.find((i) => i.id === tell?.id)?.attempts).toBe(1);
  });

  it('a second card refresh is not queued while one is waiting', () => {
    const t = apply(openTicket(), [
      { kind: 'claim', by: maija },
      { kind: 'memberFollowUp', text: 'Lisää' },
    ]);
    expect(kinds(t)).toEqual(['postToChannel', 'updateAdviserCard']);
  });

  it('expedite makes a waiting (not running) card post due now', () => {
    const failed = apply(start(openTicket(), 1), [{ kind: 'markDeliveryFailed', effectId: 1, error: 'no channel' }]);
    const r = ok(transition(failed, { kind: 'expediteDelivery' }, later(1000)));
    expect(r.ticket.outbox[0]?.nextAttemptAt).toBe(later(1000).toISOString());
    expect(ok(transition(start(openTicket(), 1), { kind: 'expediteDelivery' }, later(1000))).replayed).toBe(true);
  });
});

describe('history', () => {
  it('records who did what from which version', () => {
    const t = apply(openTicket(), [
      { kind: 'claim', by: maija, version: 1 },
      { kind: 'answer', by: maija, role: 'adviser', version: 2, text: 'Vastaus' },
    ] satisfies Command[]);
    expect(t.history.map((h) => [h.action, h.by, h.fromVersion])).toEqual([
      ['create', 'member', 0],
      ['claim', maija.id, 1],
      ['answer', maija.id, 2],
    ]);
  });
});

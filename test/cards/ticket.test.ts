import { describe, expect, it } from 'vitest';
import { adviserTicketCard } from '../../src/cards/ticket.js';
import type { TicketAction, TicketCard, TicketElement } from '../../src/cards/ticketKit.js';
import { forwardCard, forwardConfirmationCard, memberAnswerCard, openQuestionsCard, regionChooserCard } from '../../src/cards/ticketMember.js';
import { parseHandoffSubmit } from '../../src/cards/ticketSubmit.js';
import { messages } from '../../src/i18n/index.js';
import { apply, drained, kaisa, maija, openTicket, postedTicket } from '../handoff/fixtures.js';

const fi = messages('fi').handoff;
const en = messages('en').handoff;

/** Every text on the card, depth first. */
function texts(card: TicketCard): string[] {
  const fromElement = (e: TicketElement): string[] => {
    switch (e.type) {
      case 'TextBlock':
        return [e.text];
      case 'FactSet':
        return e.facts.flatMap((f) => [f.title, f.value]);
      case 'Container':
        return (e.items as TicketElement[]).flatMap(fromElement);
      case 'ActionSet':
        return (e.actions as TicketAction[]).flatMap(fromAction);
      case 'Input.Text':
      case 'Input.ChoiceSet':
        return [e.label];
    }
  };
  const fromAction = (a: TicketAction): string[] => (a.type === 'Action.ShowCard' ? [a.title, ...a.card.body.flatMap(fromElement), ...a.card.actions.flatMap(fromAction)] : [a.title]);
  return [...card.body.flatMap(fromElement), ...(card.actions ?? []).flatMap(fromAction)];
}

/** Every submit payload on the card (ShowCards included), with the inputs a person would fill in. */
function submits(card: TicketCard, inputs: Record<string, unknown> = {}): unknown[] {
  const all = (actions: TicketAction[]): unknown[] =>
    actions.flatMap((a) => (a.type === 'Action.Submit' ? [{ ...a.data, ...inputs }] : a.type === 'Action.ShowCard' ? all(a.card.actions) : []));
  return all(card.actions ?? []);
}

const buttonTitles = (card: TicketCard): string[] => (card.actions ?? []).map((a) => a.title);

describe('adviserTicketCard', () => {
  it('open: question, member, region, bot answer, time, and the three actions', () => {
    const t = openTicket();
    const card = adviserTicketCard(t);
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    const all = texts(card);
    expect(all).toEqual(
      expect.arrayContaining([fi.cardTitle(t.id, 'Etelä-Savo'), fi.cardOpen, t.question, t.details, t.botAnswer, 'Jäsen 1', 'Etelä-Savo', '10.3.2025 klo 10.00']),
    );
    expect(buttonTitles(card)).toEqual([fi.claimButton, fi.answerButton, fi.closeButton]);
  });

  it('every button carries ticket id, version and action, and validates with the exported schema', () => {
    const t = apply(openTicket(), [{ kind: 'memberFollowUp', text: 'Lisää' }]);
    const payloads = submits(adviserTicketCard(t), { answerText: 'Vastaus', closeReason: 'Syy' }).map(parseHandoffSubmit);
    // Inputs of the other ShowCard may come along; each action's schema keeps only its own fields.
    expect(payloads.map((p) => p.ok && p.value.submit)).toEqual([
      { action: 'ticket.claim', ticketId: t.id, version: 2 },
      { action: 'ticket.answer', ticketId: t.id, version: 2, answerText: 'Vastaus' },
      { action: 'ticket.close', ticketId: t.id, version: 2, closeReason: 'Syy' },
    ]);
  });

  it('claimed: shows who, only answer and close', () => {
    const card = adviserTicketCard(apply(openTicket(), [{ kind: 'claim', by: maija }]));
    expect(texts(card)).toContain(fi.cardClaimed('Maija Neuvoja', '10.3.2025 klo 10.00'));
    expect(buttonTitles(card)).toEqual([fi.answerButton, fi.closeButton]);
  });

  it('answered: the outcome and the conversation; only "propose as FAQ", prefilled with the question and answer', () => {
    const t = apply(openTicket(), [{ kind: 'answer', by: maija, role: 'adviser', text: 'Kyllä voi.' }]);
    const card = adviserTicketCard(t);
    expect(texts(card)).toEqual(expect.arrayContaining([fi.cardAnswered('Maija Neuvoja', '10.3.2025 klo 10.00'), fi.threadHeading, 'Kyllä voi.']));
    expect(buttonTitles(card)).toEqual([messages('fi').faq.proposeButton]);
    expect(submits(card)).toEqual([{ action: 'faq.propose', ticketId: t.id, version: t.version, lang: 'fi' }]);
    const inputs = card.actions?.[0]?.type === 'Action.ShowCard' ? card.actions[0].card.body.filter((e) => e.type === 'Input.Text') : [];
    expect(inputs.map((i) => [i.id, i.value])).toEqual([
      ['faqQuestion', t.question],
      ['faqAnswer', 'Kyllä voi.'],
    ]);
  });

  it('closed: the reason, no buttons; feedback is shown', () => {
    const answered = drained(apply(postedTicket(), [{ kind: 'answer', by: maija, role: 'adviser', text: 'Vastaus' }]));
    const t = apply(answered, [
      { kind: 'memberFeedback', helped: false },
      { kind: 'close', by: kaisa, role: 'coordinator', reason: 'Hoidettu puhelimessa' },
    ]);
    const card = adviserTicketCard(t);
    expect(texts(card)).toEqual(expect.arrayContaining([fi.cardClosed('Kaisa Koordinaattori', '10.3.2025 klo 10.00', 'Hoidettu puhelimessa'), fi.feedbackNotHelped]));
    expect(card.actions).toBeUndefined();
  });

  it('says when the ticket came through the fallback channel', () => {
    expect(texts(adviserTicketCard(openTicket(), { viaFallback: true }))).toContain(fi.cardViaFallback);
  });
});

describe('parseHandoffSubmit', () => {
  it.each([
    { what: 'another feature’s action', value: { action: 'feedback', helpful: true }, reason: 'not_handoff' },
    { what: 'no action', value: { ticketId: 'HA-4F7K' }, reason: 'not_handoff' },
    { what: 'not an object', value: 'ticket.claim', reason: 'not_handoff' },
    { what: 'a forged ticket id', value: { action: 'ticket.claim', ticketId: 'HA-0000', version: 1 }, reason: 'invalid' },
    { what: 'no version', value: { action: 'ticket.claim', ticketId: 'HA-4F7K' }, reason: 'invalid' },
    { what: 'a version as text', value: { action: 'ticket.claim', ticketId: 'HA-4F7K', version: '1' }, reason: 'invalid' },
    { what: 'an unknown region', value: { action: 'handoff.region', lang: 'fi', region: 'Lappi' }, reason: 'invalid' },
    { what: 'a huge answer', value: { action: 'ticket.answer', ticketId: 'HA-4F7K', version: 1, answerText: 'x'.repeat(20_001) }, reason: 'invalid' },
  ])('refuses $what', ({ value, reason }) => {
    expect(parseHandoffSubmit(value)).toMatchObject({ ok: false, reason });
  });

  it('reads an unanswered region choice as no region', () => {
    expect(parseHandoffSubmit({ action: 'handoff.send', requestId: 'r', question: 'Q', lang: 'fi', region: '', details: '' })).toEqual({
      ok: true,
      value: { side: 'member', submit: { action: 'handoff.send', requestId: 'r', question: 'Q', lang: 'fi', details: '' } },
    });
  });
});

describe('member cards', () => {
  it('forward card asks the region when unknown, takes details, and sends an idempotent request', () => {
    const card = forwardCard({ question: 'Q?', botAnswer: 'A.', requestId: 'act-1', lang: 'fi' });
    const inputs = card.body.filter((e) => e.type === 'Input.ChoiceSet' || e.type === 'Input.Text').map((e) => ('id' in e ? e.id : ''));
    expect(inputs).toEqual(['region', 'details']);
    const [send, cancel] = submits(card, { region: 'Pohjois-Savo', details: 'Lisää' }).map(parseHandoffSubmit);
    expect(send).toEqual({
      ok: true,
      value: { side: 'member', submit: { action: 'handoff.send', requestId: 'act-1', question: 'Q?', botAnswer: 'A.', lang: 'fi', region: 'Pohjois-Savo', details: 'Lisää' } },
    });
    expect(cancel).toMatchObject({ ok: true, value: { submit: { action: 'handoff.cancel' } } });
    expect(card.actions?.[1]).toMatchObject({ associatedInputs: 'none' });
  });

  it('forward card with a known region only names it', () => {
    const card = forwardCard({ question: 'Q?', requestId: 'act-1', region: 'Etelä-Savo', lang: 'en' });
    expect(texts(card)).toContain(en.regionKnown('Etelä-Savo'));
    expect(card.body.some((e) => e.type === 'Input.ChoiceSet')).toBe(false);
  });

  it('region chooser lists the three regions and carries a pending question', () => {
    const card = regionChooserCard('fi', { pending: { requestId: 'r', question: 'Q', details: '' } });
    const choice = card.body.find((e) => e.type === 'Input.ChoiceSet');
    expect(choice && 'choices' in choice && choice.choices.map((c) => c.value)).toEqual(['Etelä-Savo', 'Pohjois-Karjala', 'Pohjois-Savo']);
    expect(parseHandoffSubmit(submits(card, { region: 'Etelä-Savo' })[0])).toMatchObject({ ok: true, value: { submit: { action: 'handoff.region', region: 'Etelä-Savo', pending: { question: 'Q' } } } });
  });

  it('confirmation shows the ticket number', () => {
    const t = openTicket();
    expect(texts(forwardConfirmationCard(t))).toEqual(expect.arrayContaining([fi.confirmationTitle(t.id), fi.confirmationText('Etelä-Savo')]));
  });

  it('answer card: the answer, who answered, "Auttoiko vastaus?" and a follow-up box', () => {
    const t = apply(openTicket(), [{ kind: 'answer', by: maija, role: 'adviser', text: 'Kyllä voi.' }]);
    const card = memberAnswerCard(t, 0);
    expect(texts(card)).toEqual(expect.arrayContaining([fi.answerTitle(t.id), fi.answeredBy('Maija Neuvoja'), 'Kyllä voi.', fi.helpedQuestion, fi.helpedYes, fi.helpedNo, fi.followUpButton]));
    expect(submits(card, { followUpText: 'Entä?' }).map((p) => parseHandoffSubmit(p))).toEqual([
      { ok: true, value: { side: 'member', submit: { action: 'ticket.feedback', ticketId: t.id, version: 2, lang: 'fi', helped: true } } },
      { ok: true, value: { side: 'member', submit: { action: 'ticket.feedback', ticketId: t.id, version: 2, lang: 'fi', helped: false } } },
      { ok: true, value: { side: 'member', submit: { action: 'ticket.followUp', ticketId: t.id, version: 2, lang: 'fi', followUpText: 'Entä?' } } },
    ]);
  });

  it('open questions list: number, status, delivery not done yet; empty list says so', () => {
    const t = apply(openTicket(), [{ kind: 'claim', by: maija }]);
    const all = texts(openQuestionsCard([t], 'fi'));
    expect(all).toContain(fi.openListLine(t.id, `${fi.status.claimed} (${fi.deliveryPending})`, '10.3.2025 klo 10.00'));
    expect(texts(openQuestionsCard([], 'en'))).toContain(en.openListEmpty);
  });
});

describe('card size', () => {
  it('the fullest adviser card stays under Teams’ ~28 KB', () => {
    let t = openTicket({ question: 'q'.repeat(4000), details: 'd'.repeat(2000), botAnswer: 'b'.repeat(1500) });
    for (let i = 0; i < 29; i += 1) {
      t = apply(t, [
        { kind: 'answer', by: maija, role: 'adviser', text: 'a'.repeat(4000) },
        { kind: 'memberFollowUp', text: 'f'.repeat(2000) },
      ]);
    }
    const card = adviserTicketCard(t);
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(28_000);
    expect(texts(card)).toContain(fi.earlierMessages(58 - 6));
  });
});

import { describe, expect, it } from 'vitest';
import { faqProposalCard } from '../../src/cards/faqProposal.js';
import { FAQ_ACTIONS, parseFaqSubmit } from '../../src/cards/faqSubmit.js';
import type { TicketAction, TicketCard, TicketElement } from '../../src/cards/ticketKit.js';
import { finishApproval, propose, reject, startApproval, type FaqResult } from '../../src/faq/machine.js';
import type { FaqProposal } from '../../src/faq/proposal.js';
import { messages } from '../../src/i18n/index.js';
import { apply, kaisa, maija, openTicket, T0 } from '../handoff/fixtures.js';

const f = messages('fi').faq;

function ok(r: FaqResult): FaqProposal {
  if (!r.ok) throw new Error(r.error.code);
  return r.proposal;
}
const ticket = apply(openTicket(), [{ kind: 'answer', by: maija, role: 'adviser', text: 'Kyllä, kun tunnit kirjataan.' }]);
const pending = ok(propose(ticket, undefined, { by: maija, question: 'Voiko talkootyön laskea omarahoitukseksi?', answer: 'Kyllä, kun tunnit kirjataan.' }, T0));

function texts(card: TicketCard): string[] {
  const el = (e: TicketElement): string[] => (e.type === 'TextBlock' ? [e.text] : e.type === 'FactSet' ? e.facts.flatMap((x) => [x.title, x.value]) : []);
  return card.body.flatMap(el);
}
function submits(actions: readonly TicketAction[] = []): unknown[] {
  return actions.flatMap((a) => (a.type === 'Action.Submit' ? [a.data] : a.type === 'Action.ShowCard' ? submits(a.card.actions) : []));
}

describe('faqProposalCard', () => {
  it('pending: question, answer, proposer and ticket number, never the asker; approve, edit and approve, reject', () => {
    const card = faqProposalCard(pending);
    expect(texts(card)).toEqual(
      expect.arrayContaining([f.cardTitle('HA-4F7K', 'Etelä-Savo'), f.statusProposed, 'Maija Neuvoja', 'HA-4F7K', pending.question, pending.answer, f.privacyHint]),
    );
    expect(JSON.stringify(card)).not.toContain(ticket.member.displayName);
    expect((card.actions ?? []).map((a) => a.title)).toEqual([f.approveButton, f.editApproveButton, f.rejectButton]);
    const ref = { ticketId: 'HA-4F7K', version: 1, lang: 'fi' };
    expect(submits(card.actions)).toEqual([
      { action: 'faq.approve', ...ref },
      { action: 'faq.approve', ...ref },
      { action: 'faq.reject', ...ref },
    ]);
    // Plain "Hyväksy" takes no inputs; "Muokkaa ja hyväksy" has the texts prefilled.
    expect(card.actions?.[0]).toMatchObject({ associatedInputs: 'none' });
    const edit = card.actions?.[1];
    const inputs = edit?.type === 'Action.ShowCard' ? edit.card.body.filter((e) => e.type === 'Input.Text') : [];
    expect(inputs.map((i) => [i.id, i.value, i.maxLength])).toEqual([
      ['faqQuestion', pending.question, 300],
      ['faqAnswer', pending.answer, 3000],
    ]);
  });

  it('approved: who, when, the file, edited or not; no buttons', () => {
    const approved = finishApproval(ok(startApproval(pending, { by: kaisa, version: 1, answer: 'Kyllä.', fileId: () => 'voiko-ha-4f7k' }, T0)), T0);
    if (approved === undefined) throw new Error('not approved');
    const card = faqProposalCard(approved);
    expect(texts(card)).toContain(f.statusApproved('Kaisa Koordinaattori', '10.3.2025 klo 10.00', 'faq/voiko-ha-4f7k.md', true));
    expect(card.actions).toBeUndefined();
  });

  it('rejected: who and why; no buttons; in English when asked', () => {
    const rejected = ok(reject(pending, { by: kaisa, version: 1, reason: 'Tapauskohtainen' }, T0));
    expect(texts(faqProposalCard(rejected))).toContain(f.statusRejected('Kaisa Koordinaattori', '10.3.2025 klo 10.00', 'Tapauskohtainen'));
    expect(faqProposalCard(rejected).actions).toBeUndefined();
    expect(texts(faqProposalCard(rejected, 'en'))).toContain('Rejected: Kaisa Koordinaattori (10 Mar 2025, 10:00). Reason: Tapauskohtainen');
  });
});

describe('parseFaqSubmit', () => {
  it.each([
    { what: 'another feature’s action', value: { action: 'ticket.claim', ticketId: 'HA-4F7K', version: 1 }, reason: 'not_faq' },
    { what: 'not an object', value: 'faq.approve', reason: 'not_faq' },
    { what: 'a forged ticket id', value: { action: 'faq.approve', ticketId: 'HA-0000', version: 1 }, reason: 'invalid' },
    { what: 'no version', value: { action: 'faq.reject', ticketId: 'HA-4F7K' }, reason: 'invalid' },
    { what: 'a huge text', value: { action: 'faq.propose', ticketId: 'HA-4F7K', version: 1, faqAnswer: 'x'.repeat(20_001) }, reason: 'invalid' },
    { what: 'a text that is not text', value: { action: 'faq.approve', ticketId: 'HA-4F7K', version: 1, faqQuestion: 5 }, reason: 'invalid' },
  ])('refuses $what', ({ value, reason }) => {
    expect(parseFaqSubmit(value)).toMatchObject({ ok: false, reason });
  });

  it('accepts each action, inputs optional', () => {
    expect(FAQ_ACTIONS).toEqual(['faq.propose', 'faq.approve', 'faq.reject']);
    expect(parseFaqSubmit({ action: 'faq.approve', ticketId: 'HA-4F7K', version: 2, faqAnswer: 'Uusi.' })).toEqual({
      ok: true,
      submit: { action: 'faq.approve', ticketId: 'HA-4F7K', version: 2, lang: 'fi', faqAnswer: 'Uusi.' },
    });
  });
});

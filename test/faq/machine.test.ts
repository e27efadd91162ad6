import { describe, expect, it } from 'vitest';
import { abortApproval, defaultTexts, finishApproval, propose, reject, startApproval, STALLED_APPROVAL_MS, type FaqResult } from '../../src/faq/machine.js';
import { FAQ_LIMITS, faqProposalSchema, type FaqProposal } from '../../src/faq/proposal.js';
import { apply, kaisa, later, maija, openTicket, pekka, T0 } from '../handoff/fixtures.js';

const ANSWER = 'Talkootyö käy omarahoitukseksi, kun tunnit kirjataan.';
const answered = () => apply(openTicket(), [{ kind: 'answer', by: maija, role: 'adviser', text: ANSWER }]);
const fileId = (q: string): string => `id-${q.length}`;

function ok(r: FaqResult): FaqProposal {
  if (!r.ok) throw new Error(`refused: ${r.error.code}`);
  return faqProposalSchema.parse(r.proposal);
}

const proposed = (): FaqProposal => ok(propose(answered(), undefined, { by: maija, question: ' Voiko   talkootyön laskea? ', answer: ANSWER }, T0));

describe('propose', () => {
  it('starts from the ticket: its region and language, the texts tidied, who proposed; nothing about the asker', () => {
    const p = proposed();
    expect(p).toMatchObject({ ticketId: 'HA-4F7K', version: 1, region: 'Etelä-Savo', lang: 'fi', question: 'Voiko talkootyön laskea?', answer: ANSWER, proposedBy: maija, state: { status: 'proposed' } });
    expect(JSON.stringify(p)).not.toContain('Jäsen 1');
    expect(JSON.stringify(p)).not.toContain('member-1');
  });

  it('defaults to the question and the latest adviser answer', () => {
    expect(defaultTexts(answered())).toEqual({ question: 'Voiko omarahoituksen kattaa talkootyöllä?', answer: ANSWER });
  });

  it.each([
    { what: 'an open ticket', ticket: () => openTicket(), error: { code: 'not_answered', status: 'open' } },
    { what: 'an empty question', ticket: answered, question: '  ', error: { code: 'empty_text', field: 'question' } },
    { what: 'an empty answer', ticket: answered, answer: '\n', error: { code: 'empty_text', field: 'answer' } },
    { what: 'a question too long', ticket: answered, question: 'x'.repeat(FAQ_LIMITS.question + 1), error: { code: 'too_long', field: 'question', max: FAQ_LIMITS.question } },
    { what: 'an answer too long', ticket: answered, answer: 'x'.repeat(FAQ_LIMITS.answer + 1), error: { code: 'too_long', field: 'answer', max: FAQ_LIMITS.answer } },
  ])('refuses $what', ({ ticket, question, answer, error }) => {
    expect(propose(ticket(), undefined, { by: maija, question: question ?? 'Kysymys?', answer: answer ?? ANSWER }, T0)).toEqual({ ok: false, error });
  });

  it('a second press by the proposer is a replay; another adviser is told it is waiting', () => {
    const p = proposed();
    expect(propose(answered(), p, { by: maija, question: 'Muu?', answer: 'Muu.' }, T0)).toEqual({ ok: true, proposal: p, replayed: true });
    expect(propose(answered(), p, { by: pekka, question: 'Muu?', answer: 'Muu.' }, T0)).toEqual({ ok: false, error: { code: 'already_pending' } });
  });

  it('an approved proposal stays; a rejected one can be proposed again as a new round with a new card', () => {
    const approved = finishApproval(ok(startApproval(proposed(), { by: kaisa, version: 1, fileId }, T0)), T0);
    if (approved === undefined) throw new Error('not approving');
    expect(propose(answered(), approved, { by: pekka, question: 'Q?', answer: 'A.' }, T0)).toMatchObject({ ok: false, error: { code: 'already_approved', by: kaisa } });

    const rejected = { ...ok(reject(proposed(), { by: kaisa, version: 1 }, T0)), card: { channel: { conversation: { id: '19:k' }, serviceUrl: 'http://x/', channelId: 'msteams' }, activityId: 'c1' } };
    const again = ok(propose(answered(), rejected, { by: pekka, question: 'Uusi?', answer: 'Uusi.' }, later(1000)));
    expect(again).toMatchObject({ version: 3, question: 'Uusi?', proposedBy: pekka, state: { status: 'proposed' } });
    expect(again.card).toBeUndefined();
  });
});

describe('approve', () => {
  it('as proposed: approving with the file id, then approved with a new version', () => {
    const approving = ok(startApproval(proposed(), { by: kaisa, version: 1, fileId }, T0));
    expect(approving.state).toEqual({ status: 'approving', by: kaisa, at: T0.toISOString(), fileId: fileId('Voiko talkootyön laskea?'), edited: false });
    expect(approving.version).toBe(1);
    const approved = finishApproval(approving, T0);
    expect(approved?.state.status).toBe('approved');
    expect(approved?.version).toBe(2);
  });

  it('with edits: the edited texts are the entry, marked edited', () => {
    const approving = ok(startApproval(proposed(), { by: kaisa, version: 1, question: 'Lasketaanko talkootyö?', answer: 'Kyllä.', fileId }, T0));
    expect(approving).toMatchObject({ question: 'Lasketaanko talkootyö?', answer: 'Kyllä.', state: { edited: true } });
  });

  it('refuses a stale card, empty edits, and acting on a decided proposal', () => {
    const p = proposed();
    expect(startApproval(p, { by: kaisa, version: 7, fileId }, T0)).toEqual({ ok: false, error: { code: 'stale_version', current: 1 } });
    expect(startApproval(p, { by: kaisa, version: 1, answer: ' ', fileId }, T0)).toEqual({ ok: false, error: { code: 'empty_text', field: 'answer' } });
    const rejected = ok(reject(p, { by: kaisa, version: 1 }, T0));
    expect(startApproval(rejected, { by: kaisa, version: 2, fileId }, T0)).toEqual({ ok: false, error: { code: 'already_rejected', by: kaisa } });
  });

  it('a replayed approval of an approved proposal is answered as done; another coordinator is told who approved', () => {
    const approved = finishApproval(ok(startApproval(proposed(), { by: kaisa, version: 1, fileId }, T0)), T0);
    if (approved === undefined) throw new Error('not approving');
    expect(startApproval(approved, { by: kaisa, version: 1, fileId }, T0)).toEqual({ ok: true, proposal: approved, replayed: true });
    const other = { id: 'aad-other', name: 'Olli Koordinaattori' };
    expect(startApproval(approved, { by: other, version: 1, fileId }, T0)).toMatchObject({ ok: false, error: { code: 'already_approved', by: kaisa } });
  });

  it('while approving: the approver may finish it, another coordinator only once it has stalled', () => {
    const approving = ok(startApproval(proposed(), { by: kaisa, version: 1, fileId }, T0));
    const other = { id: 'aad-other', name: 'Olli Koordinaattori' };
    expect(startApproval(approving, { by: kaisa, version: 1, fileId }, later(1000))).toMatchObject({ ok: true, replayed: true });
    expect(startApproval(approving, { by: other, version: 1, fileId }, later(1000))).toEqual({ ok: false, error: { code: 'in_progress', by: kaisa } });
    expect(startApproval(approving, { by: other, version: 1, fileId }, later(STALLED_APPROVAL_MS + 1))).toMatchObject({ ok: true, replayed: true });
    expect(reject(approving, { by: other, version: 1 }, T0)).toEqual({ ok: false, error: { code: 'in_progress', by: kaisa } });
  });

  it('a failed write goes back to proposed with a new version; finishing and aborting need "approving"', () => {
    const approving = ok(startApproval(proposed(), { by: kaisa, version: 1, fileId }, T0));
    const back = abortApproval(approving, T0);
    expect(back).toMatchObject({ version: 2, state: { status: 'proposed' } });
    expect(back === undefined ? undefined : finishApproval(back, T0)).toBeUndefined();
    expect(abortApproval(proposed(), T0)).toBeUndefined();
  });
});

describe('reject', () => {
  it('with an optional reason; a replay is done, a second coordinator is told', () => {
    const r = ok(reject(proposed(), { by: kaisa, version: 1, reason: ' Liian tapauskohtainen. ' }, T0));
    expect(r).toMatchObject({ version: 2, state: { status: 'rejected', by: kaisa, reason: 'Liian tapauskohtainen.' } });
    expect(reject(r, { by: kaisa, version: 1 }, T0)).toEqual({ ok: true, proposal: r, replayed: true });
    expect(reject(r, { by: { id: 'x', name: 'X' }, version: 1 }, T0)).toEqual({ ok: false, error: { code: 'already_rejected', by: kaisa } });
    expect(ok(reject(proposed(), { by: kaisa, version: 1, reason: '' }, T0)).state).not.toHaveProperty('reason');
  });

  it('refuses a reason too long and a stale card', () => {
    expect(reject(proposed(), { by: kaisa, version: 1, reason: 'x'.repeat(FAQ_LIMITS.rejectReason + 1) }, T0)).toMatchObject({ ok: false, error: { code: 'too_long', field: 'reason' } });
    expect(reject(proposed(), { by: kaisa, version: 2 }, T0)).toEqual({ ok: false, error: { code: 'stale_version', current: 1 } });
  });
});

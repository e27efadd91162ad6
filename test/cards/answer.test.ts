import { describe, expect, it } from 'vitest';
import type { Decision } from '../../src/answer/types.js';
import { cardSubmitSchema, MAX_SUBMIT_QUESTION_CHARS } from '../../src/cards/actions.js';
import { ADAPTIVE_CARD_CONTENT_TYPE, attachment } from '../../src/cards/adaptive.js';
import { answerCard, decisionCard } from '../../src/cards/answer.js';
import { handoffConfirmSchema } from '../../src/cards/handoffOffer.js';
import { welcomeCard } from '../../src/cards/welcome.js';
import { submitsOf, textOf } from '../helpers/activities.js';
import { FAKE_PASSAGES } from '../helpers/fakeEngine.js';
import { messages } from '../../src/i18n/index.js';

const answer: Extract<Decision, { kind: 'answer' }> = {
  kind: 'answer',
  lang: 'fi',
  question: 'Paljonko omarahoitusta tarvitaan?',
  passage: FAKE_PASSAGES.omarahoitus,
  notices: [
    { kind: 'old_source', years: 2, date: '2022' },
    { kind: 'expired', validUntil: '2024-12-31' },
  ],
  score: 0.9,
};

const callStatus: Decision = {
  kind: 'call_status',
  lang: 'fi',
  question: 'Milloin haku on auki?',
  today: '2024-04-01',
  region: 'Etelä-Savo',
  calls: [
    {
      call: { name: 'Hankehaku 2/2024', region: 'Etelä-Savo', opens: '2024-03-01', closes: '2024-05-10', quote: '…' },
      state: 'open',
      source: FAKE_PASSAGES.omarahoitus.source,
    },
  ],
  score: 0.8,
};

const clarify: Decision = {
  kind: 'clarify',
  lang: 'en',
  question: 'What costs are accepted?',
  candidates: [FAKE_PASSAGES.henkilosto, FAKE_PASSAGES.matkat],
  score: 0.5,
};

/** Every card is valid for Teams: Adaptive Card 1.5, and every button's data passes the bot's own schema. */
function expectWellFormed(card: unknown): void {
  expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json' });
  for (const data of submitsOf(card)) {
    const ok = cardSubmitSchema.safeParse(data).success || handoffConfirmSchema.safeParse(data).success;
    expect(ok, JSON.stringify(data)).toBe(true);
  }
}

describe('answerCard', () => {
  const card = answerCard(answer);

  it('shows the excerpt line by line, where it is, the source and every notice', () => {
    const text = textOf(card);
    expect(text).toContain('Hankkeen omarahoitusosuus on vähintään 10 %.\n• Omarahoituksen voi kattaa myös talkootyöllä.');
    expect(text).toContain('Kohta: Hakuilmoitus › Omarahoitus');
    expect(text).toContain('Lähde: KAKE-hakuilmoitus (Etelä-Savon ELY-keskus, 1.3.2024)');
    expect(text).toContain('yli 2 vuotta vanha');
    expect(text).toContain('päättyi 31.12.2024');
  });

  it('has feedback, adviser and source-link buttons with typed payloads', () => {
    expect(card.actions?.map((a) => a.title)).toEqual(['Hyödyllinen', 'Ei hyödyllinen', 'Kysy neuvojalta', 'Avaa lähde']);
    expect(submitsOf(card)).toEqual([
      { action: 'feedback', kind: 'answer', question: answer.question, lang: 'fi', passageId: FAKE_PASSAGES.omarahoitus.passageId, helpful: true },
      { action: 'feedback', kind: 'answer', question: answer.question, lang: 'fi', passageId: FAKE_PASSAGES.omarahoitus.passageId, helpful: false },
      { action: 'handoff.offer', question: answer.question, lang: 'fi' },
    ]);
    expect(card.actions?.[3]).toEqual({ type: 'Action.OpenUrl', title: 'Avaa lähde', url: 'https://example.org/kake-haku' });
    expectWellFormed(card);
  });

  it('has no link button when the source has no address', () => {
    const noUrl = answerCard({ ...answer, passage: FAKE_PASSAGES.henkilosto });
    expect(noUrl.actions?.some((a) => a.type === 'Action.OpenUrl')).toBe(false);
  });

  it('is a pure function: same input, same card', () => {
    expect(answerCard(answer)).toEqual(card);
  });
});

describe('decisionCard', () => {
  it('shows call status with the state, region and source', () => {
    const card = decisionCard(callStatus);
    const text = textOf(card);
    expect(text).toContain('Alue: Etelä-Savo');
    expect(text).toContain('Haku on tällä hetkellä auki.');
    expect(text).toContain('Hankehaku 2/2024 (Etelä-Savo) on auki 1.3.2024–10.5.2024');
    expect(text).toContain('Lähde: KAKE-hakuilmoitus');
    expectWellFormed(card);
  });

  it('shows a call announced for several regions once, with its regions', () => {
    const source = FAKE_PASSAGES.omarahoitus.source;
    const call = (region: 'Etelä-Savo' | 'Pohjois-Karjala' | 'Pohjois-Savo') => ({
      call: { name: 'KAKE-haku (tiedote 18.6.2024)', region, opens: '2024-06-18', quote: '…' },
      state: 'unknown_end' as const,
      source,
    });
    const card = decisionCard({ kind: 'call_status', lang: 'fi', question: 'Onko haku auki?', today: '2026-11-23', calls: [call('Etelä-Savo'), call('Pohjois-Karjala'), call('Pohjois-Savo')], score: 1 });
    const text = textOf(card);
    expect(text.match(/KAKE-haku \(tiedote 18\.6\.2024\)/g)).toHaveLength(1);
    expect(text).toContain('(Etelä-Savo, Pohjois-Karjala, Pohjois-Savo)');
    expectWellFormed(card);
  });

  it('heads a call opened lately with no known end "may still be open" and offers the adviser for its closing date', () => {
    const source = FAKE_PASSAGES.omarahoitus.source;
    const calls = [{ call: { name: 'KAKE-haku (tiedote 18.6.2024)', region: 'Etelä-Savo' as const, opens: '2024-06-18', quote: '…' }, state: 'unknown_end' as const, source }];
    const t = messages('fi').answer;
    const recent = textOf(decisionCard({ kind: 'call_status', lang: 'fi', question: 'Onko haku auki?', today: '2024-06-20', calls, score: 1 }));
    expect(recent).toContain(t.recentCallMayBeOpen);
    expect(recent).toContain(t.askAdviserDeadline);
    expect(recent).not.toContain(t.noOpenCall);
    expect(textOf(decisionCard({ kind: 'call_status', lang: 'fi', question: 'Onko haku auki?', today: '2026-11-23', calls, score: 1 }))).toContain(t.noOpenCall);
  });

  it('asks back with one choice button per candidate, in English for an English question', () => {
    const card = decisionCard(clarify);
    expect(textOf(card)).toContain('Did you mean one of these?');
    const picks = submitsOf(card).filter((s) => s['action'] === 'answer.pick');
    expect(picks).toEqual([
      { action: 'answer.pick', passageId: FAKE_PASSAGES.henkilosto.passageId, question: 'What costs are accepted?', lang: 'en' },
      { action: 'answer.pick', passageId: FAKE_PASSAGES.matkat.passageId, question: 'What costs are accepted?', lang: 'en' },
    ]);
    expect(submitsOf(card).at(-1)).toEqual({ action: 'handoff.offer', question: 'What costs are accepted?', lang: 'en' });
    expectWellFormed(card);
  });

  it('offers the adviser for a handoff', () => {
    const card = decisionCard({ kind: 'handoff', lang: 'fi', question: 'Pizza?', reason: 'no_evidence', score: 0 });
    expect(submitsOf(card)).toEqual([{ action: 'handoff.offer', question: 'Pizza?', lang: 'fi' }]);
  });

  it('says, for a handoff of when a call closes, that its document tells only the opening, in the member\'s language, and offers the adviser', () => {
    const endUnknown = { name: 'Hankehaku (tiedote 18.6.2024)', opens: '2024-06-18' };
    const fi = decisionCard({ kind: 'handoff', lang: 'fi', question: 'Milloin haku sulkeutuu?', reason: 'not_stated', score: 0, endUnknown });
    expect(JSON.stringify(fi)).toContain('avattiin 18.6.2024, mutta päättymispäivää ei kerrota');
    expect(submitsOf(fi)).toEqual([{ action: 'handoff.offer', question: 'Milloin haku sulkeutuu?', lang: 'fi' }]);
    expectWellFormed(fi);
    const en = decisionCard({ kind: 'handoff', lang: 'en', question: 'When does it close?', reason: 'not_stated', score: 0, endUnknown });
    expect(JSON.stringify(en)).toContain('opened on 18.6.2024, but no closing date is given');
  });

  it('has no card for an empty question, and cuts a too-long one to what a button may carry', () => {
    expect(decisionCard({ kind: 'invalid', lang: 'fi', question: '', reason: 'empty', score: 0 })).toBeUndefined();
    const long = 'a'.repeat(100_000);
    const card = decisionCard({ kind: 'invalid', lang: 'fi', question: long, reason: 'too_long', score: 0 });
    const [offer] = submitsOf(card);
    expect(String(offer?.['question'])).toHaveLength(MAX_SUBMIT_QUESTION_CHARS);
    expectWellFormed(card);
  });

  it('makes an attachment Teams renders', () => {
    const card = answerCard(answer);
    expect(attachment(card)).toEqual({ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card });
  });
});

describe('welcomeCard', () => {
  const documents = Array.from({ length: 10 }, (_, i) => ({ title: `Asiakirja ${i + 1}`, publisher: 'ELY', date: '2024-06' }));

  it('lists what it knows (at most 8 titles, the rest counted), example buttons and what is stored', () => {
    const card = welcomeCard({ lang: 'fi', variant: 'welcome', documents });
    const text = textOf(card);
    expect(text).toContain('Hei! Olen Hankeapu');
    expect(text).toContain('• Asiakirja 1 (ELY, 6/2024)');
    expect(text).not.toContain('Asiakirja 9');
    expect(text).toContain('…ja 2 muuta asiakirjaa');
    expect(text).toContain('En tallenna nimeäsi');
    expect(submitsOf(card).map((s) => s['action'])).toEqual(['answer.ask', 'answer.ask', 'answer.ask', 'answer.ask']);
    expectWellFormed(card);
  });

  it('has an English help variant and says when nothing is loaded', () => {
    const card = welcomeCard({ lang: 'en', variant: 'help', documents: [] });
    expect(textOf(card)).toContain('How to use Hankeapu');
    expect(textOf(card)).toContain('No call documents have been loaded yet.');
    expect(submitsOf(card)[0]).toEqual({ action: 'answer.ask', question: 'How much own funding is needed?', lang: 'en' });
  });
});

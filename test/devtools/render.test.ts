import { describe, expect, it } from 'vitest';
import { ADAPTIVE_CARD_CONTENT_TYPE } from '../../src/cards/adaptive.js';
import { answerCard } from '../../src/cards/answer.js';
import { formatButtons, renderForTerminal } from '../../src/devtools/render.js';
import { installActivity, newIdentity, submitActivity, textActivity } from '../../src/devtools/chatClient.js';
import { FAKE_PASSAGES } from '../helpers/fakeEngine.js';

describe('renderForTerminal', () => {
  const card = answerCard({ kind: 'answer', lang: 'fi', question: 'Paljonko?', passage: FAKE_PASSAGES.omarahoitus, notices: [], score: 1 });

  it('shows a card instead of its fallback text, with buttons to press and links to read', () => {
    const view = renderForTerminal({ type: 'message', text: 'fallback', attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }] });
    expect(view.lines).toContain('Hankkeen omarahoitusosuus on vähintään 10 %.');
    expect(view.lines).not.toContain('fallback');
    expect(formatButtons(view.buttons)).toEqual(['[1] Hyödyllinen', '[2] Ei hyödyllinen', '[3] Kysy neuvojalta', '    Avaa lähde: https://example.org/kake-haku']);
    expect(view.buttons[2]).toEqual({ kind: 'submit', title: 'Kysy neuvojalta', data: { action: 'handoff.offer', question: 'Paljonko?', lang: 'fi' } });
  });

  it('shows plain text, typing and facts', () => {
    expect(renderForTerminal({ type: 'message', text: 'rivi 1\nrivi 2' }).lines).toEqual(['rivi 1', 'rivi 2']);
    expect(renderForTerminal({ type: 'typing' }).lines).toEqual(['…']);
    const facts = { type: 'AdaptiveCard', body: [{ type: 'FactSet', facts: [{ title: 'Tila', value: 'Avoin' }] }] };
    expect(renderForTerminal({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: facts }] }).lines).toEqual(['Tila: Avoin']);
  });
});

describe('chat client activities', () => {
  const who = newIdentity('http://127.0.0.1:1234/', 'channel', 'Testaaja');

  it('installs with both the member and the bot', () => {
    expect(installActivity(who)).toMatchObject({ type: 'conversationUpdate', membersAdded: [who.user, who.bot], serviceUrl: who.serviceUrl });
  });

  it('mentions the bot outside personal chat, as Teams does', () => {
    expect(textActivity(who, 'Hei')).toMatchObject({ text: '<at>Hankeapu</at> Hei', entities: [{ type: 'mention', mentioned: who.bot }] });
  });

  it('sends a pressed button as value', () => {
    expect(submitActivity(who, { action: 'x' })).toMatchObject({ type: 'message', value: { action: 'x' } });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../../src/devtools/connector.js';
import { messagesOf, type Reply } from '../helpers/activities.js';
import {
  ADVISER_MAIJA,
  ADVISER_PEKKA,
  buttonData,
  cardIn,
  CHANNELS,
  COORDINATOR_KAISA,
  MEMBER,
  memberConversationId,
  mention,
  OTHER_MEMBER,
  OUTSIDER,
  startHandoffWorld,
  textOf,
  ticketIdIn,
  type HandoffWorld,
} from './handoffWorld.js';

/**
 * Issue 4 end to end: the member's question, through the real HTTP endpoint, to a ticket card in
 * the region's advisers' channel, the adviser's claim and answer through that card, the answer in
 * the member's chat and the card updated in place; with races, outsiders, forged and replayed
 * payloads, a connector outage and a restart on the same data folder.
 */

type Region = 'Etelä-Savo' | 'Pohjois-Savo' | 'Pohjois-Karjala';

let w: HandoffWorld;

async function reply(activity: Record<string, unknown>): Promise<Reply> {
  const [first] = messagesOf(await w.bot.exchange(activity));
  if (first === undefined) throw new Error('the bot sent no message');
  return first;
}

const replyText = async (activity: Record<string, unknown>): Promise<string> => (await reply(activity)).text ?? '';

/** Member asks, presses "Kysy neuvojalta", fills in the forward card and sends it. */
async function forward(question: string, options: { region?: Region; details?: string; who?: typeof MEMBER } = {}): Promise<{ ticketId: string; confirmation: Reply }> {
  const who = options.who ?? MEMBER;
  const answer = await reply(w.fromMember({ text: question }, who));
  const offer = buttonData(cardIn(answer), 'handoff.offer');
  const forwardCard = await reply(w.fromMember({ value: offer }, who));
  const send = buttonData(cardIn(forwardCard), 'handoff.send');
  const inputs = { details: options.details ?? '', region: options.region ?? 'Etelä-Savo' };
  const confirmation = await reply(w.fromMember({ value: { ...send, ...inputs } }, who));
  return { ticketId: ticketIdIn(confirmation.text ?? ''), confirmation };
}

const isCardFor =
  (ticketId: string, kind: RecordedRequest['kind'], conversationId: string, contains = '') =>
  (r: RecordedRequest): boolean =>
    r.kind === kind && r.conversationId === conversationId && textOf(cardIn(r)).includes(ticketId) && textOf(cardIn(r)).includes(contains);

/** Waits for the ticket's card in the channel and returns it with its activity id. */
async function postedCard(ticketId: string, channel: string): Promise<{ activityId: string; card: unknown }> {
  const posted = await w.waitFor(isCardFor(ticketId, 'send', channel));
  if (posted.activityId === undefined) throw new Error('posted card has no id');
  return { activityId: posted.activityId, card: cardIn(posted) };
}

/** The latest rendering of the card (the last update, or the post), after `contains` shows on it. */
async function cardShowing(ticketId: string, channel: string, activityId: string, contains: string): Promise<unknown> {
  const update = await w.waitFor((r) => r.kind === 'update' && r.activityId === activityId && r.conversationId === channel && textOf(cardIn(r)).includes(contains));
  expect(textOf(cardIn(update))).toContain(ticketId);
  return cardIn(update);
}

const press = (channel: string, who: typeof ADVISER_MAIJA, data: Record<string, unknown>, thread: string, inputs: Record<string, unknown> = {}) =>
  w.inChannel(channel, who, { value: { ...data, ...inputs } }, thread);

beforeAll(async () => {
  w = await startHandoffWorld();
  // Advisers register their channels by @mentioning the bot; Kaisa is listed by UPN only.
  expect(await replyText(w.inChannel(CHANNELS['Etelä-Savo'], ADVISER_MAIJA, mention('rekisteröi Etelä-Savo')))).toBe(
    'Tämä kanava vastaanottaa nyt alueen Etelä-Savo kysymykset.',
  );
  expect(await replyText(w.inChannel(CHANNELS['Pohjois-Savo'], COORDINATOR_KAISA, mention('rekisteröi Pohjois-Savo')))).toBe(
    'Tämä kanava vastaanottaa nyt alueen Pohjois-Savo kysymykset.',
  );
});
afterAll(async () => w.close());

describe('channel registration', () => {
  it('refuses someone who is not a listed adviser, and lists the channels for advisers', async () => {
    expect(await replyText(w.inChannel(CHANNELS.fallback, OUTSIDER, mention('rekisteröi varakanava')))).toContain('Vain nimetyt hankeneuvojat');
    const list = await replyText(w.inChannel(CHANNELS.fallback, ADVISER_PEKKA, mention('kanavat')));
    expect(list).toContain('Etelä-Savo: rekisteröinyt Maija Neuvoja');
    expect(list).toContain('Pohjois-Savo: rekisteröinyt Kaisa Koordinaattori');
    expect(list).toContain('Pohjois-Karjala: ei kanavaa');
    expect(list).toContain('varakanava: ei kanavaa');
  });

  it('answers registration in a personal chat with how to do it in a channel', async () => {
    const text = await replyText(w.fromMember({ text: 'rekisteröi Etelä-Savo' }, ADVISER_MAIJA));
    expect(text).toContain('tiimin kanavalla');
  });
});

describe('the whole loop', () => {
  it('question → ticket card in the region channel → claim → answer → member gets it → card updated in place', async () => {
    const { ticketId, confirmation } = await forward('Mikä on hyvä pizzaresepti?', { region: 'Etelä-Savo', details: 'Yhdistyksemme on pieni.' });
    expect(confirmation.text).toContain(`Kysymys välitetty – numero ${ticketId}`);
    expect(confirmation.text).toContain('Etelä-Savo');

    const channel = CHANNELS['Etelä-Savo'];
    const { activityId, card } = await postedCard(ticketId, channel);
    expect(textOf(card)).toContain('Mikä on hyvä pizzaresepti?');
    expect(textOf(card)).toContain('Yhdistyksemme on pieni.');
    expect(JSON.stringify(card)).toContain(MEMBER.name);
    expect(w.sent(CHANNELS['Pohjois-Savo']).some((r) => textOf(cardIn(r)).includes(ticketId))).toBe(false);

    expect(await replyText(press(channel, ADVISER_MAIJA, buttonData(card, 'ticket.claim'), activityId))).toBe(`Otit kysymyksen ${ticketId} käsittelyyn.`);
    const claimed = await cardShowing(ticketId, channel, activityId, 'Käsittelyssä: Maija Neuvoja');

    const answerText = 'Pizzareseptit eivät kuulu hankeneuvontaan, mutta talkootyö käy omarahoitukseksi.';
    expect(await replyText(press(channel, ADVISER_MAIJA, buttonData(claimed, 'ticket.answer'), activityId, { answerText }))).toBe(
      `Vastauksesi kysymykseen ${ticketId} välitetään kysyjälle.`,
    );
    const relayed = await w.waitFor(isCardFor(ticketId, 'send', memberConversationId(MEMBER), answerText));
    expect(textOf(cardIn(relayed))).toContain('Auttoiko vastaus?');
    expect(textOf(cardIn(relayed))).toContain('Vastaaja: Maija Neuvoja');
    const answered = await cardShowing(ticketId, channel, activityId, 'Vastattu: Maija Neuvoja');
    expect(textOf(answered)).toContain(answerText);

    // The member asks a follow-up from the answer card: it lands in the ticket's thread.
    const followUp = buttonData(cardIn(relayed), 'ticket.followUp');
    expect(await replyText(w.fromMember({ value: { ...followUp, followUpText: 'Entä kahvitarjoilut?' } }))).toBe(
      `Tarkennuksesi lisättiin kysymykseen ${ticketId}, ja neuvojalle ilmoitettiin.`,
    );
    const thread = `${channel};messageid=${activityId}`;
    const notice = await w.waitFor((r) => r.kind === 'send' && r.conversationId === thread && (r.activity?.text ?? '').includes('Entä kahvitarjoilut?'));
    expect(notice.activity?.text).toContain(ticketId);
    await cardShowing(ticketId, channel, activityId, 'Entä kahvitarjoilut?');

    // And says the answer did not help: the advisers are told in the thread.
    const notHelped = buttonData(cardIn(relayed), 'ticket.feedback');
    expect(notHelped['helped']).toBe(true);
    const no = { ...notHelped, helped: false };
    expect(await replyText(w.fromMember({ value: no }))).toContain('kerroin neuvojalle');
    await w.waitFor((r) => r.kind === 'send' && r.conversationId === thread && (r.activity?.text ?? '').includes('ei auttanut'));
  });

  it('remembers the region, routes by it, and lists the member\'s open questions', async () => {
    const answer = await reply(w.fromMember({ text: 'Voiko hankkeessa ostaa kahvinkeittimen?' }, OTHER_MEMBER));
    const forwardCard = await reply(w.fromMember({ value: buttonData(cardIn(answer), 'handoff.offer') }, OTHER_MEMBER));
    // Without a region the card asks; sending without one brings the region chooser with the question pending.
    expect(JSON.stringify(cardIn(forwardCard))).toContain('"id":"region"');
    const chooser = await reply(w.fromMember({ value: { ...buttonData(cardIn(forwardCard), 'handoff.send'), region: '', details: '' } }, OTHER_MEMBER));
    expect(textOf(cardIn(chooser))).toContain('Millä alueella yhdistyksesi toimii?');
    const confirmation = await reply(w.fromMember({ value: { ...buttonData(cardIn(chooser), 'handoff.region'), region: 'Pohjois-Savo' } }, OTHER_MEMBER));
    const first = ticketIdIn(confirmation.text ?? '');
    await postedCard(first, CHANNELS['Pohjois-Savo']);

    // The next question goes to the same region without asking.
    const next = await reply(w.fromMember({ text: 'Entä tulostimen?' }, OTHER_MEMBER));
    const card = cardIn(await reply(w.fromMember({ value: buttonData(cardIn(next), 'handoff.offer') }, OTHER_MEMBER)));
    expect(textOf(card)).toContain('Alue: Pohjois-Savo');
    const second = ticketIdIn((await reply(w.fromMember({ value: { ...buttonData(card, 'handoff.send'), details: '' } }, OTHER_MEMBER))).text ?? '');
    await postedCard(second, CHANNELS['Pohjois-Savo']);

    const list = await reply(w.fromMember({ text: 'omat kysymykset' }, OTHER_MEMBER));
    expect(textOf(cardIn(list))).toContain(first);
    expect(textOf(cardIn(list))).toContain(second);
    expect(textOf(cardIn(list))).not.toContain('pizzaresepti');
  });

  it('serves a member who writes English in English, while the advisers read Finnish', async () => {
    const english = { id: '29:member-en', name: 'Emma English', aadObjectId: '00000000-0000-0000-0000-0000000000e1' };
    const { ticketId, confirmation } = await forward('What is a good pizza recipe?', { region: 'Pohjois-Savo', details: 'We are a small club.', who: english });
    expect(confirmation.text).toContain(`Question forwarded – number ${ticketId}`);
    const channel = CHANNELS['Pohjois-Savo'];
    const { activityId, card } = await postedCard(ticketId, channel);
    expect(textOf(card)).toContain(`Kysymys ${ticketId}`);
    await replyText(press(channel, ADVISER_PEKKA, buttonData(card, 'ticket.answer'), activityId, { answerText: 'Please call us.' }));
    const relayed = await w.waitFor(isCardFor(ticketId, 'send', memberConversationId(english), 'Please call us.'));
    expect(textOf(cardIn(relayed))).toContain(`The adviser's answer to your question ${ticketId}`);
    const list = await reply(w.fromMember({ text: 'my questions' }, english));
    expect(textOf(cardIn(list))).toContain('Your open questions');
  });

  it('answers a confirm button of the earlier offer card with the forward card', async () => {
    const card = cardIn(await reply(w.fromMember({ value: { action: 'handoff.confirm', question: 'Vanha kortti?', lang: 'fi' } })));
    expect(textOf(card)).toContain('Vanha kortti?');
    expect(buttonData(card, 'handoff.send')).toMatchObject({ question: 'Vanha kortti?', lang: 'fi' });
  });

  it('makes one ticket when the send button is pressed twice', async () => {
    const answer = await reply(w.fromMember({ text: 'Saako yhdistys palkata toiminnanjohtajan?' }));
    const card = cardIn(await reply(w.fromMember({ value: buttonData(cardIn(answer), 'handoff.offer') })));
    const send = { ...buttonData(card, 'handoff.send'), details: '' };
    const first = await replyText(w.fromMember({ value: send }));
    const again = await replyText(w.fromMember({ value: send }));
    const id = ticketIdIn(first);
    expect(again).toBe(`Tämä kysymys on jo välitetty numerolla ${id}.`);
    await postedCard(id, CHANNELS['Etelä-Savo']);
    await new Promise((r) => setTimeout(r, 300));
    expect(w.sent(CHANNELS['Etelä-Savo'], 'send').filter((r) => textOf(cardIn(r)).includes(id))).toHaveLength(1);
  });
});

describe('advisers acting on a card', () => {
  it('two simultaneous claims: exactly one wins, the other is told who has it', async () => {
    const { ticketId } = await forward('Kuka hyväksyy maksatushakemuksen?', { details: '' });
    const channel = CHANNELS['Etelä-Savo'];
    const { activityId, card } = await postedCard(ticketId, channel);
    const claim = buttonData(card, 'ticket.claim');
    const [a, b] = await Promise.all([
      replyText(press(channel, ADVISER_MAIJA, claim, activityId)),
      replyText(press(channel, ADVISER_PEKKA, claim, activityId)),
    ]);
    const won = [a, b].filter((t) => t === `Otit kysymyksen ${ticketId} käsittelyyn.`);
    const lost = [a, b].filter((t) => t.startsWith('Ehdit myöhään'));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const winner = a === won[0] ? ADVISER_MAIJA : ADVISER_PEKKA;
    expect(lost[0]).toContain(`${winner.name} otti kysymyksen ${ticketId} jo käsittelyyn`);
    await cardShowing(ticketId, channel, activityId, `Käsittelyssä: ${winner.name}`);
  });

  it('someone not listed cannot claim or answer; the member gets nothing', async () => {
    const { ticketId } = await forward('Miten raportoin talkootunnit?', { details: '' });
    const channel = CHANNELS['Etelä-Savo'];
    const { activityId, card } = await postedCard(ticketId, channel);
    const before = w.sent(memberConversationId(MEMBER)).length;
    expect(await replyText(press(channel, OUTSIDER, buttonData(card, 'ticket.claim'), activityId))).toContain('Vain nimetyt hankeneuvojat');
    expect(await replyText(press(channel, OUTSIDER, buttonData(card, 'ticket.answer'), activityId, { answerText: 'Minä tiedän!' }))).toContain(
      'Vain nimetyt hankeneuvojat',
    );
    // A forged answer sent from the member's own chat is refused the same way.
    expect(await replyText(w.fromMember({ value: { ...buttonData(card, 'ticket.answer'), answerText: 'Itse vastaan.' } }))).toContain('Vain nimetyt hankeneuvojat');
    await new Promise((r) => setTimeout(r, 300));
    expect(w.sent(memberConversationId(MEMBER)).slice(before).some((r) => textOf(cardIn(r)).includes(ticketId))).toBe(false);
    // The card still offers the claim: nothing changed.
    expect(await replyText(press(channel, ADVISER_PEKKA, buttonData(card, 'ticket.claim'), activityId))).toBe(`Otit kysymyksen ${ticketId} käsittelyyn.`);
  });

  it('only the claimer or a coordinator may close; closing and reopening reach the member and the card', async () => {
    const { ticketId } = await forward('Voiko hankkeen hallinnoija olla toinen yhdistys?', { details: '' });
    const channel = CHANNELS['Etelä-Savo'];
    const { activityId, card } = await postedCard(ticketId, channel);
    await replyText(press(channel, ADVISER_MAIJA, buttonData(card, 'ticket.claim'), activityId));
    const claimed = await cardShowing(ticketId, channel, activityId, 'Käsittelyssä: Maija Neuvoja');
    expect(await replyText(press(channel, ADVISER_PEKKA, buttonData(claimed, 'ticket.answer'), activityId, { answerText: 'Minä vastaan.' }))).toContain(
      `Kysymys ${ticketId} on käsittelyssä (Maija Neuvoja)`,
    );
    // Kaisa is listed by user principal name: the bot looks it up and lets her close Maija's ticket.
    const reason = 'Vastattiin puhelimessa.';
    expect(await replyText(press(channel, COORDINATOR_KAISA, buttonData(claimed, 'ticket.close'), activityId, { closeReason: reason }))).toBe(
      `Suljit kysymyksen ${ticketId}.`,
    );
    const member = memberConversationId(MEMBER);
    await w.waitFor((r) => r.conversationId === member && (r.activity?.text ?? '') === `Neuvoja sulki kysymyksesi ${ticketId}. Perustelu: ${reason}`);
    await cardShowing(ticketId, channel, activityId, 'Suljettu: Kaisa Koordinaattori');

    expect(await replyText(w.inChannel(channel, ADVISER_MAIJA, mention(`avaa ${ticketId.toLowerCase()}`)))).toBe(`Avasit kysymyksen ${ticketId} uudelleen.`);
    await w.waitFor((r) => r.conversationId === member && (r.activity?.text ?? '') === `Neuvoja avasi kysymyksesi ${ticketId} uudelleen.`);
    const reopened = await cardShowing(ticketId, channel, activityId, 'Avoin – kukaan ei ole vielä ottanut');
    expect(buttonData(reopened, 'ticket.claim')['ticketId']).toBe(ticketId);
  });

  it('forged ticket ids and malformed payloads get a polite reply and change nothing', async () => {
    const channel = CHANNELS['Etelä-Savo'];
    expect(await replyText(press(channel, ADVISER_MAIJA, { action: 'ticket.claim', ticketId: 'HA-ZZZZ', version: 1 }, '1'))).toBe('Kysymystä HA-ZZZZ ei löytynyt.');
    expect(await replyText(press(channel, ADVISER_MAIJA, { action: 'ticket.claim', ticketId: '../../etc/passwd', version: 1 }, '1'))).toContain(
      'En valitettavasti saanut selvää painikkeen tiedoista',
    );
    expect(await replyText(press(channel, ADVISER_MAIJA, { action: 'ticket.answer', ticketId: 'HA-ZZZZ', version: 'x' }, '1'))).toContain(
      'En valitettavasti saanut selvää painikkeen tiedoista',
    );
    // A member cannot follow up on someone else's ticket.
    const { ticketId } = await forward('Voiko hakemuksen jättää englanniksi?', { details: '' });
    expect(await replyText(w.fromMember({ value: { action: 'ticket.followUp', ticketId, version: 1, lang: 'fi', followUpText: 'Hei' } }, OTHER_MEMBER))).toBe(
      'En löytänyt tätä kysymystä. Kortti voi olla vanhentunut.',
    );
  });

  it('a replayed submit is recognised: one answer reaches the member, the adviser is told it is done', async () => {
    const { ticketId } = await forward('Mihin mennessä loppuraportti jätetään?', { details: '' });
    const channel = CHANNELS['Etelä-Savo'];
    const { activityId, card } = await postedCard(ticketId, channel);
    const claim = press(channel, ADVISER_MAIJA, buttonData(card, 'ticket.claim'), activityId);
    expect(await replyText(claim)).toBe(`Otit kysymyksen ${ticketId} käsittelyyn.`);
    expect(await replyText({ ...claim, id: 'resent' })).toBe(`Tämä on jo tehty kysymykselle ${ticketId}.`);
    const claimed = await cardShowing(ticketId, channel, activityId, 'Käsittelyssä: Maija Neuvoja');
    const answer = press(channel, ADVISER_MAIJA, buttonData(claimed, 'ticket.answer'), activityId, { answerText: 'Kahden kuukauden kuluessa.' });
    expect(await replyText(answer)).toBe(`Vastauksesi kysymykseen ${ticketId} välitetään kysyjälle.`);
    expect(await replyText(answer)).toBe(`Tämä on jo tehty kysymykselle ${ticketId}.`);
    await w.waitFor(isCardFor(ticketId, 'send', memberConversationId(MEMBER), 'Kahden kuukauden kuluessa.'));
    await new Promise((r) => setTimeout(r, 400));
    expect(w.sent(memberConversationId(MEMBER), 'send').filter((r) => textOf(cardIn(r)).includes(ticketId))).toHaveLength(1);
    // An old card (before the answer) cannot close the ticket: the adviser is told and the card is refreshed.
    const stale = press(channel, ADVISER_MAIJA, buttonData(card, 'ticket.close'), activityId, { closeReason: 'Vanha kortti' });
    expect(await replyText(stale)).toContain(ticketId);
    const updates = w.sent(channel, 'update').filter((r) => r.activityId === activityId);
    expect(textOf(cardIn(updates.at(-1)))).toContain('Vastattu: Maija Neuvoja');
  });
});

describe('nothing lost', () => {
  // The connector client retries a refused request a few times itself (about 7 s) before the outbox sees the failure.
  it('a connector outage: the ticket waits, the member is told the truth, and it is delivered after recovery', { timeout: 40_000 }, async () => {
    w.front.failing = true;
    const { ticketId, confirmation } = await forward('Voiko hankkeen aloittaa ennen päätöstä?', { details: '' });
    // The member was told it is stored and will be forwarded, not that it already arrived.
    expect(confirmation.text).toContain('tallessa');
    await until(() => w.logs.some((l) => l.includes(`postToChannel for ${ticketId} failed (attempt 1)`)), 'a failed attempt', 20_000);
    expect(w.sent(CHANNELS['Etelä-Savo']).some((r) => textOf(cardIn(r)).includes(ticketId))).toBe(false);
    w.front.failing = false;

    await postedCard(ticketId, CHANNELS['Etelä-Savo']);
    const member = memberConversationId(MEMBER);
    await w.waitFor((r) => r.conversationId === member && (r.activity?.text ?? '').includes(`Kysymyksesi ${ticketId} on nyt välitetty`), 20_000);
    const delayed = w.sent(member, 'send').filter((r) => (r.activity?.text ?? '').includes(`Kysymystäsi ${ticketId} ei ole vielä saatu välitettyä`));
    expect(delayed).toHaveLength(1);
  });

  it('a restart between forwarding and answering: the new process continues the ticket', async () => {
    const { ticketId } = await forward('Voiko talkootyön kirjata tunteina?', { details: '' });
    const channel = CHANNELS['Etelä-Savo'];
    const { activityId, card } = await postedCard(ticketId, channel);
    await w.restart();

    expect(await replyText(press(channel, ADVISER_PEKKA, buttonData(card, 'ticket.claim'), activityId))).toBe(`Otit kysymyksen ${ticketId} käsittelyyn.`);
    const claimed = await cardShowing(ticketId, channel, activityId, 'Käsittelyssä: Pekka Neuvoja');
    await replyText(press(channel, ADVISER_PEKKA, buttonData(claimed, 'ticket.answer'), activityId, { answerText: 'Kyllä, tunteina ja hinnoiteltuna.' }));
    await w.waitFor(isCardFor(ticketId, 'send', memberConversationId(MEMBER), 'Kyllä, tunteina ja hinnoiteltuna.'));
    await cardShowing(ticketId, channel, activityId, 'Vastattu: Pekka Neuvoja');
  });

  it('a ticket queued during an outage is delivered by the next process', { timeout: 40_000 }, async () => {
    w.front.failing = true;
    const { ticketId } = await forward('Saako hankkeessa olla useampi toteuttaja?', { details: '' });
    await until(() => w.logs.some((l) => l.includes(`postToChannel for ${ticketId} failed (attempt 1)`)), 'a failed attempt', 20_000);
    await w.stop();
    w.front.failing = false;
    await w.start();
    await postedCard(ticketId, CHANNELS['Etelä-Savo']);
  });
});

async function until(condition: () => boolean, what: string, timeoutMs = 8_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

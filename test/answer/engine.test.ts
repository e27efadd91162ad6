import { describe, expect, it } from 'vitest';
import { latestDay, wholeYears } from '../../src/answer/dates.js';
import { createAnswerEngine, weakGrade, type Engine } from '../../src/answer/engine.js';
import { splitSentences } from '../../src/answer/excerpt.js';
import { renderText } from '../../src/answer/render.js';
import { MAX_QUESTION_CHARS, type Decision, type InvalidReason, type Notice } from '../../src/answer/types.js';
import { messages } from '../../src/i18n/index.js';
import { parseKnowledge } from '../../src/knowledge/parse.js';
import { passageText, type KnowledgeBase } from '../../src/knowledge/types.js';
import { bundledKnowledgeBase, documentFile, evalCases, VALID_FRONT_MATTER } from '../knowledge/fixtures.js';

let shared: Promise<{ kb: KnowledgeBase; engine: Engine }> | undefined;

/** One engine over the bundled knowledge base for the whole file. */
function bundled(): Promise<{ kb: KnowledgeBase; engine: Engine }> {
  shared ??= bundledKnowledgeBase().then((kb) => ({ kb, engine: createAnswerEngine(kb) }));
  return shared;
}

function callStatusOf(d: Decision): Extract<Decision, { kind: 'call_status' }> {
  if (d.kind !== 'call_status') throw new Error(`expected call_status, got ${d.kind}: ${renderText(d)}`);
  return d;
}

function answerOf(d: Decision): Extract<Decision, { kind: 'answer' }> {
  if (d.kind !== 'answer') throw new Error(`expected answer, got ${d.kind}: ${renderText(d)}`);
  return d;
}

/** The Etelä-Savo call 2/2024 ran 1.3.–10.5.2024; the closing day is still open. */
const ETELA_SAVO_2_2024: { question: string; today: string; state: 'upcoming' | 'open' | 'ended'; lang: 'fi' | 'en' }[] = [
  { question: 'Onko haku nyt auki Etelä-Savossa?', today: '2024-02-29', state: 'upcoming', lang: 'fi' },
  { question: 'Onko haku nyt auki Etelä-Savossa?', today: '2024-03-01', state: 'open', lang: 'fi' },
  { question: 'Onko haku nyt auki Etelä-Savossa?', today: '2024-04-15', state: 'open', lang: 'fi' },
  { question: 'Onko haku nyt auki Etelä-Savossa?', today: '2024-05-10', state: 'open', lang: 'fi' },
  { question: 'Onko haku nyt auki Etelä-Savossa?', today: '2024-05-11', state: 'ended', lang: 'fi' },
  { question: 'Onko haku nyt auki Etelä-Savossa?', today: '2026-11-23', state: 'ended', lang: 'fi' },
  { question: 'Is the call open now in South Savo?', today: '2024-04-15', state: 'open', lang: 'en' },
  { question: 'Is the call open now in South Savo?', today: '2026-11-23', state: 'ended', lang: 'en' },
];

describe('engine.decide: call status from front matter and today', () => {
  it('reads a call named before the question, with the project named in its weak grade ("Koonnon")', async () => {
    const { engine } = await bundled();
    const d = callStatusOf(engine.decide('Koonnon kalvoissa mainittiin tammikuun haku Pohjois-Savossa. Onko se jo auki?', { today: '2024-01-12' }));
    expect(d.region).toBe('Pohjois-Savo');
    expect(d.calls.find((c) => c.call.opens === '2024-01-15')?.state).toBe('upcoming');
  });

  it('quotes what the Koonto slides say of the next call, whose end they do not give', async () => {
    const { engine } = await bundled();
    const d = callStatusOf(engine.decide('Milloin Koonnon mukaan on seuraava haku?', { today: '2026-11-23' }));
    expect(renderText(d)).toContain('Lähteessä: ”Tietoa rahoitushakujen ajankohdista ja toimintalinjoista - SEURAAVA HAKU 15.1.2024”');
  });

  it('reads "X kyselee: onko haku vielä auki?" as a call-timing question', async () => {
    const { engine } = await bundled();
    const d = callStatusOf(engine.decide('Nurmeksen nuorisoseura kyselee: onko se ELY:n kesäkuussa 2024 avaama Itä-Suomen kake-haku vielä auki, ja milloin se sulkeutuu?', { today: '2025-03-03' }));
    expect(d.calls.some((c) => c.call.opens === '2024-06-18')).toBe(true);
  });

  it.each(ETELA_SAVO_2_2024)('$question on $today: call 2/2024 is $state', async ({ question, today, state, lang }) => {
    const { engine } = await bundled();
    const d = callStatusOf(engine.decide(question, { today }));
    expect(d).toMatchObject({ lang, today, region: 'Etelä-Savo' });
    expect(d.calls.every((c) => c.call.region === 'Etelä-Savo')).toBe(true);
    const call = d.calls.find((c) => c.call.closes === '2024-05-10');
    expect(call?.state).toBe(state);
  });

  it('on 2026-11-23 says the call ended on 10.5.2024 and never that a call is open', async () => {
    const { engine } = await bundled();
    const text = renderText(engine.decide('Onko haku nyt auki Etelä-Savossa?', { today: '2026-11-23' }));
    expect(text).toContain('päättyi 10.5.2024');
    expect(text).not.toMatch(/on auki/i);
    expect(text).toContain(messages('fi').answer.noOpenCall);
  });

  it('on 2024-04-15 says the call is open until 10.5.2024', async () => {
    const { engine } = await bundled();
    const text = renderText(engine.decide('Onko haku nyt auki Etelä-Savossa?', { today: '2024-04-15' }));
    expect(text).toMatch(/on auki [^\n]*10\.5\.2024/);
    expect(text).toContain('päättyy 10.5.2024');
    expect(text).toContain(messages('fi').answer.openCallKnown);
    expect(text).not.toContain('päättyi');
  });

  it('lists the calls of every region when no region is named', async () => {
    const { engine } = await bundled();
    const d = callStatusOf(engine.decide('Milloin haku on auki?', { today: '2026-11-23' }));
    expect(d.region).toBeUndefined();
    expect(new Set(d.calls.map((c) => c.call.region))).toEqual(new Set(['Etelä-Savo', 'Pohjois-Karjala', 'Pohjois-Savo']));
    expect(d.calls.some((c) => c.state === 'open')).toBe(false);
  });

  it('hands off a call question about a region outside the three', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Onko haku nyt auki Lapissa?', { today: '2024-04-15' }).kind).toBe('handoff');
  });
});

/** Input the engine declines before searching. */
const INVALID: { what: string; question: string; reason: InvalidReason }[] = [
  { what: 'empty', question: '', reason: 'empty' },
  { what: 'whitespace', question: '   \n\t  ', reason: 'empty' },
  { what: 'control characters only', question: '\u0000\u0007\u001b', reason: 'empty' },
  { what: 'over 1000 characters', question: 'omarahoitus '.repeat(90), reason: 'too_long' },
  { what: '1001 letters', question: 'a'.repeat(MAX_QUESTION_CHARS + 1), reason: 'too_long' },
  { what: '10 000 characters', question: 'x'.repeat(10_000), reason: 'too_long' },
  { what: 'only emoji', question: '😀🎉🤔', reason: 'no_words' },
  { what: 'only punctuation', question: '?!?! ... ---', reason: 'no_words' },
  { what: 'only lunr syntax', question: '* ^ ~ : + -', reason: 'no_words' },
  { what: 'only question words', question: 'Mitä? Miten?', reason: 'no_words' },
];

describe('engine.decide: a name asked of something the story tells', () => {
  it('answers the name of the website Uusi tapa toimia founded ("Mikä sen nimi on?" after the story)', async () => {
    const { engine } = await bundled();
    const question = 'Kouvolan Uusi tapa toimia -hankkeessa perustettiin kuulemma yhdistyksille yhteinen verkkosivusto. Mikä sen nimi on?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('Kaikumedia');
  });
});

describe('engine.decide: spoken frame words', () => {
  it('gives the address of the regions\' coordination projects ("mikä se osoite olikaan?")', async () => {
    const { engine } = await bundled();
    const question = 'Tiedotteessa oli linkki alueiden koordinaatiohankkeisiin, mikä se osoite olikaan?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('rakennerahastot.fi');
  });

  it('answers whether a foundation may apply ("tota … hakua") and which flat rate percentages there were ("minkä suuruisia … pystyi")', async () => {
    const { engine } = await bundled();
    const foundation = 'Voiko säätiö hakea tota kesäkuussa avattua itä-suomen hakua vai onko se vaan yhdistyksille? kysyn koska meidän toiminnan takana on pieni säätiö';
    expect(answerOf(engine.decide(foundation, { today: '2026-11-23' })).passage.excerpt).toContain('säätiöt');
    const rates = 'Pohjois-Karjalan 2022 haussa oli joku flat rate -malli. Minkä suuruisia prosentteja siinä pystyi käyttämään?';
    expect(answerOf(engine.decide(rates, { today: '2026-11-23' })).passage.excerpt).toContain('flat rate 40 % tai 7 %');
  });

  it('reads the spoken "prossaa" as "prosenttia": a percentage, not a thing counted', async () => {
    const { engine } = await bundled();
    const question = 'mikä se flat rate oli kanton dioissa, montako prossaa';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('flat rate 40 % tai 7 %');
  });
});

describe('engine.decide: whom the call concerns, asked by region', () => {
  it('answers from who may apply whether the June 2024 call concerns associations in Pohjois-Savo too', async () => {
    const { engine } = await bundled();
    const question = 'Me ollaan kuopiolainen kädentaitoyhdistys ja pidetään ompelupiirejä maahanmuuttajanaisille. Koskeeko kesäkuussa 2024 avattu kansalaistoimijahaku myös Pohjois-Savossa toimivia yhdistyksiä, vai onko se vain Etelä-Savolle?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('Pohjois-Savon alueella');
  });

  it.each([
    'mis maakunnis toimivat yhdistykset voi hakee sitä elyn kesäkuun kake hakua',
    // "juhannuksen alla": before Midsummer, in June.
    'mie oon Kiteeltä nuorisoseurasta. koskeeko tää ELYn juhannuksen alla tiedottama haku myös meitä täällä Pohjois-Karjalassa vai onko se vaan etelä-savolaisille',
  ])('answers "%s" from who may apply', async (question) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('Pohjois-Karjalan ja Pohjois-Savon');
  });

  it('answers from who may apply whether a foundation may apply to the money "kesäkuussa 2024 auennutta", not with the calls\' status', async () => {
    const { engine } = await bundled();
    const question = 'Voiko säätiökin hakea tätä kesäkuussa 2024 auennutta kake-rahoitusta, vai onko se pelkästään rekisteröidyille yhdistyksille?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('säätiöt');
  });

  it('answers from who may apply whether a foundation may apply to the call "josta ELY tiedotti"', async () => {
    const { engine } = await bundled();
    const question = 'Olen säätiön hallituksessa. Voiko säätiö jättää hakemuksen siihen Itä-Suomen hakuun josta ELY tiedotti kesäkuussa 2024, vai onko se vain yhdistyksille?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('säätiöt');
  });

  it('answers from who may apply whether a small ordinary village association may apply', async () => {
    const { engine } = await bundled();
    const question = 'Meillä on Kiteellä pieni kyläyhdistys, ei mikään säätiö tai iso järjestö. Kelpaako tällainen tavallinen yhdistys hakijaksi kesäkuun 2024 hakuun?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('yhdistykset, säätiöt ja muut kansalaistoimijat');
  });

  it('answers from who may apply whether one may apply from one\'s own region', async () => {
    const { engine } = await bundled();
    const question = 'Olemme Siilinjärvellä toimiva eläkeläisyhdistys ja järjestämme viikoittain tuolijumppaa. Saako meidän maakunnasta hakea siihen hakuun, jonka Etelä-Savon ELY ilmoitti kesäkuussa 2024, vai onko se vain eteläsavolaisille?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('Pohjois-Savon alueella');
  });
});

describe('engine.decide: the story tells what the asker\'s people lack, and the question asks about them', () => {
  it.each([
    'Meidän maahanmuuttajayhdistyksen osallistujista osalla ei ole pankkitunnuksia. Miten he voivat tunnistautua suomi.fi:ssä osallistujaseurantaa varten?',
    'Osalla meidän kävijöistä ei ole pankkitunnuksia eikä mobiilivarmennetta. Miten he voivat kirjautua osallistujaseurantaan ilman suomi.fi-tunnistautumista?',
  ])('hands "%s" off: the documents give only the usual way', async (question) => {
    const { engine } = await bundled();
    expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
  });

  it('still answers how participants identify themselves when the story tells nothing missing', async () => {
    const { engine } = await bundled();
    const question = 'Meidän osallistujat on enimmäkseen yli 70-vuotiaita. Miten osallistujat tunnistautuu, kun niiden tiedot kerätään Pohjois-Karjalan kake-hankkeen seurantaan?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('suomi.fi');
  });
});

describe('engine.decide: a mistyped word the glossary maps to another term', () => {
  it("finds KANTO's specific objective for 'erityistavote' where the description states it, not in a passage of the glossary's term", async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Mikä erityistavote KANTO-hankkeelle on merkitty hankekuvaukseen?', { today: '2026-11-23' })).passage.excerpt).toContain('Työelämän ulkopuolella olevien');
    // In English: "specific objective" is any specific objective, and "recorded" only frames it.
    expect(renderText(engine.decide('Under which specific objective is the KANTO project recorded in its EURA description?', { today: '2026-11-23' }))).toContain('Työelämän ulkopuolella olevien');
    // "kirjattu" (recorded) only frames what is asked.
    expect(answerOf(engine.decide('mikä erityistavoite kanton eura-kuvaukseen on kirjattu', { today: '2026-11-23' })).passage.excerpt).toContain('Työelämän ulkopuolella olevien');
  });
});

describe('engine.decide: a story told before a verb of wondering', () => {
  it('answers what is wondered after "mietti että" from the emphasised contents', async () => {
    const { engine } = await bundled();
    const question = 'meijän päihdetoipujien ryhmä savonlinnassa mietti että kelepaako riippuvuuksien kanssa kamppailevien tukeminen etelä-savon 2/2024 hakuun';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('riippuvuuksien');
  });
});

describe('engine.decide: call timing asked by a pronoun, in a clause, or with "jo" or "joko"', () => {
  it.each([
    // The story names the call; the question asks about "se" (it).
    ['Kuulin että ELY avasi just kake-haun Itä-Suomeen. Onko se nyt auki, ja mistä lähtien?', '2024-06-25', '18.6.2024'],
    // The first clause asks; the rest tells (no question mark).
    ['onko etelä-savon kake-haku vielä auki, vappu tulee välliin ja hallitus kokoontuu vasta sen jälkeen', '2024-04-30', '10.5.2024'],
    // "jo jättää": whether one can already apply.
    ['Voiko Pohjois-Karjalan kake-hakuun jo jättää hakemuksen?', '2022-06-20', '27.6.'],
    // Told what the asker read, in one breath.
    ['luin et elyltä tuli uus kake-haku itä-suomeen, koska siitä tiedotettiin ja onks se auki', '2024-06-19', '18.6.2024'],
    // "Joko": already?
    ['Joko voi lähettää hakemuksen Pohjois-Karjalan kansalaistoimijalähtöisen kehittämisen hakuun? Meidän kotiseutuyhdistyksen suunnitelma on valmis.', '2022-06-13', '27.6.'],
    // A deadline word after a story naming the call; spoken "viel", "jäikö … väliin".
    ['Meidän hakemus Etelä-Savon kake-hakuun on vielä kesken. Ehditäänkö vielä, ja mikä on viimeinen päivä?', '2024-05-08', '10.5.2024'],
    // The day applications are due names the call ("jättöpäivä"), after a story of the application itself.
    ['Pohjois-Karjalan kake-hakemuksemme on vielä työn alla. Voimmeko jättää sen nyt kesän aikana, ja mikä on viimeinen jättöpäivä?', '2022-07-15', '9.9.2022'],
    ['Mikä on Etelä-Savon viimeinen jättöpäivä?', '2024-04-02', '10.5.2024'],
    ['jäikö se etelä-savon kevään kake-haku jo meiltä väliin vai voiks sinne viel laittaa hakemuksen', '2024-05-20', '10.5.2024'],
    ['ollaan kuopiolainen kuoro ja kuultiin et p-savossa on kake-haku alkuvuodesta. voiks sinne jo hakea', '2024-01-22', '15.1.2024'],
    // The story names the call by a compound of its own ("kansalaisjuttuhaku").
    ['Meidän eläkeläiskerho kuuli, että Pohjois-Karjalaan on tulossa se kansalaisjuttuhaku, se EU-raha. Voiko sinne jo laittaa paperit sisään, vai milloin se aukeaa?', '2022-06-01', '27.6.'],
    // "jo laittaa": whether one can already put the application in.
    ['Voiko Pohjois-Savon kake-hakuun jo laittaa hakemuksen sisään?', '2024-01-08', '15.1.2024'],
    // Where the call is told of ("ELY:n tiedotteessa kerrottuun") names which call, as a place does.
    ['Pääseekö ELY:n tiedotteessa kerrottuun hakuun vielä mukaan?', '2024-06-25', '18.6.2024'],
  ])('"%s" (today %s) gets the call status with %s', async (question, today, fact) => {
    const { engine } = await bundled();
    const d = callStatusOf(engine.decide(question, { today }));
    expect(renderText(d)).toContain(fact);
  });

  it('does not take "se" for the call when the asking sentence names a project', async () => {
    const { engine } = await bundled();
    const d = engine.decide('Pohjois-Karjalan kake-haku aukesi kesäkuun lopussa 2022. Oliko KANTO-koordinaatiohanke silloin jo käynnissä, vai alkoiko se vasta myöhemmin?', { today: '2026-11-23' });
    expect(d.kind).not.toBe('call_status');
  });

  it.each(['Meidän kuntoutujayhdistys Kiteellä miettii kustannusmallia. Jos valitaan flat rate 40 %, saako matkakulut ja tilavuokrat hakea vielä erikseen?', 'Ehtiikö vielä hakea matkakulut?'])(
    'does not read costs claimed ("%s") as a call applied to',
    async (question) => {
      const { engine } = await bundled();
      expect(engine.decide(question, { today: '2026-11-23' }).kind).not.toBe('call_status');
    },
  );

  it('does not read "the call that opened on 15.1.2024" as asking when it opened', async () => {
    const { engine } = await bundled();
    expect(engine.decide('How many projects got funding in the Pohjois-Savo call that opened on 15.1.2024?', { today: '2026-11-23' }).kind).toBe('handoff');
  });

  it('still reads funding applied for a cost ("Ehtiikö vielä hakea rahoitusta remonttiin?") as the call\'s timing', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Ehtiikö vielä hakea rahoitusta remonttiin?', { today: '2026-11-23' }).kind).toBe('call_status');
  });
});

describe('engine.decide: invalid input', () => {
  it.each(INVALID)('$what → invalid ($reason)', async ({ question, reason }) => {
    const { engine } = await bundled();
    const d = engine.decide(question, { today: '2026-11-23' });
    expect(d).toMatchObject({ kind: 'invalid', reason, score: 0 });
    expect(d.question.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
  });

  it('accepts a question of exactly the maximum length', async () => {
    const { engine } = await bundled();
    const question = `${'omarahoitus '.repeat(84)}`.slice(0, MAX_QUESTION_CHARS - 1).concat('?');
    expect(question).toHaveLength(MAX_QUESTION_CHARS);
    expect(engine.decide(question, { today: '2026-11-23' }).kind).not.toBe('invalid');
  });

  it('answers in English when the message is English', async () => {
    const { engine } = await bundled();
    expect(engine.decide('', { today: '2026-11-23' }).lang).toBe('fi');
    expect(engine.decide('What is the own contribution?', { today: '2026-11-23' }).lang).toBe('en');
  });
});

describe('engine: notices', () => {
  it('adds an old-source notice to every passage of the 2022 documents', async () => {
    const { kb, engine } = await bundled();
    const old = kb.documents.filter((d) => d.meta.date.startsWith('2022'));
    expect(old.length).toBeGreaterThan(0);
    for (const doc of old) {
      for (const p of doc.passages) {
        const d = answerOf(engine.answerFromPassage(p.id, 'Kerro lisää', { today: '2026-11-23' }));
        expect(d.notices, p.id).toContainEqual<Notice>({ kind: 'old_source', years: 3, date: '2022' });
      }
    }
  });

  it('adds an old-source notice to an answer exactly when its source is a year old or more', async () => {
    const { kb, engine } = await bundled();
    const dates = new Map(kb.documents.map((d) => [d.meta.id, d.meta.date]));
    for (const c of await evalCases()) {
      const today = c.today ?? '2026-11-23';
      const d = engine.decide(c.q, { today });
      if (d.kind !== 'answer') continue;
      const years = wholeYears(latestDay(dates.get(d.passage.source.docId) ?? ''), today);
      const notice = d.notices.find((n) => n.kind === 'old_source');
      expect(notice === undefined ? 0 : notice.kind === 'old_source' ? notice.years : -1, c.q).toBe(years);
    }
  });

  it('says a call quoted in the excerpt has ended, only once it has', async () => {
    const { kb, engine } = await bundled();
    const passage = kb.documents.flatMap((d) => d.passages).find((p) => passageText(p).includes('Hakuaika: 27.6.–9.9.2022'));
    if (passage === undefined) throw new Error('the KANTO call passage is missing');
    const after = answerOf(engine.answerFromPassage(passage.id, 'Milloin haku on?', { today: '2026-11-23' }));
    expect(after.notices).toContainEqual(expect.objectContaining({ kind: 'call_ended', closes: '2022-09-09' }));
    expect(renderText(after)).toContain('päättyi 9.9.2022');
    const during = answerOf(engine.answerFromPassage(passage.id, 'Milloin haku on?', { today: '2022-09-09' }));
    expect(during.notices.some((n) => n.kind === 'call_ended')).toBe(false);
  });

  it('says a document is out of date after its valid_until day', () => {
    const parsed = parseKnowledge([documentFile('docs/a.md', [...VALID_FRONT_MATTER, 'valid_until: "2024-05-10"'])]);
    if (!parsed.ok) throw new Error('fixture does not parse');
    const engine = createAnswerEngine(parsed.kb);
    const on = (today: string): Notice[] => answerOf(engine.answerFromPassage('a:1', 'Teksti', { today })).notices;
    expect(on('2024-05-10').some((n) => n.kind === 'expired')).toBe(false);
    expect(on('2024-05-11')).toContainEqual<Notice>({ kind: 'expired', validUntil: '2024-05-10' });
  });

  it.each([
    ['2023-09-01', 'running'],
    ['2025-11-30', 'running'],
    ['2026-11-23', 'ended'],
  ] as const)('says whether the Koonto project runs on %s (%s)', async (today, state) => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('Onko Koonto-hanke vielä käynnissä?', { today }));
    expect(d.notices).toContainEqual(expect.objectContaining({ kind: 'project_period', name: 'Koonto-hanke', state }));
  });
});

describe('engine: answers', () => {
  it("quotes the passage verbatim: every excerpt line is the passage's own items or sentences", async () => {
    const { kb, engine } = await bundled();
    const pieces = new Map(
      kb.documents.flatMap((d) => d.passages.map((p) => [p.id, p.blocks.flatMap((b) => (b.kind === 'list' ? b.items.map((i) => i.trimStart()) : [b.text, ...splitSentences(b.text)]))] as const)),
    );
    for (const c of await evalCases()) {
      const d = engine.decide(c.q, { today: c.today ?? '2026-11-23' });
      const shown = d.kind === 'answer' ? [d.passage] : d.kind === 'clarify' ? d.candidates : [];
      for (const p of shown) {
        for (const line of p.excerpt.split('\n')) {
          const text = line.replace(/^• /, '').replace(/ …$/, '').trimStart();
          expect(coveredBy(text, pieces.get(p.passageId) ?? []), `${c.q} → ${p.passageId}: ${text}`).toBe(true);
        }
      }
    }
  });

  it('keeps every score between 0 and 1', async () => {
    const { engine } = await bundled();
    for (const c of await evalCases()) {
      const { score } = engine.decide(c.q, { today: c.today ?? '2026-11-23' });
      expect(score, c.q).toBeGreaterThanOrEqual(0);
      expect(score, c.q).toBeLessThanOrEqual(1);
    }
  });

  it('answers from a chosen passage, and hands off for an unknown passage id', async () => {
    const { kb, engine } = await bundled();
    const first = kb.documents[0]?.passages[0];
    if (first === undefined) throw new Error('no passages');
    expect(answerOf(engine.answerFromPassage(first.id, 'Kerro', { today: '2026-11-23' })).passage.passageId).toBe(first.id);
    expect(engine.answerFromPassage('ei-ole:1', 'Kerro', { today: '2026-11-23' }).kind).toBe('handoff');
  });

  it('explains its last decision for tuning, and forgets it on invalid input', async () => {
    const { engine } = await bundled();
    engine.decide('Paljonko omarahoitusta tarvitaan?', { today: '2026-11-23' });
    expect(engine.explain()?.analyzed.concepts.length).toBeGreaterThan(0);
    engine.decide('', { today: '2026-11-23' });
    expect(engine.explain()).toBeUndefined();
  });
});

/**
 * True when `text` is a run of the given pieces joined by spaces (the excerpt joins the sentences it
 * picks), or the start of one piece (a cut excerpt).
 */
function coveredBy(text: string, pieces: readonly string[]): boolean {
  if (text === '') return true;
  if (pieces.some((p) => p.startsWith(text))) return true;
  return pieces.some((p) => p !== '' && text.startsWith(p) && coveredBy(text.slice(p.length).trimStart(), pieces));
}

describe('engine.decide: who may apply', () => {
  it.each(['Voiko yritys hakea?', 'Voiko yhdistyksemme hakea?', 'Can a foundation apply?', 'Voiko seurakunta hakea?', 'Pitääkö hakijan olla nimenomaan yhdistys vai keitä kaikkia hakijoiksi käy?', 'Voiko rekisteröity säätiö olla itse hakijana kesäkuun 2024 haussa?', 'Can a registered association be the applicant in the June 2024 call?', 'Pitääkö hakijan toimia tietyllä alueella?', 'Does the applicant have to operate in a certain region?', 'Saadaanko me hakea ELY:n kesäkuun kake-rahaa?', "We're a small foundation supporting young people in Joensuu. Can foundations also apply in the call for citizen-driven projects announced in June 2024?", 'Meidän yhdistys on rekisteröity Kajaaniin, mutta puolet toiminnasta pyörii Iisalmessa. Voidaanko me hakea ELY:n kesäkuun 2024 kake-haussa, vai pitääkö koko yhdistyksen olla Itä-Suomesta?', 'Ollaan kuoro Kuopiosta. Voidaanko me hakea?', 'Voiko meidän kylätoimikunta hakea?', 'kenelle kake-rahoitus on tarkoitettu', 'Kenelle tämä haku on tarkoitettu?', 'Can a foundation submit an application in the call announced in the June 2024 press release?', 'Ketkä voivat jättää hakemuksen ELY:n kesäkuussa avattuun hakuun?', 'Olemme pieksämäkeläinen kuoro. ELY-keskuksen kesäkuun tiedotteessa puhutaan Pohjois-Savon ELY-keskuksesta – voimmeko silti hakea, vai koskeeko haku vain pohjoissavolaisia toimijoita?', 'Can a village association apply in the citizen-driven call that opened in Eastern Finland in June 2024, or is it only for foundations?', 'Voivatko säätiöt ja muut kansalaistoimijat hakea ELY-keskuksen kesäkuussa 2024 avaamassa haussa vai vain yhdistykset?', 'Can foundations and other civic actors apply in the call the ELY Centre opened in June 2024, or only associations?', 'Ketkä voivat jättää hakemuksen ELY:n 18.6.2024 avaamassa kansalaistoimijalähtöisen kehittämisen haussa?'])('answers "%s" from the passage that says who may apply', async (question) => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide(question, { today: '2026-11-23' }));
    expect(d.passage.headings.join(' ')).toMatch(/Kuka voi hakea/);
    expect(d.passage.excerpt).toContain('yhdistykset, säätiöt');
  });

  it.each(['Mitkä alueet kuuluu hakuun?', 'Which regions does the call cover?', 'ollaan kyläyhdistys pohjois-savosta. käykö meidän maakunta siihen elyn kesäkuun 2024 hakuun vai onko se vaan etelä-savolaisille'])('answers "%s" from the passage that says who may apply and where', async (question) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('Etelä-Savon, Pohjois-Karjalan ja Pohjois-Savon');
  });

  it('leaves a question about what to apply for to the search', async () => {
    const { engine } = await bundled();
    const d = engine.decide('Voiko usea yhdistys hakea yhdessä yhteishankkeena?', { today: '2026-11-23' });
    expect(d.kind === 'answer' ? d.passage.headings.join(' ') : '').not.toMatch(/Kuka voi hakea/);
  });

  it('reads a story\'s actors as the story, and "yksin… vai ryhmä" as asking how a project is formed', async () => {
    const { engine } = await bundled();
    const d = engine.decide('Meillä on Lieksassa hiihtoseura, ja kolmen seuran kesken suunnitellaan yhteistä hanketta. Voiko Pohjois-Karjalan 2022 haussa hakea myös ihan yksin, vai pitääkö olla ryhmä?', { today: '2026-11-23' });
    expect(d.kind === 'answer' ? d.passage.headings.join(' ') : '').not.toMatch(/Kuka voi hakea/);
  });

  it.each([
    'Voiko Keski-Suomen yhdistys hakea?',
    'Can an association from Lapland apply?',
    // A town the places list does not know, where the asker says they are from, and the region it is glossed with.
    'me ollaan kajaanista eli kainuusta. voidaanko me hakea tähän ely:n kesäkuun itä-suomen kake-hakuun vai onko se vaan tietyille maakunnille',
    // "jättää hakemuksen" is applying; "onko alue rajattu" asks where.
    'Saako kainuulainen yhdistys jättää hakemuksen kesäkuun 2024 hakuun, vai onko alue rajattu?',
  ])('answers "%s" from a region outside the three with where applicants must operate', async (question) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('Etelä-Savon, Pohjois-Karjalan ja Pohjois-Savon alueella');
  });
});

describe('engine.decide: does a project idea fit the call', () => {
  it('answers a Savo "käypikö" told after the association, with the emphasised content the idea is about ("tuetun työllistymisen")', async () => {
    const { engine } = await bundled();
    const decision = engine.decide('myö ollaan pieni työpajayhdistys Varkauvessa, käypikö tähän kake-hakuun semmonen että kehitetään tuettua työllistymistä ja työtoimintaa', { today: '2026-11-23' });
    expect(renderText(decision)).toContain('tuetun työllistymisen');
  });

  it('shows the emphasised contents, the item that names the topic, and says the adviser judges the idea', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('Kehitysvammaisten ihmisten osallisuutta tukeva hanke, onko sellaisille rahotusta?', { today: '2026-11-23' }));
    expect(d.passage.headings.join(' ')).toMatch(/painopisteet/);
    expect(d.passage.excerpt).toContain('vammaisten henkilöiden');
    expect(d.notices.map((n) => n.kind)).toContain('fit_check');
    expect(renderText(d)).toContain(messages('fi').answer.fitCheck);
  });

  it('shows the whole list of the newest call, sub-sections under their headings, when no item names the topic', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('Sopiiko meidän kuorotoimintamme tähän rahoitukseen?', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('Osallisuus ja yhteisöllisyys:');
    expect(d.passage.excerpt).toContain('seksuaalivähemmistöjen');
    expect(d.notices.map((n) => n.kind)).toContain('fit_check');
  });

  it('takes the region asked about into account', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('Syrjäytymisen ehkäisy – sopiiko se Pohjois-Karjalan hakuun?', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('syrjäytymisen torjunta');
  });

  it('takes the call of the month or year asked about', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('Meidän yhdistys haluaa kokeilla jotain uutta, käykö se kesäkuun hakuun?', { today: '2026-11-23' }));
    expect(d.passage.source.title).toMatch(/Itä-Suomessa/);
    expect(d.notices.map((n) => n.kind)).toContain('fit_check');
  });

  it('of a month and a year named, takes the call of both: "kesäkuun 2024" is the June press release, not the spring call of 2024', async () => {
    const { engine } = await bundled();
    // Mikkeli is in Etelä-Savo, whose own call 2/2024 ran in the spring; the press release of 18.6.2024 covers Etelä-Savo too.
    const d = answerOf(engine.decide('Mikkeliläinen kyläyhdistys kysyy: painotetaanko asukkaiden osallistumista kesäkuun 2024 haussa?', { today: '2026-11-23' }));
    expect(d.passage.source.title).toMatch(/Itä-Suomessa/);
    expect(d.passage.excerpt).toContain('asukkaiden osallistumista');
  });

  it.each(['puhutaanko maahanmuuttajista etelä-savon haussa', 'Does the June 2024 call mention immigrants?'])(
    'takes "%s" for asking whether the call names something: the item that names it, and the adviser judges',
    async (question) => {
      const { engine } = await bundled();
      const d = answerOf(engine.decide(question, { today: '2026-11-23' }));
      expect(d.passage.excerpt).toMatch(/maahan ?muutta/);
      expect(d.notices.map((n) => n.kind)).toContain('fit_check');
    },
  );

  it('does not answer what a project may do with the whole list of themes when no theme names it', async () => {
    const { engine } = await bundled();
    const d = engine.decide('Voiko Pohjois-Savon hankkeen kerhotoimintaa järjestää myös toisen maakunnan alueella?', { today: '2026-11-23' });
    expect(d.kind === 'answer' && d.notices.some((n) => n.kind === 'fit_check'), renderText(d)).toBe(false);
  });

  it('answers whether the call emphasises something from the list, naming the item', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('Mainitaanko maahanmuuttajat Etelä-Savon 2/2024 hakuilmoituksen painotuksissa?', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toMatch(/maahan ?muutta/);
    expect(d.notices.map((n) => n.kind)).toContain('fit_check');
  });

  it('hands off money from another programme and questions about costs', async () => {
    const { engine } = await bundled();
    for (const q of ['Voiko samaan hankkeeseen hakea myös Leader-rahoitusta?', 'Voiko kake-rahoitusta käyttää yhdistyksen toimitilan remonttiin?', 'Voiko kake-hankkeen rahoilla järjestää nuorille opintomatkan ulkomaille?']) {
      expect(engine.decide(q, { today: '2026-11-23' }).kind, q).not.toBe('answer');
    }
  });
});

describe('engine.decide: what a coordination project offers', () => {
  it.each([
    ['Auttaako KANTO löytämään uusia tapoja toimia?', /Toimenpiteet|autamme/i, 'uusien toimintamuotojen'],
    ['Voiko Koonto auttaa saamaan meidän hankkeelle näkyvyttä?', /Tarjoamme/, 'näkyvyyttä'],
  ])('answers "%s" from what the named project offers', async (question, heading, fact) => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide(question, { today: '2026-11-23' }));
    expect(d.passage.headings.join(' ')).toMatch(heading);
    expect(d.passage.excerpt).toContain(fact);
  });

  it('answers "Kuka kuuluu Koonnon kohderyhmään?" from Koonto\'s own target group, not an example project\'s ("hankkeen kohderyhmään kuuluvat")', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Kuka kuuluu Koonnon kohderyhmään?', { today: '2026-11-23' })).passage.headings[0]).toBe('Kohderyhmä');
  });

  it('quotes the name of a form of support as the slides spell it ("Vertaiskehittämisyhmät"), and finds it by the standard spelling', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Onko KANTOlla vertaiskehittämisryhmiä?', { today: '2026-11-23' })).passage.excerpt).toContain('Vertaiskehittämisyhmät');
  });

  it('shows what a project offers when nothing in particular is asked, but hands off a thing the documents never mention', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Mitä KANTO tarjoaa yhdistyksille?', { today: '2026-11-23' })).passage.headings.join(' ')).toMatch(/autamme|Toimenpiteet/i);
    // A verb or a general word the documents lack ("antaa", "tavallisille") names no such thing.
    expect(answerOf(engine.decide('mitä apua koonto oikeesti antaa meille tavallisille yhdistyksille', { today: '2026-11-23' })).passage.headings.join(' ')).toMatch(/Tarjoamme/);
    expect(engine.decide('Onko Pohjois-Karjalassa nykyään joku KANTOn jatkohanke ja kuka siellä neuvoo?', { today: '2026-11-23' }).kind).toBe('handoff');
    expect(engine.decide('Several of our board members don\'t speak Finnish. Can the Koonto advisers give advice in English?', { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: spoken frame words', () => {
  it('answers who may apply asked in Karelian ("myö ollaan kuopiosta, koskeeko … meitäkin")', async () => {
    const { engine } = await bundled();
    const d = engine.decide('myö ollaan kuopiosta, koskeeko tuo kesäkuun ely-tiedotteen haku meitäkin vai onko se vaan etelä-savolaisille', { today: '2026-11-23' });
    expect(renderText(d)).toMatch(/Pohjois-Savo/);
    expect(d.kind).not.toBe('handoff');
  });

  it('finds the adviser asked for "pohjois-savon liikunnan puolella … miten sen saa kiinni"', async () => {
    const { engine } = await bundled();
    const d = engine.decide('kuka siellä pohjois-savon liikunnan puolella neuvoo hankeasioissa ja miten sen saa kiinni', { today: '2026-11-23' });
    expect(d.kind).not.toBe('handoff');
    expect(renderText(d)).toContain('Tiina Kiiskinen');
  });
});

describe('engine.decide: earlier example projects and the municipalities of an area', () => {
  it('names the example project whose later sentence answers ("Hankkeessa … Kaikumedia")', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('kouvolan porukkatalo ja kaikumedia, mikä kake-hanke se oli', { today: '2026-11-23' })).passage.excerpt).toContain('Uusi tapa toimia -hanke');
  });

  it.each([
    ['Ollaan liikuntaseura. Onko aiemmin tehty vastaavia kake-hankkeita?', /esimerkkihankkeet/],
    ['Which municipalities does the Koonto project cover?', /kunnat/i],
    ['Ollaan varkautelainen yhdistys, kuuluuko Varkaus Koonnon alueeseen?', /kunnat/i],
    ['montako kuntaa koonnon kalvojen kuntalistassa on', /kunnat/i],
    ['montako kuntaa kanton kohdealueeseen kuulu yhteensä', /kohdealue/i],
    ['mitä koonto tarjoaa meille yhdistyksille käytännössä?', /Tarjoamme/],
  ])('answers "%s" from the passage for that kind of question', async (question, heading) => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide(question, { today: '2026-11-23' }));
    expect(d.passage.headings.join(' ')).toMatch(heading);
  });

  it('takes "from X, can we get help?" for asking whether X is in the project\'s area, but not a municipality only in the story', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('kuopiosta ollaan, saadaanks koonnolta apua', { today: '2026-11-23' })).passage.excerpt).toContain('Kuopio');
    const story = answerOf(engine.decide('Meidän kyläyhdistys on Polvijärvellä ja kunnan kanssa yhteistyö takkuaa. Auttaako KANTO yhdistyksiä yhteistyössä kuntien kanssa?', { today: '2026-11-23' }));
    expect(story.passage.headings.join(' ')).not.toMatch(/kohdealue|kunnat/i);
  });

  it('takes a story\'s municipality for the place asked about when the asking sentence asks only for help', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('Ollaan Tervosta pieni kyläyhdistys. Voiko Koonto auttaa meitä?', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('Tervo');
  });

  it('takes "does Koonto cover X?" for an area question, after a story too', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('We are a village association in Tervo. Does Koonto cover Tervo?', { today: '2026-11-23' })).passage.excerpt).toContain('Tervo');
  });

  it('names the municipality asked about in the area answer', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('Our sports club is in Tervo. Is that within the Koonto project area?', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('Tervo');
  });

  it('answers from the list naming the municipality even when the question also asks for help', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('Our association is based in Lieksa. Can we get advice from KANTO, or is Lieksa outside its area?', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('Lieksa');
    expect(d.passage.headings.join(' ')).toMatch(/kohdealue/i);
  });
});

describe('engine.decide: asked how much', () => {
  it('does not answer a question about a sum with a passage that states none', async () => {
    const { engine } = await bundled();
    for (const q of ['Paljonko Koonto-hankkeella on budjettia?', 'Paljonko Pohjois-Karjalan Sosiaaliturvayhdistyksen jäsenmaksu on?']) {
      expect(engine.decide(q, { today: '2026-11-23' }).kind, q).not.toBe('answer');
    }
  });

  it('answers one with the passage that states it', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Paljonko rahoitusta oli varattu Pohjois-Karjalaan vuonna 2022?', { today: '2026-11-23' })).passage.excerpt).toContain('2 miljoonaa euroa');
  });

  it('reads a budget typed like a search ("hanaa-hankkeen budjetti") as asking a sum, which the example list does not give', async () => {
    const { engine } = await bundled();
    expect(engine.decide('hanaa-hankkeen budjetti', { today: '2026-11-23' }).kind).toBe('handoff');
    expect(answerOf(engine.decide('kanto hankkeen budjetti', { today: '2026-11-23' })).passage.excerpt).toContain('250 000');
  });

  it('hands off a fee ("jäsenmaksu") that no passage gives a sum for', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Paljonko Pohjois-Savon Liikunnan jäsenmaksu on seuroille?', { today: '2026-11-23' }).kind).toBe('handoff');
  });

  it('reads "max" as asking a limit, which the 2022 call\'s dates and own share do not state', async () => {
    const { engine } = await bundled();
    expect(engine.decide('max budjetti per hanke pk kake 2022?', { today: '2026-11-23' }).kind).toBe('handoff');
  });

  it('counts people by whatever the passage calls them ("montako ihmistä" ↔ "Osallistuvien henkilöiden lukumäärä"), the planned figure only when the plan is asked', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('montako ihmistä kantoon oli suunniteltu osallistuvan', { today: '2026-11-23' })).passage.excerpt).toContain('Suunniteltu: 50');
    for (const q of ['montako ihmistä kanton toimintaan lopulta osallistui', 'montako ihmistä kanton toimintaan oikeesti osallistui']) {
      expect(engine.decide(q, { today: '2026-11-23' }).kind, q).toBe('handoff');
    }
  });

  it('answers what finally came true from the realised figure, the document named as where it is told being no thing asked about', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Kuinka paljon KANTOn julkisesta rahoituksesta lopulta toteutui EURA-kuvauksen mukaan?', { today: '2026-11-23' })).passage.excerpt).toContain('93 487');
  });

  it('reads "paljonko kuluista" as asking a share, which a percentage states', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('paljonko pohjois-savossa hankkeen kustannuksista katetaan tuella', { today: '2026-11-23' })).passage.excerpt).toContain('80%');
  });
});

describe('engine.decide: the region asked about', () => {
  it('counts the region a question names as found in a document about that region', async () => {
    const { engine } = await bundled();
    const plain = engine.decide('Paljonko omarahoitusta tarvitaan?', { today: '2026-11-23' });
    const regional = answerOf(engine.decide('Paljonko omarahoitusta tarvitaan Pohjois-Karjalan haussa?', { today: '2026-11-23' }));
    expect(regional.passage.excerpt).toContain('Omarahoitusosuus 20%');
    expect(regional.score).toBeGreaterThanOrEqual(plain.score);
  });

  it("answers Pohjois-Savo's own share with its support level, which the Koonto slides give instead (80 % of the costs)", async () => {
    const { engine } = await bundled();
    for (const q of ['Paljonko omarahoitusta tarvitaan Pohjois-Savossa?', 'jos saadaan kake-rahaa pohjois-savossa niin kuinka ison osan kuluista se kattaa, eli paljonko jää se osuus jonka yhdistys maksaa itse']) {
      expect(answerOf(engine.decide(q, { today: '2026-11-23' })).passage.excerpt, q).toContain('80% hankkeen kokonaiskustannuksista');
    }
  });

  it('does not answer how much in one region with another region\'s sum', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Paljonko Pohjois-Savossa on rahaa jaossa KAKE-hankkeille?', { today: '2026-11-23' }).kind).not.toBe('answer');
    expect(answerOf(engine.decide('Paljonko Pohjois-Karjalassa oli rahaa jaossa KAKE-hankkeille?', { today: '2026-11-23' })).passage.excerpt).toContain('2 miljoonaa euroa');
    // "jaettavana": to be shared out.
    expect(answerOf(engine.decide('paljonko rahaa oli kaikkiaan pohjois-karjalan yhdistysten kesken jaettavana sillon 2022', { today: '2026-11-23' })).passage.excerpt).toContain('2 miljoonaa euroa');
  });

  it('hands off a question about another region, unless the passage itself is about that region', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Kuka neuvoo kake-hankkeissa Keski-Suomessa?', { today: '2026-11-23' }).kind).toBe('handoff');
    const lapland = answerOf(engine.decide('Mitkä asiat vaikeutti Balanssin toiminnan vakiintumista koko Lappiin?', { today: '2026-11-23' }));
    expect(lapland.passage.excerpt).toContain('koko Lapin alueella');
  });

  it('reads spoken question forms ("päästäänks", "meil") and "piiri" as an area', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('meil on kyläyhdistys kiuruvedellä, päästäänks koonnon piiriin?', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('Kiuruvesi');
  });
});

describe('engine.decide: whether a particular cost is allowed', () => {
  it.each(['Saako hankkeen budjettiin laittaa kahvitarjoiluja osallistujille?', 'Voiko kake-rahoitusta käyttää yhdistyksen toimitilan remonttiin?'])(
    'hands "%s" to an adviser rather than offering passages to choose from',
    async (question) => {
      const { engine } = await bundled();
      expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
    },
  );

  it('hands off a way of paying the documents never mention, though the own share it would pay is stated', async () => {
    const { engine } = await bundled();
    expect(engine.decide('voiko omarahoitusosuuden kattaa talkootyöllä pohjois-karjalan 2022 haussa', { today: '2026-11-23' }).kind).toBe('handoff');
    // A cost named as what is not wanted is not what is asked: the flat rate answers.
    expect(answerOf(engine.decide('voiko yleiskulut laskea jonain prosenttina eikä kuitteja jokaisesta?', { today: '2026-11-23' })).passage.excerpt).toMatch(/flat rate/i);
    // "kustannusmallivaihtoehtoja" (cost model options), even mistyped, asks the flat rate.
    expect(
      answerOf(engine.decide('Budjetoin ensimmäistä kertaa hanketta ja törmäsin sanaan kustannusmalli. Mitä kustannusmallivaihtohetoja Pohjois-Karjalan 2022 haussa oli tarjolla?', { today: '2026-11-23' })).passage.excerpt,
    ).toContain('flat rate 40 % tai 7 %');
  });
});

describe('engine.decide: asked for a web address or a download', () => {
  it('reads "omat sivut" as a website', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Onko KANTOlla omat sivut?', { today: '2026-11-23' })).passage.excerpt).toContain('pksotu.fi/kanto');
  });

  it.each(['Mistä voi ladata Kiipulan osuuskuntamallin kuvauksen?', 'Onko Perhefutiksen toimintamallista latauslinkkiä?'])(
    'hands "%s" off: the passage about it gives no web address',
    async (question) => {
      const { engine } = await bundled();
      expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
    },
  );

  it.each([
    'Mikä nettiosoite kesäkuun tiedotteessa annetaan koordinaatiohankkeita varten?',
    'Minkä nettisivun osoite tiedotteessa on alueiden koordinaatiohankkeista?',
    // "nettiosoitteesta": the inflected stem is "nettiosoittee-".
    'mistä nettiosoitteesta löytyy ne alueiden neuvontahankkeet joihin siinä elyn tiedotteessa käsketään ottamaan yhteyttä',
    // The regions' project advisers are the coordination projects (the glossary).
    'mist löytää ne alueen hankeneuvojat, oliks tiedotteessa joku linkki',
    // "linkistä": a link in any form asks for a web address.
    'Mistä linkistä löytyy ne jotka neuvoo hankkeen valmistelussa, tiedotteessa oli joku osoite?',
    // Beside a link, "osoite" is the web address asked for (not a street address or a contact).
    'siinä elyn tiedotteessa oli joku linkki alueiden koordinaatiohankkeisiin, mikä se osoite oli',
  ])(
    'answers "%s" from the passage whose address has no "www"',
    async (question) => {
      const { engine } = await bundled();
      expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('https://rakennerahastot.fi/-/kansalaistoimijalahtoinen-hanketyo');
    },
  );

  it('answers a website from the passage that gives it', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Mikä on Koonto-hankkeen nettisivu?', { today: '2026-11-23' })).passage.excerpt).toContain('pssotu.fi');
  });

  it('answers "which website did the project set up?" from the passage that tells of the website, which gives no address', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('mikä verkkosivusto perustettiin kouvolan yhdistyksille', { today: '2026-11-23' })).passage.excerpt).toContain('Kaikumedia');
  });

  it('answers the name of a website from the passage that names it, which gives no address', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Mikä oli Kouvolan yhdistysten yhteisen verkkosivuston nimi?', { today: '2026-11-23' })).passage.excerpt).toContain('Kaikumedia');
  });
});

describe('engine.decide: a question about one project, or for an address or a time of day', () => {
  it('does not answer where Koonto\'s office is with KANTO\'s address, nor Koonto\'s contacts that give none', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Missä osoitteessa Koonnon toimisto Kuopiossa on?', { today: '2026-11-23' }).kind).toBe('handoff');
  });

  it('answers a street address question from the passage that gives the address', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Mikä on Pohjois-Karjalan Sosiaaliturvayhdistyksen käyntiosoite?', { today: '2026-11-23' })).passage.excerpt).toContain('Rantakatu 23');
  });

  it('reads spoken "osote" as "osoite" (KANTO\'s street address)', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('missä päin joensuuta sen kanton taustayhdistyksen toimisto on, osote', { today: '2026-11-23' })).passage.excerpt).toContain('Rantakatu 23');
  });

  it('hands off a street address asked to visit ("…osoite, voiks sinne mennä käymään") that the passage found does not give', async () => {
    const { engine } = await bundled();
    expect(engine.decide('mikä on pohjois-savon sosiaaliturvayhdistyksen osoite, voiks sinne mennä käymään', { today: '2026-11-23' }).kind).toBe('handoff');
  });

  it.each(['Etelä-Savon 2/2024 haku oli auki 10.5.2024 asti. Mihin kellonaikaan mennessä hakemus piti viimeisenä päivänä jättää?', 'What time does the call close?'])(
    'hands "%s" off: the call dates say no time of day, and no passage does',
    async (question) => {
      const { engine } = await bundled();
      expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
    },
  );

  it('answers how many went on to a work trial with "Suurin osa", a count in words', async () => {
    const { engine } = await bundled();
    expect(renderText(engine.decide('Työelämän avaimet -kurssin jälkeen, kuinka moni jatkoi työkokeiluun?', { today: '2026-11-23' }))).toContain('Suurin osa');
  });

  it('hands off when an example project ends, which its passage does not say', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Kuka rahoittaa Kuhmon Elinvoimasampo-hanketta ja milloin se päättyy?', { today: '2026-11-23' }).kind).toBe('handoff');
  });

  it('reads a project name in its inflected forms (Koonnon, Kannon)', () => {
    expect(weakGrade('koonto')).toBe('koonno');
    expect(weakGrade('kanto')).toBe('kanno');
    expect(weakGrade('esr')).toBe('esr');
  });
});

describe('engine.decide: what a coordination project has achieved', () => {
  it.each([
    ['onks yhdistysten hanketaidot oikeesti parantunu kanton ansiosta?', 'Tulokset yhdistyksille'],
    ['Mitä KANTOn kautta rahotetuilla hankkeilla on saatu aikaan asukkaiden kannalta?', 'Tulokset asukkaille'],
  ])('"%s" is answered from its results for the ones asked about (%s)', async (question, heading) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.headings).toContain(heading);
  });
});

describe('engine.decide: where to hear about calls', () => {
  it('answers "Mistä saan tietää…" from what the region\'s coordination project offers, not with the call periods', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('Mistä saan tietää milloin pohjois-savossa on rahoitushakuja?', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('rahoitushakujen ajankohdista');
  });
});

describe('engine.decide: asked for a contact person', () => {
  it('does not answer with a passage that gives no way to reach anyone', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Kuka on Etelä-Savon ELY-keskuksen yhteyshenkilö tässä haussa?', { today: '2026-11-23' }).kind).not.toBe('answer');
  });

  it('answers with the contacts when the documents give them', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Kuka on KANTOn yhteyshenkilö?', { today: '2026-11-23' })).passage.excerpt).toMatch(/@pksotu\.fi|\(at\)pksotu\.fi/);
  });

  it('takes an adviser or project manager asked about for a contact: another region\'s does not answer', async () => {
    const { engine } = await bundled();
    // The documents name no adviser in Etelä-Savo; Koonto's is Pohjois-Savo's.
    expect(engine.decide('Kuka on Etelä-Savon hankeneuvoja?', { today: '2026-11-23' }).kind).toBe('handoff');
    expect(answerOf(engine.decide('Kuka on KANTOn hankeneuvoja?', { today: '2026-11-23' })).passage.excerpt).toMatch(/@pksotu\.fi|\(at\)pksotu\.fi/);
  });

  it.each(['I got a missed call from 044 715 2060. Who at KANTO is that?', 'Kuka soitti numerosta 044 715 2060?'])(
    'finds whose number it is for "%s" (a phone call is not the funding call; 2060 is not a year)',
    async (question) => {
      const { engine } = await bundled();
      expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('Hanna Kääriäinen');
    },
  );

  it('answers "Ketkä ovat KANTOn neuvojat?" with the people, not with what KANTO offers', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Ketkä ovat KANTOn neuvojat?', { today: '2026-11-23' })).passage.excerpt).toContain('Teija Sivonen');
  });

  it.each(['Mikä on KANTOn sähköpostiosoite?', 'mikä on kanton meiliosoite'])('answers "%s" with the contacts', async (question) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toMatch(/@pksotu\.fi|\(at\)pksotu\.fi/);
  });
});

describe('engine.decide: a call-timing question after a story', () => {
  it('answers "…Voiko siihen vielä hakea?" from the call periods, in the region the story names', async () => {
    const { engine } = await bundled();
    const d = callStatusOf(engine.decide('Meidän kuoro toimii Lieksassa, ja joku sanoi että ELY:llä ois kake-haku auki. Voiko siihen vielä hakea?', { today: '2024-07-22' }));
    expect(d.region).toBe('Pohjois-Karjala');
    expect(renderText(d)).toContain('18.6.2024');
  });
});

describe('engine.decide: formal and story phrasings of 4.12.2026', () => {
  it('answers "…seuraavaa hakua. Onko se jo alkanut?" from the call periods: the partitive "hakua" names the call', async () => {
    const { engine } = await bundled();
    const d = callStatusOf(engine.decide('Kuopiolainen liikuntaseuramme on odottanut Koonnon kalvoissa mainittua seuraavaa hakua. Onko se jo alkanut?', { today: '2024-01-25' }));
    expect(renderText(d)).toContain('15.1.2024');
  });

  it.each([
    ['Kuka KANTO-hankkeen rahoittaa KANTOn kalvojen mukaan?', 'the verb asked "who" finds the doer\'s noun "Rahoittaja"'],
    ['Kuka KANTOa rahoittaa?', 'who funds is an organisation, which the funding table does not name'],
    ['Mitkä tahot KANTO-hankkeen esitysmateriaalissa ilmoitetaan hankkeen rahoittajiksi?', '"esitysmateriaalissa" names the slides, "ilmoitetaan" only frames, and "ELY-keskus" is an organisation'],
  ])('answers %s with the funders (%s)', async (question) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('EU:n sosiaalirahasto ja Etelä-Savon ELY-keskus');
  });

  it('answers "who is allowed to send an application?" in English after a story, with who may apply', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide("Hi! We are a Somali women's association in Kuopio. The ELY press release from June 2024 – who is allowed to send an application? Only registered associations?", { today: '2026-11-23' }));
    expect(d.lang).toBe('en');
    expect(d.passage.excerpt).toContain('Hakemuksia voivat jättää');
  });

  it('answers how many organisations the target group has, told as "the group advice is meant for" ("neuvonta" is no advising done)', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('Montako järjestöä Pohjois-Savossa Koonnon kalvojen mukaan suunnilleen on siinä kohderyhmässä, jolle neuvonta on tarkoitettu?', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('5 000 järjestöä');
  });

  it('answers which authority opened the call from the press release, not with the call\'s dates', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('Luin jostain, että Pohjois-Savon ELY olisi avannut sen kesän 2024 haun näille kansalaisten omille kehittämishankkeille. Menikö oikein, vai mikä virasto sen haun ELY:n tiedotteen mukaan avasi?', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('Etelä-Savon ELY-keskus on avannut');
  });

  it('answers "mihin asti kanto hanke on käynissä" with KANTO\'s own period, not Koonto\'s whole-project support the glossary phrase "hanke on käynnissä" names', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('mihin asti kanto hanke on käynissä', { today: '2026-11-23' })).passage.excerpt).toContain('15.3.2022–31.12.2023');
  });
});

describe('engine.decide: a call in a year the documents know nothing of', () => {
  it('hands "seuraava haku vuonna 2025" to an adviser, and still answers a year with a known call', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Milloin Pohjois-Karjalassa on seuraava kake-haku vuonna 2025?', { today: '2026-11-23' }).kind).toBe('handoff');
    expect(callStatusOf(engine.decide('Milloin Pohjois-Karjalan KAKE-haku vuonna 2022 oli?', { today: '2026-11-23' })).calls.length).toBeGreaterThan(0);
  });

  it('hands a call by a number no known call has ("haku 3/2024") to an adviser, and still answers "haku 2/2024"', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Milloin Etelä-Savon haku 3/2024 aukeaa?', { today: '2026-11-23' }).kind).toBe('handoff');
    expect(engine.decide('Hakuilmoituksessa oli numero 2/2024. Milloin haku 1/2024 oli?', { today: '2026-11-23' }).kind).toBe('handoff');
    expect(callStatusOf(engine.decide('Milloin haku 2/2024 päättyi?', { today: '2026-11-23' })).calls.length).toBeGreaterThan(0);
  });
});

describe('engine.decide: another funder\'s money or call', () => {
  it.each(['Milloin Leader-rahaa voi seuraavan kerran hakea?', 'Milloin Erasmus+ -haku päättyy?', 'When does the Erasmus+ call close?', 'Saisko meidän kylätalon hankkeeseen rahaa Interreg-ohjelmasta?', 'Milloin Taiken yhteisöavustusten haku on auki?', 'Saadaanko Kuopion kaupungilta järjestöavustusta?', 'Milloin haetaan toiminta-avustusta?', 'miten stean avustusta haetaan ja milloin sen haku on', 'Can our youth club apply for Erasmus+ youth exchange funding, and when is the next deadline?', 'Can our sports club apply to the Ministry of Education and Culture for a sports facility grant, and when is the deadline?', 'Meidän kylätalo Tervossa tarvitsee uuden katon. Saako siihen kunnalta avustusta ja mihin mennessä sitä pitää hakea?', 'Voiko säätiöltä hakea rahoitusta omarahoitusosuuteen?', 'Meidän nuorisoseura Polvijärvellä miettii STEAn toiminta-avustusta. Miten sitä haetaan ja milloin on hakuaika?', 'Voiko kake-hankkeen omarahoitusosuuteen hakea rahaa paikalliselta Leader-ryhmältä?', 'Voiko sama hanke saada rahaa myös STEA:lta, jos ESR+ ei maksa kaikkea?', 'Milloin Suomen Kulttuurirahaston seuraava haku on?', 'Rahoittaako Kulttuurirahasto kyläyhdistysten hankkeita, ja milloin sen haku on?', 'Can our choir get a grant from the Finnish Cultural Foundation, and when is the deadline?', 'Can we get funding from Business Finland for this?', 'Voiko kake-hankkeeseen saada lisäksi STEA:n avustusta?', 'Voiko samalle hankkeelle hakea rahaa sekä kake-hausta että STEA:lta?', 'Rahoittaako STEA kyläyhdistysten hankkeita?', 'Does STEA fund village associations?'])(
    'hands "%s" to an adviser rather than telling the KAKE calls\' status',
    async (question) => {
      const { engine } = await bundled();
      expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
    },
  );

  it('still answers from which EU fund the calls are ("Euroopan sosiaalirahastosta"), a fund the documents name', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Onko tämä Euroopan sosiaalirahaston rahaa?', { today: '2026-11-23' }).kind).not.toBe('handoff');
    expect(engine.decide('Is the KAKE money funding from the European Social Fund?', { today: '2026-11-23' }).kind).not.toBe('handoff');
  });

  it('still answers what a call is when another call is named only to be denied ("…on ESR+-haku eikä esimerkiksi EAKR-haku")', async () => {
    const { engine } = await bundled();
    const question = 'Olen ymmärtänyt, että Etelä-Savon 2/2024 haku on ESR+-haku eikä esimerkiksi EAKR-haku. Onko näin?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('ESR+');
  });

  it('still answers the project\'s own funding ("Mistä hankkeen rahoitus tulee?"): "hankkeen" is a word the documents use', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Mistä hankkeen rahoitus tulee?', { today: '2026-11-23' }).kind).not.toBe('handoff');
  });

  it.each([
    ['How big is the own contribution in the North Karelia call?', 'Omarahoitusosuus 20%'],
    ['What target groups does the East Finland call emphasise?', 'maahanmuuttajien'],
  ])('does not take a place the glossary translates for another funder ("%s")', async (question, fact) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain(fact);
  });

  it.each(['Milloin KAKE-haku päättyy?', 'Milloin kesäkuun haku päättyi?', 'When does the current call close?', 'Is the 2024 call still open?', 'Milloin kake-avustusta voi hakea?'])(
    'still tells the status of the known calls for "%s"',
    async (question) => {
      const { engine } = await bundled();
      expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('call_status');
    },
  );
});

describe('engine.decide: whether a call has opened, in the perfect or spoken past', () => {
  it.each(['onko pohjois-savon kake-haku jo auennut', 'Onks Pohjois-Savon haku jo aukes?', 'Joko Pohjois-Savon haku aukeni?', 'Has the North Savo call started yet?', 'onko pohjois-savon haku jo käynnistynyt'])(
    'tells the opening date on 22.1.2024 for "%s"',
    async (question) => {
      const { engine } = await bundled();
      expect(renderText(callStatusOf(engine.decide(question, { today: '2024-01-22' })))).toContain('15.1.2024');
    },
  );
});

describe('engine.decide: an organisation named with its region', () => {
  it('does not answer from a passage about another of the region\'s organisations ("milloin pohjois-savon sosiaaliturvayhdistys on perustettu")', async () => {
    const { engine } = await bundled();
    expect(engine.decide('milloin pohjois-savon sosiaaliturvayhdistys on perustettu', { today: '2026-11-23' }).kind).toBe('handoff');
  });

  it('does not answer even when the passage about another organisation covers the rest of the question well ("montako jäsentä pohjois-savon sosiaaliturvayhdistyksellä on")', async () => {
    const { engine } = await bundled();
    expect(engine.decide('montako jäsentä pohjois-savon sosiaaliturvayhdistyksellä on', { today: '2026-11-23' }).kind).toBe('handoff');
  });

  it.each(['montako jäsentä tarvitaan että voi perustaa rekisteröidyn yhdistyksen', 'kuinka monta jäsentä yhdistyksessä pitää olla että se voi hakea'])(
    'hands off "%s": how many members are required is a rule, and an organisation\'s own count ("169 jäsentä") does not state it',
    async (question) => {
      const { engine } = await bundled();
      expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
    },
  );

  it('answers how many there must be from the passage that states the rule ("oltava 5 päivää")', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Montako päivää osallistujan aloitus- ja lopetuspäivän välillä pitää olla?', { today: '2026-11-23' })).passage.excerpt).toContain('5 päivää');
  });

  it('answers about the organisation the passage is about ("milloin pohjois-savon liikunta on perustettu")', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('milloin pohjois-savon liikunta on perustettu', { today: '2026-11-23' })).passage.excerpt).toContain('7.10.1997');
  });
});

describe('engine.decide: which regions a call covers, asked of its funding', () => {
  it.each(['Missä maakunnissa toimivat yhdistykset voivat hakea kesäkuussa 2024 avattua rahoitusta?', 'Millä alueilla toimivat yhdistykset voivat saada tätä rahoitusta?'])(
    'answers "%s" with who may apply in which regions',
    async (question) => {
      const { engine } = await bundled();
      expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('Etelä-Savon, Pohjois-Karjalan ja Pohjois-Savon alueella');
    },
  );
});

describe('engine.decide: a glossary phrase with a question word in it', () => {
  it('answers "Millaisiin hankkeisiin kesäkuun 2024 tiedotteen mukaan kiinnitetään erityistä huomiota?" from the passage that says it', async () => {
    const { engine } = await bundled();
    const d = engine.decide('Millaisiin hankkeisiin kesäkuun 2024 tiedotteen mukaan kiinnitetään erityistä huomiota?', { today: '2026-11-23' });
    expect(answerOf(d).passage.excerpt).toContain('kestäviä tuloksia');
  });
});

describe('engine.decide: getting to know each other is networking (glossary)', () => {
  it('answers "…Järjestääkö KANTO yhdistyksille verkostotapaamisia, joissa vois tutustua muihin hankkeita tekeviin?" after a story', async () => {
    const { engine } = await bundled();
    const question = 'Ollaan Polvijärvellä pieni metsästysseura ja mietitään ihan ensimäistä hanketta. Järjestääkö KANTO yhdistyksille verkostotapaamisia, joissa vois tutustua muihin hankkeita tekeviin?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('verkostotapaamisia');
  });

  it('answers "järkkääkö kanto jotain tapaamisia missä yhdistykset pääsee tutustumaan toisiinsa" with KANTO\'s network meetings', async () => {
    const { engine } = await bundled();
    const d = engine.decide('järkkääkö kanto jotain tapaamisia missä yhdistykset pääsee tutustumaan toisiinsa', { today: '2026-11-23' });
    expect(answerOf(d).passage.excerpt).toContain('verkostotapaamisia');
  });

  it.each([
    'järkkääkö kanto jotain tapaamisia missä eri yhdistysten porukat näkis toisiaan',
    'Järjestääkö KANTO tapaamisia jossa eri yhdistykset voi tutustua toisiin ja tehdä networking?',
    'Mie oon aina tykännyt tavata muiden kylien väkeä, siitä sitä oppii eniten. Järjestettiinkö KANTO-hankkeessa kuvauksen mukaan semmosia tapaamisia, joissa eri yhdistykset pääsee näkemään toisiaan?',
  ])('answers "%s" (seeing each other) with KANTO\'s network meetings', async (question) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('verkostotapaamisia');
  });
});

describe('engine.decide: taking the activity where people are is the call\'s "arkiympäristöihin tuotavia" (glossary)', () => {
  it('shows the emphasised content about everyday environments when an idea takes activities to where people are', async () => {
    const { engine } = await bundled();
    const question =
      'meidän ajatus on viedä toimintaa suoraan sinne missä ihmiset on, esim kerrostalojen kerhohuoneisiin ja kauppakeskukseen, eikä odotella et ne tulee meidän toimistolle. sopiiko tää etelä-savon kevään haun painotuksiin';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('arkiympäristöihin tuotavia');
  });
});

describe('engine.decide: "building inclusive labour markets" is the press release\'s "Rakennetaan osallistavia työmarkkinoita" (glossary)', () => {
  it('shows the passage that names them', async () => {
    const { engine } = await bundled();
    const d = engine.decide("Does the ELY Centre's June 2024 press release say anything about building inclusive labour markets?", { today: '2026-11-23' });
    const shown = d.kind === 'answer' ? [d.passage] : d.kind === 'clarify' ? d.candidates : [];
    expect(d.lang).toBe('en');
    expect(shown.map((p) => p.excerpt).join('\n')).toContain('Rakennetaan osallistavia työmarkkinoita');
  });
});

describe('engine.decide: publicity is the slides\' "näkyvyyttä" (glossary)', () => {
  it('answers whether Koonto helps a project get publicity with its communication offer', async () => {
    const { engine } = await bundled();
    const d = engine.decide('Koonto auttaa hankkeen suunnittelussa, mutta auttaako se myös saamaan meidän hankkeelle julkisuutta?', { today: '2026-11-23' });
    expect(answerOf(d).passage.excerpt).toContain('Viestinnällistä näkyvyyttä');
  });
});

describe('engine.decide: those furthest from the labour market are the call\'s "heikoimmassa työmarkkina-asemassa" (glossary)', () => {
  it('answers whether the South Savo call is also for those furthest from working life', async () => {
    const { engine } = await bundled();
    const question = 'Onko Etelä-Savon 2/2024 haku tarkoitettu vain niille, jotka on jo melkein työelämässä, vai myös niille, jotka on kaikista kauimpana työmarkkinoista?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('kaikkein heikoimmassa työmarkkina-asemassa');
  });
});

describe('engine.decide: the points of KANTO\'s sustainability assessment (a written question)', () => {
  it('answers how many points KANTO gave itself for promoting well-being, after a story', async () => {
    const { engine } = await bundled();
    const question =
      'Hakemuksessa pitää pisteyttää kestävän kehityksen vaikutukset, enkä tiedä mikä on realistinen taso. Montako pistettä KANTO antoi itselleen hyvinvoinnin edistämisestä?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('Hyvinvoinnin edistäminen 9 10');
  });
});

describe('engine.decide: what a section of a document says', () => {
  it('answers "hankekuvauksessa on kohta \'Toiminnan tila\'. mitä siinä lukee" with the project\'s state', async () => {
    const { engine } = await bundled();
    const d = engine.decide("hankekuvauksessa on kohta 'Toiminnan tila'. mitä siinä lukee", { today: '2026-11-23' });
    expect(answerOf(d).passage.excerpt).toContain('Toiminnan tila: Toiminnassa');
  });
});

describe('engine.decide: "its EURA description" is the project description (glossary)', () => {
  it('answers how many participants KANTO planned to reach, after a story, in English', async () => {
    const { engine } = await bundled();
    const question =
      'Our hiking club in Kontiolahti is curious how big the KANTO project is. According to its EURA description, how many participants was it planned to reach?';
    const d = answerOf(engine.decide(question, { today: '2026-11-23' }));
    expect(d.lang).toBe('en');
    expect(d.passage.excerpt).toContain('Suunniteltu: 50');
  });
});

describe('engine.decide: "hänen" for a person the story names', () => {
  it('hands off the phone number of someone the documents do not name, rather than answering the sentence alone', async () => {
    const { engine } = await bundled();
    const question = 'Meille sanottiin Kuopion järjestöillassa, että Koonnossa on myös joku Jaana, joka neuvoo erityisesti kyläyhdistyksiä. Mikä hänen puhelinnumeronsa on?';
    expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
  });

  it('still answers when the story names the person by a role the documents give', async () => {
    const { engine } = await bundled();
    const question =
      'Tarvitsisin KANTOn järjestökehittäjän yhteystiedot, olemme Lieksassa toimiva nuorisoseura ja suunnitelemme ensimmäistä hankehakemustamme. Mikä hänen sähköpostiosoitteensa on?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('hanna.kaariainen@pksotu.fi');
  });
});

describe('engine.decide: a call named by its opening in the elative', () => {
  it('hands off which associations got funding from the call "15.1.2024 alkaneesta hausta", not the call\'s status', async () => {
    const { engine } = await bundled();
    const d = engine.decide('Mitkä kuopiolaiset yhdistykset saivat rahoituksen siitä Pohjois-Savon 15.1.2024 alkaneesta hausta?', { today: '2026-11-23' });
    expect(d.kind).toBe('handoff');
  });
});

describe('engine.decide: getting in on something is taking part (glossary)', () => {
  it('answers what the press release says about various actors getting in on the ESR+ programme, after a story', async () => {
    const { engine } = await bundled();
    const question =
      'Kirjoitan hakemukseen taustaosiota ja haluan perustella, miksi meidän kaltainen pieni yhdistys sopii toteuttajaksi. Mitä kesäkuun 2024 tiedotteessa sanotaan siitä, että erilaiset toimijat pääsisivät mukaan ESR+-ohjelmaan?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('mahdollisuuksia osallistua');
  });
});

describe('engine.decide: "yleensä" is the documents\' "pääsääntöisesti" (glossary)', () => {
  it('answers how much of the costs the support covers in North Savo, with a story and a typo before it', async () => {
    const { engine } = await bundled();
    const question = 'Olemme siilinjärveläinen eläkeläisyhdistys ja mietimme, riittävätkö rahkeet omaan osuuteen. Kuinka suuri osa hankkeen kokonaiskustanuksista Pohjois-Savossa yleensä katetaan tuella?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('pääsääntöisesti 80%');
  });
});

describe('engine.decide: a pronoun in the asking sentence for the organisation the story names', () => {
  it('does not answer whom a named earlier project was for with who may apply to the call', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('Kuulin Työelämän avaimet -hankkeesta. Kenelle hanke oli tarkoitettu?', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('alle 30-vuotiaat nuoret');
  });

  it('takes "hanketta" in the retried asking sentence for the one project the story names', async () => {
    const { engine } = await bundled();
    const question = 'Kouvolan Uusi tapa toimia -hanke kuulostaa juuri siltä, mitä haluaisimme tehdä Joensuussa. Haluaisin ottaa yhteyttä hankkeen tekijöihin. Mikä järjestö hanketta hallinnoi?';
    // KANTO's summary says who runs KANTO; nothing says who ran Uusi tapa toimia.
    expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
  });

  it('takes "se" in the retried asking sentence for the one project the story names', async () => {
    const { engine } = await bundled();
    const question = 'Meillä on Suonenjoella harrastekerho nuorille, joilla on erityisen tuen tarve. Infossa kerrottiin Tatu ry:n Hanaa!-hankkeesta. Minkä ikäisille nuorille se oli tarkoitettu?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('16-29');
    // "se" is what was attempted after the project, and where it is now no document tells.
    const after = 'Avoimet tilat -hankkeen jälkeen porukka yritti perustaa pysyvän tilan Kuopion keskustaan. Onnistuiko se, ja missä se tila nykyään on?';
    expect(engine.decide(after, { today: '2026-11-23' }).kind).toBe('handoff');
  });

  it('hands off how things are now, which the dated documents cannot tell, but still answers a call or project asked so', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Onko Hanna Kääriäinen edelleen töissä Pohjois-Karjalan Sosiaaliturvayhdistyksellä, vai kehen pitää nyt ottaa yhteyttä?', { today: '2026-11-23' })).toMatchObject({ kind: 'handoff', reason: 'not_stated' });
    // What a person does now ("Mitä … tekee nykyään?"), not what the slides say they did.
    expect(engine.decide('Mitä Hanna Kääriäinen tekee nykyään?', { today: '2026-11-23' })).toMatchObject({ kind: 'handoff', reason: 'not_stated' });
    expect(engine.decide('Onko Etelä-Savon haku edelleen auki?', { today: '2026-11-23' }).kind).toBe('call_status');
    expect(answerOf(engine.decide('Onko KANTO-hanke edelleen käynnissä?', { today: '2026-11-23' })).passage.excerpt).toContain('2023');
    // "vielä" with being in operation: whether a thing an example project made still runs.
    expect(engine.decide('Kouvolassa tehtiin Kaikumedia-verkkosivusto. Onko sivusto vielä toiminnassa?', { today: '2026-11-23' })).toMatchObject({ kind: 'handoff', reason: 'not_stated' });
    expect(engine.decide('Onko Koonto vielä käynnissä?', { today: '2026-11-23' }).kind).toBe('answer');
    // An example project has no period of its own in the documents: whether it still runs is not stated.
    expect(engine.decide('Onko Pallokissojen KaMu-hanke vielä käynnissä ja voiko siihen osallistua?', { today: '2026-11-23' })).toMatchObject({ kind: 'handoff', reason: 'not_stated' });
  });

  it("hands off when KANTO's next info session is: the lines telling of info sessions give no date", async () => {
    const { engine } = await bundled();
    expect(engine.decide('Milloin KANTO järjestää seuraavan infotilaisuuden hakijoille?', { today: '2026-11-23' })).toMatchObject({ kind: 'handoff', reason: 'not_stated' });
  });

  it('hands off what finally came of a thing the passage does not name ("pysyvä tila" after Avoimet tilat)', async () => {
    const { engine } = await bundled();
    for (const question of [
      'Saatiinko Kuopioon lopulta pysyvä tila sen Avoimet tilat -hankkeen jälkeen?',
      'Avoimet tilat -hankkeen pop-up-kokeiluista syntyi liikehdintää pysyvän tilan puolesta. Saatiinko se pysyvä tila Kuopion keskustaan lopulta perustettua?',
    ]) {
      expect(engine.decide(question, { today: '2026-11-23' }).kind, question).toBe('handoff');
    }
    // What the passage tells of the project is still answered.
    expect(answerOf(engine.decide('Mitä Avoimet tilat -hankkeessa tehtiin Kuopiossa?', { today: '2026-11-23' })).passage.excerpt).toContain('pop-up');
  });

  it('hands off who ran Hyvä arki: the organisation its passage names ran another project (ELSA) after it', async () => {
    const { engine } = await bundled();
    for (const question of ['Kuka toteutti Hyvä arki -hankkeen Kuhmossa?', 'Mikä yhdistys tai organisaatio toteutti Hyvä arki -hankkeen Kuhmossa?']) {
      expect(engine.decide(question, { today: '2026-11-23' }).kind, question).toBe('handoff');
    }
    // A sentence naming the project asked with its organisation still answers.
    expect(answerOf(engine.decide('Kuka toteutti Hanaa!-hankkeen?', { today: '2026-11-23' })).passage.excerpt).toContain('Tatu ry');
  });

  it('takes "muuta" in the asking sentence for other than the organisation the story names', async () => {
    const { engine } = await bundled();
    const question = 'Pohjois-Savon Sosiaaliturvayhdistys vetää Koontoa, mutta kuulin että sillä on muutakin toimintaa järjestöille. Ollaan Leppävirralla sote-alan yhdistys: mitä muuta toimintaa Koonnon kalvoilla mainitaan?';
    // (Answered, or offered first among close candidates: "Koonnon kalvoilla" is every slide of Koonto's.)
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('Pohjois-Savon Sosiaaliturvayhdistyksen toiminta');
  });

  it("gives Koonto's contacts when asked who advises there, with name and number", async () => {
    const { engine } = await bundled();
    const excerpt = answerOf(engine.decide('kuka neuvoo hankeasioissa pohjois-savon liikunnan puolelta koonnossa, nimi ja numero', { today: '2026-11-23' })).passage.excerpt;
    expect(excerpt).toContain('Tiina Kiiskinen');
    expect(excerpt).toContain('044 702 1915');
  });

  it("gives KANTO's contacts when asked whom else to ask if the project manager cannot be reached", async () => {
    const { engine } = await bundled();
    for (const question of [
      'Keneltä KANTOsta voi kysyä, jos projektipäällikkö ei ole tavoitettavissa? Tarvitsisin toisen yhteyshenkilön nimen ja puhelinnumeron.',
      'Meidän kyläyhdistys Ilomantsissa yritti tavoittaa KANTOn projektipäällikköä, mutta hän ei vastannut. Kuka muu KANTOssa neuvoo ja mikä on hänen numeronsa?',
    ]) {
      expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt, question).toContain('044 715 2060');
    }
  });

  it('answers in English in which area Balanssi ry worked ("koko Lapin alueella"), and which area KANTO covers', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('In which area did Balanssi ry carry out its experience expert activities?', { today: '2026-11-23' })).passage.excerpt).toContain('Lapin alueella');
    expect(answerOf(engine.decide('Which area does KANTO cover?', { today: '2026-11-23' })).passage.excerpt).toContain('Pohjois-Karjala');
  });

  it('offers in English what other activity Pohjois-Savon Sosiaaliturvayhdistys has ("list", "part" only frame it)', async () => {
    const { engine } = await bundled();
    const question = 'Besides Koonto, what other activity does Pohjois-Savon Sosiaaliturvayhdistys list as part of its work?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('sote-muutostuki');
  });

  it('answers what else Pohjois-Savon Sosiaaliturvayhdistys does besides Koonto from its activities (a written question names them)', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Mitä muuta Pohjois-Savon Sosiaaliturvayhdistys tekee Koonnon lisäksi?', { today: '2026-11-23' })).passage.excerpt).toContain('sote-muutostuki');
  });

  it('answers "…yhteydessä Pohjois-Savon Sosiaaliturvayhdistykseen… Mitä muuta toimintaa sillä on Koonnon lisäksi?" about that organisation', async () => {
    const { engine } = await bundled();
    const question = 'Meidän omaishoitajayhdistys Iisalmessa on ollut yhteydessä Pohjois-Savon Sosiaaliturvayhdistykseen sote-asioissa. Mitä muuta toimintaa sillä on Koonnon lisäksi?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('sote-muutostuki');
  });
});

describe('engine.decide: an event about a call, asked when', () => {
  it('hands off "Will there be an info webinar about the June 2024 Eastern Finland call, and on what date?": no call period and no passage tells', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Will there be an info webinar about the June 2024 Eastern Finland call, and on what date?', { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: asked in which town or municipality', () => {
  it('hands off "Millä paikkakunnilla Kiipulasäätiön Osallisuutta osuuskunnista -hanke toimi?": its passage names no place', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Millä paikkakunnilla Kiipulasäätiön Osallisuutta osuuskunnista -hanke toimi?', { today: '2026-11-23' }).kind).toBe('handoff');
  });

  it('answers "Missä kaupungissa Avoimet tilat -hanke toimi?" from the passage naming Kuopio', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Missä kaupungissa Avoimet tilat -hanke toimi?', { today: '2026-11-23' })).passage.excerpt).toContain('Kuopion keskustan alueella');
  });
});

describe('engine.decide: a project named by the question ("Työelämän avaimet -hanke")', () => {
  it('does not take another example project\'s passage for it ("Missä kaupungissa Työelämän avaimet -hanke toteutettiin, ja mikä yhdistys sitä hallinnoi?")', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Missä kaupungissa Työelämän avaimet -hanke toteutettiin, ja mikä yhdistys sitä hallinnoi?', { today: '2026-11-23' }).kind).toBe('handoff');
  });

  it('answers from its own passage ("Keille Työelämän avaimet -hanke oli tarkoitettu?")', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Keille Työelämän avaimet -hanke oli tarkoitettu?', { today: '2026-11-23' })).passage.excerpt).toContain('alle 30-vuotiaat');
  });
});

describe('engine.decide: how many a coordination project advised', () => {
  it('does not answer "Montako yhdistystä KANTO lopulta neuvoi hankkeen aikana?" with the project\'s dates or its offer', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Montako yhdistystä KANTO lopulta neuvoi hankkeen aikana?', { today: '2026-11-23' }).kind).not.toBe('answer');
  });
});

describe('engine.decide: asked which organisation', () => {
  it('hands off "Mitkä muut järjestöt kuin Tatu olivat mukana Hanaa-hankkeessa?": the passage counts them, naming only Tatu', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Mitkä muut järjestöt kuin Tatu olivat mukana Hanaa-hankkeessa?', { today: '2026-11-23' }).kind).toBe('handoff');
  });

  it.each(['Which organisations did Pallokissat partner with in the Jalkapallosta elämäniloa project?', 'Mitkä organisaatiot olivat Pallokissojen kumppaneina Jalkapallosta elämäniloa -hankkeessa?'])(
    'hands off "%s": the passage names only "Pallokissat, Kuopio ry" itself ("lukuisia … organisaatioita")',
    async (question) => {
      const { engine } = await bundled();
      expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
    },
  );

  it.each([
    ['Mikä yhdistys hallinnoi KANTOa?', 'Pohjois-Karjalan Sosiaaliturvayhdistys'],
    ['kuka sen hanaa-hankkeen teki, mikä järjestö?', 'Tatu ry'],
    ['Mikä yhdistys järjesti Jalkapallosta elämäniloa -hankkeen?', 'Pallokissat, Kuopio ry'],
  ])('answers "%s" from the passage naming it', async (question, name) => {
    const { engine } = await bundled();
    expect(renderText(answerOf(engine.decide(question, { today: '2026-11-23' })))).toContain(name);
  });
});

describe('engine.decide: of two passages of one document that cover the question alike', () => {
  it('answers from the one saying it in one sentence, not the long list with the words spread over it', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('Mitä Etelä-Savon hakuilmoituksen mukaan kansalaistoimijalähtöisillä hankkeilla lisätään osallisuutta edistävissä toimissa?', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('asiakaslähtöisyyttä');
  });

  it.each(['Mitä osallisuutta edistävissä toimissa halutaan 2/2024-haun hankkeilla lisätä?', 'Mitä Etelä-Savon 2/2024 haun kake-hankkeilla lisätään osallisuutta edistävissä toimissa?', 'Etelä-Savon 2/2024 haun alussa sanotaan, että kake-hankkeilla lisätään osallisuutta edistävissä toimissa jotain. Mitä? Siinä oli joku asiakas-alkuinen sana.'])(
    'answers "%s" from the one sentence also when it covers the question a little more than the list',
    async (question) => {
      const { engine } = await bundled();
      expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('asiakaslähtöisyyttä');
    },
  );
});

describe('engine.decide: the passages offered to choose from', () => {
  it('show each one\'s lines that match the question, not just its start', async () => {
    const { engine } = await bundled();
    const d = engine.decide('Ollaan joensuulainen kuoro ja ihmeteltiin, miksi pohjoiskarjalaisen hankkeen viranomainen on toisesta maakunnasta. Mikä on KANTOn vastuuviranomainen EURA-kuvauksessa?', { today: '2026-11-23' });
    expect(d.kind).toBe('clarify');
    expect(renderText(d)).toContain('Vastuuviranomainen: Etelä-Savon elinkeino-, liikenne- ja ympäristökeskus');
  });
});

describe('engine.decide: "mainstreamed" is the description\'s "valtavirtaistaminen" (glossary)', () => {
  it('answers whether the gender perspective was mainstreamed in KANTO\'s activities', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide("Has the gender perspective been mainstreamed in KANTO's activities, according to its project description?", { today: '2026-11-23' })).passage.excerpt).toContain('(valtavirtaistaminen): Kyllä');
  });
});

describe('engine.decide: Savo dialect question and frame words', () => {
  it('offers the passage on what the ELY centre pays special attention to for "mimmosiin hankkeisiin se ely sannoo kiinnittävänsä erityistä huomiota"', async () => {
    const { engine } = await bundled();
    expect(renderText(engine.decide('mimmosiin hankkeisiin se ely sannoo kiinnittävänsä erityistä huomiota', { today: '2026-11-23' }))).toContain('Mihin kiinnitetään erityistä huomiota');
  });
});

describe('engine.decide: asked what finally came of an aim', () => {
  it('hands off "Saiko Avoimet tilat -hankkeen kansalaisliike lopulta perustettua pysyvän tilan?": the passage tells only that it aims at one', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Saiko Avoimet tilat -hankkeen kansalaisliike lopulta perustettua pysyvän tilan Kuopioon?', { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: asked why', () => {
  it('hands off "Miksi KANTOn toteutunut rahoitus jäi 93 487 euroon?": the funding table gives no reason', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Miksi KANTOn toteutunut EU- ja valtion rahoitus jäi 93 487 euroon?', { today: '2026-11-23' }).kind).toBe('handoff');
  });

  it('answers "Miksi osa Työelämän avaimet -hankkeen nuorista oli syrjäytymisvaarassa?" from the passage giving the reason', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Miksi osa Työelämän avaimet -hankkeen nuorista oli syrjäytymisvaarassa?', { today: '2026-11-23' })).passage.excerpt).toContain('pitkittyneen työttömyyden takia');
  });

  it('answers "Miksi näitä kansalaistoimijalähtöisiä hankkeita ylipäätään rahoitetaan, mikä on niiden idea?" from the passage headed with their purpose', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Miksi näitä kansalaistoimijalähtöisiä hankkeita ylipäätään rahoitetaan, mikä on niiden idea?', { today: '2026-11-23' })).passage.headings.join(' ')).toMatch(/tarkoitus/);
  });
});

describe('engine.decide: asked which year', () => {
  it('hands off "Minä vuonna Pallokissojen KaMu-hankkeen Perhefutis pyöri?": its passage gives days a week, no year', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Minä vuonna Pallokissojen KaMu-hankkeen Perhefutis pyöri?', { today: '2026-11-23' }).kind).toBe('handoff');
  });

  it('answers "Minä vuonna Pohjois-Savon Liikunta on perustettu?" from the passage giving the date', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Minä vuonna Pohjois-Savon Liikunta on perustettu?', { today: '2026-11-23' })).passage.excerpt).toContain('7.10.1997');
  });
});

describe('engine.decide: the authority named with a call ("ELY-keskuksen kesäkuun 2024 haussa")', () => {
  it('names the call, not what is asked: the passage on what gets special attention answers', async () => {
    const { engine } = await bundled();
    const question = 'Ollaan Pieksämäellä toimiva mielenterveysyhdistys ja suunnitellaan hanketta, jonka tulokset jäisivät elämään hankkeen jälkeenkin. Kiinnitetäänkö ELY-keskuksen kesäkuun 2024 haussa erityistä huomiota johonkin tietynlaisiin hankkeisiin?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('kestäviä tuloksia');
  });

  it('is what is asked after "mikä" ("Mikä ELY-keskus avasi kesäkuun 2024 kake-haun?")', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Mikä ELY-keskus avasi kesäkuun 2024 kake-haun?', { today: '2026-11-23' })).passage.excerpt).toContain('Etelä-Savon ELY-keskus on avannut haun');
  });
});

describe('engine.decide: asked which costs something covers', () => {
  it.each(['mitä kustannuksia se flat rate 40 % kattaa', 'Pohjois-Karjalan haussa oli flat rate 40 % tai 7 %. Mitä kustannuksia se 40 %:n flat rate tarkalleen kattaa?'])(
    'hands off "%s": the funding lines name the cost model, not kinds of cost',
    async (question) => {
      const { engine } = await bundled();
      expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
    },
  );

  it('still answers how much of the costs is covered ("Kuinka suuri osa kustannuksista katetaan tuella Pohjois-Savossa?")', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Kuinka suuri osa kustannuksista katetaan tuella Pohjois-Savossa?', { today: '2026-11-23' })).passage.excerpt).toContain('80%');
  });
});

describe('engine.decide: a project with several associations is a group project (glossary)', () => {
  it.each([
    'voiks pohjois-karjalan haussa tehä hankkeen useemman yhdistyksen kanssa yhessä',
    'voiko pohjois-karjalassa tehä hankkeen useamman yhdistyksen kanssa yhdessä',
    // "yksi hanke yhdessä": one project together.
    'Meidän yhdistys ja toinen somalialainen yhdistys haluaa tehdä yksi hanke yhdessä. Onko se mahdollista Pohjois-Karjalan haussa vai pitää olla vain yksi hakija?',
  ])(
    'answers "%s" with the 2022 call\'s group project line',
    async (question) => {
      const { engine } = await bundled();
      expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('ryhmähanke');
    },
  );

  it('offers the group project line for "…vai voiko meijän kaks kyläyhdistystä tehä yhteisen hankkeen…": the asker\'s own kind of association says who asks, not what', async () => {
    const { engine } = await bundled();
    const question = 'onko se nii että pittää olla vaan yks yhdistys hakijana vai voiko meijän kaks kyläyhdistystä tehä yhteisen hankkeen pohjois-karjalan haussa';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('ryhmähanke');
  });
});

describe('engine.decide: a municipality among a coordination project\'s municipalities', () => {
  it('answers "…Onko Heinävesi mainittu KANTOn kuntien joukossa?" with KANTO\'s list of municipalities', async () => {
    const { engine } = await bundled();
    const question = 'Meidän kyläyhdistys on Heinävedellä, ja ollaan vähän epävarmoja, kumman maakunnan koordinaatiohankkeeseen me kuulutaan. Onko Heinävesi mainittu KANTOn kuntien joukossa?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('Heinävesi');
  });
});

describe('engine.decide: what the message tells before a dash', () => {
  it('hands off "KANTO\'s project code is S22786 – what is the project code of the coordination project Koonto in North Savo?"', async () => {
    const { engine } = await bundled();
    expect(engine.decide("KANTO's project code is S22786 – what is the project code of the coordination project Koonto in North Savo?", { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: what the message tells after a comma', () => {
  it('answers "vahvistetaanko etelä-savon haussa mielen hyvinvointia, meiän jäsenillä on vaikeuksia jaksamisessa" from the call\'s emphases', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('vahvistetaanko etelä-savon haussa mielen hyvinvointia, meiän jäsenillä on vaikeuksia jaksamisessa', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('mielen hyvinvointia');
  });
});

describe('engine.decide: asked who held a role', () => {
  it('hands off "kuka oli pallokissojen jalkapallokerhon valmentaja…": the passage tells of recruiting a coach, not who', async () => {
    const { engine } = await bundled();
    expect(engine.decide('kuka oli pallokissojen jalkapallokerhon valmentaja siinä jalkapallosta elämäniloa hankkeessa', { today: '2026-11-23' }).kind).toBe('handoff');
  });

  it('hands off "What was the coach\'s name…" in English too', async () => {
    const { engine } = await bundled();
    expect(engine.decide('What was the name of the coach the Pallokissat club hired in the Jalkapallosta elämäniloa project?', { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: how many, as estimated', () => {
  it('answers "montako järjestöä koonto arvioi pohjois-savossa olevan" with the target group\'s "n. 5 000 järjestöä"', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('montako järjestöä koonto arvioi pohjois-savossa olevan', { today: '2026-11-23' })).passage.excerpt).toContain('5 000');
  });
});

describe('engine.decide: how many families', () => {
  it('hands off "Montako perhettä Pallokissojen Perhefutiksessa oli kaikkiaan mukana?": "kolmena päivänä" counts days', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Montako perhettä Pallokissojen Perhefutiksessa oli kaikkiaan mukana?', { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: how many times a week', () => {
  it('answers "kuinka monta kertaa viikossa perhefutista pidettiin" with "kolmena päivänä viikossa"', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('kuinka monta kertaa viikossa perhefutista pidettiin', { today: '2026-11-23' })).passage.excerpt).toContain('kolmena päivänä viikossa');
  });
});

describe('engine.decide: asked a maximum or a minimum', () => {
  it.each([
    'Paljonko yhteen kake-hankkeeseen voi enintään saada rahaa?',
    'What is the maximum grant a single KAKE project can get in North Savo?',
    'kuinka pitkä kake-hanke saa enintään olla, voiko tehdä kolmen vuoden hankkeen',
  ])('hands off "%s": no document states a limit', async (question) => {
    const { engine } = await bundled();
    expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
  });

  it('answers the minimum the participant tracking requires ("…osallistujaseurannasa joku vähimmäisaika aloitus- ja lopetuspäivän välillä?")', async () => {
    const { engine } = await bundled();
    const question = 'Meidän kesäleiri kestää vaan kolme päivää. Onko Pohjois-Karjalan 2022 haun osallistujaseurannasa joku vähimmäisaika aloitus- ja lopetuspäivän välillä?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('5 päivää');
  });
});

describe('engine.decide: asked what happens when the usual way does not apply', () => {
  it('hands off "…mitä jos osallistujalla ei ole pankkitunnuksia eikä mobiilivarmennetta?": the slide gives only the usual way', async () => {
    const { engine } = await bundled();
    const question = 'Osallistujaseuranta tehdään suomi.fi:n kautta, mutta mitä jos osallistujalla ei ole pankkitunnuksia eikä mobiilivarmennetta?';
    expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
  });

  it('still answers how participants identify themselves', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Miten osallistujat tunnistautuvat osallistujaseurannassa?', { today: '2026-11-23' })).passage.excerpt).toContain('suomi.fi');
  });
});

describe('engine.decide: whether applications are still taken, after the call closed', () => {
  it.each(['Voiko Etelä-Savon hakuun enää hakea?', 'Ootteko vielä ottamassa hakemuksia vastaan Etelä-Savossa?'])('tells on 20.5.2024 that "%s" ended on 10.5.2024', async (question) => {
    const { engine } = await bundled();
    expect(renderText(callStatusOf(engine.decide(question, { today: '2024-05-20' })))).toContain('10.5.2024');
  });
});

describe('engine.decide: who may apply, after a story that names the call', () => {
  it('answers "…luettiin ELYn kesäkuun 2024 tiedotteesta uudesta hausta. Saako pohjois-savolainenkin yhdistys hakea siinä haussa…?" with where applicants must operate', async () => {
    const { engine } = await bundled();
    const question = 'Meillä on Iisalmessa eläkeläisten kuntoliikuntayhdistys ja luettiin ELYn kesäkuun 2024 tiedotteesta uudesta hausta. Saako pohjois-savolainenkin yhdistys hakea siinä haussa, vai onko se vain Etelä-Savoon?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('Pohjois-Savon alueella');
  });
});

describe('engine.decide: a call by a number no known call has', () => {
  it('hands off "Mitä painotettiin Pohjois-Savon haussa 3/2024?", but answers which number the spring call had', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Mitä painotettiin Pohjois-Savon haussa 3/2024?', { today: '2026-11-23' }).kind).toBe('handoff');
    expect(renderText(engine.decide('oliko se etelä-savon kevään haku numero 1/2024 vai 2/2024', { today: '2026-11-23' }))).toContain('2/2024');
  });
});

describe('engine.decide: how much the support covers (glossary)', () => {
  it('answers "…Kuinka suuren osan siitä tuki kattaa Pohjois-Savossa Koonnon diojen mukaan?" with the support level', async () => {
    const { engine } = await bundled();
    const question = 'Hankkeemme budjetti olisi 25 000 euroa. Kuinka suuren osan siitä tuki kattaa Pohjois-Savossa Koonnon diojen mukaan?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('80%');
  });
});

describe('engine.decide: trying new ways of working is the culture of experimenting (glossary)', () => {
  it('answers "Tukeeko Etelä-Savon haku sitä, että kokeillaan uudenlaisia toimintatapoja?" from "kokeilukulttuuria"', async () => {
    const { engine } = await bundled();
    const decision = engine.decide('Tukeeko Etelä-Savon haku sitä, että kokeillaan uudenlaisia toimintatapoja?', { today: '2026-11-23' });
    expect(answerOf(decision).passage.excerpt).toContain('kokeilukulttuuri');
  });
});

describe("engine.decide: the asker's own kind of association is no unknown topic", () => {
  it('answers "mikä on kanton projektipäällikön sähköposti, meidän maahanmuuttajayhdistys haluis varata ajan" with the e-mail', async () => {
    const { engine } = await bundled();
    const decision = engine.decide('mikä on kanton projektipäällikön sähköposti, meidän maahanmuuttajayhdistys haluis varata ajan', { today: '2026-11-23' });
    expect(decision.kind).toBe('answer');
    expect(renderText(decision)).toContain('@pksotu.fi');
  });
});

describe('engine.decide: what gives an application an advantage (glossary)', () => {
  it('answers "…Mikä antaa hakemukselle etua?" with what the press release says gets special attention', async () => {
    const { engine } = await bundled();
    const question = 'Tiedotteessa sanottiin, että joihinkin hankkeisiin kiinnitetään erityistä huomiota. Mikä antaa hakemukselle etua?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('kestäviä tuloksia');
  });
});

describe('engine.decide: whether an actor goes to a call', () => {
  it.each(['Käykö kuopiolainen yhdistys kesäkuun 2024 hakuun?', 'kelpaako pohjoissavolainen porukka kesäkuun 2024 hakuun', 'Käykö ELY:n kesäkuun 2024 haku myös kuopiolaiselle kyläyhdistykselle?', 'Kuuluuko Pohjois-Savo kesäkuun 2024 hakuun?'])(
    'answers "%s" (who may apply, not whether an idea fits) with where applicants must operate',
    async (question) => {
      const { engine } = await bundled();
      expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('Pohjois-Savon alueella');
    },
  );
});

describe('engine.decide: "elävöittäminen" is the press release\'s "elinvoimaisuus" (glossary)', () => {
  it('answers what the June 2024 call aims at for local communities, with a story and a typo', async () => {
    const { engine } = await bundled();
    const question = 'Ollaan kyläyhdistys Kangasniemellä, ja kylä on hiljentynyt kun koulu ja kauppa lähti. Mitä kesäkuun 2024 haun hankkeilla tavoitellaan paikallisyhtesöjen kannalta, sopisko kylän elävöittäminen siihen?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('elinvoimaisuutta');
  });
});

describe('engine.decide: why something is so although something else is', () => {
  it.each([
    'miks kanton vastuuviranomainen on etelä-savon ely vaikka hanke on pohjois-karjalassa',
    'miks heinävesi on kanton kuntalistassa vaikka se kuuluu nykyään pohjois-savoon',
  ])('hands "%s" to an adviser: the documents state the facts, not why they differ', async (question) => {
    const { engine } = await bundled();
    expect(engine.decide(question, { today: '2026-11-23' })).toMatchObject({ kind: 'handoff', reason: 'not_stated' });
  });

  it('still answers what the responsible authority is', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Mikä on KANTOn vastuuviranomainen?', { today: '2026-11-23' })).passage.excerpt).toContain('Etelä-Savon elinkeino-, liikenne- ja ympäristökeskus');
  });
});

describe('engine.decide: whether a document named emphasises something', () => {
  it('answers a long Savo-dialect story ending "Ommoo sielä ELY:n tiedotteessa mitään mainintaa tämmösistä kokeiluista?" with the item on trial culture', async () => {
    const { engine } = await bundled();
    const question =
      'Meillä on kyläyhdistyksessä semmonen ajatus, että kokeiltais ensin pienesti yhtä uutta toimintatapaa yksinäisille vanhuksille ja kahottais, toimiiko se, ennen kuin lähetään mihinkään isompaan. Meijän rahastonhoitaja on sitä mieltä, että kaiken pitää olla valmiiksi suunniteltua. Ommoo sielä ELY:n tiedotteessa mitään mainintaa tämmösistä kokeiluista?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('kokeilukulttuuria');
  });

  it('answers "…Mainitaanko ELY:n tiedotteessa asukkaiden osallistuminen ollenkaan?" from the press release, though the story\'s words fit another call\'s list', async () => {
    const { engine } = await bundled();
    const question = 'Haluttais saada kyläläiset itse suunnittelemaan kylätalon toimintaa. Mainitaanko ELY:n tiedotteessa asukkaiden osallistuminen ollenkaan?';
    const d = answerOf(engine.decide(question, { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('asukkaiden osallistumista');
    expect(d.passage.source.title).toContain('Itä-Suomessa haettavissa');
  });
});

describe('engine.decide: "ilmoitus" names the call announcement', () => {
  it.each([
    [
      'Meijän kylätoimikunta Kangasniemellä on aina tehnyt asiat niin, että hallitus päättää ja muut tulee talkoisiin. Nyt yks nuorempi jäsen sano että näissä Etelä-Savon kake-hankkeissa pitäis asukkaiden ite olla mukana kehittämässä. Pitääkö se paikkansa, sanotaanko siinä 2/2024 ilmoituksessa jotain asukkaista?',
      'osallistetaan asukkaat',
    ],
    ['Ilmoituksen alussa puhutaan pienten hankkeiden yhteistyöstä ja sitten perään vielä jostain koordinaatiosta. Minkälaista koordinaatiota siinä Etelä-Savon ilmoituksessa sanotaan edistettävän?', 'maakunnallista koordinaatiota'],
  ])('answers "%s" from what the announcement says, not from its link line', async (question, fact) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain(fact);
  });
});

describe('engine.decide: a call asked about by its number', () => {
  it('lists only that call before it opens ("Joko Etelä-Savon haku 2/2024 on auki?" in February 2024)', async () => {
    const { engine } = await bundled();
    const d = callStatusOf(engine.decide('Meidän hallitus kokoontuu ensi viikolla. Joko Etelä-Savon haku 2/2024 on auki, ja jos ei, milloin se aukeaa?', { today: '2024-02-12' }));
    expect(d.calls.map((c) => c.call.name)).toEqual(['Kansalaistoimijalähtöisen kehittämisen hankehaku 2/2024']);
  });

  it('keeps a call that is open (or opened, its end not told) beside it, so the answer never says none is open when one is', async () => {
    const { engine } = await bundled();
    const d = callStatusOf(engine.decide('Onko haku 2/2024 vielä auki?', { today: '2024-07-01' }));
    expect(d.calls.map((c) => c.call.name)).toContain('Kansalaistoimijalähtöisen kehittämisen hankehaku (tiedote 18.6.2024)');
    expect(d.calls.map((c) => c.call.name)).toContain('Kansalaistoimijalähtöisen kehittämisen hankehaku 2/2024');
  });
});

describe('engine.decide: with whom something was done', () => {
  it('answers "Kenen kanssa KANTO järjesti niitä infotilaisuuksia järjestöille?" from the passage naming the partner, not the list of info sessions', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Kenen kanssa KANTO järjesti niitä infotilaisuuksia järjestöille?', { today: '2026-11-23' })).passage.excerpt).toContain('ELY-keskuksen kanssa');
  });
});

describe('engine.decide: "vain" names no topic', () => {
  it('answers "Jos joku käy vain kerran meidän tapahtumassa, voiko hänet kirjata hankkeen osallistujaksi?" with the participant-tracking slide', async () => {
    const { engine } = await bundled();
    const question = 'Jos joku käy vain kerran meidän tapahtumassa, voiko hänet kirjata hankkeen osallistujaksi? Paljonko aikaa pitää olla osallistumisen aloituksen ja lopetuksen välillä?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('5 päivää');
  });
});

describe('engine.decide: help with an action the documents do not name', () => {
  it('answers "Auttaako Koonto vain hakemuksen kirjoittamisessa vai myös kun hanke on jo käynnissä?" with what Koonto offers (a verbal noun names no thing)', async () => {
    const { engine } = await bundled();
    const question = 'Auttaako Koonto vain hakemuksen kirjoittamisessa vai myös kun hanke on jo käynnissä? Meillä ei ole kokemusta projekteista ollenkaan.';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('suunnittelusta sen toteutukseen');
  });
});

describe('engine.decide: everyday skills in a learner\'s words (glossary)', () => {
  it('answers "…Sopiiko arki taidot Etelä-Savon 2/2024 hakuun?" with the item on everyday skills', async () => {
    const { engine } = await bundled();
    const question = 'Meidän naisryhmä opettaa arjen asioita, kuten kauppa, laskut ja Kela paperit. Sopiiko arki taidot Etelä-Savon 2/2024 hakuun?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('arjentaitoja');
  });
});

describe('engine.decide: how many a project helped', () => {
  it.each(['montako yhdistystä kanto ehti neuvoa koko hankkeen aikana', 'Montako yhdistystä KANTO lopulta neuvoi hankkeen aikana?', 'How many KAKE projects did KANTO help get funded in North Karelia in the end?'])(
    'hands "%s" to an adviser: the documents count the associations there are, not those helped',
    async (question) => {
      const { engine } = await bundled();
      expect(engine.decide(question, { today: '2026-11-23' })).toMatchObject({ kind: 'handoff', reason: 'not_stated' });
    },
  );

  it('still answers how many associations there are in North Karelia', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Montako yhdistystä Pohjois-Karjalassa toimii KANTOn kuvauksen mukaan?', { today: '2026-11-23' })).passage.excerpt).toContain('3800');
  });
});

describe('engine.decide: when the asker hears whether they were funded', () => {
  it('hands "How long does it take before ELY tells us if we got the money, after the Etelä-Savo 2/2024 deadline?" to an adviser, not the call\'s status', async () => {
    const { engine } = await bundled();
    const d = engine.decide('How long does it take before ELY tells us if we got the money, after the Etelä-Savo 2/2024 deadline?', { today: '2026-11-23' });
    expect(d).toMatchObject({ kind: 'handoff', reason: 'not_stated', lang: 'en' });
  });
});

describe('engine.decide: a heading the story names', () => {
  it('answers "Osallisuus ja yhteisöllisyys -otsikon alla on muutama ranskalainen viiva. Mitä ihan ensimmäisessä kohdassa sanotaan vahvistettavan?" from that heading\'s list', async () => {
    const { engine } = await bundled();
    const question = 'Osallisuus ja yhteisöllisyys -otsikon alla on muutama ranskalainen viiva. Mitä ihan ensimmäisessä kohdassa sanotaan vahvistettavan?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('asukkaiden osallistumista');
  });
});

describe('engine.decide: Finnish typed without "ä" and "ö"', () => {
  it.each([
    ['montako jasenta pohjois savon liikunnalla on', '169 jäsentä'],
    ['missa se pohjois karjalan sosiaaliturva yhdistys on joensuussa mika katu osote', 'Rantakatu'],
    ['tyoelaman avaimet hanke kenelle se oli tarkotettu minka ikasille nuorille', 'alle 30-vuotiaat'],
  ])('answers "%s" as if typed with them', async (question, fact) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain(fact);
  });

  it('respells question words a writer left them out of while writing them elsewhere ("meiän", "tanne", "pitaako")', async () => {
    const { engine } = await bundled();
    const d = engine.decide('tuleeko ne kanton neuvojat tanne syrja kylille asti vai pitaako meiän lahtee joensuuhun', { today: '2026-11-23' });
    expect(answerOf(d).passage.excerpt).toContain('koko Pohjois-Karjalan alueella');
  });

  it('leaves a word that is a word of its own ("valita") as written, whatever a short stem says', async () => {
    const { engine } = await bundled();
    engine.decide('mihin kustannuksiin flat rate 7 prosenttia kaytannossa lasketaan ja milloin kannattaa valita 40 prosenttia', { today: '2026-11-23' });
    const words = engine.explain()?.analyzed.words ?? [];
    expect(words).toContain('valita');
    expect(words).toContain('käytännössä');
  });

  it('tells the call\'s status for "ehtiiko etela savon 2/2024 hakuun viela ja mihin mennessa pitaa jattaa", and keeps the member\'s own spelling in the decision', async () => {
    const { engine } = await bundled();
    const question = 'ehtiiko etela savon 2/2024 hakuun viela ja mihin mennessa pitaa jattaa';
    const d = callStatusOf(engine.decide(question, { today: '2024-04-15' }));
    expect(d.region).toBe('Etelä-Savo');
    expect(d.question).toBe(question);
  });
});

describe('engine.decide: a message written as a letter', () => {
  it('answers "Hyvä vastaanottaja, onko Koonnolla nettisivut? Ystävällisin terveisin …, Rovaniemen Martat ry": the signature\'s town is not what is asked', async () => {
    const { engine } = await bundled();
    const d = engine.decide('Hyvä vastaanottaja, onko Koonnolla nettisivut? Ystävällisin terveisin Liisa Lappalainen, Rovaniemen Martat ry', { today: '2026-11-23' });
    expect(answerOf(d).passage.excerpt).toContain('pssotu.fi');
    expect(d.question).toContain('Rovaniemen Martat ry');
  });
});

describe('engine.decide: in which towns, asked in English', () => {
  it.each(['in which towns did the uusi tapa toimia project work', 'In which towns did the Uusi tapa toimia project change the way associations work?'])(
    'answers "%s" with the places the project passage names',
    async (question) => {
      const { engine } = await bundled();
      expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('Kouvolan ja Kuusankosken');
    },
  );
});

describe('engine.decide: whether another region has a coordination project', () => {
  it('hands "Balanssi ry toimi Lapissa. Onko Lapissa oma kake-koordinaatiohanke, ja kuka siellä neuvoo yhdistyksiä?" to an adviser', async () => {
    const { engine } = await bundled();
    const d = engine.decide('Balanssi ry toimi Lapissa. Onko Lapissa oma kake-koordinaatiohanke, ja kuka siellä neuvoo yhdistyksiä?', { today: '2026-11-23' });
    expect(d).toMatchObject({ kind: 'handoff', reason: 'not_stated' });
  });
});

describe('engine.decide: a half-remembered figure to be checked', () => {
  it('answers "…Onko se totta, eli onko näiden hankkeiden yks tarkoitus saada erilaisia toimijoita mukaan ESR-ohjelmaan?" ("totta" names nothing)', async () => {
    const { engine } = await bundled();
    const question =
      'Ollaan parinkymmenen hengen lausuntaharrastajien porukka Pieksämäeltä, eikä meillä oo ikinä ollut mitään EU-rahaa, kun ne tuntuu olevan vaan isoille järjestöille. Kaveri sanoi, että nää kake-hankkeet on tehty just pienille. Onko se totta, eli onko näiden hankkeiden yks tarkoitus saada erilaisia toimijoita mukaan ESR-ohjelmaan?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('hanketoimijoiden mahdollisuuksia osallistua');
  });

  it('answers "Pohjois-Karjalaan oli vuoden 2022 kake-haussa varattu muistaakseni 20 miljoonaa euroa. Oliko se oikein?" with the figure the slide gives', async () => {
    const { engine } = await bundled();
    const question = 'Pohjois-Karjalaan oli vuoden 2022 kake-haussa varattu muistaakseni 20 miljoonaa euroa. Oliko se oikein?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('2 miljoonaa euroa');
  });
});

describe('engine.decide: an adjective before "avustus" is no funder', () => {
  it('does not take "kotimainen avustus" for another funder\'s grant ("onks etelä-savon 2/2024 haku esr+ rahaa vai joku kotimainen avustus")', async () => {
    const { engine } = await bundled();
    expect(engine.decide('onks etelä-savon 2/2024 haku esr+ rahaa vai joku kotimainen avustus', { today: '2026-11-23' }).kind).not.toBe('handoff');
  });
});

describe('engine.decide: the participation period in a member\'s own words (glossary)', () => {
  it('answers "osallistujaseurannassa oli joku sääntö start- ja end-päivän välisestä ajasta, montako päivää siinä piti olla välissä" with the 5 days', async () => {
    const { engine } = await bundled();
    const question = 'osallistujaseurannassa oli joku sääntö start- ja end-päivän välisestä ajasta, montako päivää siinä piti olla välissä';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('5 päivää');
  });
});

describe('engine.decide: what an abbreviation stands for', () => {
  it.each([
    "Hankekuvauksen otsikossa lukee 'ESR'. Mistä sanoista lyhenne tulee?",
    'Mie näen näissä papereissa koko ajan lyhenteen ESR, ja meijän hallituksessa kukaan ei tiennyt, mitä se tarkoittaa. Mistä sanoista ESR tulee?',
    'What does ESR stand for?',
  ])('answers "%s" from the passage that writes it out', async (question) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('Euroopan sosiaalirahaston (ESR)');
  });

  it('answers "mitä PSL tarkoittaa" with Pohjois-Savon Liikunta ry', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('mitä PSL tarkoittaa', { today: '2026-11-23' })).passage.headings.join(' ')).toContain('Pohjois-Savon Liikunta ry (PSL)');
  });

  it('hands off the words of one no document writes out ("What does KaMu stand for in the Koonto slides?")', async () => {
    const { engine } = await bundled();
    expect(engine.decide('What does KaMu stand for in the Koonto slides?', { today: '2026-11-23' })).toMatchObject({ kind: 'handoff', reason: 'not_stated' });
  });

  it('hands off what one no document writes out means, typed in lower case ("mitä kamu meinaa, siis mitä kamu tarkoittaa siinä pallokissojen jutussa")', async () => {
    const { engine } = await bundled();
    expect(engine.decide('mitä kamu meinaa, siis mitä kamu tarkoittaa siinä pallokissojen jutussa', { today: '2026-11-23' })).toMatchObject({ kind: 'handoff', reason: 'not_stated' });
    // A word the documents also write in lower case is no abbreviation.
    expect(engine.decide('Mitä hakuaika tarkoittaa Etelä-Savon haussa?', { today: '2026-11-23' }).kind).not.toBe('handoff');
  });
});

describe('engine.decide: whether what is said stays between us (glossary)', () => {
  it('answers "jääkö kanton neuvojan kanssa puhutut asiat meidän välille, aihe on vähän arka" with KANTO\'s confidential advice', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('jääkö kanton neuvojan kanssa puhutut asiat meidän välille, aihe on vähän arka', { today: '2026-11-23' })).passage.excerpt).toContain('luottamuksellisia');
  });

  it.each([
    'jääkö kanton kanssa käydyt jutut meidän välille vai kerrotaanko niistä elylle',
    // A spoken genitive ("meijän") is the glossary phrase's "meidän".
    'Meijän yhdistyksen hallituksessa on ollut vähän erimielisyyttä rahankäytöstä, ja mie haluaisin kysyä neuvoa KANTOn neuvojalta ennen kuin asiasta puhutaan vuosikokouksessa. Jääkö se keskustelu meijän väliseksi, vai kerrotaanko siitä eteenpäin? Sanottiinko kalvoissa jotain tästä?',
    'Uskaltaako KANTOn neuvojalle kertoa yhdistyksen sisäisistä riidoista ja rahahuolista, vai kulkeeko tieto eteenpäin ELYlle?',
  ])(
    'answers "%s" with KANTO\'s confidential advice',
    async (question) => {
      const { engine } = await bundled();
      expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('luottamuksellisia');
    },
  );
});

describe('engine.decide: English frame words "single out", "particular"', () => {
  it('answers "Did the priorities of the 2022 North Karelia call single out any particular age group?" from the 2022 priorities', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Did the priorities of the 2022 North Karelia call single out any particular age group?', { today: '2026-11-23' })).passage.headings.join(' ')).toContain('painopisteet');
  });
});

describe('engine.decide: overheads as a percentage, in spoken words', () => {
  it('answers "voiko yleiskulut laskea jonain prosenttina eikä kuitteja jokaisesta?" with the flat rate', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('voiko yleiskulut laskea jonain prosenttina eikä kuitteja jokaisesta?', { today: '2026-11-23' })).passage.excerpt).toContain('flat rate');
  });
});

describe('engine.decide: spoken frame words ("kivaa", "haluis", "mut")', () => {
  it('answers an example-project question told in spoken Finnish with Pallo Haltuun\'s language learning', async () => {
    const { engine } = await bundled();
    const question = 'Me ohjataan maahanmuuttajanuoria ja haluttais et ne oppis suomee samalla kun tehään jotain kivaa yhessä suomalaisnuorten kanssa. Onko kake-hankkeista tällasesta kokemuksia?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('suomen kielen oppimista');
  });
});

describe('engine.decide: "especially hope to receive" is "toivotaan erityisesti" (glossary)', () => {
  it.each(['What kinds of projects does the June 2024 ELY call especially hope to receive?', 'What kinds of projects is the June 2024 call in Eastern Finland especially hoping for?'])('answers "%s"', async (question) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('yhteisöllisyyttä, työllistymistä ja hyvinvointia');
  });
});

describe('engine.decide: KANTO\'s applicants, asked in English', () => {
  it('answers "Was KANTO applied for by a single organisation or by several applicants together?" with "Vain yksi hakija"', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Was KANTO applied for by a single organisation or by several applicants together?', { today: '2026-11-23' })).passage.excerpt).toContain('Vain yksi hakija');
  });
});

describe('engine.decide: a long word the documents never use', () => {
  it('is taken for the topic: the passage about the other words does not answer "tietosuojaseloste"', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Pitääkö hankkeessa kerätyistä osallistujatiedoista tehdä tietosuojaseloste?', { today: '2026-11-23' }).kind).not.toBe('answer');
  });

  it('is not found in the head of its compound: "ohjausryhmä" is not "ohjaus- ja valmennuspalvelua"', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Pitääkö hankkeella olla ohjausryhmä?', { today: '2026-11-23' }).kind).not.toBe('answer');
  });
});

describe('engine.decide: a question of two things that no passage has together', () => {
  it.each(['Kuka on Pohjois-Savon Liikunnan toiminnanjohtaja?', 'Mikä on Pohjois-Savon Sosiaaliturvayhdistyksen Y-tunnus?'])(
    'hands "%s" off instead of offering passages that each have one of them',
    async (question) => {
      const { engine } = await bundled();
      expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
    },
  );
});

describe('engine.decide: a story about one region, a question about another', () => {
  it('does not answer the Etelä-Savo question with the Pohjois-Karjala fact the story quotes', async () => {
    const { engine } = await bundled();
    const d = engine.decide('Pohjois-Karjalan 2022 haussa kustannusmalli oli flat rate 40 % tai 7 %. Mikä kustannusmalli oli käytössä Etelä-Savon 2/2024 haussa?', { today: '2026-11-23' });
    expect(d.kind).not.toBe('answer');
  });
});

describe('engine.decide: a story that repeats a document fact, then asks a detail next to it', () => {
  it.each([
    'KANTOn kuvauksen mukaan Pohjois-Karjalassa on yli 3800 yhdistystä. Paljonko niistä on kyläyhdistyksiä?',
    'Koonnon kalvoissa sanotaan, että tukitaso on pääsääntöisesti 80 %. Missä tilanteissa se on jotain muuta, ja voiko se olla isompi?',
  ])('does not answer "%s" from the passage the story quotes', async (question) => {
    const { engine } = await bundled();
    expect(engine.decide(question, { today: '2026-11-23' }).kind).not.toBe('answer');
  });

  it('hands off asking for others when the only line about them is the one the story repeats', async () => {
    const { engine } = await bundled();
    expect(engine.decide('PSL:llä on 169 jäsentä, ja lähes kaikki niistä ovat urheiluseuroja. Mitä muita jäseniä Pohjois-Savon Liikunnalla on?', { today: '2026-11-23' }).kind).toBe('handoff');
    // Asked whose a quoted number is, the passage's other lines answer.
    expect(renderText(answerOf(engine.decide('Sain laskun, jossa on y-tunnus 0280113-5. Kenen y-tunnus tää on?', { today: '2026-11-23' })))).toContain('Pohjois-Karjalan Sosiaaliturvayhdistys');
  });

  it('reads a story ending in a year as its own sentence and answers the project question after it', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('Pohjois-Karjalan kake-haku aukesi kesäkuun lopussa 2022. Oliko KANTO-koordinaatiohanke silloin jo käynnissä, vai alkoiko se vasta myöhemmin?', { today: '2026-11-23' }));
    expect(renderText(d)).toContain('15.3.2022');
  });

  it('still answers when the asking sentence\'s words are in the passage', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Meiän budjetti ois 60 000 e. Paljonko siitä pitää kattaa itse?', { today: '2026-11-23' })).passage.excerpt).toMatch(/20/);
  });
});

describe('engine.decide: the title of a document', () => {
  it.each([
    'Laitan meidän jäsenkirjeeseen linkin siihen ELY:n kesäkuun 2024 tiedotteeseen kake-hausta. Mikä sen tiedotteen otsikko on, että jäsenet tunnistaa sen?',
    'What is the title of the June 2024 press release?',
  ])('answers "%s" with the one such document\'s title first', async (question) => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide(question, { today: '2026-11-23' }));
    expect(d.passage.headings).toEqual(['Itä-Suomessa haettavissa rahoitusta kansalaistoimijalähtöiseen kehittämiseen']);
    expect(renderText(d).split('\n')[d.lang === 'en' ? 2 : 0]).toContain('Itä-Suomessa haettavissa rahoitusta');
  });

  it('lets the member choose when the kind of document named has several', async () => {
    const { engine } = await bundled();
    const d = engine.decide('Mikä on kalvojen otsikko?', { today: '2026-11-23' });
    if (d.kind !== 'clarify') throw new Error(`expected clarify, got ${d.kind}`);
    expect(d.candidates.map((c) => c.source.title).sort()).toEqual([expect.stringContaining('KANTO'), expect.stringContaining('Koonto')]);
  });
});

/** An engine over documents written here (no glossary), each a file `docs/<id>.md`. */
function engineOver(docs: readonly { id: string; date: string; body: string; type?: string }[]): Engine {
  const files = docs.map((d) => documentFile(`docs/${d.id}.md`, [`id: ${d.id}`, 'title: Tiedote', `type: ${d.type ?? 'press_release'}`, 'publisher: P', 'regions: [Etelä-Savo]', `date: "${d.date}"`], d.body));
  const parsed = parseKnowledge(files);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return createAnswerEngine(parsed.kb);
}

describe('engine.decide: the kind of document the question names', () => {
  const engine = engineOver([
    { id: 'kalvot', date: '2024-01-15', type: 'presentation', body: '# Esitys\n\n## Rahoitus\n\nOmarahoitusosuus on 20 %.\n' },
    { id: 'kuvaus', date: '2024-01-15', type: 'project_description', body: '# Kuvaus\n\n## Rahoitus\n\nOmarahoitusosuus on 20 % hankkeen kokonaiskustannuksista, ja loput tulee tukena.\n' },
  ]);

  it.each([
    ['Paljonko omarahoitusosuus on kalvoissa?', 'kalvot:1'],
    ['Paljonko omarahoitusosuus on hankekuvauksessa?', 'kuvaus:1'],
    ['Paljonko omarahoitusosuus on EURAssa?', 'kuvaus:1'],
  ])('"%s" finds the passage of that kind of document (%s)', (question, passageId) => {
    expect(answerOf(engine.decide(question, { today: '2024-06-01' })).passage.passageId).toBe(passageId);
  });
});

describe('engine.decide: a municipality named next to what is asked', () => {
  it('answers whether the advisers can be met in person "vai vain netissä" with how advice is given (the glossary)', async () => {
    const { engine } = await bundled();
    const question = 'Ne ihmiset jotka auttaa hakemuksessa Pohjois-Karjalassa, voiko heidät tavata oikeasti vai vain netissä? Minä en osaa hyvin tietokonetta.';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('Livenä, Teams');
  });

  it('answers "voiks kanton neuvojaa moikata teamsissa vai pitääkö ajaa joensuuhun asti" with how advice is given, not the area list', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('voiks kanton neuvojaa moikata teamsissa vai pitääkö ajaa joensuuhun asti', { today: '2026-11-23' })).passage.excerpt).toContain('Teams');
  });

  it('still answers "Lapinlahdelta ollaan, saadaanko Koonnolta apua?" with the municipalities Koonto covers', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Lapinlahdelta ollaan, saadaanko Koonnolta apua?', { today: '2026-11-23' })).passage.excerpt).toContain('Lapinlahti');
  });
});

describe('engine.decide: the call the question names ("haussa", "hakuun")', () => {
  it.each([
    ['Kiinnitetäänkö kesäkuun 2024 haussa tällaiseen erityisesti huomiota?', 'Mihin kiinnitetään erityistä huomiota'],
    ['Keneltä saa apua Itä-Suomen haun hakemukseen?', 'koordinaatiohankkeet'],
  ])('"%s": every passage of a document announcing a call is about the call', async (question, heading) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.headings.join(' ')).toContain(heading);
  });
});

describe('engine.decide: members\' questions written under a passage (kysymykset)', () => {
  const body = (questions: string): string =>
    `# Tiedote\n\n## Omarahoitus\n\nOmarahoitusosuus on 20 % hankkeen kustannuksista.\n${questions}\n## Yhteystiedot\n\nNeuvoja Maija Meikäläinen vastaa hakijoiden kysymyksiin.\n`;
  const question = 'Mikä on meidän omavastuu kuluista?';

  it('answers in the member\'s words from the passage they were written under, showing the passage, not the questions', () => {
    const engine = engineOver([{ id: 'a', date: '2024', body: body('<!-- kysymykset:\n- Kuinka suuri omavastuu kuluista on?\n-->\n') }]);
    const d = answerOf(engine.decide(question, { today: '2024-06-01' }));
    expect(d.passage.excerpt).toContain('Omarahoitusosuus on 20 %');
    expect(d.passage.excerpt).not.toContain('omavastuu');
  });

  it('hands the same question off when no such questions are written', () => {
    const engine = engineOver([{ id: 'a', date: '2024', body: body('') }]);
    expect(engine.decide(question, { today: '2024-06-01' }).kind).toBe('handoff');
  });
});

describe('engine.decide: a question that names nothing in particular', () => {
  it.each(['Kuinka pitkä hanke voi olla?', 'Miten haetaan?'])('does not answer "%s" from whichever passage has its one framing word', async (question) => {
    const { engine } = await bundled();
    expect(engine.decide(question, { today: '2026-11-23' }).kind).not.toBe('answer');
  });

  it('answers "Kuinka paljon tukea voi saada?" from the support level (the glossary has the phrase)', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Kuinka paljon tukea voi saada?', { today: '2026-11-23' })).passage.headings.join(' ')).toMatch(/tukitaso/);
  });

  it.each([
    ['paljonko pitää ite maksaa', /Omarahoitusosuus 20/],
    ['paljonko pitää olla omaa rahaa', /Omarahoitusosuus 20/],
    ['kuinka iso osa kuluista korvataan', /tukitaso on pääsääntöisesti 80/],
    ['Opettiko KANTO yhdistyksille jonkun mittarin?', /THL:n osallisuusindikaattoria/],
  ])('answers the everyday "%s"', async (question, fact) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toMatch(fact);
  });

  it('does not take spoken "tarkottaa" for the topic of a definition question', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('mitä kake tarkottaa', { today: '2026-11-23' }));
    expect(d.passage.headings.join(' ')).not.toMatch(/esimerkkihankkeet/);
  });

  it('still answers what a common term means', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Mikä on ESR?', { today: '2026-11-23' }).kind).toBe('answer');
  });
});

describe('engine.decide: which option suits us', () => {
  it.each([
    'Kumpi kustannusmalli meidän kannattaa valita, 40 % vai 7 %?',
    'Which flat rate should a small association choose?',
    'Which model would work better for a small association?',
    'Flat rate 40 % vai 7 %, kumpi meille?',
    'Pohjois-Karjalan haussa on flat rate 40 % tai 7 %. Milloin kannattaa ottaa 40 ja milloin valita 7?',
  ])(
    'hands "%s" to an adviser: the documents state the options, the adviser advises',
    async (question) => {
      const { engine } = await bundled();
      expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
    },
  );

  it('answers which thing a project was to make better: "make … better" is not "which is better"', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('In the Pallo Haltuun project, which stadium were the workshops meant to make better?', { today: '2026-11-23' })).passage.excerpt).toContain('Savon Sanomat Areena');
  });

  it('still answers what the options are', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Mitä kustannusmalleja on, 40 % vai 7 %?', { today: '2026-11-23' })).passage.excerpt).toContain('flat rate');
  });
});

describe('engine.decide: English everyday phrasings', () => {
  it.each([
    ['How much money is available?', 'miljoonaa euroa'],
    ['Can we apply together with another association?', 'ryhmähanke'],
    ["does the june 2024 ELY call say anything about bringing services to people's everyday surroundings", 'arkiympäristöihin'],
    ["what did the pallokissat girls' football project put together besides the activity model", 'verkostokartta'],
    // A long English word one typing error off still meets the glossary ("certificat").
    ['in hyvä arki project what paper the participants got, some certificat?', 'osaamistodistus'],
    ['What percentage of costs does the support cover?', '80%'],
    // "immigrants" stands for both ways the documents write it: "maahanmuuttajien" (press release), "maahan muuttaneiden" (the 2/2024 call).
    ['Does the South Savo call 2/2024 mention immigrants?', 'maahan muuttaneiden'],
    ['Does the ELY press release of June 2024 mention immigrants?', 'maahanmuuttajien'],
    ['What does KAKE stand for?', 'Kansalaistoimijalähtöinen'],
    ['When was the press release published?', '18.6.2024'],
    ['How much do we have to pay ourselves?', 'Omarahoitusosuus 20%'],
    ['Do we need to collect data on participants?', 'suomi.fi'],
    ['What do participants need to identify themselves?', 'suomi.fi'],
    ['Which organisation applied for KANTO?', 'Pohjois-Karjalan Sosiaaliturvayhdistys ry'],
    ['Can young people without a study place be a target group?', 'nivel- ja riskivaiheessa'],
    ['Can we apply alone or do we need partners?', 'ryhmähanke'],
    ['Do participants have to give their personal data?', 'suomi.fi'],
    ['Who is the project manager of Koonto, and how can I reach her?', 'Puustinen'],
    ['How can I reach the KANTO advisers?', 'teija.sivonen@pksotu.fi'],
    ['Which authority is named as responsible for the KANTO project in its EURA description?', 'Etelä-Savon elinkeino-'],
    ['What score did KANTO give itself for promoting well-being in the sustainability table of its EURA description?', 'Hyvinvoinnin edistäminen 9 10'],
    ['How long must a participant take part to be counted?', '5 päivää'],
    ['Where can I find the call instructions?', 'EURA2021'],
    ['What percentage do we need to finance ourselves?', 'Omarahoitusosuus 20%'],
    // "support" is the call's, not a coordination project's (the glossary no longer says so); the 2/2024 call's
    // "maahan muuttaneiden" is an immigrant too, as "Tukeeko haku maahanmuuttajia?" is answered.
    ['Does the call support immigrants?', 'maahan muuttaneiden'],
    ['Is loneliness among the elderly a topic the call supports?', 'Yksinäisyyden'],
    ['Our sports club is in Kuopio. Can we apply?', 'säätiöt'],
    // Earlier projects, not whether an idea fits the call ("funded" made it a fit question).
    ['Do you have any examples of funded projects for young people?', 'nuoria'],
    // The first "call" is a phone call, the second the funding call.
    ['Who can I call about the call in North Savo?', 'tuomas.puustinen@pssotu.fi'],
    ['What time was the ELY press release released?', '9.52'],
  ])('answers "%s" through the glossary', async (question, fact) => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide(question, { today: '2026-11-23' }));
    expect(d.lang).toBe('en');
    expect(d.passage.excerpt).toContain(fact);
  });
});

describe('engine.decide: English phrasal verbs', () => {
  it('does not take "carried out" for what is asked', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('Was any KAKE project carried out in Kouvola?', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('Kouvola');
  });
});

describe('engine.decide: pronouns and spoken Finnish', () => {
  it('does not take spoken demonstratives and adverbs ("sellanen", "silti", "eikä") for what is asked', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('Meiän tavote on vähentää ikäihmisten yksinäisyyttä Tervossa. Onko se sellanen asia mitä kake-hankkeilla tehdään?', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('yhteisöllisyyttä');
  });

  it('does not take spoken verbs and conjunctions ("tarttisin", "varten", "kysyy", "ku") for what is asked', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('tarttisin kanton y-tunnuksen laskua varten', { today: '2026-11-23' })).passage.excerpt).toContain('0280113-5');
  });

  it('does not take spoken pronouns ("kaikki", "omillamme") for what is asked', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('tehäänkö pienissä hankkeissa yhteistyötä vai ollaanko kaikki omillamme', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('pienten hankkeiden yhteistyötä');
  });

  it('does not take pronouns ("jokainen", "omillaan") for what is asked', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('Tehdäänkö pienissä hankkeissa yhteistyötä vai toimiiko jokainen omillaan?', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('pienten hankkeiden yhteistyötä');
  });

  it('does not take spoken fillers and pronouns ("tehä", "ite", "kummankin") for what is asked', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('voiks me tehä yhteinen hanke naapuriseuran kanssa pohjois-karjalan haussa vai pitääks kummankin hakea ite', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('ryhmähanke');
  });
});

describe('engine.decide: a budget asked', () => {
  it('answers a budget with a passage that states a sum, and hands off when none does', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Mikä on KANTOn budjetti?', { today: '2026-11-23' })).passage.excerpt).toContain('250 000');
    // Koonto's documents say who funds it, not how much: a support rate (80 %) is not its budget.
    expect(engine.decide('Mikä on Koonnon budjetti?', { today: '2026-11-23' }).kind).toBe('handoff');
  });

  it('does not take "muuttaa" (to change) for the pronoun "muut" (others)', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Voiko hankkeen budjettia muuttaa kesken kaiken?', { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: a month named without a year', () => {
  it.each([
    ['mitä teemoja kesäkuun haussa oli', 'ely-tiedote-2024-06-18', 'Osallisuus ja yhteisöllisyys'],
    ['sopiiko meidän jalkautuva toiminta kesäkuun hakuun?', 'ely-tiedote-2024-06-18', 'arkiympäristöihin'],
    ['Painotetaanko kesäkuun 2022 haussa nuoria?', 'kanto-esitys-2022', 'nuorten'],
  ])('"%s" is about the newest call of that month unless a year is named (%s)', async (question, doc, fact) => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide(question, { today: '2026-11-23' }));
    expect(d.passage.passageId.startsWith(`${doc}:`)).toBe(true);
    expect(d.passage.excerpt).toContain(fact);
  });
});

describe('engine.decide: a mistyped compound tail', () => {
  it('takes "tapaamsia" for the documents\' "verkostotapaamisia"', async () => {
    const { engine } = await bundled();
    const question = 'Meidän kyläyhdistys Juuassa haluaisi tavata muita yhdistyksiä ja vaihtaa kokemuksia hankkeista. Järjestääkö KANTO yhdistyksille jotain yhteisiä tapaamsia?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('verkostotapaamisia');
  });
});

describe('engine.decide: a "jos" clause after what is asked tells the case', () => {
  it('reads "etelä-savon haussa käykö jos opetetaan ruuanlaittoa ja rahankäyttöä nuorille jotka asuu yksin" as whether an idea fits', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('etelä-savon haussa käykö jos opetetaan ruuanlaittoa ja rahankäyttöä nuorille jotka asuu yksin', { today: '2026-11-23' }));
    expect(d.passage.headings.join(' ')).toMatch(/painotetaan/);
  });
});

describe('engine.decide: a "kun …, niin" clause tells what the asker knows', () => {
  it('answers who may apply, not whether the call emphasises it, when the clause names the call', async () => {
    const { engine } = await bundled();
    const question = 'Ollaan Kuopiossa toimiva omaishoitajien yhdistys. Kun kesäkuun 2024 haun avasi Etelä-Savon ELY, niin onko se vain eteläsavolaisille, vai voiko myös pohjoissavolainen yhdistys jättää hakemuksen?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('Pohjois-Savon alueella');
  });
});

describe('engine.decide: why projects are funded', () => {
  it('answers from their purpose, not the call\'s emphasised contents', async () => {
    const { engine } = await bundled();
    const question = 'miks näitä kake-hankkeita ylipäätään rahotetaan, mitä niillä lisätään osallisuutta edistävissä toimissa';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('asiakaslähtöisyyttä');
  });
});

describe('engine.decide: whether a document has a link', () => {
  it('is not read as whether the call names something (no emphasised contents for "onko siinä tiedotteessa joku linkki")', async () => {
    const { engine } = await bundled();
    const d = engine.decide('mistä netistä löytyy ne ihmiset jotka auttaa hakemuksen kanssa, onko siinä kesäkuun tiedotteessa joku linkki', { today: '2026-11-23' });
    expect(d.kind === 'answer' ? d.passage.headings.join(' ') : '').not.toMatch(/painotetaan|valmiudet/);
  });
});

describe('engine.decide: opening hours of an office whose address the question gives', () => {
  it('hands off the hours rather than answering with the address the asker already told', async () => {
    const { engine } = await bundled();
    expect(engine.decide('the kanto office is in rantakatu 23 in joensuu right, what are opening hours, can i just walk in', { today: '2026-11-23' }).kind).toBe('handoff');
  });

  it('still answers the address when it is asked with the hours', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Mikä on KANTOn toimiston osoite ja aukioloajat?', { today: '2026-11-23' })).passage.excerpt).toContain('Rantakatu 23');
  });
});

describe('engine.decide: asked where advice is given, from a town', () => {
  it('answers how and where KANTO advises, not the list of its municipalities', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('me ollaan ilomantsista, tuleeko kanton neuvoja tänne asti vai pitääkö mennä joensuuhun', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('Liikumme koko Pohjois-Karjalan alueella');
  });

  it('reads spoken "tuleeks kanton tyyppi" (KANTO\'s person) the same way', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('me ollaan ilomantsista, tuleeks kanton tyyppi tänne asti vai pitääkö mennä joensuuhun', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('Liikumme koko Pohjois-Karjalan alueella');
  });
});

describe('engine.decide: identification in the member\'s own words', () => {
  it('finds the 2/2024 call\'s "maahan muuttaneiden" for a mistyped "maahanmuttajat"', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('Meidän monikulttuurinen naisyhdistys Mikkelissä miettii, onko maahanmuttajat mainittu Etelä-Savon 2/2024 haun painotuksissa ihan erikseen?', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('maahan muuttaneiden');
  });

  it('takes "koordinoitu koko maakunnan tasolla" for the call\'s "maakunnallista koordinaatiota"', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('halutaanko etelä-savon haulla et pienet hankkeet ois jotenkin koordinoitu koko maakunnan tasolla', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('maakunnallista koordinaatiota');
  });

  it('takes "verkostoitua" (to network) for the network meetings', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('järjestääkö kanto yhdistyksille jotain tapaamisia joissa vois verkostoitua muiden kanssa', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('verkostotapaamisia');
  });

  it('takes "miten hankkeesta kerrotaan somessa" for communication', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('järjestääkö kanto koulutusta siitä miten hankkeesta kerrotaan somessa ja paikalislehdissä', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('Viestintä');
  });

  it('takes "todistaa kuka ne on" (prove who they are) for identification, not a certificate', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('miten ne meidän kerhoon osallistuvat ihmiset todistaa kuka ne on siinä osallistujien seurannassa, pankkitunnuksilla vai miten', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('suomi.fi');
  });
});

describe('engine.decide: glossary forms of "riippuvainen" (addicted)', () => {
  it('answers "meil on peliriippuvaisten vertaisryhmä mikkelissä. käykö se etelä-savon kake-hakuun" with the addictions line', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('meil on peliriippuvaisten vertaisryhmä mikkelissä. käykö se etelä-savon kake-hakuun', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('riippuvuuksien');
  });
});

describe('engine.decide: "minkä ikäisille" asks the ages (the glossary\'s "vuotiaille")', () => {
  it.each([
    'Tatu ry:n hankkeessa oli harrastustoimintaa erityistä tukea tarvitseville nuorille. Minkä ikäisille se oli tarkoitettu?',
    'Meidän poika on 27-vuotias ja hänellä on autismikirjon diagnoosi. Hanaa!-hankkeesta kerrottiin meille, mutta minkä ikäisille se harrastustoimita oli tarkoitettu?',
  ])('answers "%s" with 16-29', async (question) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('16-29');
  });
});

describe('engine.decide: who advises in a project named', () => {
  it.each([
    ['Olemme Iisalmessa toimiva urheiluseura. Kuka Pohjois-Savon Liikunnasta neuvoo Koonnossa hankeasioissa?', 'Tiina Kiiskinen'],
    ['Olemme Iisalmessa toimiva urheiluseura ja suunnittelemme liikuntahanketta syrjäytymisvaarassa oleville nuorille. Onko Koonnossa joku liikuntajärjestön puolelta, jolta voisi kysyä neuvoa?', 'Tiina Kiiskinen'],
    // No project named: the region's coordination project.
    ['kuka neuvoo pohjois-karjalassa hankeasioissa?', 'KANTO'],
  ])('answers "%s" with %s', async (question, fact) => {
    const { engine } = await bundled();
    const d = engine.decide(question, { today: '2026-11-23' });
    expect(d.kind).toBe('answer');
    expect(renderText(d)).toContain(fact);
  });
});

describe('engine.decide: how long a project is meant to go on', () => {
  it('answers "Kuinka pitkään Koonto-hanketta on tarkoitus jatkaa?" with its period', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Kuinka pitkään Koonto-hanketta on tarkoitus jatkaa?', { today: '2026-11-23' })).passage.excerpt).toContain('30.11.2025');
  });
});

describe('engine.decide: help while one\'s own project runs', () => {
  it('answers whether KANTO supports a running project from its measures, not with the calls\' status', async () => {
    const { engine } = await bundled();
    const d = engine.decide('Meillä on jo hanke käynnissä Lieksassa. Tukeeko KANTO vielä toteutusvaiheessa vai vaan hakuvaiheessa?', { today: '2026-11-23' });
    expect(answerOf(d).passage.excerpt).toContain('toteuttamisessa');
    expect(engine.decide('Auttaako Koonto vaan hakemuksen teossa vai myös sitten, kun hanke on jo käynnissä?', { today: '2026-11-23' }).kind).not.toBe('call_status');
  });
});

describe('engine.decide: another region\'s coordination project asked after ours are named', () => {
  it('hands off which project is Etelä-Savo\'s counterpart of KANTO and Koonto, which no document names', async () => {
    const { engine } = await bundled();
    const question = 'Pohjois-Karjalassa on KANTO ja Pohjois-Savossa Koonto, mutta mikä on Etelä-Savon vastaava koordinaatiohanke ja kuka siellä neuvoo?';
    expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: who advises, asked with a municipality', () => {
  it('does not answer who advises in Koonto with the list of its municipalities that names the asker\'s town', async () => {
    const { engine } = await bundled();
    const question = 'Olemme Siilinjärvellä toimiva liikuntaseura ja haluaisimme jutella hankeideasta nimenomaan Pohjois-Savon Liikunnan ihmisen kanssa. Kuka siellä neuvoo Koonnon hankeasioissa ja miten hänet tavoittaa?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).not.toContain('Kohderyhmän kunnat');
  });
});

describe('engine.decide: a follow-up project', () => {
  it.each(['jatkuuko koonto vuoden 2025 jälkeen vai tuleeko sille joku jatkohanke', 'kanto loppu 2023 lopussa, mikä on sen jatkohankkeen nimi pohjois-karjalassa'])(
    'hands off "%s": no document tells of a project after its own',
    async (question) => {
      const { engine } = await bundled();
      expect(engine.decide(question, { today: '2026-11-23' })).toMatchObject({ kind: 'handoff', reason: 'not_stated' });
    },
  );
});

describe('engine.decide: English words no document uses, heavier than what the choices have', () => {
  it('hands off accident insurance for volunteers rather than offering example projects with events', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Do we need accident insurance for our volunteers at summer events, and where do we get it?', { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: another call\'s funding rules', () => {
  it('hands off whether the June 2024 call uses the flat rate of Pohjois-Karjala\'s 2022 call, which its release does not state', async () => {
    const { engine } = await bundled();
    const question = 'Onko kesäkuun 2024 Itä-Suomen haussa käytössä flat rate 40 % samalla tavalla kuin Pohjois-Karjalan 2022 haussa?';
    expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: an organisation\'s address', () => {
  it('answers the address of the association that runs KANTO with its street address', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('Mikä on sen yhdistyksen osoite joka hallinnoi KANTOa? Haluaisin lähettää kirjeen.', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('Rantakatu 23 A');
  });
});

describe('engine.decide: a call\'s number ("mikä numero … haulla")', () => {
  it.each(['mikä numero sillä etelä-savon keväthaulla oli', 'mikä numero oli etelä-savon kevään haulla', 'Mikä on Etelä-Savon kevään 2024 kake-haun numero?'])(
    'answers "%s" with the passage naming the call 2/2024',
    async (question) => {
      const { engine } = await bundled();
      expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('2/2024');
    },
  );
});

describe('engine.decide: a name with an exclamation mark before "-hanke"', () => {
  it('hands off how much funding "Nuorten oma Kuopio! -hanke" got, which its passage does not state', async () => {
    const { engine } = await bundled();
    const question = 'Olemme Kuopiossa toimiva käsityöyhdistys ja mietimme samantyyppistä hanketta. Paljonko rahoitusta Kuopion Rouvasväenyhdistyksen Nuorten oma Kuopio! -hanke aikanaan sai?';
    expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: the municipalities where KANTO works', () => {
  it('answers from KANTO\'s area whether Heinävesi is among the municipalities "joilla KANTO toimii", not with its period', async () => {
    const { engine } = await bundled();
    const question = 'Meidän kotiseutuyhdistys toimii Heinävedellä. Kuuluuko Heinävesi niihin kuntiin, joilla KANTO toimii?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('Heinävesi');
  });
});

describe('engine.decide: "verrattuna" (compared with) carries no content', () => {
  it('answers how the work has changed in Pohjois-Savo since the previous programme period from Koonto\'s background', async () => {
    const { engine } = await bundled();
    const question = 'Miten kansalaistomijalähtöinen kehittäminen on muuttunut Pohjois-Savossa edelliseen ohjelmakauteen verrattuna?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('2014-2020 ohjelmakaudella');
  });
});

describe('engine.decide: a project of one association or of several', () => {
  it('answers whether KANTO\'s call allowed a project of several associations from the line "Yhden toimijan hanke tai ryhmähanke"', async () => {
    const { engine } = await bundled();
    const question = 'Meillä Kiteellä kolme kyläyhdistystä miettii yhteistä hanketta kylätalojen ympärille. Käykö KANTOn mukaan vain yhden yhdistyksen hanke, vai voiko hakea porukalla?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('ryhmähanke');
  });

  it('reads "KANTOn diojen" as KANTO\'s slides and answers from them which group they name', async () => {
    const { engine } = await bundled();
    const question = 'Mikä ryhmä nostetaan KANTOn diojen 4.3-painopisteissä erikseen esiin osallisuuden, työllistymsen ja osaamisen kehittämisen kohdalla?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('nuorten tarpeet');
  });
});

describe('engine.decide: checking a half-remembered fact', () => {
  it.each([
    // A number offered beside a figure ("30 vai 20 prosenttia") is a figure too: the passage need not have the wrong one.
    ['oliko se omarahoitus 30 vai 20 prosenttia siinä pohjois-karjalan haussa', 'Omarahoitusosuus 20%'],
    ['Flat rate -kustannusmallissa oli muistaakseni vaihtoehdot 40 % ja 15 %. Menikö oikein?', 'flat rate 40 % tai 7 %'],
    ['Koonto kestää muistaakseni vuoden 2024 loppuun, vai meneekö se pidemmälle?', '30.11.2025'],
    ['Hyvä arki -hankkeen opinollistamisen malli tehtiin muistaakseni Kuopioon. Menikö oikein?', 'Kuhmoon'],
    // The words of a belief ("ymmärtääkseni", "luulen", "muistanko väärin") are no content the passage must have.
    ['Ymmärtääkseni Pohjois-Karjalan 2022 hakuun oli varattu 2 miljoonaa euroa, vai muistanko väärin?', '2 miljoonaa euroa'],
    ['Luulen, että KANTOlle myönnettiin noin miljoona euroa EU- ja valtion rahoitusta. Paljonko sitä oikeasti myönnettiin?', '250 000'],
  ])('answers "%s" with the fact', async (question, fact) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain(fact);
  });
});

describe('engine.decide: a call named by its number in the asking sentence, whatever time the story names', () => {
  it('answers whether the 2/2024 call names various addictions from its own emphasised contents, not the June 2024 release the story names', async () => {
    const { engine } = await bundled();
    const question = 'Kesäkuun 2024 tiedotteessa puhuttiin pelkästään riippuvuuksista. Onko Etelä-Savon 2/2024 haussa sama sanamuoto, vai mainitaanko siinä erilaiset riippuvuudet, vaikkapa peliriippuvuus?';
    const d = answerOf(engine.decide(question, { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('erilaisten riippuvuuksien');
    expect(d.passage.source.title).toContain('2/2024');
  });
});

describe('engine.decide: a realised figure for the item asked', () => {
  it('hands off how many people finally took part in KANTO: the persons\' item gives only its plan, the companies\' its realised 0', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Kuinka moni ihminen KANTOon lopulta osallistui toteutuneiden seurantatietojen mukaan?', { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: "ajanvarausta" is not a project\'s time', () => {
  it('hands off whether one may visit Koonto\'s office without an appointment rather than give the project\'s period', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Missä Koonnon toimisto on Kuopiossa, ja voiko sinne tulla käymään ilman ajanvarausta?', { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: a passage with one of several things asked does not stand out', () => {
  it('hands off the questions of THL\'s indicator and how it is scored, which no document gives, rather than quote KANTO\'s results', async () => {
    const { engine } = await bundled();
    const question = 'Meidän yhdistys Kiuruvedellä on kiinnostunut mittaamaan osallisuutta sillä THL:n osallisuusindikaattorilla, joka KANTOn kuvauksessa mainitaan. Mitä kysymyksiä siinä mittarissa on ja miten se pisteytetään?';
    expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
  });

  it('still answers an English question with one glossary term found among filler words', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('How much self-financing does our association need to put in?', { today: '2026-11-23' })).passage.excerpt).toContain('20%');
  });
});

describe('engine.decide: dictated fillers ("no siis", "ihan lyhyesti")', () => {
  it('answers the June call\'s purpose and the money reserved for Pohjois-Karjala', async () => {
    const { engine } = await bundled();
    const purpose = answerOf(engine.decide('no siis mikä on sen koko kesäkuun haun tarkotus ihan lyhyesti mitä sillä halutaan parantaa', { today: '2026-11-23' }));
    expect(purpose.passage.excerpt).toContain('paikallisyhteisöjen elinvoimaisuutta ja hyvinvointia');
    const money = answerOf(engine.decide('no siis paljonko sinne pohjois-karjalaan oli kakstuhattakakskymmentäkaks rahaa varattu koko maakuntaan', { today: '2026-11-23' }));
    expect(money.passage.excerpt).toContain('2 miljoonaa euroa');
  });
});

describe('engine.decide: "joilla menee heikosti", "laskujen maksaminen" for the documents\' words (the glossary)', () => {
  it('answers a dictated idea of teaching everyday skills from the Etelä-Savo call\'s line on "arjentaitoja"', async () => {
    const { engine } = await bundled();
    const question = 'joo eli meillä on eläkeläisten kerho mikkelissä ja mietittiin että voisko opettaa arjen taitoja vaikka ruuanlaittoa ja laskujen maksamista niille joilla menee heikosti kuuluuko semmonen etelä-savon kevään hakuun';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('arjentaitoja');
  });
});

describe('engine.decide: "tukeva" for the documents\' "edistävä" (the glossary)', () => {
  it('answers what the call\'s projects add to "osallisuutta tukevissa toimissa" from the purpose that says "osallisuutta edistävien toimien"', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('Mitä Etelä-Savon 2/2024 haun hankkeilla halutaan lisätä osallisuutta tukevissa toimissa?', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('asiakaslähtöisyyttä');
  });
});

describe('engine.decide: a region by its first letter ("e-savon", "pk:n")', () => {
  it('answers "käykö e-savon kake-hakuun hanke päihderiippuvaisille" as it answers "etelä-savon"', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('käykö e-savon kake-hakuun hanke päihderiippuvaisille', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('riippuvuuksien');
    expect(d.passage.passageId).toBe(answerOf(engine.decide('käykö etelä-savon kake-hakuun hanke päihderiippuvaisille', { today: '2026-11-23' })).passage.passageId);
  });
});

describe('engine.decide: a message without a question mark', () => {
  it('finds the asking sentence by its spoken question word ("millasiin") and answers it', async () => {
    const { engine } = await bundled();
    const question = 'Meiän kyläyhdistys Ilomantsissa on tosi pieni ja mietitään kannattaako ees hakea. millasiin hankkeisiin ely sanoo kiinnittävänsä erityistä huomiota';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('kestäviä tuloksia');
  });
});

describe('engine.decide: frame words', () => {
  it('takes "yleinen" (general) as a narrowing word: "pksotun yleinen puhelinnumero?" gets the number, not choices', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('pksotun yleinen puhelinnumero?', { today: '2026-11-23' })).passage.excerpt).toContain('050 558 7460');
  });

  it('does not take spoken "semmosia" (such) for what is asked', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('järjestääkö kanto semmosia tapaamisia joissa eri yhdistykset pääsee tutustumaan toisiinsa', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('verkostotapaamisia');
  });

  it('does not take "kerrotun" (told) for what is asked: the passage saying who opened the call comes first', async () => {
    const { engine } = await bundled();
    const d = engine.decide('Mikä ELY-keskus sen kesäkuun 2024 tiedotteessa kerrotun haun oikeastaan avasi? Me Joensuussa oletettiin, että se on meidän oma ELY.', { today: '2026-11-23' });
    const first = d.kind === 'answer' ? d.passage.excerpt : d.kind === 'clarify' ? d.candidates[0]?.excerpt : undefined;
    expect(first).toContain('Etelä-Savon ELY-keskus on avannut haun');
  });

  it('does not take "olemaan" (to be) for what is asked, and reads "verkko-osoitteesta" as asking a web address', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('Mistä verkko-osoitteesta löytyvät ne alueiden koordinaatiohankkeet, joihin tiedotteessa kehotetaan olemaan yhteyksissä?', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('rakennerahastot.fi');
  });

  it('does not take "millä nimellä" (by what name) for a word the answer must have', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('Millä nimellä kansalaistoimijalähtöistä kehittämistä kutsuttiin ohjelmakaudella 2014–2020?', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('paikallinen kehittäminen kaupunkialueella');
  });

  it('does not take "kuulimme" or "eräässä" (we heard, a certain) for what is asked', async () => {
    const { engine } = await bundled();
    const question = 'Yhdistyksemme Varkaudessa on ikääntynyt, ja nuoria on vaikea saada mukaan hallitukseen. Kuulimme, että eräässä kake-hankkeessa kehitettiin malli, jolla kokeneet yhdistysaktivit siirtävät osaamistaan nuorille. Mikä tämä malli oli?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('yhdistysmestari-kisälli');
  });

  it('takes "hakea porukalla" for a group project', async () => {
    const { engine } = await bundled();
    const question = 'Meillä on kolme pientä kyläyhdistystä Polvijärvellä ja haluttais tehdä yks yhteinen hanke. voiko pk:n 2022 haussa hakea porukalla vai pitääkö kaikkien hakea erikseen';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('ryhmähanke');
  });

  it.each([
    ['Paljonko EU- ja valtion rahoitusta KANTOlle alun perin myönnettiin?', '250 000'],
    ['montako järjestöä koonnon kohderyhmässä on suurin piirtein', '5 000'],
    ['mihin ne työelämän avaimet -kurssilaiset suurimmaks osaks jatko kurssin jälkeen', 'työkokeilussa'],
  ])('does not take "alun perin" / "suurin piirtein" / "suurimmaks osaks" (originally, roughly, mostly) for what is asked: "%s"', async (question, fact) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain(fact);
  });

  it('does not take "esiin" of "nostetaan esiin" (highlighted) for what is asked', async () => {
    const { engine } = await bundled();
    const question = 'Ollaan Ilomantsissa pieni nuorisoseura ja mietitään, kannattaako meidän edes hakea. Kenen tarpeet nostetaan KANTOn esityksessä erityisesti esiin 4.3-erityistavoitteen painopisteissä?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('Erityisesti nuorten tarpeet');
  });

  it('takes "millasia hankkeita … on tehty" for earlier example projects, not the call\'s themes', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('millasia hankkeita ennen on tehty', { today: '2026-11-23' }));
    expect(d.passage.headings.join(' ')).toMatch(/esimerkkihankkeet/);
  });

  it('does not take "voin" or spoken "kenel" for what is asked, and takes "itse rahoittaa" for own funding', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('kenel voin soittaa koonnossa', { today: '2026-11-23' })).passage.excerpt).toContain('tuomas.puustinen@pssotu.fi');
    // (Kitee is in Pohjois-Karjala, whose call states the share.)
    const story = 'Olemme pieni kyläyhdistys Kiteeltä ja mietimme hanketta ikäihmisten yksinäisyyden vähentämiseksi. Kuinka paljon meidän pitäisi itse rahoittaa?';
    expect(answerOf(engine.decide(story, { today: '2026-11-23' })).passage.excerpt).toContain('Omarahoitusosuus 20%');
  });

  it("answers the own share asked about a Pohjois-Savo town or region from Koonto's support level, not another region's share", async () => {
    const { engine } = await bundled();
    // The support level's written question names Pohjois-Savo; the member names a town there, or only the story does.
    for (const question of [
      'Paljonko pitää maksaa itse jos ollaan Kuopiosta?',
      'Olemme pieni kyläyhdistys Rautalammilta ja mietimme hanketta ikäihmisten yksinäisyyden vähentämiseksi. Kuinka paljon meidän pitäisi itse rahoittaa?',
      'Mikä on omavastuu Pohjois-Savon haussa?',
      // ("ite maksaa" stands whole: "maksaa" alone matched Perhefutis's "maksuttomuudesta".)
      'paljonko meidän pitää ite maksaa jos saadaan kake-hanke pohjois-savossa',
    ]) {
      const excerpt = answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt;
      expect(excerpt, question).toContain('80%');
      expect(excerpt, question).not.toContain('20%');
    }
  });

  it('takes KANTO in the weak grade ("Kannolle", "Kannon") for KANTO', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('paljonko kannolle myönnettiin rahaa', { today: '2026-11-23' })).passage.excerpt).toContain('250 000');
  });

  it('takes "kahen yhdistyksen" (spoken) for a group project', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('voiks me tehä hanke kahen yhdistyksen kans', { today: '2026-11-23' })).passage.excerpt).toContain('ryhmähanke');
    // "kaks yhdistystä" is a group project, "yks yhdistys hakijana" a single applicant's; Savo's "pittää" and "nii" say nothing.
    expect(answerOf(engine.decide('ollaan kyläyhdistys kiteeltä. voiks kaks yhdistystä tehä yhteisen hankkeen pk:n haussa', { today: '2026-11-23' })).passage.excerpt).toContain('ryhmähanke');
    expect(answerOf(engine.decide('onko se nii et pittää olla vaan yks yhdistys hakijana pohjois-karjalan haussa', { today: '2026-11-23' })).passage.excerpt).toContain('Yhden toimijan hanke');
  });

  it('does not take "teen" or "kokonaisuudessaan" for what is asked', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('teen hakemusta, mikä on flat rate kokonaisuudessaan?', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('flat rate');
  });

  it('reads "Entä…?" (and what about…?) as a question word: "Kiitos! Entä paljonko tukea saa?" finds the support level', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Kiitos! Entä paljonko tukea saa?', { today: '2026-11-23' })).passage.headings.join(' ')).toMatch(/tukitaso/);
  });

  it('does not take "tarkalleen" (exactly) for a topic, nor let it match "tarkoitus"', async () => {
    const { engine } = await bundled();
    engine.decide('Mikä on omarahoitusosuus ihan tarkalleen?', { today: '2026-11-23' });
    expect(engine.explain()?.analyzed.concepts.map((c) => c.surface)).not.toContain('tarkalleen');
  });

  it('does not take "millaiset", "tällaseen", "toistensa" or "juttuja" for topics', async () => {
    const { engine } = await bundled();
    engine.decide('Millaiset jutut toistensa kanssa, onko tällaseen juttuja tarjolla?', { today: '2026-11-23' });
    const surfaces = engine.explain()?.analyzed.concepts.map((c) => c.surface) ?? [];
    for (const word of ['millaiset', 'toistensa', 'tällaseen', 'juttuja']) expect(surfaces).not.toContain(word);
    engine.decide('Does the press release mention people with disabilities?', { today: '2026-11-23' });
    expect(engine.explain()?.analyzed.concepts.map((c) => c.surface)).not.toContain('mention');
    engine.decide('mist löytyy se hakuilmoitus, löytyykö se netistä', { today: '2026-11-23' });
    const found = engine.explain()?.analyzed.concepts.map((c) => c.surface) ?? [];
    for (const word of ['mist', 'löytyy', 'löytyykö']) expect(found).not.toContain(word);
    engine.decide('Montako järjestöä se suunnilleen tarkoittaa?', { today: '2026-11-23' });
    expect(engine.explain()?.analyzed.concepts.map((c) => c.surface)).not.toContain('suunnilleen');
    // "Millaiset" no longer counts as a word the table lacks: its row is the answer.
    const d = answerOf(engine.decide('Millaiset numerot KANTO antoi hyvinvoinnin edistämiselle siinä kestävän kehityksen taulukossa?', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('Hyvinvoinnin edistäminen 9 10');
  });

  it('does not take spoken "anto" (antoi) or "ittelleen" (itselleen) for topics', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('mitkä pisteet kanto anto ittelleen hyvinvoinnin edistämisestä kestävän kehityksen taulukossa', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('Hyvinvoinnin edistäminen 9 10');
  });

  it('does not take "asiat" (things) for a topic: "Mitkä asiat hankaloittivat…" asks what the passage names', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('Mitkä asiat hankaloittivat Balanssi ry:n toiminnan vakiintumista Lapissa?', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('välimatkat');
  });
});

describe('engine.decide: a question after a story about the association', () => {
  it.each([
    ['Meidän yhdistys pyörittää kirpputoria ja kahvilaa, ja vapaaehtoisia on parikymmentä. Mikä on flat rate?', /omarahoitus/i, 'flat rate'],
    // The story names the place (Joensuu, in Pohjois-Karjala); the question alone does not.
    ['Ollaan Joensuusta ja mietitään uutta toimintaa nuorille kesäleirien ja retkien muodossa. Paljonko omarahoitusta pitää olla?', /omarahoitus/i, 'Omarahoitusosuus 20%'],
  ])('answers "%s" from its asking sentence when the whole story finds nothing', async (question, heading, fact) => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide(question, { today: '2026-11-23' }));
    expect(d.passage.headings.join(' ')).toMatch(heading);
    expect(d.passage.excerpt).toContain(fact);
    // What is forwarded, if the member asks an adviser after all, is the whole message.
    expect(d.question).toBe(question);
  });

  it('does not retry an asking sentence that only points back at the story', async () => {
    const { engine } = await bundled();
    const d = engine.decide('Halutaan vähentää vanhusten yksinäisyyttä kylällä. Onko tää semmonen asia mitä kake-hankkeilla tehdään?', { today: '2026-11-23' });
    expect(d.kind === 'answer' ? d.passage.headings.join(' ') : '').not.toMatch(/Hakuaika/);
  });

  it('still hands off when the asking sentence names something the documents do not know', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Meidän kuoro esiintyy vanhainkodeissa. Voiko hankkeen budjetista maksaa kuoronjohtajan tietosuojaselosteen laatimisen?', { today: '2026-11-23' }).kind).not.toBe('answer');
  });
});

describe('engine.decide: a question that offers a second question after "vai"', () => {
  it('answers "pitääkö … asukkaat ottaa mukaan … vai riittääkö että yhdistyksen hallitus suunnittelee itse" from the passage that states the first', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('pitääkö etelä-savon haussa asukkaat ottaa mukaan siihen kehittämiseen vai riittääkö että yhdistyksen hallitus suunnittelee itse', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('asukkaat mukaan kehittämiseen');
  });

  it('keeps both alternatives of a short choice at full weight ("nuorille vai aikuisille")', async () => {
    const { engine } = await bundled();
    engine.decide('se lieksan työpaja, oliko se nuorille vai aikuisille', { today: '2026-11-23' });
    const weights = new Map(engine.explain()?.analyzed.concepts.map((c) => [c.surface, c.weight]));
    engine.decide('se lieksan työpaja, oliko se aikuisille vai nuorille', { today: '2026-11-23' });
    for (const c of engine.explain()?.analyzed.concepts ?? []) expect(c.weight).toBeCloseTo(weights.get(c.surface) ?? -1);
  });
});

describe('engine.decide: a story and a question without a question mark', () => {
  it('reads "…20 %. voiko sen kattaa talkootyöllä" as a story and a question: the volunteer work asked about is nowhere', async () => {
    const { engine } = await bundled();
    expect(engine.decide('omarahoitus oli pohjois-karjalan haussa 20 %. voiko sen kattaa talkootyöllä vai pitääkö olla rahaa', { today: '2026-11-23' }).kind).toBe('handoff');
  });

  it('answers the question part of "jalkapalloseura joensuusta, junnuja on paljon. painotettiinko … nuoria"', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('jalkapalloseura joensuusta, junnuja on paljon. painotettiinko pohjois-karjalan 2022 haussa nuoria jotenki erikseen', { today: '2026-11-23' }));
    expect(d.passage.headings.join(' ')).toMatch(/painopisteet/);
  });
});

describe('engine.decide: a question that tells first and asks after "mutta"', () => {
  it.each([
    'KANTOn varsinainen kohderyhmä on yhdistykset, mutta ketkä sen hankekuvauksessa on välillisenä kohderyhmänä?',
    'Varsinainen kohderyhmä on yhdistykset, mutta ketkä ovat välillisiä kohderyhmiä?',
  ])('"%s" is answered from what it asks, not from what it tells', async (question) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.headings.join(' ')).toMatch(/Välilliset kohderyhmät/);
  });

  it('keeps a question that asks in both clauses whole ("Voiko yhdistys hakea, mutta entä säätiö?")', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Voiko yhdistys hakea, mutta entä säätiö?', { today: '2026-11-23' })).passage.excerpt).toContain('säätiöt');
  });
});

describe('engine.decide: asked what came true, where the documents give only the plan', () => {
  it.each([
    'Kuinka monta henkilöä KANTOn toimintaan lopulta osallistui toteutuneiden seurantatietojen mukaan?',
    // The story states the plan; retried alone, the asking sentence must not find another passage either.
    'KANTOn kuvauksessa suunniteltu osallistujamäärä oli 50. Montako ihmistä siihen lopulta osallistui seurantatietojen mukaan?',
    'How many people actually took part in KANTO?',
  ])('hands "%s" off: the persons\' item gives only "Suunniteltu: 50"', async (question) => {
    const { engine } = await bundled();
    expect(engine.decide(question, { today: '2026-11-23' })).toMatchObject({ kind: 'handoff', reason: 'not_stated' });
  });

  it.each([
    ['Montako yritystä KANTOon lopulta osallistui seurantatietojen mukaan?', 'Toteutunut seurantatietojen mukaan: 0'],
    ['Montako henkilöä KANTOon suunniteltiin osallistuvan?', 'Suunniteltu: 50'],
  ])('answers "%s" where the item states it', async (question, fact) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain(fact);
  });
});

describe('engine.decide: asked how many of something', () => {
  it.each([
    'Kuinka monta nuorta osallistui Hanaa!-hankkeen toimintaan?',
    'Kuinka monta infotilaisuutta KANTO järjesti yhdessä ELY-keskuksen kanssa?',
    // Not a call's deadline either ("tähän mennessä", "hakemuksen").
    'Kuinka monen yhdistyksen hakemuksen valmistelussa Koonto on tähän mennessä auttanut?',
  ])(
    'hands "%s" off: the passage about it counts none',
    async (question) => {
      const { engine } = await bundled();
      expect(engine.decide(question, { today: '2026-11-23' })).toMatchObject({ kind: 'handoff', reason: 'not_stated' });
    },
  );

  it.each([
    ['Kuinka monta yhdistystä Pohjois-Karjalassa on?', '3800'],
    // "tekemässä" (doing) and "kuuluvan" (to belong) frame the question; the count is what is asked.
    ['hanaa-hanke, montako järjestöä sitä oli yhdessä tekemässä', 'seitsemän'],
    ['Kuinka monta järjestöä Koonnon kohderyhmään arvioidaan kuuluvan Pohjois-Savossa?', '5 000'],
    // The best candidate (another passage) counts none; a close one that does answers.
    ['koonnon kalvoissa oli joku arvio montako järjestöä pohjois-savossa on, paljonko se oli', '5 000'],
    ['Montako pistettä KANTO antoi hyvinvoinnin edistämiselle kestävän kehityksen taulukossa?', 'Hyvinvoinnin edistäminen 9 10'],
  ])('answers "%s" where the passage gives the count (or the points, which tables give without the word)', async (question, fact) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain(fact);
  });
});

describe('engine.decide: a sum asked for a year no document with a sum is about', () => {
  it.each(['How much money in total is available in the June 2024 call?', 'Paljonko rahaa on varattu Pohjois-Karjalaan vuoden 2024 haussa?'])(
    'hands "%s" off rather than quote the 2022 call\'s 2 million euros',
    async (question) => {
      const { engine } = await bundled();
      expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
    },
  );

  it('still answers the sum for the year that states it, and a share from an older call', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Paljonko rahaa on varattu Pohjois-Karjalaan vuoden 2022 haussa?', { today: '2026-11-23' })).passage.excerpt).toContain('2 miljoonaa euroa');
    expect(answerOf(engine.decide('Paljonko omarahoitusta tarvitaan kesäkuun 2024 haussa?', { today: '2026-11-23' })).passage.excerpt).toContain('Omarahoitusosuus 20%');
  });
});

describe('engine.decide: asked how long a project may be', () => {
  it('hands off "Kuinka pitkä kake-hanke saa enintään olla?": no passage states a length for it', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Kuinka pitkä kake-hanke saa enintään olla? Meillä olis suunnitelma kolmelle vuodelle.', { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: what is asked must be found, not only where and when to look', () => {
  it.each(['Milloin Etelä-Savon 2/2024 haun rahoituspäätökset tehdään?', 'Milloin Etelä-Savon 2/2024 haun rahoituspäätökset tehdään? Hakemus lähti jo'])(
    'does not answer "%s" with the call\'s period: the region, the call and its number are all it finds',
    async (question) => {
      const { engine } = await bundled();
      expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
    },
  );
});

describe('engine.decide: a month or a year the question names', () => {
  const text = (what: string): string => `# Tiedote\n\n## Painotukset\n\nHaussa painotetaan ${what}.\n`;
  const engine = engineOver([
    // Without the time asked about, the shorter passage would come first.
    { id: 'vanha', date: '2022-09-01', body: text('perheiden hyvinvointia') },
    { id: 'uusi', date: '2024-06-18', body: text('perheiden hyvinvointia, yhteisöllisyyttä, osallisuutta ja kulttuuria') },
  ]);

  it.each([
    ['Mitä kesäkuun haussa painotetaan perheiden hyvinvoinnista?', 'uusi:1'],
    ['Mitä 2024 haussa painotetaan perheiden hyvinvoinnista?', 'uusi:1'],
    ['Mitä syksyn 2022 haussa painotetaan perheiden hyvinvoinnista?', 'vanha:1'],
  ])('"%s" finds the document about that time (%s)', (question, passageId) => {
    expect(answerOf(engine.decide(question, { today: '2024-07-01' })).passage.passageId).toBe(passageId);
  });
});

describe('engine.decide: a question that gives the figure the passage states', () => {
  it.each([
    'Meidän kyläyhdistyksellä ei oo paljon rahaa mutta talkoolaisia riittää. Voiko sen 20 % omarahoitusosuuden kattaa talkootyöllä?',
    'Pohjois-Karjalan haussa oli flat rate 40 %. Mistä kuluista se 40 % lasketaan ja mitä kuluja sillä katetaan?',
    'Jäikö Pohjois-Karjalan 2022 haun 2 miljoonasta eurosta jotain jakamatta?',
  ])('hands "%s" off: the passage has the figure, not what is asked about it', async (question) => {
    const { engine } = await bundled();
    expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
  });

  it.each([
    // Another figure than the passage's: the passage answers whether it is enough.
    ['Riittääkö Pohjois-Karjalan 2022 haussa, että yhdistys maksaa itse 10 % hankkeen kuluista?', '20%'],
    ['Onko tukitaso aina tasan 80 prosenttia vai voiko se vaihdella?', 'pääsääntöisesti'],
    // A phone number is not a figure.
    ['Mulla on vastaamaton puhelu numerosta 050 501 2724, joku KANTOsta kai. Kenelle mä soitan takasin?', '050 501 2724'],
  ])('answers "%s"', async (question, fact) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain(fact);
  });
});

describe('engine.decide: what a document "says"', () => {
  it('answers "mitä se elyn tiedote sanoo et mikä on näitten kake-hankkeiden tavote" from the press release\'s goal', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('mitä se elyn tiedote sanoo et mikä on näitten kake-hankkeiden tavote', { today: '2026-11-23' })).passage.excerpt).toContain('elinvoimaisuutta');
  });
});

describe('engine.decide: "X:n lisäksi" (besides X)', () => {
  it('answers "Mitä muuta toimintaa … on Koonnon lisäksi?" from the association\'s list of activities', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Mitä muuta toimintaa Pohjois-Savon Sosiaaliturvayhdistyksellä on Koonnon lisäksi?', { today: '2026-11-23' })).passage.excerpt).toContain('sote-muutostuki');
  });
});

describe('engine.decide: a "kun" clause after what is asked tells when', () => {
  it.each([
    ['pitääkö osallistujien kirjautua jotenki kun ne tulee meiän ryhmään, siis pohjois-karjalan kake-hankkeessa', 'suomi.fi'],
    ['Mitä sille Lieksan työpajalle tapahtui kun hanke loppui?', 'Lieksan kaupungin'],
  ])('answers "%s" from what the main clause asks', async (question, fact) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain(fact);
  });
});

describe('engine.decide: the call announcement in spoken spelling ("hakuilmotus")', () => {
  it.each([
    ['Meidän yhdistys Mikkelissä tekee töitä Ukrainasta tulleitten perheiden kanssa. Mainitaanko Etelä-Savon 2/2024 hakuilmotuksessa maahanmuuttaneet yhtenä ryhmänä, jonka oikeuksia edistetään?', 'maahan muuttaneiden'],
    ['hakuilmotuksen alussa lukee et kake-hankkeilla lisätään osallisuutta edistävien toimien jotain, mitä niillä lisätään', 'asiakaslähtöisyyttä'],
  ])('answers "%s" from the Etelä-Savo call', async (question, fact) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain(fact);
  });
});

describe('engine.decide: a long word no document has, in the story before the question', () => {
  it.each([
    ['Meidän eläkeläisyhdistys Polvijärvellä haluais mitata, kokeeko jäsenet olevansa osallisia. KANTOn kuvauksessa mainittiin joku mittari, jota yhdistykset vois hyödyntää osallisuuden kokemuksen mittaamisesa. Mikä se oli?', 'osallisuusindikaattor'],
    ['Mikkelissä meidän järjestö haluis järjestää yhteisiä koulutuksia sosiaaliohjaajille ja vapaaehtoisille. Kesäkuun tiedotteessa puhutaan vain kumppanuudesta ja yhteistyöstä. Mainitaanko Etelä-Savon 2/2024 haussa myös osaamisen vahvistaminen?', 'yhteistyötä ja osaamista'],
  ])('answers "%s": the word tells who asks, not what', async (question, fact) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt.toLowerCase()).toContain(fact);
  });
});

describe('engine.decide: a word naming the kind of document to look in', () => {
  it('answers "Missä vaiheessa tiedotteen mukaan kannattaa olla yhteydessä koordinaatiohankkeeseen…" from the press release (a slide mentioning a press release outranked it)', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('Missä vaiheessa tiedotteen mukaan kannattaa olla yhteydessä koordinaatiohankkeeseen, vasta kun hakemus on valmis vai jo aiemmin?', { today: '2026-11-23' }));
    expect(d.passage.passageId).toMatch(/^ely-tiedote/);
  });

  it('does not answer "…siinä tiedotteen alussa oli joku sana" from the Koonto slides', async () => {
    const { engine } = await bundled();
    const d = engine.decide('mitä ne kake-hankkeet lisää osallisuutta edistävissä toimissa, siinä tiedotteen alussa oli joku sana', { today: '2026-11-23' });
    expect(d.kind === 'answer' ? d.passage.passageId : '').not.toMatch(/^koonto/);
  });
});

describe('engine.decide: "merkitty" (entered) is not "merkitys" (meaning)', () => {
  it.each([
    ['Mikä erityistavoite KANTOn EURA-hankekuvaukseen on merkitty?', 'Erityistavoite: 10.1.'],
    ['Ihmettelen, miksi Pohjois-Karjalan KANTO-hankkeen kuvauksessa vastuuviranonmaisena ei ole Pohjois-Karjalan ELY. Mikä viranomainen siihen on merkitty vastuuviranomaiseksi?', 'Vastuuviranomainen: Etelä-Savon elinkeino-'],
  ])('answers "%s" from the project description', async (question, fact) => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide(question, { today: '2026-11-23' }));
    expect(d.passage.passageId).toMatch(/^kanto-hankekuvaus/);
    expect(d.passage.excerpt).toContain(fact);
  });
});

describe('engine.decide: words that frame where or how something is said', () => {
  it.each([
    ['Mitä pienten hankkeiden osalta 2/2024-haun johdannossa sanotaan edistettävän?', 'pienten hankkeiden yhteistyötä'],
    ['onks kantolla mitään vertaisryhmiä muille hankkeita tekeville yhdistyksille', 'Vertaiskehittämi'],
    ['jatkuuko se lieksan työpaja vielä jossain muodossa', 'omana toimintana'],
  ])('answers "%s"', async (question, fact) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain(fact);
  });
});

describe('engine.decide: asked what a report or minutes say', () => {
  it.each(['Mitä KANTOn loppuraportissa todettiin hankkeen toteutuneista tuloksista?', 'What did KANTO achieve according to the final report?'])(
    'hands "%s" off: no such document is among the sources',
    async (question) => {
      const { engine } = await bundled();
      expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
    },
  );
});

describe('engine.decide: English "centre" is the town centre ("keskusta")', () => {
  it('answers "What did the Avoimet tilat project set up in the centre of Kuopio?" from the example project', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('What did the Avoimet tilat project set up in the centre of Kuopio?', { today: '2026-11-23' })).passage.excerpt).toContain('pop-up-tiloja');
  });
});

describe('engine.decide: asked when a call closed that no document gives an end for', () => {
  it.each([
    'Pohjois-Savon seuraava haku alkoi 15.1.2024. Mihin päivään asti se haku oli auki?',
    'mihin asti se pohjois-savon 15.1.2024 alkanu haku oli auki',
  ])('hands "%s" off: the region\'s calls opened long ago with no end known', async (question) => {
    const { engine } = await bundled();
    expect(engine.decide(question, { today: '2026-11-23' })).toMatchObject({ kind: 'handoff', reason: 'not_stated' });
  });

  it('tells the calls\' status when one opened recently ("Milloin Pohjois-Savon haku päättyy?" on 1.7.2024)', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Milloin Pohjois-Savon haku päättyy?', { today: '2024-07-01' }).kind).toBe('call_status');
  });

  it('tells the calls\' status when asked whether one is open, not when it closes', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Onko Pohjois-Savossa haku auki?', { today: '2026-11-23' }).kind).toBe('call_status');
  });
});

describe('engine.decide: asked in the present when a call with no known end closes', () => {
  it.each(['Mihin päivään asti kesäkuussa 2024 avattu Itä-Suomen kake-haku on auki?', 'milloin se kesäkuussa 2024 avattu itä-suomen kake-haku sulkeutuu'])(
    'hands "%s" off: the call named by its opening closes on a day no document gives',
    async (question) => {
      const { engine } = await bundled();
      expect(engine.decide(question, { today: '2026-11-23' })).toMatchObject({ kind: 'handoff', reason: 'not_stated' });
    },
  );

  it.each([
    'ELY avasi Itä-Suomen kake-haun 18.6.2024. Mihin päivään asti siihen voi jättää hakemuksia?',
    'Meidän sekakuoro Kiteellä luki ELY:n kesäkuun 2024 tiedotteen ja innostui. Mihin päivään mennessä siihen hakuun pitää jättää hakemus?',
    'Kesäkuussa 2024 avautuneesta Itä-Suomen hausta vielä: koska on viimeinen hakupäivä?',
    'Luimme ELY-keskuksen kesäkuun 2024 tiedotteen ja aloimme heti kirjoittaa hakemusta. Kesälomat tulevat kuitenkin väliin, joten aikataulu on tiukka. Mihin päivämäärään mennessä hakemus pitää jättää?',
  ])('hands "%s" off: the message names the call whose closing day is asked', async (question) => {
    const { engine } = await bundled();
    expect(engine.decide(question, { today: '2026-11-23' })).toMatchObject({ kind: 'handoff', reason: 'not_stated' });
  });

  it.each([
    // A month without its year names the latest call opened that month (June 2024), not the one of June 2022 too.
    'milloin kesäkuun itä-suomen haku sulkeutuu',
    'mihin päivään asti kesäkuun itä-suomen haku on auki',
    // The press release named is the call it announces.
    'ELY:n tiedotteessa kerrottiin että haku on avattu, mutta mihin päivään asti hakemuksen voi jättää?',
    // "viimenen", spoken for "viimeinen".
    'mikä on se viimenen hakupäivä siihen kesäkuussa 2024 avattuun itä-suomen hakuun',
  ])('hands "%s" off, saying the release tells only when the call opened', async (question) => {
    const { engine } = await bundled();
    const d = engine.decide(question, { today: '2026-11-23' });
    expect(d).toMatchObject({ kind: 'handoff', reason: 'not_stated', endUnknown: { opens: '2024-06-18' } });
    expect(renderText(d)).toContain('avattiin 18.6.2024, mutta päättymispäivää ei kerrota');
  });

  it('still answers when a call named by its number closed ("Mihin päivään asti Etelä-Savon haku 2/2024 oli auki?"), and with no call named at all', async () => {
    const { engine } = await bundled();
    expect(renderText(engine.decide('Mihin päivään asti Etelä-Savon haku 2/2024 oli auki?', { today: '2026-11-23' }))).toContain('10.5.2024');
    expect(engine.decide('mikä se etelä-savon haku nyt oli, mikä numero sillä oli ja mihin asti sinne sai laittaa paperit', { today: '2026-11-23' }).kind).toBe('call_status');
  });

  it('tells the status of the call named by its opening while it may still be open (1.7.2024)', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Mihin päivään asti kesäkuussa 2024 avattu Itä-Suomen kake-haku on auki?', { today: '2024-07-01' }).kind).toBe('call_status');
  });

  it('tells the status when the question also asks whether the named call is still open', async () => {
    const { engine } = await bundled();
    const d = engine.decide('Nurmeksen nuorisoseura kyselee: onko se ELY:n kesäkuussa 2024 avaama Itä-Suomen kake-haku vielä auki, ja milloin se sulkeutuu?', { today: '2025-03-03' });
    expect(renderText(callStatusOf(d))).toContain('18.6.2024');
  });

  it('tells the calls\' status ("Milloin Pohjois-Savon haku päättyy?" long after the calls opened)', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Milloin Pohjois-Savon haku päättyy?', { today: '2026-11-23' }).kind).toBe('call_status');
  });
});

describe('engine.decide: asked to name the members of a counted group without "ne"', () => {
  it('hands off "Hanaa! syntyi seitsemän järjestön yhteistyönä. Mitkä järjestöt siinä olivat mukana?"', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Hanaa! syntyi seitsemän järjestön yhteistyönä. Mitkä järjestöt siinä olivat mukana?', { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: asked to name the members of a group the passage only counts', () => {
  it.each([
    'Hanaa!-hanke syntyi seitsemän järjestön yhteistyönä. Mitkä ne seitsemän järjestöä olivat?',
    'hanaa-hanke tehtiin seittemän järjestön voimin, mitkä ne järjestöt oli',
  ])('hands "%s" off: "seitsemän eri järjestön ja yhdistyksen voimin" names none of them', async (question) => {
    const { engine } = await bundled();
    expect(engine.decide(question, { today: '2026-11-23' })).toMatchObject({ kind: 'handoff', reason: 'not_stated' });
  });
});

describe('engine.decide: asked in English how many of something', () => {
  it('hands "How many projects got funding in the North Karelia call of summer 2022?" off: the call\'s passage counts no projects', async () => {
    const { engine } = await bundled();
    expect(engine.decide('How many projects got funding in the North Karelia call of summer 2022?', { today: '2026-11-23' })).toMatchObject({ kind: 'handoff', reason: 'not_stated' });
  });

  it('still answers "How many days a week was the Perhefutis family football held?" ("kolmena päivänä viikossa")', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('How many days a week was the Perhefutis family football held?', { today: '2026-11-23' })).passage.excerpt).toContain('kolmena päivänä viikossa');
  });
});

describe('engine.decide: asked whether the advisers come or the association must travel', () => {
  it.each([
    'Ollaan pieni metsästysseura Ilomantsista ja Joensuuhun on matkaa reilusti. Käykö KANTOn väki myös täällä maakunnan reunoilla vai pitääkö meidän lähteä heidän luokseen?',
    // How far away the asker is ("kaukana", "maakunnan laidalle asti") frames the question; it names nothing the documents lack.
    'Ollaan Ilomantsissa, tosi kaukana Joensuusta. Tuleeko KANTOn neuvojat tänne asti?',
    // The asker's kind of association ("opiskelijayhdistys") and "tyypit" for the advisers name nothing the documents lack.
    'ollaan opiskelijayhdistys nurmeksessa, tuleeko kanton tyypit käymään paikan päällä vai pitääkö meidän mennä joensuuhun',
    'Me asutaan Juuassa, aika kaukana Joensuusta, ja bussi kulkee kerran päivässä jos sitäkään. Tuleeko ne KANTOn neuvojat tänne maakunnan laidalle asti, vai pitääkö meijän mennä heidän luokse?',
    'Olemme pieni eläkeläisyhdistys Ilomantsista, eikä meillä ole autoa käytössä. Pitääkö meidän lähteä Joensuuhun asti, jos halutaan KANTOlta neuvontaa, vai tuleeko ne tänne?',
    'tuleeko kanton väki paikan päälle meille ilomantsiin vai pitääkö meidän lähtee joensuuhun',
    "We're a small village association in Lieksa, far from Joensuu. Do the KANTO advisers travel around the region or only work from Joensuu?",
  ])('answers "%s" from how and where KANTO advises (not the area list, not the call\'s themes)', async (question) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('koko Pohjois-Karjalan alueella');
  });

  it('still answers "Kuuluuko Lieksa KANTOn alueeseen?" from the area list', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Kuuluuko Lieksa KANTOn alueeseen?', { today: '2026-11-23' })).passage.excerpt).toContain('Lieksa');
  });
});

describe('engine.decide: a question that reads as "is it in the call?" and a passage that covers it well', () => {
  it.each([
    ['Meidän kesäleiri kestää vaan kolme päivää. Onko Pohjois-Karjalan 2022 haun osallistujaseurannasa joku vähimmäisaika aloitus- ja lopetuspäivän välillä?', '5 päivää'],
    ['jos joku käy meidän ryhmässä vaan yhen päivän, lasketaanko se osallistujaks pohjois-karjalan haussa vai pitääkö olla pidempään mukana', '5 päivää'],
  ])('answers "%s" from the participant-tracking slide, not the call\'s emphasised contents', async (question, fact) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain(fact);
  });

  it('keeps the emphasised contents for "Nuoret jotka putoaa peruskoulun ja toisen asteen välissä, kuuluuko ne kohderyhmään?"', async () => {
    const { engine } = await bundled();
    expect(renderText(engine.decide('Nuoret jotka putoaa peruskoulun ja toisen asteen välissä, kuuluuko ne kohderyhmään?', { today: '2026-11-23' }))).toContain('nivel- ja riskivaiheessa');
  });
});

describe('engine.decide: asked in English whether the press release mentions something', () => {
  it.each([
    'Our association works with people with disabilities in Varkaus. Does the June 2024 press release mention disabled people specifically?',
    'Does the June 2024 press release mention disabled people?',
  ])('answers "%s" from the press release\'s emphasised contents', async (question) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('vammaisten henkilöiden');
  });
});

describe('engine.decide: asked whether associations may make a project together', () => {
  it.each([
    'voiko useampi yhdistys tehdä yhteisen hankkeen pohjois-karjalan haussa',
    'Me ja kaks naapurikylän yhdistystä haluttais tehdä yhteinen hanke Polvijärvellä. Pitääkö jokaisen hakea erikseen vai voiko Pohjois-Karjalan 2022 haussa tehdä yhteisen hankkeen?',
  ])('answers "%s" from the call\'s terms ("Yhden toimijan hanke tai ryhmähanke"), not its emphasised contents', async (question) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('ryhmähanke');
  });
});

describe('engine.decide: English wordings of the planned number of participants', () => {
  it.each(['How many participating persons did KANTO plan for in its project description?', 'How many participants was KANTO planned to reach according to its EURA project description?'])(
    'answers "%s" with the planned 50',
    async (question) => {
      const { engine } = await bundled();
      expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('Suunniteltu: 50');
    },
  );
});

describe('engine.decide: applying to an authority the documents know', () => {
  it('still tells the calls\' status for "Can we apply to the ELY Centre now?"', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Can we apply to the ELY Centre now?', { today: '2024-07-01' }).kind).toBe('call_status');
  });
});

describe('engine.decide: asked in which years, of a passage that gives none', () => {
  it('hands "Minä vuosina Hyvä arki -hanke oli käynnissä Kuhmossa?" off: the example says what was done, not when', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Minä vuosina Hyvä arki -hanke oli käynnissä Kuhmossa?', { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: asked for a website a passage tells of in its own words', () => {
  it('answers "mikä se kouvolan yhdistysten yhteinen nettisivu oli siinä uusi tapa toimia hankkeessa" ("Kaikumedia-verkkosivusto")', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('mikä se kouvolan yhdistysten yhteinen nettisivu oli siinä uusi tapa toimia hankkeessa', { today: '2026-11-23' })).passage.excerpt).toContain('Kaikumedia');
  });
});

describe('engine.decide: asked whether the project or its money may help some people', () => {
  it.each(['voiko kake-rahalla auttaa yksinäisiä ja päihdeongelmaisia', 'saako etelä-savon kake-hankkeella auttaa peliriippuvaisia tai muista riippuvuuksista kärsiviä'])(
    'answers "%s" from the emphasised contents that name them',
    async (question) => {
      const { engine } = await bundled();
      expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toMatch(/yksinäisten|riippuvuuksien/);
    },
  );

  it('still hands off what the money may pay for ("Voiko hankkeen rahoilla järjestää opintomatkan?")', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Voiko hankkeen rahoilla järjestää opintomatkan?', { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: the authority named with the document ("ELY-keskuksen tiedotteen mukaan")', () => {
  it('offers the press release\'s "special attention" passage for "Which kinds of projects does the June 2024 ELY press release say will get special attention?"', async () => {
    const { engine } = await bundled();
    const d = engine.decide('Which kinds of projects does the June 2024 ELY press release say will get special attention?', { today: '2026-11-23' });
    const passages = d.kind === 'answer' ? [d.passage] : d.kind === 'clarify' ? d.candidates : [];
    expect(passages.map((p) => p.excerpt).join('\n')).toContain('kestäviä tuloksia');
  });

  it('still answers "Mikä ELY-keskus avasi kesäkuun 2024 kake-haun?" (the authority asked about, no document named)', async () => {
    const { engine } = await bundled();
    expect(renderText(engine.decide('Mikä ELY-keskus avasi kesäkuun 2024 kake-haun?', { today: '2026-11-23' }))).toContain('Etelä-Savon ELY-keskus');
  });
});

describe('engine.decide: English fillers ("too", "either")', () => {
  it('answers "Our organisation in Savonlinna is a foundation, not an association. Does the June 2024 press release say foundations can apply too?"', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Our organisation in Savonlinna is a foundation, not an association. Does the June 2024 press release say foundations can apply too?', { today: '2026-11-23' })).passage.excerpt).toContain('säätiöt');
  });
});

describe('engine.decide: "an established part" is "vakiintunut", not "perustettu"', () => {
  it('answers "Where did Balanssi ry\'s experience-expert activity become an established part of developing care?"', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide("Where did Balanssi ry's experience-expert activity become an established part of developing care?", { today: '2026-11-23' })).passage.excerpt).toContain('Rovaniemellä');
  });
});

describe('engine.decide: a term asked of a call named by its number that the call\'s own passages do not have', () => {
  it.each(['Mikä on omarahoitusosuus Etelä-Savon 2/2024 haussa?', 'Mikä flat rate -prosentti on käytössä Etelä-Savon 2/2024 haussa?'])(
    'hands "%s" off: the documents state it for the Pohjois-Karjala call, not for this one',
    async (question) => {
      const { engine } = await bundled();
      // (Either reason: a share asked of one region is a percentage, which another region's passage weighs little for.)
      expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
    },
  );

  it('still offers the call\'s passages when what is asked is in them ("Mikä on Etelä-Savon 2/2024 haun hakuaika?")', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Mikä on Etelä-Savon 2/2024 haun hakuaika?', { today: '2026-11-23' }).kind).not.toBe('handoff');
  });
});

describe('engine.decide: the name of a region\'s coordination project', () => {
  it("hands off another region's coordination project asked beside ours ('Onko Keski-Suomessa Koonnon kaltaista…?')", async () => {
    const { engine } = await bundled();
    expect(engine.decide('Onko Keski-Suomessa Koonnon kaltaista koordinaatiohanketta, ja mikä sen nimi on?', { today: '2026-11-23' })).toMatchObject({ kind: 'handoff', reason: 'not_stated' });
  });

  it.each(['Mikä on Etelä-Savon oman kake-koordinaatiohankkeen nimi?', 'kuka neuvoo etelä-savon yhdistyksiä, mikä sen etelä-savon koordinaatiohankkeen nimi on', 'What is the name of the South Savo coordination project?', 'Mikä on Etelä-Savon oma koordinaatiohanke ja kuka siellä neuvoo yhdistyksiä?'])(
    'hands "%s" off: no document is about Etelä-Savo\'s coordination project',
    async (question) => {
      const { engine } = await bundled();
      expect(engine.decide(question, { today: '2026-11-23' })).toMatchObject({ kind: 'handoff', reason: 'not_stated' });
    },
  );

  it.each([
    ['Mikä on Pohjois-Savon koordinaatiohankkeen nimi?', 'Koonto-hanke'],
    ['mikä se pohjois-karjalan koordinaatiohanke on nimeltään', 'KANTO'],
    ['What is the North Karelia coordination project called?', 'KANTO'],
    ['Mikä on Pohjois-Savon oma koordinaatiohanke?', 'Koonto-hanke'],
  ])('answers "%s" with the title of the region\'s coordination project (%s)', async (question, name) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.headings[0]).toContain(name);
  });
});

describe('engine.decide: which municipalities a call covers', () => {
  it('hands "mitkä kunnat kuuluu etelä-savon haun alueeseen, onko vaikka juva mukana" off: no document lists them, and the call\'s emphasised contents are no answer', async () => {
    const { engine } = await bundled();
    expect(engine.decide('mitkä kunnat kuuluu etelä-savon haun alueeseen, onko vaikka juva mukana', { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: an example project whose name has an exclamation mark', () => {
  it('hands "What was the total budget of the Nuorten oma Kuopio! project?" off: the whole question is asked, not just "project?"', async () => {
    const { engine } = await bundled();
    expect(engine.decide('What was the total budget of the Nuorten oma Kuopio! project?', { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: spoken Finnish that drops a diphthong\'s i', () => {
  it('answers "Tuota, minkä ikäsille nuorille se Tatun Hanaa!-hanke ol tarkotettu" with the ages the Hanaa! passage gives', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Tuota, minkä ikäsille nuorille se Tatun Hanaa!-hanke ol tarkotettu', { today: '2026-11-23' })).passage.excerpt).toContain('16-29');
  });
});

describe('engine.decide: spoken and participle forms of the documents\' words', () => {
  it('finds "kiinnitetään" for the participle "kiinnitettävän" ("Erityistä huomiota kiinnitetään hankkeisiin…")', async () => {
    const { engine } = await bundled();
    const question = 'Olemme pieni kyläyhdistys Polvijärvellä, jäseniä on noin neljäkymmentä ja pyöritämme kylätaloa. Millaisiin hankkeisiin ELY-keskuksen kesäkuun 2024 tiedotteessa sanotaan kiinnitettävän erityistä huomiota?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('kestäviä tuloksia');
  });

  it('reads "meiän kylän energiaosuuskunta kyselee," before the question as the story: the question finds KANTO\'s renewable energy line', async () => {
    const { engine } = await bundled();
    const question = 'meiän kylän energiaosuuskunta kyselee, mitä kanto laitto uusiutuvasta energiasta siihen kestävän kehityksen osioon';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('Uusiutuvien energialähteiden');
  });

  it('answers "voiks kanton kans asioida ihan puhelimella" told after a story: "asioida" only frames it', async () => {
    const { engine } = await bundled();
    expect(renderText(engine.decide('meiän hallituksessa ei kukaan osaa teamsia, voiks kanton kans asioida ihan puhelimella', { today: '2026-11-23' }))).toContain('puhelimella');
  });
});

describe('engine.decide: a word the documents never use is what is asked', () => {
  it.each(['Milloin Pohjois-Karjalan syksyn 2022 kake-haun rahoituspäätökset tehtiin?', 'koska etelä-savon 2/2024 haun rahoituspäätökset tulee'])(
    'hands "%s" off rather than offering choices none of which tells of it',
    async (question) => {
      const { engine } = await bundled();
      expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
    },
  );

  it('does not take the decisions typed without "ä" and "ö" ("paatokset") for the call period', async () => {
    const { engine } = await bundled();
    expect(engine.decide('koska etela-savon 2/2024 haun rahoitus paatokset tulee', { today: '2026-11-23' }).kind).not.toBe('call_status');
  });

  it('still offers choices for a compound whose last part the documents use ("kansalaistoimijahaku" is a call)', async () => {
    const { engine } = await bundled();
    expect(engine.decide('onko se itä-suomen kansalaistoimijahaku, josta ely tiedotti, vielä auki', { today: '2026-11-23' }).kind).not.toBe('handoff');
  });
});

describe('engine.decide: paying with money from a funder the documents never name', () => {
  it('hands off "Voiko STEA:n rahalla kattaa KAKE-hankkeen omarahoitusosuuden?" rather than stating the own share', async () => {
    const { engine } = await bundled();
    const question = 'Olemme Suonenjoella toimiva perhejärjestö ja saamme jo STEA:n avustusta. Voiko STEA:n rahalla kattaa KAKE-hankkeen omarahoitusosuuden?';
    expect(engine.decide(question, { today: '2026-11-23' })).toMatchObject({ kind: 'handoff', reason: 'no_evidence' });
  });

  it('still answers how much the own share is', async () => {
    const { engine } = await bundled();
    expect(renderText(engine.decide('Paljonko omarahoitusosuus on Pohjois-Karjalan kake-haussa?', { today: '2026-11-23' }))).toContain('20%');
  });
});

describe('engine.decide: when a project\'s report was approved', () => {
  it('hands off "Milloin KANTO-hankkeen loppuraportti hyväksyttiin?" rather than telling the project\'s period', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Milloin KANTO-hankkeen loppuraportti hyväksyttiin?', { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: a call named by its number', () => {
  it('hands off what only another region\'s call states ("Etelä-Savon 2/2024 … flat rate", stated only for Pohjois-Karjala 2022)', async () => {
    const { engine } = await bundled();
    const question = 'Olemme Juvalla toimiva eläkeläisyhdistys ja suunnittelemme hakemusta Etelä-Savon 2/2024 hakuun. Onko siinä käytössä flat rate -kustannusmalli, ja kumpi prosentti, 40 vai 7?';
    expect(engine.decide(question, { today: '2026-11-23' })).toMatchObject({ kind: 'handoff', reason: 'not_stated' });
  });

  it('still answers from the named call\'s own document', async () => {
    const { engine } = await bundled();
    expect(renderText(engine.decide('Mihin asti Etelä-Savon 2/2024 hakuun sai jättää hakemuksen?', { today: '2026-11-23' }))).toContain('10.5.2024');
  });
});

describe('engine.decide: a municipality named in a gradated form', () => {
  it('answers "käykö kanton väki paikan päällä juuassa" with how and where KANTO advises ("Liikumme koko Pohjois-Karjalan alueella")', async () => {
    const { engine } = await bundled();
    expect(renderText(engine.decide('käykö kanton väki paikan päällä juuassa', { today: '2026-11-23' }))).toContain('Liikumme koko Pohjois-Karjalan alueella');
  });
});

describe('engine.decide: when money is granted', () => {
  it('hands off "Milloin Etelä-Savon 2/2024 haun hakijat saavat tietää, onko rahaa myönnetty?": no call period says when decisions come', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Milloin Etelä-Savon 2/2024 haun hakijat saavat tietää, onko rahaa myönnetty?', { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: the glossary\'s everyday words for the money reserved', () => {
  it('answers how much was "korvamerkitty" with "Rahoitusta varattu maakuntaan 2 miljoonaa euroa"', async () => {
    const { engine } = await bundled();
    expect(renderText(engine.decide('Kuinka iso rahasumma Pohjois-Karjalalle oli kaikkiaan korvamerkitty vuoden 2022 kake-haussa?', { today: '2026-11-23' }))).toContain('2 miljoonaa euroa');
  });
});

describe('engine.decide: English "reach out to" and "roughly"', () => {
  it('finds Koonto\'s target group ("n. 5 000 järjestöä") for "Roughly how many associations in North Savo does the Koonto project reach out to?"', async () => {
    const { engine } = await bundled();
    const decision = engine.decide('Roughly how many associations in North Savo does the Koonto project reach out to?', { today: '2026-11-23' });
    expect(decision.kind).not.toBe('handoff');
    expect(renderText(decision)).toContain('5 000');
  });
});

describe('engine.decide: a percentage asked', () => {
  it('hands off "Montako prosenttia Työelämän avaimet -kurssin käyneistä nuorista jatkoi työkokeiluun?": the example project states no share', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Montako prosenttia Työelämän avaimet -kurssin käyneistä nuorista jatkoi työkokeiluun?', { today: '2026-11-23' }).kind).toBe('handoff');
  });

  it('answers a share of two sums the passage states ("250 000", "93 487")', async () => {
    const { engine } = await bundled();
    expect(renderText(engine.decide('Kuinka monta prosenttia KANTOlle myönnetystä rahoituksesta oli kuvauksen mukaan toteutunut?', { today: '2026-11-23' }))).toContain('93 487');
  });
});

describe('engine.decide: everyday words for immigrants', () => {
  it('finds "maahan muuttaneiden" in the Etelä-Savo call for "ulkomailta Suomeen tulleet ihmiset"', async () => {
    const { engine } = await bundled();
    const question = 'Kuuluuko ulkomailta Suomeen tulleet ihmiset niihin ryhmiin, joita Etelä-Savon 2/2024 haussa halutaan erityisesti tukea?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('maahan muuttaneiden');
  });
});

describe('engine.decide: naming the members of a group the question counts', () => {
  it('hands off "Mitkä seitsemän järjestöä olivat mukana Tatu ry:n Hanaa!-hankkeessa?": the example only counts them', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Mitkä seitsemän järjestöä olivat mukana Tatu ry:n Hanaa!-hankkeessa?', { today: '2026-11-23' })).toMatchObject({ kind: 'handoff', reason: 'not_stated' });
  });
});

describe('engine.decide: "enimmillään" asks a limit', () => {
  it('hands off "Kuinka pitkä kansalaistoimijalähtöinen hanke saa enimmillään olla?": no document states a maximum length', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Kuinka pitkä kansalaistoimijalähtöinen hanke saa enimmillään olla?', { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: since when', () => {
  it('answers "Mistä lähtien kaupunki on pyörittänyt sitä itse?" about the Lieksa workshop with the year it did ("vuoden 2017 alusta")', async () => {
    const { engine } = await bundled();
    const question = 'Koonton esimerkeissä mainitaan Lieksan työpaja pitkäaikaistyöttömille. Mistä lähtien kaupunki on pyörittänyt sitä itse?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('vuoden 2017 alusta');
  });
});

describe('engine.decide: the count asked is shown', () => {
  it('shows "seitsemän eri järjestön" for "Kuinka monen järjestön yhteistyönä Tatu ry:n nuorten harrastushanke … lähti liikkeelle?"', async () => {
    const { engine } = await bundled();
    const question = 'Kuinka monen järjestön yhteistyönä Tatu ry:n nuorten harrastushanke aikoinaan lähti liikkeelle?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('seitsemän eri järjestön');
  });
});

describe('engine.decide: sending questions to someone', () => {
  it('answers "mihin sähköpostiin voin laittaa kysymyksiä hannalle…" with KANTO\'s contacts', async () => {
    const { engine } = await bundled();
    expect(renderText(engine.decide('mihin sähköpostiin voin laittaa kysymyksiä hannalle siitä pohjois-karjalan neuvontaprojektista', { today: '2026-11-23' }))).toContain('hanna.kaariainen@pksotu.fi');
  });

  it('still takes the questions for what is asked when they are ("Mitä kysymyksiä THL:n osallisuusindikaattorissa on…?")', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Mitä kysymyksiä THL:n osallisuusindikaattorissa on ja miten sitä käytetään käytännössä ryhmässä?', { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: women and men for gender', () => {
  it.each(['Selvitettiinkö KANTOssa etukäteen toimintaympäristöä miesten ja naisten erojen kannalta?', 'Onko KANTOn päätarkotus edistää naisten ja miesten tasa-arvoa?'])(
    'answers "%s" from KANTO\'s gender equality section',
    async (question) => {
      const { engine } = await bundled();
      expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('Sukupuolinäkökulma');
    },
  );
});

describe('engine.decide: what a document says, asked with "should"', () => {
  it('answers "According to the KANTO project description, which tool should associations … use to measure how included their participants feel?" with the inclusion indicator', async () => {
    const { engine } = await bundled();
    const question = 'According to the KANTO project description, which tool should associations be able to use to measure how included their participants feel?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('osallisuusindikaattori');
  });
});

describe('engine.decide: until when a coordination project continues', () => {
  it('answers "mihin asti koonto jatkuu, eli kauanko … on niitä tyyppejä jotka neuvoo" with Koonto\'s period', async () => {
    const { engine } = await bundled();
    expect(renderText(engine.decide('mihin asti koonto jatkuu, eli kauanko pohjois-savossa on niitä tyyppejä jotka neuvoo', { today: '2026-11-23' }))).toContain('30.11.2025');
  });
});

describe('engine.decide: a grant from another funder, in English', () => {
  it('hands off "Can our local history society get a grant from the Finnish Cultural Foundation…?"', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Can our local history society get a grant from the Finnish Cultural Foundation for printing a village history book?', { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: how large a share the funder pays', () => {
  it('answers "Kuinka ison osan kake-hankkeen kokonaiskuluista rahoittaja Pohjois-Savossa yleensä maksaa?" with the support level, a share and not a sum', async () => {
    const { engine } = await bundled();
    expect(renderText(engine.decide('Kuinka ison osan kake-hankkeen kokonaiskuluista rahoittaja Pohjois-Savossa yleensä maksaa?', { today: '2026-11-23' }))).toContain('80%');
  });
});

describe('engine.decide: Savo and concessions', () => {
  it('answers "…jiäkö ne heijän välille?" (will it stay between them) with KANTO\'s confidential advice', async () => {
    const { engine } = await bundled();
    const question = 'Jos kerrotaan KANTOn neuvojille meijän yhistyksen sisäisistä riidoista ja rahahuolista, jiäkö ne heijän välille?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('luottamuksellisia');
  });

  it('does not take "vaikkei" for what is asked ("…sukupuolinäkökulma…, vaikkei sitä ole tehty toimintaympäristön analyysissa")', async () => {
    const { engine } = await bundled();
    const question = 'Meidän liiton tasa-arvotoimikunta kysyi: onko KANTOssa huomioitu sukupuolinäkökulma hankkeen toiminnassa, vaikkei sitä ole tehty toimintaympäristön analyysissa?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('Sukupuolinäkökulma on huomioitu');
  });
});

describe('engine.decide: Savo "passaako" and a spoken conditional passive', () => {
  it('answers "…Passaako kake-hakkuun semmonen, jossa kehitettäs … työtoiminnassa…?" with the emphasised contents on work activity', async () => {
    const { engine } = await bundled();
    const question = 'Meijän yhistys pyörittää Iisalmessa kuntouttavoo työtoimintoo. Passaako kake-hakkuun semmonen, jossa kehitettäs sitä mitä porukka siellä työtoiminnassa oikein tekköö?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('työtoiminnan sisältöjä');
  });
});

describe('engine.decide: English eligibility, the call named in full', () => {
  it('answers "Our association is based in Kuopio. Can we apply in the citizen-driven development call that the South Savo ELY Centre opened in June 2024?" with who may apply', async () => {
    const { engine } = await bundled();
    const question = 'Our association is based in Kuopio. Can we apply in the citizen-driven development call that the South Savo ELY Centre opened in June 2024?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('Pohjois-Savon alueella');
  });
});

describe('engine.decide: who may apply to the call the ELY opened', () => {
  it('answers "…Ketkä kaikki saa jättää hakemuksen siihen kake-hakuun, jonka ELY avasi Itä-Suomessa kesäkuussa 2024?"', async () => {
    const { engine } = await bundled();
    const question = 'Meidän porukka on Puumalassa toimiva kylätoimikunta, eikä me olla rekisteröity yhdistys. Ketkä kaikki saa jättää hakemuksen siihen kake-hakuun, jonka ELY avasi Itä-Suomessa kesäkuussa 2024?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('yhdistykset, säätiöt');
  });
});

describe('engine.decide: "eri" only frames', () => {
  it('answers "Mitä varten Koonto-hanke on olemassa, auttaako se myös eri hankkeita verkostoitumaan keskenään?" with Koonto\'s goals', async () => {
    const { engine } = await bundled();
    expect(renderText(engine.decide('Mitä varten Koonto-hanke on olemassa, auttaako se myös eri hankkeita verkostoitumaan keskenään?', { today: '2026-11-23' }))).toContain('verkostoitumista ja yhteistyötä');
  });
});

describe('engine.decide: how often', () => {
  it('hands off how often a project\'s club met when its passage does not say ("Jalkapallosta elämäniloa")', async () => {
    const { engine } = await bundled();
    const question = 'Pallokissojen Perhefutista oli kolmena päivänä viikossa. Kuinka usein Jalkapallosta elämäniloa -hankkeen tyttöjen jalkapallokerho kokoontui?';
    expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
  });

  it('answers how often when the passage says ("Perhefutis … kolmena päivänä viikossa")', async () => {
    const { engine } = await bundled();
    expect(renderText(engine.decide('Kuinka usein Pallokissojen Perhefutista pelattiin?', { today: '2026-11-23' }))).toContain('kolmena päivänä viikossa');
  });
});

describe('engine.decide: everyday words for "asiakaslähtöisyys"', () => {
  it('answers "…lähtisi paremmin niiden ihmisten omista tarpeista… Miten tämä sanotaan Etelä-Savon 2/2024 haun alussa?" with the purpose line', async () => {
    const { engine } = await bundled();
    const question = 'Hankkeilla halutaan kuulemma, että osallisuutta lisäävä toiminta lähtisi paremmin niiden ihmisten omista tarpeista, joita autetaan. Miten tämä sanotaan Etelä-Savon 2/2024 haun alussa?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('asiakaslähtöisyyttä');
  });
});

describe('engine.decide: learning from each other', () => {
  it('offers KANTO\'s peer development groups for "onks kantolla jotain semmosia ryhmiä missä yhdistykset vois yhessä miettiä ja oppia toisiltaan"', async () => {
    const { engine } = await bundled();
    const decision = engine.decide('onks kantolla jotain semmosia ryhmiä missä yhdistykset vois yhessä miettiä ja oppia toisiltaan', { today: '2026-11-23' });
    expect(decision.kind).not.toBe('handoff');
    expect(renderText(decision)).toContain('Vertaiskehittämisyhmät');
  });
});

describe('engine.decide: "neuvontaprojekti" for a coordination project', () => {
  it('answers "Mitä se pohjois-savon neuvontaprojekti tarjoaa yhdistyksille?" with what Koonto offers', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Mitä se pohjois-savon neuvontaprojekti tarjoaa yhdistyksille?', { today: '2026-11-23' })).passage.headings.join(' ')).toContain('Tarjoamme');
  });
});

describe('engine.decide: the own share in Pohjois-Savo', () => {
  it.each(['Mikä on omavastuu Pohjois-Savossa?', 'Paljonko omarahoitusosuus on Pohjois-Savossa?', 'What is the own contribution in North Savo?'])(
    'answers "%s" with Koonto\'s support level (80 % of the total costs), not another region\'s call',
    async (question) => {
      const { engine } = await bundled();
      expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('80%');
    },
  );
});

describe('engine.decide: a passive verb resembling a glossary noun', () => {
  it('answers "Miten KANTO-hankkeen kuvauksessa arvioidaan hankkeen vaikutus sukupuolten väliseen tasa-arvoon?" from the gender equality line, not the results', async () => {
    const { engine } = await bundled();
    expect(renderText(engine.decide('Miten KANTO-hankkeen kuvauksessa arvioidaan hankkeen vaikutus sukupuolten väliseen tasa-arvoon?', { today: '2026-11-23' }))).toContain('neutraali');
  });

  it('keeps a possessive noun that ends like a passive ("työtään") whole', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Tekeekö Pohjois-Savon Sosiaaliturvayhdistys työtään yksin vai yhteistyössä muiden kanssa?', { today: '2026-11-23' }).kind).not.toBe('handoff');
  });
});

describe('engine.decide: "saada aikaan" asks the goal', () => {
  it('offers the call\'s goal ("paikallisyhteisöjen elinvoimaisuutta") for "Mitä varten se kesäkuun 2024 Itä-Suomen hankeraha on olemassa, eli mitä niillä hankkeilla pitäis saada aikaan paikkakunnilla?"', async () => {
    const { engine } = await bundled();
    const question = 'Mitä varten se kesäkuun 2024 Itä-Suomen hankeraha on olemassa, eli mitä niillä hankkeilla pitäis saada aikaan paikkakunnilla?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('paikallisyhteisöjen elinvoimaisuutta');
  });
});

describe('engine.decide: paying part of the project\'s costs oneself', () => {
  it('answers "Paljonko meidän yhdistyksen olis pitänyt maksaa itse hankkeen kuluista Pohjois-Karjalan kesän 2022 kake-haussa?" with the own share', async () => {
    const { engine } = await bundled();
    const question = 'Paljonko meidän yhdistyksen olis pitänyt maksaa itse hankkeen kuluista Pohjois-Karjalan kesän 2022 kake-haussa?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('Omarahoitusosuus 20%');
  });
});

describe('engine.decide: trying a new way of working', () => {
  it('answers "Saako kake-rahalla vaan kokeilla uutta tapaa tehdä asioita, vaikkei tiedetä etukäteen toimiiko se?" with the call\'s culture of experiments', async () => {
    const { engine } = await bundled();
    const question = 'Saako kake-rahalla vaan kokeilla uutta tapaa tehdä asioita, vaikkei tiedetä etukäteen toimiiko se?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('kokeilukulttuuria');
  });
});

describe('engine.decide: who carried a project out', () => {
  it.each(['kuka toteutti avoimet tilat -hankkeen', 'Kuka hallinnoi Uusi tapa toimia -hanketta Kouvolassa, ja kuka sen rahoitti?'])(
    'hands off "%s": the example names no organisation for it',
    async (question) => {
      const { engine } = await bundled();
      expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
    },
  );

  it('still answers "kuka järjesti sitä perhefutista kuopiossa" with Pallokissat', async () => {
    const { engine } = await bundled();
    expect(renderText(engine.decide('kuka järjesti sitä perhefutista kuopiossa', { today: '2026-11-23' }))).toContain('Pallokissat');
  });
});

describe('engine.decide: environmental matters in KANTO\'s trainings', () => {
  it.each(['Olemme ympäristöyhdistys Liperistä. Käsitelläänkö KANTOn koulutuksissa ja infoissa myös ympäristöasioita?', 'puhutaanko kanton koulutuksissa mitään ympäristöasioista, esim miten yhdistyksen toiminnan vois tehdä luontoa säästäen'])(
    'answers "%s" with the environmentally sustainable solutions line',
    async (question) => {
      const { engine } = await bundled();
      expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('ympäristökestävistä ratkaisuista');
    },
  );
});

describe('engine.decide: how long a project runs, asked beside an application', () => {
  it('answers "Kuinka pitkään Koonto-hanke on käynnissä? Saammeko sieltä vielä apua, jos hakemus valmistuu vasta syksyllä 2025?" with Koonto\'s period', async () => {
    const { engine } = await bundled();
    const question = 'Kuinka pitkään Koonto-hanke on käynnissä? Saammeko sieltä vielä apua, jos hakemus valmistuu vasta syksyllä 2025?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('30.11.2025');
  });

  it('answers the question said again after ", eli" ("…auttaa, eli mihin asti se Koonto-hanke kestää?") with Koonto\'s period', async () => {
    const { engine } = await bundled();
    const question = 'Myö suunnitellaan hanketta vasta vuodelle 2025. Ehtiikö Koonnon neuvojat vielä silloin auttaa, eli mihin asti se Koonto-hanke kestää?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('30.11.2025');
  });
});

describe('engine.decide: applying together, and whom to turn to', () => {
  it.each([
    ['Voisimmeko hakea yhdessä naapurikylän yhdistyksen kanssa, vai pitääkö kummankin tehdä oma hakemuksensa? Kysyn Pohjois-Karjalan vuoden 2022 haun perusteella.', 'ryhmähanke'],
    ['Voiko Pohjois-Karjalan 2022 haussa muutama yhdistys hakea yhdessä yhtä hanketta?', 'ryhmähanke'],
    ['Olemme urheiluseura Siilinjärveltä ja meillä on idea nuorten liikuntahankkeesta. Kenen puoleen Pohjois-Savon Liikunnassa voimme kääntyä?', 'Tiina Kiiskinen'],
  ])('answers "%s" (%s)', async (question, expected) => {
    const { engine } = await bundled();
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain(expected);
  });
});

describe('engine.decide: what continued after a project ended', () => {
  it('answers "Jatkuiko Lieksan pitkäaikaistyöttömien työpaja vielä hankkeen päätyttyä, ja jos jatkui, kuka sitä pyörittää?"', async () => {
    const { engine } = await bundled();
    const question = 'Jatkuiko Lieksan pitkäaikaistyöttömien työpaja vielä hankkeen päätyttyä, ja jos jatkui, kuka sitä pyörittää?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('Lieksan kaupungin omana toimintana');
  });
});

describe('engine.decide: whether a region belongs to the call\'s area', () => {
  it('answers "…joten kuulummeko me Pohjois-Savosta edes hakualueeseen?" with who may apply, in the three regions', async () => {
    const { engine } = await bundled();
    const question = 'Yhdistyksemme toimii Kuopiossa. Kesäkuun 2024 tiedotteen haun on avannut Etelä-Savon ELY-keskus, joten kuulummeko me Pohjois-Savosta edes hakualueeseen?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('Pohjois-Savon alueella');
  });
});

describe('engine.decide: "esimerkiksi" is no example project', () => {
  it('answers "Meidän luonnonsuojeluyhdistys Kiteellä miettii, puhutaanko KANTOn koulutuksissa myös ympäristöasioista, esimerkiksi…?"', async () => {
    const { engine } = await bundled();
    const question = 'Meidän luonnonsuojeluyhdistys Kiteellä miettii, puhutaanko KANTOn koulutuksissa myös ympäristöasioista, esimerkiksi miten hankkeen voi toteuttaa ympäristöystävälisesti?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('ympäristökestävistä ratkaisuista');
  });
});

describe('engine.decide: association law', () => {
  it.each(['Miten rekisteröidään uusi yhdistys?', 'Miten yhdistys ilmoittaa sääntömuutoksen yhdistysrekisteriin?', 'miten yhdistys rekisteröidään prh:hon'])(
    'hands off "%s": founding, registering and the rules of an association are not in the call documents',
    async (question) => {
      const { engine } = await bundled();
      expect(engine.decide(question, { today: '2026-11-23' })).toMatchObject({ kind: 'handoff', reason: 'no_evidence' });
    },
  );

  it('still answers how many registered associations there are ("3841")', async () => {
    const { engine } = await bundled();
    expect(renderText(engine.decide('Kuinka monta rekisteröityä yhdistystä Pohjois-Karjalassa on?', { today: '2026-11-23' }))).toContain('3841');
    // "Kuinka monesta järjestöstä on kyse?" asks the count of the target group the story names.
    expect(renderText(engine.decide('Koonnon kohderyhmänä ovat pohjoissavolaiset järjestöt. Kuinka monesta järjestöstä on arviolta kyse?', { today: '2026-11-23' }))).toContain('5 000');
    // Spoken "yhistystä" counts what the text calls "yhdistystä"; "sielä", "papereissa", "jotain lukua" only frame it.
    expect(renderText(engine.decide('montako yhistystä sielä pohjois-karjalassa oikeen on, kanton papereissa ol jotain lukua', { today: '2026-11-23' }))).toContain('3841');
  });
});

describe('engine.decide: "millä tavalla" asks how', () => {
  // "tavalla" (way) and "tavata" (to meet, the glossary's word for meeting in person) share the stem "tava".
  it.each(['Millä tavalla kokeilukulttuuria on tarkoitus tukea Etelä-Savossa?', 'Millä tavalla uusia toimintamalleja on tarkoitus kokeilla Etelä-Savon haussa?'])(
    'answers "%s" from the emphasis it asks about, not from how advice is given',
    async (question) => {
      const { engine } = await bundled();
      const decision = engine.decide(question, { today: '2026-11-23' });
      expect(decision.kind).toBe('answer');
      expect(renderText(decision)).toContain('kohderyhmälähtöisen pilotoinnin');
    },
  );
});

describe('engine.decide: a project of several actors', () => {
  it('answers "Saako Pohjois-Karjalassa tehdä usean toimijan hankkeen?" from "Yhden toimijan hanke tai ryhmähanke"', async () => {
    const { engine } = await bundled();
    const decision = engine.decide('Saako Pohjois-Karjalassa tehdä usean toimijan hankkeen?', { today: '2026-11-23' });
    expect(decision.kind).toBe('answer');
    expect(renderText(decision)).toContain('ryhmähanke');
  });
  it.each([
    'Meillä Kiteellä on kaksi kyläyhdistystä, jotka haluaisivat tehdä yhteisen hankkeen. Pitääkö meidän hakea erikseen?',
    // (Asked back with close candidates before the glossary knew "hakea erikseen".)
    'Kolme kylän yhdistystä Lieksasta haluaisi tehdä jotain yhdessä, koska kenelläkään ei ole yksin voimavaroja. Jäseniä on yhteensä ehkä 120. Voiko KANTOn kalvojen mukaan hakea usean toimijan yhteistä hanketta, vai pitääkö jokaisen hakea erikseen?',
  ])('answers "%s": applying separately is the single actor\'s project of the same line', async (question) => {
    const { engine } = await bundled();
    const decision = engine.decide(question, { today: '2026-11-23' });
    expect(decision.kind).toBe('answer');
    expect(renderText(decision)).toContain('ryhmähanke');
  });
});

describe('engine.decide: a long story, then a question its sentence alone finds close candidates for', () => {
  it.each([
    'Ollaan pieni seura Outokummusta ja meillä on kaks naapuriseuraa, joiden kanssa tehdään jo paljon yhdessä. Rahaa ei kenelläkään oo paljon. Voiko KANTOn esityksen mukaan hakea usean toimijan yhteistä hanketta?',
  ])('answers, or asks back with them, instead of handing off: "%s"', async (question) => {
    const { engine } = await bundled();
    const decision = engine.decide(question, { today: '2026-11-23' });
    expect(['answer', 'clarify']).toContain(decision.kind);
    expect(decision.question).toBe(question);
    expect(renderText(decision)).toContain('ryhmähanke');
  });
});

describe('engine.decide: a town asked about, named in another region\'s document', () => {
  it('answers "Milloin Lieksan työpaja siirtyi kaupungin työllisyyspalveluihin?" from the Koonto slide that tells of Lieksa', async () => {
    const { engine } = await bundled();
    // Lieksa is in North Karelia and the slide is North Savo's, but the passage itself is about Lieksa.
    const decision = engine.decide('Milloin Lieksan työpaja siirtyi kaupungin työllisyyspalveluihin?', { today: '2026-11-23' });
    expect(decision.kind).toBe('answer');
    expect(renderText(decision)).toContain('vuoden 2017 alusta');
  });
});

describe('engine.decide: Savo speech', () => {
  it.each(["pal'o rahhoo nuorten oma kuopio -hanke sai", "pal'o pallokissat sai rahhoo perhefutis-hankkeeseen"])(
    'reads "%s" as "paljonko rahaa…" and hands it off: the project\'s passage states no sum',
    async (question) => {
      const { engine } = await bundled();
      expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
    },
  );

  it('still answers "pal\'o rahhoo pohjois-karjalaan ol varattu 2022 haussa" with the 2 million euros', async () => {
    const { engine } = await bundled();
    expect(renderText(engine.decide("pal'o rahhoo pohjois-karjalaan ol varattu 2022 haussa", { today: '2026-11-23' }))).toContain('2 miljoonaa');
  });

  it.each([
    ['voiko säätiö hakkee elyn kesäkuun hakkuun', 'säätiöt'],
    ['kuis monta järjestöö pohjois-savossa koonnon mukkaan on', '5 000'],
    // Karelian and Savo pronouns and question words ("mie", "mihinkä") frame the question and ask nothing.
    ['mie kysyn, mihinkä ne elyssä kiinnittää erityistä huomiota', 'kestäviä tuloksia'],
  ])('reads "%s" as written Finnish ("hakkee" → "hakea", "mukkaan" → "mukaan", "järjestöö" → "järjestöä")', async (question, fact) => {
    const { engine } = await bundled();
    const decision = engine.decide(question, { today: '2026-11-23' });
    expect(decision.kind).not.toBe('handoff');
    expect(decision.question).toBe(question);
    expect(renderText(decision)).toContain(fact);
  });
});

describe('engine.decide: "what kind of projects" frames an English question', () => {
  it('answers "What types of projects does the press release pay special attention to?" from what it pays special attention to', async () => {
    const { engine } = await bundled();
    const decision = engine.decide('What types of projects does the press release pay special attention to?', { today: '2026-11-23' });
    expect(decision.kind).not.toBe('handoff');
    expect(renderText(decision)).toContain('kestäviä tuloksia');
  });
});

describe("engine.decide: an organisation's address, named by the organisation's own name", () => {
  it('answers "Mikä on Pohjois-Karjalan Sosiaaliturvayhdistyksen osoite KANTOn hankekuvauksen mukaan?" with the street address, not the WWW-osoite', async () => {
    const { engine } = await bundled();
    const text = renderText(engine.decide('Mikä on Pohjois-Karjalan Sosiaaliturvayhdistyksen osoite KANTOn hankekuvauksen mukaan?', { today: '2026-11-23' }));
    expect(text).toContain('Rantakatu 23 A');
  });
});

describe('engine.decide: the asking sentence retried with what the story quotes', () => {
  it('hands off "Tiedotteen lopussa lukee vain \'Lisätietoja ja hakuohjeet löydät\' eikä mitään nimeä. Kuka on ELY-keskuksessa kake-haun yhteyshenkilö?": the quoted line names nobody', async () => {
    const { engine } = await bundled();
    const question = "Tiedotteen lopussa lukee vain 'Lisätietoja ja hakuohjeet löydät' eikä mitään nimeä. Kuka on ELY-keskuksessa kake-haun yhteyshenkilö?";
    expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: a contact asked of whom only the story names', () => {
  it('answers the e-mail of "Koonnon projektipäällikkö", named in the story before "Mihin sähköpostiosoitteeseen…?"', async () => {
    const { engine } = await bundled();
    const question =
      'Kirjoitin hankeideasta luonnoksen ja haluaisin lähettää sen Koonnon projektipäällikölle. Olemme pieni kyläyhdistys Kaavilta. Mihin sähköpostiosoitteeseen luonnoksen voi lähettää?';
    const decision = engine.decide(question, { today: '2026-11-23' });
    expect(decision.kind).toBe('answer');
    expect(renderText(decision)).toContain('tuomas.puustinen@pssotu.fi');
  });
});

describe('engine.decide: an asking sentence that points back with "siinä"', () => {
  it('is retried with the sentence before it when alone it finds nothing', async () => {
    const { engine } = await bundled();
    const question = 'Luin kesäkuun tiedotteen alun. Siinä puhutaan pienten hankkeiden yhteistyöstä ja sitten jostain koordinaatiosta. Minkälaisesta koordinaatiosta siinä on kyse?';
    const decision = engine.decide(question, { today: '2026-11-23' });
    expect(decision.kind).not.toBe('handoff');
    expect(renderText(decision)).toContain('maakunnallista koordinaatiota');
  });
});

describe('engine.decide: the language of the advice or the application', () => {
  it.each(['Can we get advice from the KANTO advisers in Russian or English?', 'Saako Koonnosta neuvontaa englanniksi?'])('hands off "%s": no document states it', async (question) => {
    const { engine } = await bundled();
    expect(engine.decide(question, { today: '2026-11-23' })).toMatchObject({ kind: 'handoff', reason: 'not_stated' });
  });
});

describe('engine.decide: what is free of charge', () => {
  it.each([
    'Mistä saisi ilmaiset nettisivut yhdistykselle?',
    'Where can we get a free website for our association?',
    'Does Koonto charge associations a fee for advice?',
    'Maksaako KANTOn koulutus jotain?',
    // Spoken "ilmanen", "ilmasta"; the thing asked named between "maksaako" and "jotain".
    'maksaako kanton neuvonta meille jotain vai onks se ilmasta',
    // Kuopio is where Perhefutis, which was free, was played; that is no free course.
    'Where can I find a free Finnish language course in Kuopio?',
  ])('hands off "%s": no document says it costs nothing', async (question) => {
    const { engine } = await bundled();
    expect(engine.decide(question, { today: '2026-11-23' })).toMatchObject({ kind: 'handoff' });
  });

  it('answers whether Perhefutis was free from its passage, which says so ("maksuttomuudesta")', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Onko Pallokissojen Perhefutis maksuton osallistujille?', { today: '2026-11-23' })).passage.excerpt).toContain('maksuttomuudesta');
  });
});

describe('engine.decide: a sum asked of a call named by its start', () => {
  it('is no call-timing question: the Pohjois-Savo sum is not stated, so it is handed off; the Pohjois-Karjala one is answered', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Kuinka paljon rahaa Pohjois-Savossa on varattu siihen 15.1.2024 alkavaan kake-hakuun?', { today: '2026-11-23' }).kind).toBe('handoff');
    expect(renderText(engine.decide('Paljonko rahaa Pohjois-Karjalaan oli varattu 27.6.2022 alkaneeseen hakuun?', { today: '2026-11-23' }))).toContain('2 miljoonaa');
  });
});

describe('engine.decide: which personal data is collected', () => {
  it.each(['Mitä henkilötietoja osallistujasta kysytään Pohjois-Karjalan hankkeissa?', 'Which personal details are collected from participants?'])(
    'hands off "%s": the documents tell how participant data is collected, not which',
    async (question) => {
      const { engine } = await bundled();
      expect(engine.decide(question, { today: '2026-11-23' })).toMatchObject({ kind: 'handoff', reason: 'not_stated' });
    },
  );

  it('still answers how it is collected', async () => {
    const { engine } = await bundled();
    expect(renderText(engine.decide('Miten hankkeen osallistujien tiedot kerätään?', { today: '2026-11-23' }))).toContain('suomi.fi');
  });
});

describe('engine.decide: the advice carried on by another project', () => {
  it('hands off "Koonto päättyy 30.11.2025. Jatkuuko neuvonta sen jälkeen jollain uudella hankkeella?": no document tells of one', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Koonto päättyy 30.11.2025. Jatkuuko neuvonta sen jälkeen jollain uudella hankkeella?', { today: '2026-11-23' })).toMatchObject({ kind: 'handoff', reason: 'not_stated' });
  });

  it('hands off "Is there a follow-up coordination project for KANTO?": a word naming its kind between "follow-up" and "project"', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Is there a follow-up coordination project for KANTO?', { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe("engine.decide: the member's own guess at what a term means", () => {
  it.each([
    // The guess names what no document says (a ministry); the next sentence asks what is written.
    ["Hei! KANTOn hankekuvauksessa mainitaan 'Vastuuviranomainen'. Tarkoittaako tämä, että hanketta valvoo joku ministeriö? Mikä viranomainen siihen on kirjattu?", 'Etelä-Savon elinkeino-'],
    // What follows "vai" in the guess still asks.
    ['Koonnon kalvoissa sanottiin, että tukitaso on yleensä 80 prosenttia. Tarkoittaako se, että neljä hakemusta viidestä saa rahaa, vai mitä tukitaso tarkoittaa?', '80%'],
  ])('answers "%s" without the guess', async (question, fact) => {
    const { engine } = await bundled();
    const decision = engine.decide(question, { today: '2026-11-23' });
    expect(decision.kind).toBe('answer');
    expect(renderText(decision)).toContain(fact);
  });
});

describe('engine.decide: "varsinainen" says which one, not what', () => {
  it.each([
    // "varsinaisen" would otherwise be a rare word the answering passage lacks, and "hakuilmotuksen" is spoken for "hakuilmoituksen".
    'mistä sen etelä-savon varsinaisen hakuilmotuksen löytää',
    'Mistä löydän Etelä-Savon 2/2024 haun varsinaisen hakuilmoituksen?',
  ])('answers "%s" from the notice in EURA2021, without asking back', async (question) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('EURA2021');
  });
});

describe('engine.decide: which of two actors may apply', () => {
  it('answers "Kumpi meistä voi olla hakijana…, vai käykö molemmat?" with who may apply, not a partner passage', async () => {
    const { engine } = await bundled();
    const question = 'Me ollaan rekisteröity yhdistys, mutta meidän yhteistyökumppani on pieni säätiö. Kumpi meistä voi olla hakijana kesäkuun 2024 Itä-Suomen haussa, vai käykö molemmat?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('yhdistykset, säätiöt');
  });
});

describe('engine.decide: help while the project runs', () => {
  it('answers "Auttaako Koonto vaan hakemuksen teossa vai myös sitten, kun hanke on jo käynnissä?" with its support from planning to implementation (the glossary\'s "hanke on jo käynnissä")', async () => {
    const { engine } = await bundled();
    const question = 'Auttaako Koonto vaan hakemuksen teossa vai myös sitten, kun hanke on jo käynnissä?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('suunnittelusta sen toteutukseen');
  });
});

describe('engine.decide: every field', () => {
  it('answers whether "kaikki alat" belong to Koonto\'s target group from its "eri toimialoja edustavat järjestöt"', async () => {
    const { engine } = await bundled();
    const question = 'Meidän on sekakuoro eikä mikään sosiaalialan järjestö. Kuuluuko kaikki alat Koonnon kohderyhmään?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('eri toimialoja edustavat järjestöt');
  });
});

describe('engine.decide: whether a call reaches a region too', () => {
  it('answers "toimiiko se kesän 2024 elyn kake-haku myös pohjois-savossa vai onks se vaan etelä-savolle" with where the applicants must operate', async () => {
    const { engine } = await bundled();
    const question = 'moi! ollaan kuopiolainen skeittiyhdistys 🛹 toimiiko se kesän 2024 elyn kake-haku myös pohjois-savossa vai onks se vaan etelä-savolle';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('Pohjois-Savon alueella');
  });
});

describe('engine.decide: bank credentials in the members\' own word', () => {
  it('answers "…tunnistautuu siinä seurannassa, pankkitunnareilla vai minkä kautta" with suomi.fi (the glossary\'s "pankkitunnarit")', async () => {
    const { engine } = await bundled();
    const question = 'miten meidän osallistujat tunnistautuu siinä seurannassa, pankkitunnareilla vai minkä kautta';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('suomi.fi');
  });
});

describe('engine.decide: alone or together', () => {
  it.each([
    // The glossary's "tehdä yksin", "hanke yksin" for "Yhden toimijan hanke"; "pari yhdistystä", "monta yhdistystä" for "ryhmähanke".
    'Pitääkö hanke tehdä yksin vai voiko pari yhdistystä hakea yhdessä Pohjois-Karjalan haussa?',
    'voiko pohjois-karjalan haussa tehdä hankkeen yksin vai pitääkö olla monta yhdistystä yhdessä',
  ])('answers "%s" from the 2022 call\'s "Yhden toimijan hanke tai ryhmähanke"', async (question) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('ryhmähanke');
  });
});

describe('engine.decide: a number however its thousands are spaced', () => {
  it('answers "…noin 5000 pohjoissavolaista järjestöä. Pitääkö luku paikkansa?" from the slide\'s "n. 5 000 järjestöä"', async () => {
    const { engine } = await bundled();
    const question = 'Koonnon kohderyhmänä on käsittääkseni noin 5000 pohjoissavolaista järjestöä. Pitääkö luku paikkansa?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('5 000');
  });
});

describe('engine.decide: whom the release names as applicants', () => {
  it('answers "…Pitääkö paikkansa, ketä kaikkia tiedotteessa mainitaan hakijoiksi?" with who may apply', async () => {
    const { engine } = await bundled();
    const question = 'Ymmärtääkseni kesäkuun 2024 Itä-Suomen hakuun voi hakea yhdistysten lisäksi myös säätiöt. Pitääkö paikkansa, ketä kaikkia tiedotteessa mainitaan hakijoiksi?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('yhdistykset, säätiöt');
  });
});

describe('engine.decide: trying something new without knowing it works', () => {
  it('answers "saako tällä rahalla kokeilla jotain ihan uutta toimintatapaa vaikkei oo varmuutta että se toimii" with the culture of experimenting ("jotain ihan" between the glossary phrase\'s words is filler)', async () => {
    const { engine } = await bundled();
    const question = 'saako tällä rahalla kokeilla jotain ihan uutta toimintatapaa vaikkei oo varmuutta että se toimii';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('kokeilukulttuuria');
  });
});

describe('engine.decide: by what word a document calls something', () => {
  it.each([
    'Puhutaanko Etelä-Savon ilmoituksessa maahanmuutajista, ja millä sanalla heitä siinä kutsutaan?',
    'meidän yhdistys savonlinnassa tekee kotoutumistyötä. mainitaanko etelä-savon ilmoituksessa maahanmuuttajat ja millä sanalla',
  ])('answers "%s" from the call\'s emphasised contents ("millä sanalla", "kutsutaan" ask how, not what)', async (question) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('maahan muuttaneiden');
  });
});

describe('engine.decide: English pronouns', () => {
  it('offers the Koonto contacts for "…e-mail our idea to the Koonto project manager first. What is his e-mail address?" ("his", "first" are no topic)', async () => {
    const { engine } = await bundled();
    const question = "We're a residents' association in Kuopio and want to e-mail our idea to the Koonto project manager first. What is his e-mail address?";
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('tuomas.puustinen@pssotu.fi');
  });
});

describe('engine.decide: "slaidi", the members\' word for a slide', () => {
  it('answers "keitä koonnon slaideissa tarkotetaan haavoittuvimmassa asemassa olevilla kohderyhmillä? onks esim koulun kesken jättäneet siinä" from Koonto\'s slides', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('keitä koonnon slaideissa tarkotetaan haavoittuvimmassa asemassa olevilla kohderyhmillä? onks esim koulun kesken jättäneet siinä', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('palveluiden ulkopuolella');
  });
});

describe('engine.decide: whether what is told to an adviser spreads', () => {
  it.each([
    'Uskaltaako KANTOn neuvojille kertoa meidän yhdistyksen sisäisistä ongelmista ja rahahuolista, vai leviääkö ne eteenpäin?',
    'Voiko KANTOn neuvojalle kertoa keskeneräisestä hankeideasta ilman, että se leviää eteenpäin?',
  ])('answers "%s" with the advice being confidential', async (question) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('luottamuksellisia');
  });
});

describe('engine.decide: the THL indicator in the members\' words', () => {
  it.each([
    'hankekuvauksessa puhuttiin jostain THL:n mittarista jota yhdistysten pitäis osata käyttää. mikä se on ja mitä sillä mitataan',
    'mikä se THL:n osallisuusjuttu oli, mitä yhdistykset oppii käyttämään kanton avulla?',
  ])('answers "%s" from KANTO\'s results ("osata käyttää", "oppii käyttämään" are the glossary\'s "hyödyntää")', async (question) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('osallisuusindikaattoria');
  });
});

describe('engine.decide: "ensimmäinen" is first, not next', () => {
  it('answers "Miten asukkaat otetaan mukaan Etelä-Savon 2/2024 haun ensimmäisen painotuksen mukaan?" from the emphasised contents, not the calls\' status', async () => {
    const { engine } = await bundled();
    const d = answerOf(engine.decide('Miten asukkaat otetaan mukaan Etelä-Savon 2/2024 haun ensimmäisen painotuksen mukaan?', { today: '2026-11-23' }));
    expect(d.passage.excerpt).toContain('osallistetaan asukkaat');
  });
});

describe('engine.decide: a funding decision mistyped', () => {
  it('hands off "Milloin etelä-savon 2/2024 haun rahoitupäätökset tulee?" (when decisions come is no call period), not the calls\' status', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Milloin etelä-savon 2/2024 haun rahoitupäätökset tulee?', { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: which other places an earlier project reached', () => {
  it.each([
    'Mihin lähikuntiin Hanaa!-hankkeen toimintaa on laajennettu Kuopion ulkopuolelle?',
    'hanaa!-hanketta piti laajentaa kuopion lähikuntiin, mihin kuntiin se lopulta laajeni?',
  ])('hands "%s" off: the project\'s passage names only Kuopio, and the coordination project\'s list of municipalities is not where it spread', async (question) => {
    const { engine } = await bundled();
    expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
  });

  it('still answers in which town an earlier project worked, from its own passage', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Missä kaupungissa Uusi tapa toimia -hanke toteutettiin?', { today: '2026-11-23' })).passage.excerpt).toContain('Kouvola');
  });
});

describe('engine.decide: "kuului" (belonged) frames the question', () => {
  it('answers "Keitä Kiipulasäätiön osuuskuntahankkeen kohderyhmään kuului?" from the example project\'s target group', async () => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide('Keitä Kiipulasäätiön osuuskuntahankkeen kohderyhmään kuului?', { today: '2026-11-23' })).passage.excerpt).toContain('heikoimmassa työmarkkina-asemassa');
  });
});

describe('engine.decide: what a document was said to say', () => {
  it.each([
    ['tiedotteessa sanottiin et johonki hankkeisiin kiinnitetään erityistä huomiota. millasiin', 'Erityistä huomiota'],
    ['Etelä-Savon 2/2024 ilmoituksessa mainittiin kolmas ja neljäs sektori. Ketkä kaikki siinä luetellaan?', 'neljännen sektorin'],
  ])('answers "%s" ("sanottiin", "mainittiin", "luetellaan" tell, they are not asked about)', async (question, fact) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain(fact);
  });
});

describe('engine.decide: whether an adviser visits', () => {
  it('hands off "Käykö Koonton hankeneuvoja myös paikan päällä yhdistyksissä, esimerkiksi meillä Kiuruvedellä?" (Koonto\'s slides do not say), not the list of its municipalities', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Käykö Koonton hankeneuvoja myös paikan päällä yhdistyksissä, esimerkiksi meillä Kiuruvedellä?', { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: "ne" (they) stands for the project the story names', () => {
  it('hands off "Kiipulasäätiön Osallisuutta osuuskunnista -hanke toimi useammalla toimintapaikkakunnalla. Mitkä kunnat ne olivat?": its passage names none, and the coordination project\'s list of municipalities is no answer', async () => {
    const { engine } = await bundled();
    const question = 'Kiipulasäätiön Osallisuutta osuuskunnista -hanke toimi useammalla toimintapaikkakunnalla. Mitkä kunnat ne olivat?';
    expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: a motive told after the question', () => {
  it('answers "Missä osoitteessa Pohjois-Karjalan Sosiaaliturvayhdistys on, jos haluan käydä paikan päällä juttelemassa?" with the street address ("jos haluan …" is why, not what, the member asks)', async () => {
    const { engine } = await bundled();
    const decision = engine.decide('Missä osoitteessa Pohjois-Karjalan Sosiaaliturvayhdistys on, jos haluan käydä paikan päällä juttelemassa?', { today: '2026-11-23' });
    expect(renderText(decision)).toContain('Rantakatu 23 A');
  });
});

describe('engine.decide: a figure told and then checked', () => {
  it.each([
    'Kuulin, että Pohjois-Karjalaan oli vuoden 2022 haussa varattu miljoona euroa. Oliko summa oikein?',
    'Pohjois-Karjalaan oli 2022 haussa varattu 3 miljoonaa euroa. Onko se oikea summa?',
  ])('answers "%s" with the sum the slide gives ("summa" checked right is the figure told, not a word to find)', async (question) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('2 miljoonaa euroa');
  });
});

describe('engine.decide: how many percent one must pay oneself', () => {
  it.each([
    'Kuinka monta prosenttia pitää yhdistyksen itse rahottaa Pohjois-Karjalan 2022 haun mukaan?',
    'Jos meidän hankkeen budjetti olis 60 000 euroa, kuinka monta prosenttia siitä pitää yhdistyksen itse rahottaa Pohjois-Karjalan 2022 haun mukaan?',
  ])('answers "%s" with the own share (the share asked, not a least share the slide would have to state)', async (question) => {
    const { engine } = await bundled();
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('Omarahoitusosuus 20%');
  });
});

describe('engine.decide: "cost model options" in English', () => {
  it('answers "Our immigrant association is planning a project in North Karelia. Which flat-rate cost model options did the 2022 call offer?" with both rates (the glossary reads "cost model options" as flat rate)', async () => {
    const { engine } = await bundled();
    const question = 'Our immigrant association is planning a project in North Karelia. Which flat-rate cost model options did the 2022 call offer?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('flat rate 40 % tai 7 %');
  });
});

describe('engine.decide: "minkä asian yhteydessä" (in connection with what)', () => {
  it('offers the press release\'s sentence on the culture of trying for "Mitä tuo \'kokeilukulttuuri\' tarkottaa ELY:n tiedotteessa? Minkä asian yhteydessä sitä halutaan tukea?", not a hand-off for want of contacts', async () => {
    const { engine } = await bundled();
    const question = "Mitä tuo 'kokeilukulttuuri' tarkottaa ELY:n tiedotteessa? Minkä asian yhteydessä sitä halutaan tukea?";
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('toimintamallien suunnittelua ja kokeilukulttuuria');
  });
});

describe('engine.decide: the least sum allowed', () => {
  it('hands off "mikä on pienin sallittu hankebudjetti etelä-savon 2/2024 haussa" (the call states no limit), not the passage on small projects\' cooperation', async () => {
    const { engine } = await bundled();
    expect(engine.decide('mikä on pienin sallittu hankebudjetti etelä-savon 2/2024 haussa', { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: where a person works now', () => {
  it('hands off "Missä Teija Sivonen on töissä nykyään, kun KANTO loppui?" (the documents tell where she worked then), not KANTO\'s contacts', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Missä Teija Sivonen on töissä nykyään, kun KANTO loppui?', { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: an info session named in a compound', () => {
  it('hands off "Kuulin että Koonto järjestää seuraavan hakuinfon Iisalmessa. Milloin ja missä se on?" ("hakuinfo" is an event, not the call), not the calls\' status', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Kuulin että Koonto järjestää seuraavan hakuinfon Iisalmessa. Milloin ja missä se on?', { today: '2026-11-23' }).kind).toBe('handoff');
  });

  it('still tells the calls\' status when the info session is only where the member heard of the call ("kuulin infossa")', async () => {
    const { engine } = await bundled();
    expect(engine.decide('moi! kuulin infossa et ely avas kake-haun koko itä-suomeen, milloin se aukes?', { today: '2026-11-23' }).kind).toBe('call_status');
  });
});

describe('engine.decide: several associations applying together', () => {
  it('answers "Meillä on Ilomantsissa kaksi pientä kyläyhdistystä, jotka haluaisivat tehdä hankkeen yhdessä. Voiko Pohjois-Karjalan haussa hakea usea yhdistys porukalla?" with the group project, not who may apply', async () => {
    const { engine } = await bundled();
    const question = 'Meillä on Ilomantsissa kaksi pientä kyläyhdistystä, jotka haluaisivat tehdä hankkeen yhdessä. Voiko Pohjois-Karjalan haussa hakea usea yhdistys porukalla?';
    expect(answerOf(engine.decide(question, { today: '2026-11-23' })).passage.excerpt).toContain('ryhmähanke');
  });
});

describe('engine.decide: "hän" in the asking sentence is the person the story names', () => {
  it('does not answer "Kuulin että Teija Sivonen on KANTOn järjestökehittäjä. Mikä hänen tehtävänimikkeensä on ja missä yhdistyksessä hän on töissä?" with another person\'s details (the applicant\'s contact person, Anne Pyykkönen)', async () => {
    const { engine } = await bundled();
    const question = 'Kuulin että Teija Sivonen on KANTOn järjestökehittäjä. Mikä hänen tehtävänimikkeensä on ja missä yhdistyksessä hän on töissä?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).not.toContain('Anne Pyykkönen');
  });
});

describe('engine.decide: "Is that right?" in English', () => {
  it.each([
    'Is that right?',
    "I wrote down Tiina Kiiskinen's number as 044 702 1951 at the Koonto info event. Is that right?",
  ])('does not answer "%s" with the passage on rights ("right" asks whether what was told is right)', async (question) => {
    const { engine } = await bundled();
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).not.toContain('oikeuksien');
  });
});

describe('engine.decide: "onko" asks, without a question mark', () => {
  it('tells the next call\'s status for "nuorten liikuntaseura kuopiosta. koonnon kalvoissa oli se seuraava haku, onko se jo alkanut" on 5.2.2024', async () => {
    const { engine } = await bundled();
    const decision = engine.decide('nuorten liikuntaseura kuopiosta. koonnon kalvoissa oli se seuraava haku, onko se jo alkanut', { today: '2024-02-05' });
    expect(decision.kind).toBe('call_status');
    expect(renderText(decision)).toContain('15.1.2024');
  });
});

describe('engine.decide: an association\'s own officers and meetings', () => {
  it('hands off "Pitääkö yhdistyksen toiminnantarkastajan olla joku yhdistyksen ulkopuolinen henkilö, vai käykö oma jäsen?", not the call\'s emphasised contents ("käykö" is no idea fitting a call here)', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Pitääkö yhdistyksen toiminnantarkastajan olla joku yhdistyksen ulkopuolinen henkilö, vai käykö oma jäsen?', { today: '2026-11-23' }).kind).toBe('handoff');
  });

  it('still answers an address asked by a member who tells of the annual meeting', async () => {
    const { engine } = await bundled();
    const question = 'Lähetän KANTOn kehittämispäällikölle Anne Pyykköselle kutsun meidän vuosikokoukseen. Mikä on hänen sähköpostiosoitteensa?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('anne.pyykkonen');
  });
});

describe('engine.decide: the cases apart from a rule', () => {
  it.each([
    "Koonnon kalvossa tukitaso on 'pääsääntöisesti' 80 %. Missä tapauksissa tukiprosentti on jotain muuta?",
    "The Koonto slides say the support level is 'pääsääntöisesti 80%'. In which cases can a project get a higher support level than that?",
  ])('hands off "%s": the slide states the rule, not its exceptions', async (question) => {
    const { engine } = await bundled();
    expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: why, with the "although" told in the story', () => {
  it('hands off "KANTOn kuntalistassa on Heinävesi, vaikka se kuuluu nykyään Pohjois-Savoon. Miksi se on siinä mukana?" (the description lists the towns, it does not explain them)', async () => {
    const { engine } = await bundled();
    expect(engine.decide('KANTOn kuntalistassa on Heinävesi, vaikka se kuuluu nykyään Pohjois-Savoon. Miksi se on siinä mukana?', { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: whether an earlier project\'s plan came true', () => {
  it.each([
    'Laajeniko Tatu ry:n Hanaa!-toiminta lopulta Kuopion lähikuntiin, ja mihin kuntiin?',
    'Hanaa!-toimintaa piti laajentaa Kuopiosta lähikuntiin. Tapahtuiko se, ja mihin kuntiin toiminta levisi?',
  ])('hands off "%s": the slide tells only the plan ("laajentamaan lähikuntiin"), and Koonto\'s list of municipalities is no answer', async (question) => {
    const { engine } = await bundled();
    expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: the role the story names, inflected', () => {
  it('answers "Haluaisin lähettää Koonnon projektipäällikölle sähköpostia meidän Siilinjärven yhdistyksen hankeideasta. Mikä on hänen sähköpostiosoitteensa? Terkuin Jari" with the project manager\'s address', async () => {
    const { engine } = await bundled();
    const question = 'Haluaisin lähettää Koonnon projektipäällikölle sähköpostia meidän Siilinjärven yhdistyksen hankeideasta. Mikä on hänen sähköpostiosoitteensa? Terkuin Jari';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('tuomas.puustinen@pssotu.fi');
  });
});

describe('engine.decide: "prosenttivaihtoehdot" on a slide', () => {
  it('answers "Meidän taloudenhoitja yrittää tehdä hakemukseen budjettia, ja KANTOn diassa mainitaan joku flat rate -kustannusmalli. Mitkä prosenttivaihtoehdot siinä oli? Kiitos! -Seija, Polvijärven Marttayhdistys" with both rates', async () => {
    const { engine } = await bundled();
    const question = 'Meidän taloudenhoitja yrittää tehdä hakemukseen budjettia, ja KANTOn diassa mainitaan joku flat rate -kustannusmalli. Mitkä prosenttivaihtoehdot siinä oli? Kiitos! -Seija, Polvijärven Marttayhdistys';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('flat rate 40 % tai 7 %');
  });
});

describe('engine.decide: "maksamaan itse"', () => {
  it('answers "Jos meidän hankkeen budjetti on 50 000 euroa, kuinka ison osan siitä joudutaan maksamaan itse? Kyse siis Pohjois-Karjalan 2022 hausta." with the own share', async () => {
    const { engine } = await bundled();
    const question = 'Jos meidän hankkeen budjetti on 50 000 euroa, kuinka ison osan siitä joudutaan maksamaan itse? Kyse siis Pohjois-Karjalan 2022 hausta.';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('Omarahoitusosuus 20%');
  });
});

describe('engine.decide: "voisi" (could) is how a question is asked', () => {
  it('answers "Meillä Juuassa on kierrätyskeskus, jossa käy kuntouttavassa työtoiminnassa parikymmentä ihmistä. Voisiko ESR+-rahalla kehittää sitä, mitä työtoiminnassa varsinaisesti tehdään?" from the call\'s emphasised contents, with no "voisi" to find', async () => {
    const { engine } = await bundled();
    const question = 'Meillä Juuassa on kierrätyskeskus, jossa käy kuntouttavassa työtoiminnassa parikymmentä ihmistä. Voisiko ESR+-rahalla kehittää sitä, mitä työtoiminnassa varsinaisesti tehdään?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('työtoiminnan sisältöjä');
  });
});

describe('engine.decide: whether a report is out', () => {
  it('hands off "Onko KANTOn loppuraportti jo valmis, ja mistä sen voisi lukea?" (no document is the report), not KANTO\'s results', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Onko KANTOn loppuraportti jo valmis, ja mistä sen voisi lukea?', { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: a short mistyped verb ("tunistetaan")', () => {
  it('offers the participant-tracking slide for "Miten hankkeeseen osallistujat tunistetaan, kun niiden tiedot kerätään? Pitääkö niillä olla jotain tunnuksia?"', async () => {
    const { engine } = await bundled();
    const question = 'Miten hankkeeseen osallistujat tunistetaan, kun niiden tiedot kerätään? Pitääkö niillä olla jotain tunnuksia?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('suomi.fi');
  });
});

describe('engine.decide: what something cost, and a salary', () => {
  it.each(['Mikä palkka KANTOn projektipäälliköllä oli hankkeessa?', 'Paljonko Tatu ry:n Hanaa!-hanke kaikkiaan maksoi, ja kuka sen rahoitti?'])(
    'hands off "%s": no passage states that sum, and a contact list or the project\'s story is no answer',
    async (question) => {
      const { engine } = await bundled();
      expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
    },
  );
});

describe('engine.decide: which projects were funded thanks to the advice', () => {
  it.each(['Mitkä pohjoiskarjalaiset yhdistykset saivat rahoituksen KANTOn neuvonnan avulla?', 'Montako pohjoissavolaista hanketta sai rahoitusta Koonnon neuvonnan avulla vuonna 2024?'])(
    'hands off "%s": no document tells who was funded, and the advice services or contacts are no answer',
    async (question) => {
      const { engine } = await bundled();
      expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
    },
  );
});

describe('engine.decide: "kuten" (such as) names no topic', () => {
  it('answers "Mikä on ELY:n kesäkuun 2024 tiedotteen mukaan näiden hankkeiden varsinainen tavoite, kun ajatellaan paikallisia yhteisöjä, kuten meidän kyliämme?" with the goal', async () => {
    const { engine } = await bundled();
    const question = 'Mikä on ELY:n kesäkuun 2024 tiedotteen mukaan näiden hankkeiden varsinainen tavoite, kun ajatellaan paikallisia yhteisöjä, kuten meidän kyliämme?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('paikallisyhteisöjen elinvoimaisuutta');
  });
});

describe('engine.decide: a question of a few words takes up the sentence before', () => {
  it('answers "Kerhomme suunnittelee toimintaa, jonka toivoisimme jäävän elämään vielä rahoituksen loputtua. Tiedotteessa kerrottiin, että tietynlaisiin hankkeisiin kiinnitetään erityistä huomiota. Millaisiin hankkeisiin?" from what the press release says', async () => {
    const { engine } = await bundled();
    const question = 'Kerhomme suunnittelee toimintaa, jonka toivoisimme jäävän elämään vielä rahoituksen loputtua. Tiedotteessa kerrottiin, että tietynlaisiin hankkeisiin kiinnitetään erityistä huomiota. Millaisiin hankkeisiin?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('kestäviä tuloksia');
  });
});

describe('engine.decide: "katettaisiin tuella" (would be covered by the support)', () => {
  it('answers "Hankkeemme budjetti olisi 60 000 euroa. Paljonko siitä katettaisiin tuella Koonnon kalvojen mukaan?" with the support level', async () => {
    const { engine } = await bundled();
    const question = 'Hankkeemme budjetti olisi 60 000 euroa. Paljonko siitä katettaisiin tuella Koonnon kalvojen mukaan?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('80%');
  });
});

describe('engine.decide: "Pitääkö paikkansa?" asks about the claim before it', () => {
  it('hands off "Luin jostain, että yhdistyksen pitää ilmoittaa tilintarkastajansa Patentti- ja rekisterihallitukseen. Pitääkö paikkansa?" (an association\'s own officers)', async () => {
    const { engine } = await bundled();
    const question = 'Luin jostain, että yhdistyksen pitää ilmoittaa tilintarkastajansa Patentti- ja rekisterihallitukseen. Pitääkö paikkansa?';
    expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: who opened a call', () => {
  it.each(['Kuka avasi sen kesäkuun 2024 Itä-Suomen kake-haun?', 'itä-suomen kake-haku kesäkuussa 2024, kuka sen avas? joku ely?'])(
    'answers "%s" with the ELY centre that opened it, not with who may apply',
    async (question) => {
      const { engine } = await bundled();
      expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('Etelä-Savon ELY-keskus on avannut');
    },
  );

  it('still answers who may apply to a call "jonka ELY avasi"', async () => {
    const { engine } = await bundled();
    const question = 'Ketkä kaikki saavat jättää hakemuksen siihen kake-hakuun, jonka ELY avasi Itä-Suomessa kesäkuussa 2024?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('muut kansalaistoimijat');
  });
});

describe('engine.decide: a spoken "paljo" that starts the question', () => {
  it('answers "paljo järjestöjä on koonnon kohderyhmässä" with the number of organisations', async () => {
    const { engine } = await bundled();
    expect(renderText(engine.decide('paljo järjestöjä on koonnon kohderyhmässä', { today: '2026-11-23' }))).toContain('5 000');
  });
});

describe('engine.decide: "yksin jääminen" is loneliness', () => {
  it('answers "Yhdistyksemme on huolissaan yksin asuvista jäsenistä. Mainitaanko Koonnon esityksessä, että kake-hankkeilla pyritään vähentämään yksin jäämistä?" from what the projects are for', async () => {
    const { engine } = await bundled();
    const question = 'Yhdistyksemme on huolissaan yksin asuvista jäsenistä. Mainitaanko Koonnon esityksessä, että kake-hankkeilla pyritään vähentämään yksin jäämistä?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('yksinäisyyttä');
  });
});

describe('engine.decide: "Does the material say anything about this?" asks about the sentence before', () => {
  it('answers "I am on the board of an association in Joensuu. I wonder whether what we tell the KANTO advisers is kept confidential. Does the KANTO material say anything about that?" from the advice slide', async () => {
    const { engine } = await bundled();
    const question = 'I am on the board of an association in Joensuu. I wonder whether what we tell the KANTO advisers is kept confidential. Does the KANTO material say anything about that?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('luottamuksellisia');
  });
});

describe('engine.decide: "people who have moved to Finland" in English', () => {
  it('answers "Do the emphasised contents of the Etelä-Savo 2/2024 call mention people who have moved to Finland?" with the bullet naming them', async () => {
    const { engine } = await bundled();
    const question = 'Do the emphasised contents of the Etelä-Savo 2/2024 call mention people who have moved to Finland?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('maahan muuttaneiden');
  });
});

describe('engine.decide: "minkä otsikon alla" asks for a section, not the title', () => {
  it('answers "Mainitaanko ELY:n tiedotteessa kieli- ja kulttuurivähemmistöt, ja minkä otsikon alla?" from the section that names them', async () => {
    const { engine } = await bundled();
    const question = 'Mainitaanko ELY:n tiedotteessa kieli- ja kulttuurivähemmistöt, ja minkä otsikon alla?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('kieli-, kulttuuri- ja seksuaalivähemmistöjen');
  });
});

describe('engine.decide: until when a project advises', () => {
  it('answers "Kuinka kauan Koonto toimii ja neuvoo yhdistyksiä?" with the project\'s period', async () => {
    const { engine } = await bundled();
    expect(renderText(engine.decide('Kuinka kauan Koonto toimii ja neuvoo yhdistyksiä?', { today: '2026-11-23' }))).toContain('30.11.2025');
  });
});

describe('engine.decide: English contractions and "worked" carry no topic', () => {
  it('offers the Uusi tapa toimia project\'s passage for "According to the Koonto slides, the Uusi tapa toimia project worked mainly in Kuopio, didn\'t it?"', async () => {
    const { engine } = await bundled();
    const question = "According to the Koonto slides, the Uusi tapa toimia project worked mainly in Kuopio, didn't it?";
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('Kouvolan ja Kuusankosken');
  });
});

describe('engine.decide: "kaikista" with its noun says how many, not what', () => {
  it('answers "Mistä kaikista aiheista KANTO järjestää koulutuksia ja infotilaisuuksia?" from the slide that lists them', async () => {
    const { engine } = await bundled();
    const question = 'Mistä kaikista aiheista KANTO järjestää koulutuksia ja infotilaisuuksia?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('Osallisuusosaamiseen');
  });
});

describe('engine.decide: "someone told me" frames an English claim', () => {
  it('answers "Someone told me that the Etelä-Savo call 2/2024 was open from March until the end of June. Is that right?" with the call\'s real period', async () => {
    const { engine } = await bundled();
    const question = 'Someone told me that the Etelä-Savo call 2/2024 was open from March until the end of June. Is that right?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('10.5.2024');
  });
});

describe('engine.decide: whether an adviser speaks a language', () => {
  it.each(['Puhuuko Koonnon hankeneuvoja englantia? Meidän jäsenet ei puhu hyvin suomea.', 'Does the KANTO adviser speak Russian?'])(
    'hands off "%s": no document says which languages the advisers speak, and the contact list is no answer',
    async (question) => {
      const { engine } = await bundled();
      expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
    },
  );
});

describe('engine.decide: a document named as where something is said', () => {
  it('offers the target group slide for "Koonnon kalvoilla kerrotaan kohderyhmästä. Montako järjestöä esityksessä arvioidaan olevan?": every slide is "esityksessä"', async () => {
    const { engine } = await bundled();
    const decision = engine.decide('Koonnon kalvoilla kerrotaan kohderyhmästä. Montako järjestöä esityksessä arvioidaan olevan?', { today: '2026-11-23' });
    expect(decision.kind).not.toBe('handoff');
    expect(renderText(decision)).toContain('Kohderyhmä');
  });

  it('still takes a document asked about as a thing as the topic: "Mistä löydän Etelä-Savon 2/2024 haun varsinaisen hakuilmoituksen?" is answered with where it is', async () => {
    const { engine } = await bundled();
    expect(renderText(engine.decide('Mistä löydän Etelä-Savon 2/2024 haun varsinaisen hakuilmoituksen?', { today: '2026-11-23' }))).toContain('EURA2021');
  });
});

describe('engine.decide: where in a document something is said', () => {
  it('answers "Tiedotteen ensimmäisessä kappaleessa sanotaan, että kake-hankkeilla lisätään jonkin asiakaslähtöisyyttä. Minkä?" with the opening sentence', async () => {
    const { engine } = await bundled();
    const question = 'Tiedotteen ensimmäisessä kappaleessa sanotaan, että kake-hankkeilla lisätään jonkin asiakaslähtöisyyttä. Minkä?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('osallisuutta edistävien toimien asiakaslähtöisyyttä');
  });
});

describe('engine.decide: a section named by its heading', () => {
  it.each(['Mikä on ensimmäinen kohta ELY:n tiedotteessa Osallisuus ja yhteisöllisyys -otsikon alla?', 'mitä tiedotteen osallisuus ja yhteisöllisyys -otsikon ekassa kohdassa sanotaan asukkaista'])(
    'answers "%s" from that section',
    async (question) => {
      const { engine } = await bundled();
      expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('asukkaiden osallistumista');
    },
  );
});

describe('engine.decide: whether advisers tell others', () => {
  it('answers "Kertovatko KANTOn neuvojat meidän ideasta eteenpäin muille yhdistyksille?" with the confidentiality of advice', async () => {
    const { engine } = await bundled();
    expect(renderText(engine.decide('Kertovatko KANTOn neuvojat meidän ideasta eteenpäin muille yhdistyksille?', { today: '2026-11-23' }))).toContain('luottamuksellisia');
  });
});

describe('engine.decide: "eikö … auta" asks whether someone helps', () => {
  it('answers "Eikö Koonto auta enää, kun hanke on jo käynnissä?" with what Koonto offers, not with its own period', async () => {
    const { engine } = await bundled();
    expect(renderText(engine.decide('Eikö Koonto auta enää, kun hanke on jo käynnissä?', { today: '2026-11-23' }))).toContain('suunnittelusta sen toteutukseen');
  });
});

describe('engine.decide: whether a coordination project itself comes somewhere', () => {
  it('answers "Tuleeko KANTO Lieksaan asti, vai pitääkö meidän lähteä Joensuuhun?" with where KANTO gives advice, not its list of municipalities', async () => {
    const { engine } = await bundled();
    expect(renderText(engine.decide('Tuleeko KANTO Lieksaan asti, vai pitääkö meidän lähteä Joensuuhun?', { today: '2026-11-23' }))).toContain('Liikumme koko Pohjois-Karjalan alueella');
  });
});

describe("engine.decide: a joint project asked in the member's words", () => {
  it('answers "Kaksi kyläyhdistystä Liperissä haluaisi tehdä hankkeen yhdessä. Saako Pohjois-Karjalan 2022 haussa tehdä yhteisen hankkeen, vai pitääkö kummankin hakea omansa?" from the call slide\'s "ryhmähanke"', async () => {
    const { engine } = await bundled();
    const question = 'Kaksi kyläyhdistystä Liperissä haluaisi tehdä hankkeen yhdessä. Saako Pohjois-Karjalan 2022 haussa tehdä yhteisen hankkeen, vai pitääkö kummankin hakea omansa?';
    const decision = engine.decide(question, { today: '2026-11-23' });
    expect(decision.kind).toBe('answer');
    expect(renderText(decision)).toContain('ryhmähanke');
  });
});

describe('engine.decide: a question passed on for someone else', () => {
  it.each([
    ['Liikuntaseuramme puheenjohtaja haluaisi soittaa Koonnon osahankkeen hankeneuvojalle. Kysyisin, kuka hän on ja mikä hänen numeronsa on.', 'Tiina Kiiskinen'],
    ['Kysyisin vielä sitä, minä aikana Etelä-Savon 2/2024 kake-haku oli auki – tarvitsen päivämäärät yhdistyksen vuosikertomukseen.', '10.5.2024'],
  ])('answers "%s"', async (question, expected) => {
    const { engine } = await bundled();
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain(expected);
  });
});

describe('engine.decide: chat words and where in a document', () => {
  it.each([
    ["tiedotteen alus puhuttiin et lisätään jonkun 'asiakaslähtöisyyttä'. minkä asiakaslähtöisyyttä lol", 'osallisuutta edistävien toimien asiakaslähtöisyyttä'],
    ['Ympäristöyhdistyksemme hallitus Kiteellä kysyi: otetaanko KANTOn koulutuksissa ja infoissa ympäristöasiat jotenkin huomioon, ja millaisia pisteitä Ympäristöosaaminen sai kestävän kehityksen taulukossa?', 'ympäristökestävistä ratkaisuista'],
  ])('answers "%s"', async (question, expected) => {
    const { engine } = await bundled();
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain(expected);
  });
});

describe('engine.decide: a document as the one that says something', () => {
  it('answers "Millä sanalla ilmoitus puhuu Suomeen muuttaneista ihmisistä siinä yhdenvertaisuutta koskevassa kohdassa?" from the call announcement', async () => {
    const { engine } = await bundled();
    const question = 'Millä sanalla ilmoitus puhuu Suomeen muuttaneista ihmisistä siinä yhdenvertaisuutta koskevassa kohdassa?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('maahan muuttaneiden');
  });
});

describe('engine.decide: whether an example project still runs', () => {
  it.each(['pyöriikö se pallokissojen perhefutis vielä ja mistä sinne voi ilmottautua', 'Onko Pallo haltuun -hankkeessa tehty KuPS-fanialue vielä käytössä Kuopion stadionilla?'])(
    'hands off "%s": the slides tell what was done, not whether it goes on',
    async (question) => {
      const { engine } = await bundled();
      expect(engine.decide(question, { today: '2026-11-23' }).kind).toBe('handoff');
    },
  );
});

describe('engine.decide: whether what is told to an adviser stays between them', () => {
  it.each([
    'uskaltaako kanton neuvojalle kertoa vielä keskeneräisestä hankeideasta vai voiko se levitä muille',
    'Joensuulaisen yhdistyksen hallitus epäröi kertoa keskeneräisestä hankeideasta ulkopuolisille. Kerrotaanko KANTOn neuvonnassa käydyt asiat eteenpäin?',
  ])('answers "%s" with the confidentiality of advice', async (question) => {
    const { engine } = await bundled();
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('luottamuksellisia');
  });
});

describe('engine.decide: a document named with a part of it ("tiedotteen alussa", "ilmoituksen kumppanuuskohdassa")', () => {
  it.each([
    ['Tiedotteen alussa puhuttiin asiakaslähtöisyyden lisäämisestä, mutta en ymmärtänyt minkä asiakaslähtöisyyttä siinä oikein lisätään.', 'osallisuutta edistävien toimien asiakaslähtöisyyttä'],
    ['Onko oikein, että Etelä-Savon ilmoituksen kumppanuuskohdassa puhutaan yhteistyön lisäksi myös osaamisesta?', 'yhteistyötä ja osaamista'],
  ])('answers "%s" from that document', async (question, expected) => {
    const { engine } = await bundled();
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain(expected);
  });
});

describe('engine.decide: a heading among several, and what a thing was used for', () => {
  it('answers "onko tiedotteen painotuksissa eka otsikko \'Osallisuus ja yhteisöllisyys\'" from that section, not with the title', async () => {
    const { engine } = await bundled();
    const d = engine.decide("onko tiedotteen painotuksissa eka otsikko 'Osallisuus ja yhteisöllisyys'", { today: '2026-11-23' });
    expect(renderText(d)).toContain('asukkaiden osallistumista');
  });

  it('answers "Uusi tapa toimia -hankkeessa kehitettiin yhdistysmestari-kisälli-malli. Mihin sitä käytettiin?"', async () => {
    const { engine } = await bundled();
    const d = engine.decide('Uusi tapa toimia -hankkeessa kehitettiin yhdistysmestari-kisälli-malli. Mihin sitä käytettiin?', { today: '2026-11-23' });
    expect(renderText(d)).toContain('yhdistysten tietotaidon monistamiseen');
  });
});

describe('engine.decide: why a municipality is on a list', () => {
  it('hands off "Miksi Heinävesi on mukana KANTOn hankekuvauksen kuntalistassa?": the list gives no reason', async () => {
    const { engine } = await bundled();
    expect(engine.decide('Miksi Heinävesi on mukana KANTOn hankekuvauksen kuntalistassa?', { today: '2026-11-23' }).kind).toBe('handoff');
  });
});

describe('engine.decide: member clubs counted, and what they did', () => {
  it.each([
    ['Montako jäsenseuraa Pohjois-Savon Liikunnalla on?', '169 jäsentä'],
    ['Koonnon kalvoissa kerrotaan Työelämän avaimet -hankkeesta, mitä suurin osa kurssin päätäneistä teki kurssin jälkeen. Mitä he tekivät?', 'työkokeilu'],
  ])('answers "%s"', async (question, expected) => {
    const { engine } = await bundled();
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain(expected);
  });
});

describe('engine.decide: what else a line says beside what the story repeats', () => {
  it('answers "…vahvistetaan ensimmäisenä kansalaistoimijalähtöistä kehittämistä. Mitä muuta samassa kohdassa vahvistetaan?" with the rest of the line', async () => {
    const { engine } = await bundled();
    const question = 'Tiedotteen Osallisuus ja yhteisöllisyys -kohdassa vahvistetaan ensimmäisenä kansalaistoimijalähtöistä kehittämistä. Mitä muuta samassa kohdassa vahvistetaan?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('asukkaiden osallistumista');
  });
});

describe('engine.decide: function words of comparison and English phrasing', () => {
  it.each([
    ["Mikä ero on 'tukitasolla' ja omarahoitusosuudella? Koonnon kalvossa oli tukitasosta joku prosentti – paljonko tuki kattaa?", '80%'],
    ['perhefutis in the koonto slides, what did parents like about it', 'maksuttomuudesta'],
  ])('answers "%s"', async (question, expected) => {
    const { engine } = await bundled();
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain(expected);
  });
});

describe('engine.decide: the applicant association', () => {
  it('answers "EURA-kuvauksessa on kaksi puhelinnumeroa. Mikä on hakijayhdistyksen oma numero, siis ei Anne Pyykkösen?" from the applicant\'s details', async () => {
    const { engine } = await bundled();
    const question = 'EURA-kuvauksessa on kaksi puhelinnumeroa. Mikä on hakijayhdistyksen oma numero, siis ei Anne Pyykkösen?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('050 558 7460');
  });
});

describe('engine.decide: "the other option"', () => {
  it('offers the cost model line for "Mites se toinen vaihtoehto, se 7 % – mihin se liittyi Pohjois-Karjalan 2022 kake-haussa?"', async () => {
    const { engine } = await bundled();
    expect(renderText(engine.decide('Mites se toinen vaihtoehto, se 7 % – mihin se liittyi Pohjois-Karjalan 2022 kake-haussa?', { today: '2026-11-23' }))).toContain('flat rate 40 % tai 7 %');
  });
});

describe('engine.decide: the list of priorities, typed without ä and ö', () => {
  it('answers "Etela-Savon ilmoituksen painotuslistan ensimmainen kohta puhuu asukkaista. Mita asukkaille siina luvataan tehda?"', async () => {
    const { engine } = await bundled();
    const question = 'Etela-Savon ilmoituksen painotuslistan ensimmainen kohta puhuu asukkaista. Mita asukkaille siina luvataan tehda?';
    expect(renderText(engine.decide(question, { today: '2026-11-23' }))).toContain('osallistetaan asukkaat mukaan kehittämiseen');
  });
});

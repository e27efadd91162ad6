import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CLI_TIMEOUT_MS, runCli } from './run.js';

/** The JSON line other tools depend on: exactly these keys, nothing more. */
const askOutputSchema = z
  .object({
    question: z.string(),
    answered: z.boolean(),
    answer: z.string().min(1),
    sources: z.array(z.object({ title: z.string().min(1), url: z.string(), date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/) }).strict()),
    score: z.number().min(0).max(1),
  })
  .strict();

const ASK = 'src/cli/ask.ts';

function jsonLines(stdout: string): z.infer<typeof askOutputSchema>[] {
  expect(stdout.endsWith('\n')).toBe(true);
  return stdout
    .slice(0, -1)
    .split('\n')
    .map((line) => askOutputSchema.parse(JSON.parse(line) as unknown));
}

/** A question piped to the CLI, whether it is answered, and a text the answer must contain. */
interface ProcessCase {
  q: string;
  answered: boolean;
  contains?: string;
}

/** Pipes the questions to `ask --json` on stdin, one per line, and checks each JSON line in order. */
async function expectThroughProcess(cases: readonly ProcessCase[]): Promise<void> {
  const result = await runCli(ASK, ['--json', '--today', '2026-11-23'], `${cases.map((c) => c.q).join('\n')}\n`);
  expect(result.code).toBe(0);
  const lines = jsonLines(result.stdout);
  expect(lines).toHaveLength(cases.length);
  cases.forEach((c, i) => {
    expect(lines[i]).toMatchObject({ question: c.q, answered: c.answered });
    if (c.contains !== undefined) expect(lines[i]?.answer).toContain(c.contains);
  });
}

describe('npm run ask -- --json', { timeout: CLI_TIMEOUT_MS }, () => {
  it('answers one question as exactly one JSON line', async () => {
    const question = 'Paljonko omarahoitusta tarvitaan?';
    const result = await runCli(ASK, ['--json', '--today', '2026-11-23', question]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = jsonLines(result.stdout);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ question, answered: true });
    expect(out[0]?.sources.length).toBeGreaterThan(0);
  });

  it('answers each stdin line in order, one JSON line each, an empty line and lunr syntax included', async () => {
    const questions = ['Paljonko omarahoitusta tarvitaan?', '', 'tuki~ title:foo ^2 +- *'];
    const result = await runCli(ASK, ['--json', '--today', '2026-11-23'], `${questions.join('\n')}\n`);
    expect(result.code).toBe(0);
    const out = jsonLines(result.stdout);
    expect(out.map((o) => o.question)).toEqual(questions);
    expect(out[1]).toMatchObject({ answered: false, sources: [], score: 0 });
  });

  it('answers the question shapes of the engine through the process: fit, a project\'s services, an area, a cost, a year with no call', async () => {
    const questions = [
      'Sopiiko meidän kuorotoimintamme tähän rahoitukseen?',
      'Auttaako KANTO löytämään uusia tapoja toimia?',
      'me ollaan kyläyhdistys Kiteeltä eikä olla ikinä tehty hanketta. Kuuluuko Kitee KANTOn alueeseen?',
      'Saako hankkeen budjettiin laittaa kahvitarjoiluja osallistujille?',
      'Milloin Pohjois-Karjalassa on seuraava kake-haku vuonna 2025?',
    ];
    const result = await runCli(ASK, ['--json', '--today', '2026-11-23'], `${questions.join('\n')}\n`);
    expect(result.code).toBe(0);
    const [fit, services, area, cost, year] = jsonLines(result.stdout);
    expect(fit).toMatchObject({ answered: true });
    expect(fit?.answer).toContain('Osallisuus ja yhteisöllisyys');
    expect(fit?.answer).toContain('hankeneuvoja');
    expect(services?.answer).toContain('uusien toimintamuotojen');
    expect(area?.answer).toContain('Kitee');
    expect(cost).toMatchObject({ answered: false });
    expect(year).toMatchObject({ answered: false });
  });

  it('answers through the process: a question after a story, a call after a story, a document named; hands off another funder\'s call and advice', async () => {
    const questions = [
      'Meidän yhdistys pyörittää kirpputoria ja kahvilaa, ja vapaaehtoisia on parikymmentä. Mikä on flat rate?',
      'Meidän kuoro toimii Lieksassa, ja joku sanoi että ELY:llä ois kake-haku auki. Voiko siihen vielä hakea?',
      'Mikä on KANTOn toiminnan tila EURAn hankekuvauksessa?',
      'Milloin Leader-rahaa voi hakea?',
      'Kumpi kustannusmalli meidän kannattaa valita, 40 % vai 7 %?',
    ];
    const result = await runCli(ASK, ['--json', '--today', '2024-07-22'], `${questions.join('\n')}\n`);
    expect(result.code).toBe(0);
    const [story, call, source, leader, advice] = jsonLines(result.stdout);
    expect(story).toMatchObject({ answered: true, question: questions[0] });
    expect(story?.answer).toContain('flat rate');
    expect(call?.answer).toContain('18.6.2024');
    expect(source?.answer).toContain('Toiminnassa');
    expect(leader).toMatchObject({ answered: false });
    expect(advice).toMatchObject({ answered: false });
  });

  it.each([['2024-02-30'], ['tomorrow'], ['23.11.2026']])('rejects --today %s with exit 2 and a message naming today', async (today) => {
    const result = await runCli(ASK, ['--json', '--today', today, 'Onko haku auki?']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/today/);
    expect(result.stdout).toBe('');
  });

  it('reads a message as its writer meant it through the process: typed without "ä" and "ö", written as a letter; the JSON keeps their own text', async () => {
    const questions = [
      'mita se flat rate on pohjois karjalan haussa',
      'Hyvä vastaanottaja, onko Koonnolla nettisivut? Ystävällisin terveisin Liisa Lappalainen, Rovaniemen Martat ry',
      'Mistä sanoista ESR tulee?',
    ];
    const result = await runCli(ASK, ['--json', '--today', '2026-11-23'], `${questions.join('\n')}\n`);
    expect(result.code).toBe(0);
    const [typed, letter, abbreviation] = jsonLines(result.stdout);
    expect(typed).toMatchObject({ question: questions[0], answered: true });
    expect(typed?.answer).toContain('flat rate 40 % tai 7 %');
    expect(letter).toMatchObject({ question: questions[1], answered: true });
    expect(letter?.answer).toContain('pssotu.fi');
    expect(abbreviation?.answer).toContain('Euroopan sosiaalirahaston (ESR)');
  });

  it('reads Savo speech, hands off what no document states, and asks back on a long message, through the process', async () => {
    const questions = [
      'kuis monta järjestöö pohjois-savossa koonnon mukkaan on',
      'Can we get advice from the KANTO advisers in Russian?',
      'Ollaan pieni seura Outokummusta ja meillä on kaks naapuriseuraa, joiden kanssa tehdään jo paljon yhdessä. Rahaa ei kenelläkään oo paljon. Voiko KANTOn esityksen mukaan hakea usean toimijan yhteistä hanketta?',
    ];
    const result = await runCli(ASK, ['--json', '--today', '2026-11-23'], `${questions.join('\n')}\n`);
    expect(result.code).toBe(0);
    const [savo, language, story] = jsonLines(result.stdout);
    expect(savo).toMatchObject({ question: questions[0], answered: true });
    expect(savo?.answer).toContain('5 000');
    expect(language).toMatchObject({ question: questions[1], answered: false });
    expect(story).toMatchObject({ question: questions[2], answered: true });
    expect(story?.answer).toContain('ryhmähanke');
  });

  it('answers and hands off, through the process, what the twenty-first session taught the engine', async () => {
    const cases: readonly ProcessCase[] = [
      // The member's guess at a term is left out of the retried asking sentence.
      { q: "Hei! KANTOn hankekuvauksessa mainitaan 'Vastuuviranomainen'. Tarkoittaako tämä, että hanketta valvoo joku ministeriö? Mikä viranomainen siihen on kirjattu?", answered: true, contains: 'Etelä-Savon elinkeino-' },
      // The deadline word names the call: the periods compared with the day of asking.
      { q: 'Mikä on Etelä-Savon viimeinen jättöpäivä?', answered: true, contains: '10.5.2024' },
      // Whether Perhefutis was free: its passage says so.
      { q: 'Onko Pallokissojen Perhefutis maksuton osallistujille?', answered: true, contains: 'maksuttomuudesta' },
      // Not stated: the words of an abbreviation no document writes out, which personal data is collected, another funder.
      { q: 'What does KaMu stand for in the Koonto slides?', answered: false },
      { q: 'Mitä henkilötietoja osallistujasta kysytään Pohjois-Karjalan hankkeissa?', answered: false },
      { q: 'Rahoittaako STEA kyläyhdistysten hankkeita?', answered: false },
    ];
    await expectThroughProcess(cases);
  });

  it('answers and hands off, through the process, what the twenty-second session taught the engine', async () => {
    const cases: readonly ProcessCase[] = [
      // A belief's words frame the question; a number with spaced thousands is the number.
      { q: 'Koonnon kohderyhmänä on käsittääkseni noin 5000 pohjoissavolaista järjestöä. Pitääkö luku paikkansa?', answered: true, contains: '5 000' },
      // "varsinainen" says which one; the spoken "hakuilmotuksen" reaches "Hankehakuilmoitus".
      { q: 'mistä sen etelä-savon varsinaisen hakuilmotuksen löytää', answered: true, contains: 'EURA2021' },
      // Applying from a region asks who may apply, and where.
      { q: 'voiko pohjois-savosta hakea tohon elyn kesäkuun hakuun vai onko se vaan etelä-savolaisille', answered: true, contains: 'Pohjois-Savon alueella' },
      // The June call's closing day is not stated: the hand-off says the release tells only when it opened.
      { q: 'milloin kesäkuun itä-suomen haku sulkeutuu', answered: false, contains: 'avattiin 18.6.2024, mutta päättymispäivää ei kerrota' },
      // Where an earlier project spread is not stated, nor whether a person still works there.
      { q: 'Mihin lähikuntiin Hanaa!-hankkeen toimintaa on laajennettu Kuopion ulkopuolelle?', answered: false },
      { q: 'onks teija sivonen vielä pksotulla töissä 2025 vai kuka siellä nyt hoitaa kake-neuvontaa?', answered: false },
    ];
    await expectThroughProcess(cases);
  });

  it('answers and hands off, through the process, what the twenty-third session taught the engine', async () => {
    const cases: readonly ProcessCase[] = [
      // A motive after the question weighs like the story.
      { q: 'Missä osoitteessa Pohjois-Karjalan Sosiaaliturvayhdistys on, jos haluan käydä paikan päällä juttelemassa?', answered: true, contains: 'Rantakatu 23 A' },
      // How many percent one pays oneself is the share, not a least share.
      { q: 'Kuinka monta prosenttia pitää yhdistyksen itse rahottaa Pohjois-Karjalan 2022 haun mukaan?', answered: true, contains: 'Omarahoitusosuus 20%' },
      // A role the story names in any form is whom "hänen" stands for; a signature is no word to find.
      { q: 'Haluaisin lähettää Koonnon projektipäällikölle sähköpostia meidän Siilinjärven yhdistyksen hankeideasta. Mikä on hänen sähköpostiosoitteensa? Terkuin Jari', answered: true, contains: 'tuomas.puustinen@pssotu.fi' },
      // "Is that right?" is no question about rights.
      { q: 'Is that right?', answered: false },
      // An association's own officers, the exceptions to a rule, a plan's outcome: not in the documents.
      { q: 'Pitääkö yhdistyksen toiminnantarkastajan olla joku yhdistyksen ulkopuolinen henkilö, vai käykö oma jäsen?', answered: false },
      { q: "Koonnon kalvossa tukitaso on 'pääsääntöisesti' 80 %. Missä tapauksissa tukiprosentti on jotain muuta?", answered: false },
      { q: 'Laajeniko Tatu ry:n Hanaa!-toiminta lopulta Kuopion lähikuntiin, ja mihin kuntiin?', answered: false },
    ];
    await expectThroughProcess(cases);
  });

  it('answers and hands off, through the process, what the twenty-fourth session taught the engine', async () => {
    const cases: readonly ProcessCase[] = [
      // A document named as where something is said is found in every passage of its kind.
      { q: 'Koonnon kalvoilla kerrotaan kohderyhmästä. Montako järjestöä esityksessä arvioidaan olevan?', answered: true, contains: 'Kohderyhmä' },
      // Where in a document names no topic; a section named by its heading is the one asked about.
      { q: 'Tiedotteen ensimmäisessä kappaleessa sanotaan, että kake-hankkeilla lisätään jonkin asiakaslähtöisyyttä. Minkä?', answered: true, contains: 'osallisuutta edistävien toimien asiakaslähtöisyyttä' },
      { q: 'mitä tiedotteen osallisuus ja yhteisöllisyys -otsikon ekassa kohdassa sanotaan asukkaista', answered: true, contains: 'asukkaiden osallistumista' },
      // A question of a few words takes up the sentence before it.
      { q: 'Kerhomme suunnittelee toimintaa, jonka toivoisimme jäävän elämään vielä rahoituksen loputtua. Tiedotteessa kerrottiin, että tietynlaisiin hankkeisiin kiinnitetään erityistä huomiota. Millaisiin hankkeisiin?', answered: true, contains: 'kestäviä tuloksia' },
      // The project itself coming somewhere asks where its advice is given; a spoken "paljo" asks how much.
      { q: 'Tuleeko KANTO Lieksaan asti, vai pitääkö meidän lähteä Joensuuhun?', answered: true, contains: 'Liikumme koko Pohjois-Karjalan alueella' },
      { q: 'paljo järjestöjä on koonnon kohderyhmässä', answered: true, contains: '5 000' },
      // Which option suits us, and which languages an adviser speaks: for an adviser.
      { q: 'Flat rate 40 % vai 7 %, kumpi meille?', answered: false },
      { q: 'Does the KANTO adviser speak Russian?', answered: false },
    ];
    await expectThroughProcess(cases);
  });

  it('rejects an unknown option with exit 2', async () => {
    const result = await runCli(ASK, ['--jsn', 'Onko haku auki?']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/jsn/);
  });
});

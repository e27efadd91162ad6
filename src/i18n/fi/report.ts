/** Finnish texts of the gap report (npm run report, and the coordinators' "raportti" command). */
export const report = {
  title: (from: string, to: string): string => `Aukkoraportti ${from}–${to}`,
  intro: 'Kysymykset, joihin botti ei vastannut suoraan tai joiden vastaus ei auttanut, aiheittain ja maakunnittain, yleisimmät ensin. Raportissa ei ole kysyjien tietoja.',
  total: (n: number): string => `Kysymyksiä yhteensä: ${n}`,
  empty: 'Ajanjaksolla ei ole siirrettyjä, tarkennettuja eikä "ei hyödyllinen" -palautteen saaneita kysymyksiä.',
  columns: {
    topic: 'Aihe',
    region: 'Maakunta',
    count: 'Yhteensä',
    handoff: 'Siirretty neuvojalle',
    notHelpful: 'Ei hyödyllinen',
    clarify: 'Tarkennettu',
    handoffOffer: 'Neuvojaa tarjottu',
    question: 'Kysymys',
    times: 'Kertaa',
  },
  /** What each source means, for the legend. */
  legend: [
    'Siirretty neuvojalle: jäsen välitti kysymyksen neuvojalle (tiketti).',
    'Ei hyödyllinen: jäsen painoi vastauksen alla "Ei hyödyllinen".',
    'Tarkennettu: botti kysyi, mitä näistä kohdista jäsen tarkoitti.',
    'Neuvojaa tarjottu: botti ei löytänyt vastausta ja tarjosi neuvojaa.',
  ],
  noTopic: '(ei vastinetta tietopohjassa)',
  callTimes: 'Hakuajat',
  noRegion: '(ei tiedossa)',
  questionsHeading: 'Kysymykset',
  more: (n: number): string => `…ja ${n} muuta`,
  /** The Teams command's reply when the caller is not a coordinator. */
  notCoordinator: 'Raportin voi pyytää vain koordinaattori.',
  usage: 'Kirjoita "raportti" (30 päivää) tai esim. "raportti 90 pv".',
  /** Replies to "tietopohjakanava" and the notices posted there when knowledge/ changes. */
  knowledgeChannelRegistered: 'Selvä: tälle kanavalle kerrotaan jatkossa, kun tietopohjaan tehty muutos otetaan käyttöön tai hylätään.',
  knowledgeChannelNotChannel: 'Tietopohjan ilmoituskanavan voi valita vain Teams-kanavalla.',
  knowledgeReloaded: (version: string, documents: number): string => `Tietopohjan muutos on otettu käyttöön (versio ${version}, ${documents} asiakirjaa). Botti vastaa nyt uuden sisällön mukaan.`,
  knowledgeRejected: (serving: string): string =>
    `Tietopohjan muutosta ei otettu käyttöön, koska siinä on virheitä. Botti vastaa edelleen edellisen version (${serving}) mukaan. Korjaa nämä ja tallenna uudelleen (tarkista myös komennolla npm run kb:check):`,
  knowledgeWarnings: 'Huomautukset (eivät estä käyttöönottoa):',
};

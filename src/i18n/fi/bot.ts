/** Finnish texts of the Teams conversation: welcome, help, buttons, feedback and polite errors. */
export const bot = {
  welcomeTitle: 'Hei! Olen Hankeapu',
  welcomeIntro:
    'Vastaan yhdistysten kysymyksiin ESR+ -rahoituksen KAKE-hankehauista Etelä-Savossa, Pohjois-Karjalassa ja Pohjois-Savossa. Vastaukseni perustuvat hakuasiakirjoihin, ja kerron aina lähteen.',
  helpTitle: 'Näin käytät Hankeapua',
  howToAsk:
    'Kirjoita kysymyksesi omin sanoin. Kanavalla tai ryhmäkeskustelussa mainitse minut (@Hankeapu). Jos en löydä vastausta, voin välittää kysymyksen alueesi hankeneuvojalle. Ohjeet saat kirjoittamalla "apua".',
  knowsHeading: 'Mitä tiedän',
  documentLine: (title: string, publisher: string, date: string): string => `${title} (${publisher}, ${date})`,
  moreDocuments: (count: number): string => `…ja ${count} muuta asiakirjaa`,
  noDocuments: 'Hakuaineistoa ei ole vielä ladattu.',
  examplesHeading: 'Kokeile esimerkiksi:',
  examples: [
    'Paljonko omarahoitusta tarvitaan?',
    'Milloin haku on auki?',
    'Kuka voi hakea rahoitusta?',
    'Kuinka paljon rahoitusta on varattu?',
  ],
  privacyHeading: 'Mitä tallennan ja miksi',
  privacy:
    'En tallenna nimeäsi. Jos painat "Hyödyllinen" tai "Ei hyödyllinen", tallennan kysymyksen, vastauksen tunnisteen ja arviosi, jotta vastauksia voidaan parantaa. Jos pyydät välittämään kysymyksen neuvojalle, kysymys ja keskustelun tunniste tallennetaan, jotta neuvoja voi vastata sinulle. Kysymykset, joihin en löydä suoraa vastausta, tallennan ilman tietoa kysyjästä, jotta tietopohjaa voidaan täydentää. Tallennetut kysymykset ja palautteet poistetaan säilytysajan (tavallisesti vuosi) päätyttyä.',
  helpfulButton: 'Hyödyllinen',
  notHelpfulButton: 'Ei hyödyllinen',
  askAdviserButton: 'Kysy neuvojalta',
  openSourceButton: 'Avaa lähde',
  headingsLabel: (path: string): string => `Kohta: ${path}`,
  /** Replies to a message that is only a greeting, a thanks or an "okay". */
  smallTalk: {
    greeting: 'Hei! Kysy minulta ESR+ -rahoituksen KAKE-hankehauista omin sanoin, esimerkiksi "Kuka voi hakea rahoitusta?". Ohjeet saat kirjoittamalla "apua".',
    thanks: 'Ole hyvä! Kysy vain, jos tulee lisää kysyttävää.',
    acknowledgement: 'Selvä! Kysy vain, jos tulee lisää kysyttävää.',
  },
  feedbackThanks: 'Kiitos palautteesta!',
  feedbackThanksNotHelpful:
    'Kiitos palautteesta – sen avulla vastauksia parannetaan. Jos haluat, voin välittää kysymyksesi neuvojalle: paina "Kysy neuvojalta".',
  attachmentOnly: 'En pysty lukemaan liitteitä enkä kuvia. Kirjoita kysymyksesi tekstinä, niin etsin vastauksen hakuaineistosta.',
  invalidSubmit:
    'En valitettavasti saanut selvää painikkeen tiedoista – kortti voi olla vanhentunut. Kirjoita kysymyksesi uudelleen, niin autan mielelläni.',
  turnError: 'Pahoittelen, jokin meni vikaan vastausta etsiessä. Yritä hetken päästä uudelleen.',
  rateLimited: (seconds: number): string =>
    `Olet lähettänyt lyhyessä ajassa niin monta viestiä, että pidän pienen tauon: en käsittele viestejä noin ${seconds} sekuntiin. Lähetä kysymyksesi sen jälkeen uudelleen, niin vastaan mielelläni.`,
};

/** Finnish texts of the answer engine's replies. Every member-facing string lives in src/i18n. */
export const answer = {
  /** Shown before a quoted passage; empty in Finnish, where the quote speaks for itself. */
  quoteIntro: '',
  sourcesHeading: 'Lähteet:',
  candidateLine: (n: number, heading: string, title: string): string => `${n}. ${heading} (${title})`,
  sourceLine: (title: string, date: string, publisher: string): string => `Lähde: ${title} (${publisher}, ${date})`,
  /** One source in a list under sourcesHeading. */
  sourceItem: (title: string, date: string, publisher: string): string => `• ${title} (${publisher}, ${date})`,
  oldSource: (years: number): string =>
    years === 1 ? 'Huom: lähde on yli vuoden vanha – tieto voi olla muuttunut.' : `Huom: lähde on yli ${years} vuotta vanha – tieto voi olla muuttunut.`,
  expired: (day: string): string => `Huom: tämän tiedon voimassaolo päättyi ${day}. Tarkista ajantasainen tieto neuvojalta.`,
  clarifyIntro: 'Tarkoititko jotakin näistä?',
  handoff:
    'En löytänyt tähän luotettavaa vastausta hakuaineistosta. Voin välittää kysymyksesi alueesi hankeneuvojalle, joka vastaa sinulle tähän keskusteluun.',
  /** Asked when a call closes that its document tells only the opening of. */
  closingNotStated: (name: string, opens: string): string => `Hakuaineistosta ei selviä, milloin haku päättyy: ${name} avattiin ${opens}, mutta päättymispäivää ei kerrota.`,
  invalidEmpty: 'Kirjoita kysymyksesi, niin etsin vastauksen hakuaineistosta. Esimerkiksi: "Paljonko omarahoitusta tarvitaan?"',
  invalidTooLong: (max: number): string =>
    `Viestisi on liian pitkä (yli ${max} merkkiä). Kirjoita kysymys lyhyemmin, tai pyydä välittämään se neuvojalle.`,
  invalidNoWords: 'En saanut viestistä selvää kysymystä. Kirjoita kysymys sanoin, esimerkiksi: "Milloin haku päättyy?"',
  /** `period` is the call's two days, as its document writes them ("1.3.-10.5.2024") or "1.3.2024–10.5.2024". */
  callOpen: (name: string, period: string, closes: string): string => `${name} on auki ${period}. Haku päättyy ${closes}.`,
  callOpenNoEnd: (name: string, opens: string): string => `${name} avattiin ${opens}; päättymispäivää ei ole tiedossa.`,
  /** A call that opens later: says when it opens, never that it is open. */
  /** `written`: the period as the call's document writes it ("1.3.-10.5.2024"), when it does. */
  callUpcoming: (name: string, opens: string, closes: string | undefined, written?: string): string =>
    closes === undefined
      ? `${name} avautuu ${opens}. Haku ei ole vielä alkanut, eikä sen päättymispäivää ole kerrottu.`
      : `${name} avautuu ${opens} ja päättyy ${closes}${written === undefined ? '' : ` (hakuaika ${written})`}. Haku ei ole vielä alkanut.`,
  callEnded: (name: string, period: string, closes: string): string => `${name} oli auki ${period}. Haku päättyi ${closes}.`,
  callUnknownEnd: (name: string, opens: string): string =>
    `${name} alkoi ${opens}, eikä sen päättymispäivää ole tiedossa. Haku ei todennäköisesti ole enää auki.`,
  /** What the source says of a call whose end it does not give, word for word: the member sees what the dates were read from. */
  asWritten: (quote: string): string => `Lähteessä: ”${quote}”`,
  noOpenCall: 'Tällä hetkellä ei ole tiedossa avointa hakua.',
  openCallKnown: 'Haku on tällä hetkellä auki.',
  /** No call is known open, but one opened lately with no known end. */
  recentCallMayBeOpen: 'Äskettäin avattu haku voi olla vielä auki: sen päättymispäivää ei ole tiedossa.',
  noCallsKnown: 'Hakuaineistossa ei ole tietoa tämän alueen hakuajoista.',
  askAdviser: 'Alueesi hankeneuvoja tietää tulevista hauista: voin välittää kysymyksesi hänelle.',
  askAdviserDeadline: 'Alueesi hankeneuvoja tietää, mihin asti haku on auki: voin välittää kysymyksesi hänelle.',
  projectRunning: (name: string, starts: string, ends: string): string => `${name} toimii ${starts}–${ends}; se on käynnissä.`,
  projectEnded: (name: string, starts: string, ends: string): string => `${name} toimi ${starts}–${ends}. Hanke päättyi ${ends}.`,
  projectUpcoming: (name: string, starts: string, ends: string): string => `${name} toimii ${starts}–${ends}; se ei ole vielä alkanut.`,
  callEndedNotice: (name: string, region: string, closes: string): string => `Huom: ${name} (${region}) päättyi ${closes}.`,
  regionLabel: (region: string): string => `Alue: ${region}`,
  fitCheck: 'Yllä ovat haun painopisteet. Sopiiko juuri teidän ideanne hakuun, sen arvioi alueesi hankeneuvoja: voin välittää kysymyksesi hänelle.',
};

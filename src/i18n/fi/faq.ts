/**
 * Finnish texts of adviser answers into the knowledge base: the FAQ button on the ticket card,
 * the coordinators' proposal card and the replies to both. Quoted questions and answers are never
 * translated.
 */
export const faq = {
  // On the advisers' ticket card, once answered
  proposeButton: 'Ehdota usein kysytyksi',
  proposeHint:
    'Kysymys ja vastaus lisätään hyväksyttyinä tietopohjaan, ja botti vastaa niillä kaikille jäsenille. Kirjoita kysymys yleiseen muotoon ja poista kysyjän nimi ja muut henkilötiedot.',
  questionLabel: 'Kysymys (otsikoksi, yleisessä muodossa)',
  answerLabel: 'Vastaus',
  emptyQuestion: 'Kirjoita kysymys.',
  emptyAnswer: 'Kirjoita vastaus.',
  proposeSend: 'Lähetä koordinaattoreille',

  // The coordinators' proposal card
  cardTitle: (ticketId: string, region: string): string => `Ehdotus usein kysytyksi · ${ticketId} · ${region}`,
  statusProposed: 'Odottaa koordinaattorin päätöstä.',
  statusApproving: (name: string): string => `Tallennetaan tietopohjaan (hyväksyjä ${name})…`,
  statusApproved: (name: string, when: string, file: string, edited: boolean): string =>
    `Hyväksytty${edited ? ' muokattuna' : ''}: ${name} (${when}). Tallennettu tiedostoon ${file}.`,
  statusRejected: (name: string, when: string, reason?: string): string => `Hylätty: ${name} (${when}).${reason === undefined ? '' : ` Perustelu: ${reason}`}`,
  factProposer: 'Ehdottaja',
  factTicket: 'Kysymys nro',
  factRegion: 'Alue',
  factProposed: 'Ehdotettu',
  factLang: 'Kieli',
  langName: { fi: 'suomi', en: 'englanti' },
  questionHeading: 'Kysymys',
  answerHeading: 'Vastaus',
  privacyHint: 'Tarkista ennen hyväksymistä, ettei tekstissä ole kenenkään henkilötietoja: vastaus näytetään kaikille jäsenille.',
  approveButton: 'Hyväksy',
  editApproveButton: 'Muokkaa ja hyväksy',
  approveEditedButton: 'Hyväksy muokattuna',
  rejectButton: 'Hylkää',
  rejectReasonLabel: 'Perustelu neuvojalle (vapaaehtoinen)',
  rejectConfirmButton: 'Hylkää ehdotus',

  // Replies
  proposed: (ticketId: string): string => `Ehdotus (kysymys ${ticketId}) lähetettiin koordinaattoreille hyväksyttäväksi.`,
  proposedAgain: (ticketId: string): string => `Ehdotus (kysymys ${ticketId}) odottaa jo koordinaattorien päätöstä.`,
  proposedNoChannel: (ticketId: string): string =>
    `Ehdotus (kysymys ${ticketId}) tallennettiin, mutta koordinaattoreille ei ole vielä kanavaa. Koordinaattori voi valita kanavan kirjoittamalla siellä botille "rekisteröi koordinaattorit"; paina sen jälkeen ehdotusnappia uudelleen.`,
  proposedFailed: (ticketId: string): string =>
    `Ehdotus (kysymys ${ticketId}) tallennettiin, mutta sitä ei saatu lähetettyä koordinaattorien kanavalle. Paina ehdotusnappia hetken kuluttua uudelleen.`,
  notAnswered: (ticketId: string, status: string): string => `Usein kysytyksi voi ehdottaa vain vastattua kysymystä. Kysymyksen ${ticketId} tila on: ${status}.`,
  alreadyPending: (ticketId: string): string => `Kysymystä ${ticketId} on jo ehdotettu usein kysytyksi; ehdotus odottaa koordinaattorien päätöstä.`,
  alreadyApproved: (ticketId: string, name: string, file: string): string => `${name} on jo hyväksynyt ehdotuksen (kysymys ${ticketId}); se on tietopohjassa tiedostossa ${file}.`,
  alreadyRejected: (ticketId: string, name: string): string => `${name} on jo hylännyt ehdotuksen (kysymys ${ticketId}).`,
  inProgress: (ticketId: string, name: string): string => `${name} hyväksyy parhaillaan ehdotusta (kysymys ${ticketId}). Päivitin kortin.`,
  staleCard: (ticketId: string): string => `Kortti oli vanhentunut: ehdotusta (kysymys ${ticketId}) on muutettu sillä välin. Päivitin kortin – tarkista tilanne ja yritä uudelleen.`,
  emptyText: (field: string): string => `Kirjoita ${field} ennen lähettämistä.`,
  tooLong: (field: string, max: number): string => `Kenttä ${field} on liian pitkä (yli ${max} merkkiä). Lyhennä sitä ja yritä uudelleen.`,
  fieldName: { question: 'kysymys', answer: 'vastaus', reason: 'perustelu' },
  personalData: (found: string): string =>
    `Tekstissä on kysyjän nimi tai tunniste ("${found}"). Poista se ja yritä uudelleen: usein kysytyt näytetään kaikille jäsenille.`,
  forbiddenPropose: 'Usein kysytyiksi voivat ehdottaa vain nimetyt hankeneuvojat ja koordinaattorit.',
  forbiddenDecide: 'Kiitos! Ehdotuksia usein kysytyiksi voivat hyväksyä tai hylätä vain koordinaattorit. Pyydä koordinaattoria katsomaan ehdotusta.',
  notFound: (ticketId: string): string => `Ehdotusta tai kysymystä ${ticketId} ei löytynyt.`,
  busy: 'Ehdotusta muutettiin juuri samaan aikaan toisaalla. Yritä hetken kuluttua uudelleen.',
  approved: (file: string, edited: boolean): string => `Hyväksyit ehdotuksen${edited ? ' muokattuna' : ''}. Se on tallennettu tietopohjaan tiedostoon ${file}`,
  inUseNow: 'ja botti vastaa siitä nyt jäsenille.',
  inUseSoon: 'ja botti ottaa sen käyttöön hetken kuluttua.',
  inUseRejected: 'mutta tietopohjan uudelleenlataus hylkäsi muutoksen; botti vastaa edelleen edellisen version mukaan. Katso tietopohjan ilmoitus ja aja npm run kb:check.',
  alreadyApprovedByYou: (file: string): string => `Olet jo hyväksynyt tämän ehdotuksen; se on tietopohjassa tiedostossa ${file}.`,
  invalid: 'Ehdotusta ei tallennettu, koska tietopohjan tarkistus (sama kuin npm run kb:check) löysi nämä ongelmat:',
  invalidAfter: 'Korjaa ne (tai tekstiä kohdasta Muokkaa ja hyväksy) ja yritä uudelleen. Ehdotus odottaa edelleen.',
  exists: (file: string): string => `Tietopohjassa on jo tiedosto ${file} eri sisällöllä, joten ehdotusta ei tallennettu. Tarkista tiedosto; ehdotus odottaa edelleen.`,
  writeFailed: (message: string): string => `Tiedoston tallennus epäonnistui (${message}). Ehdotus odottaa edelleen; yritä uudelleen.`,
  rejectedByYou: (ticketId: string): string => `Hylkäsit ehdotuksen (kysymys ${ticketId}). Neuvojalle kerrotaan kysymyksen ketjussa.`,
  alreadyRejectedByYou: (ticketId: string): string => `Olet jo hylännyt ehdotuksen (kysymys ${ticketId}).`,
  threadApproved: (ticketId: string, name: string, file: string): string =>
    `${name} hyväksyi tämän kysymyksen (${ticketId}) vastauksineen usein kysytyksi (${file}). Botti vastaa siitä nyt jäsenille.`,
  threadRejected: (ticketId: string, name: string, reason?: string): string =>
    `${name} hylkäsi ehdotuksen lisätä tämä kysymys (${ticketId}) usein kysytyksi.${reason === undefined ? '' : ` Perustelu: ${reason}`}`,

  // "rekisteröi koordinaattorit"
  coordinatorsRegistered:
    'Tämä kanava on nyt koordinaattorien kanava: tänne tulevat neuvojien ehdotukset usein kysytyiksi ja ilmoitukset tietopohjan muutoksista.',
  coordinatorsForbidden: 'Koordinaattorien kanavan voi valita vain koordinaattori (COORDINATOR_IDS).',
  coordinatorsNotChannel: 'Koordinaattorien kanavan voi valita vain Teams-kanavalla: mainitse botti kanavalla ja kirjoita "rekisteröi koordinaattorit".',
};

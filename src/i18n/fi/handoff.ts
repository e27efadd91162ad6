/**
 * Finnish texts of the handoff: what members and advisers see about forwarded questions.
 * Ticket numbers, names and regions are filled in; quoted member and adviser text is never translated.
 */
export const handoff = {
  status: {
    open: 'Odottaa neuvojaa',
    claimed: 'Neuvoja käsittelee',
    answered: 'Vastattu',
    closed: 'Suljettu',
  },

  // Adviser ticket card
  cardTitle: (id: string, region: string): string => `Kysymys ${id} · ${region}`,
  cardOpen: 'Avoin – kukaan ei ole vielä ottanut tätä käsittelyyn.',
  cardClaimed: (name: string, when: string): string => `Käsittelyssä: ${name} (${when})`,
  cardAnswered: (name: string, when: string): string => `Vastattu: ${name} (${when})`,
  cardClosed: (name: string, when: string, reason: string): string => `Suljettu: ${name} (${when}). Perustelu: ${reason}`,
  cardViaFallback: 'Alueelle ei ole omaa kanavaa, joten kysymys tuli varakanavalle.',
  factAsker: 'Kysyjä',
  factRegion: 'Alue',
  factSent: 'Lähetetty',
  factLang: 'Kieli',
  langName: { fi: 'suomi', en: 'englanti' },
  questionHeading: 'Kysymys',
  detailsHeading: 'Lisätiedot',
  botAnswerHeading: 'Botin vastaus kysyjälle',
  noBotAnswer: 'Botti ei löytänyt hakuaineistosta vastausta.',
  threadHeading: 'Keskustelu',
  earlierMessages: (count: number): string => `…${count} aiempaa viestiä ei näytetä.`,
  fromMember: (name: string, when: string): string => `${name} (kysyjä), ${when}`,
  fromAdviser: (name: string, when: string): string => `${name} (neuvoja), ${when}`,
  feedbackHelped: 'Kysyjän mukaan vastaus auttoi.',
  feedbackNotHelped: 'Kysyjän mukaan vastaus ei auttanut.',
  claimButton: 'Ota käsittelyyn',
  answerButton: 'Vastaa',
  answerLabel: 'Vastauksesi kysyjälle',
  answerPlaceholder: 'Vastaus lähetetään kysyjälle Teamsissa.',
  sendAnswerButton: 'Lähetä vastaus',
  closeButton: 'Sulje',
  closeReasonLabel: 'Perustelu (näytetään kysyjälle)',
  closeReasonPlaceholder: 'Esim. kysymykseen vastattiin puhelimessa.',
  closeConfirmButton: 'Sulje kysymys',

  // Replies to an adviser's button or command
  claimedByYou: (id: string): string => `Otit kysymyksen ${id} käsittelyyn.`,
  answerSent: (id: string): string => `Vastauksesi kysymykseen ${id} välitetään kysyjälle.`,
  closedByYou: (id: string): string => `Suljit kysymyksen ${id}.`,
  reopenedByYou: (id: string): string => `Avasit kysymyksen ${id} uudelleen.`,
  alreadyDone: (id: string): string => `Tämä on jo tehty kysymykselle ${id}.`,
  alreadyClaimed: (id: string, name: string): string => `Ehdit myöhään: ${name} otti kysymyksen ${id} jo käsittelyyn.`,
  claimedByOther: (id: string, name: string): string =>
    `Kysymys ${id} on käsittelyssä (${name}). Vain käsittelijä tai koordinaattori voi vastata siihen tai sulkea sen.`,
  staleCard: (id: string): string => `Kortti oli vanhentunut: kysymystä ${id} on muutettu sillä välin. Päivitin kortin – tarkista tilanne ja yritä uudelleen.`,
  notAllowed: (id: string, status: string): string => `Tätä ei voi tehdä kysymykselle ${id}, koska sen tila on: ${status}.`,
  emptyAnswer: 'Kirjoita vastaus ennen lähettämistä.',
  emptyReason: 'Kirjoita sulkemisen perustelu.',
  emptyText: 'Kirjoita teksti ennen lähettämistä.',
  tooLong: (max: number): string => `Teksti on liian pitkä (yli ${max} merkkiä). Lyhennä sitä ja yritä uudelleen.`,
  tooManyMessages: (id: string): string => `Kysymykseen ${id} on jo kirjoitettu niin monta viestiä, ettei uusia voi lisätä. Aloita uusi kysymys.`,
  forbidden: 'Vain nimetyt hankeneuvojat ja koordinaattorit voivat käsitellä kysymyksiä. Pyydä koordinaattoria lisäämään sinut.',
  ticketNotFound: (id: string): string => `Kysymystä ${id} ei löytynyt.`,
  busy: 'Kysymystä muokattiin juuri samaan aikaan toisaalla. Yritä hetken päästä uudelleen.',

  // Channel registration
  registeredRegion: (region: string): string => `Tämä kanava vastaanottaa nyt alueen ${region} kysymykset.`,
  registeredFallback: 'Tämä kanava on nyt varakanava: tänne tulevat kysymykset alueilta, joilla ei ole omaa kanavaa.',
  registerForbidden: 'Vain nimetyt hankeneuvojat ja koordinaattorit voivat rekisteröidä kanavan.',
  registerNotChannel: 'Kanava rekisteröidään tiimin kanavalla mainitsemalla minut, esimerkiksi: @Hankeapu rekisteröi Etelä-Savo',
  registerUnknown: (given: string, choices: string): string =>
    given === '' ? `Kerro alue, esimerkiksi: rekisteröi Etelä-Savo. Vaihtoehdot: ${choices}.` : `En tunnista aluetta "${given}". Vaihtoehdot: ${choices}.`,
  fallbackName: 'varakanava',
  channelsHeading: 'Kysymysten kanavat',
  channelLine: (target: string, by: string, when: string): string => `${target}: rekisteröinyt ${by} (${when})`,
  channelMissing: (target: string): string => `${target}: ei kanavaa`,
  queuedAfterRegistration: (count: number): string =>
    count === 1 ? 'Yksi jonossa ollut kysymys lähetetään nyt.' : `${count} jonossa ollutta kysymystä lähetetään nyt.`,

  // Thread notices
  threadFollowUp: (id: string, text: string): string => `Kysyjä tarkensi kysymystä ${id}: ${text}`,
  threadNotHelped: (id: string): string => `Kysyjän mukaan vastaus kysymykseen ${id} ei auttanut.`,

  // Member: forwarding
  forwardTitle: 'Kysymyksen välittäminen neuvojalle',
  forwardQuestionLabel: 'Kysymyksesi',
  regionLabel: 'Alue, jolla yhdistyksesi toimii',
  regionPlaceholder: 'Valitse alue',
  regionKnown: (region: string): string => `Alue: ${region} (vaihda kirjoittamalla "vaihda alue")`,
  detailsLabel: 'Lisätietoja neuvojalle (vapaaehtoinen)',
  detailsPlaceholder: 'Esimerkiksi yhdistyksen tilanne, hankeidea tai aikataulu',
  forwardPrivacy: 'Neuvoja näkee nimesi, kysymyksesi ja kirjoittamasi lisätiedot.',
  sendButton: 'Lähetä neuvojalle',
  cancelButton: 'Peruuta',
  forwardCancelled: 'Selvä, en välitä kysymystä.',
  regionChooserTitle: 'Millä alueella yhdistyksesi toimii?',
  regionChooserText: 'Valitse alue, niin kysymyksesi menee oikealle hankeneuvojalle. Muistan valintasi.',
  regionSaveButton: 'Valitse',
  regionSaved: (region: string): string => `Kiitos! Muistan, että yhdistyksesi toimii alueella ${region}.`,
  needRegion: 'Valitse vielä alue, jolla yhdistyksesi toimii.',
  confirmationTitle: (id: string): string => `Kysymys välitetty – numero ${id}`,
  confirmationText: (region: string): string =>
    `Kysymyksesi on tallessa, ja välitän sen alueen ${region} hankeneuvojille. Neuvojan vastaus tulee tähän keskusteluun.`,
  confirmationHint: 'Näet avoimet kysymyksesi kirjoittamalla "omat kysymykset".',
  alreadyForwarded: (id: string): string => `Tämä kysymys on jo välitetty numerolla ${id}.`,
  deliveryDelayed: (id: string): string =>
    `Kysymystäsi ${id} ei ole vielä saatu välitettyä neuvojille teknisen häiriön vuoksi. Kysymys on tallessa, ja yritän välittää sen automaattisesti uudelleen. Kerron, kun se on perillä.`,
  deliveredAfterDelay: (id: string): string => `Kysymyksesi ${id} on nyt välitetty neuvojille.`,
  closedNotice: (id: string, reason: string): string => `Neuvoja sulki kysymyksesi ${id}. Perustelu: ${reason}`,
  reopenedNotice: (id: string): string => `Neuvoja avasi kysymyksesi ${id} uudelleen.`,

  // Member: answer and follow-up
  answerTitle: (id: string): string => `Neuvojan vastaus kysymykseesi ${id}`,
  answeredBy: (name: string): string => `Vastaaja: ${name}`,
  yourQuestion: 'Kysymyksesi',
  helpedQuestion: 'Auttoiko vastaus?',
  helpedYes: 'Kyllä, kiitos',
  helpedNo: 'Ei auttanut',
  followUpButton: 'Kysy tarkennusta',
  followUpLabel: 'Tarkentava kysymys neuvojalle',
  followUpSend: 'Lähetä',
  feedbackThanksHelped: 'Kiitos! Hienoa, että vastaus auttoi.',
  feedbackThanksNotHelped: 'Kiitos palautteesta, kerroin neuvojalle. Voit kysyä tarkennusta vastauksen alta.',
  followUpSent: (id: string): string => `Tarkennuksesi lisättiin kysymykseen ${id}, ja neuvojalle ilmoitettiin.`,
  followUpClosed: (id: string): string => `Kysymys ${id} on suljettu, joten siihen ei voi enää lisätä tarkennuksia. Kirjoita uusi kysymys, niin autan.`,
  noAnswerYet: (id: string): string => `Kysymykseesi ${id} ei ole vielä vastattu.`,
  memberTicketNotFound: 'En löytänyt tätä kysymystä. Kortti voi olla vanhentunut.',

  // Member: open questions
  openListTitle: 'Avoimet kysymyksesi',
  openListEmpty: 'Sinulla ei ole avoimia kysymyksiä neuvojille.',
  openListLine: (id: string, status: string, when: string): string => `${id} · ${status} · lähetetty ${when}`,
  deliveryPending: 'välitys neuvojille kesken',
  openListMore: (count: number): string => `…ja ${count} muuta`,
};

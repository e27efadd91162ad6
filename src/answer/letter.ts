/**
 * A message written as a letter ("Hyvä vastaanottaja, … Ystävällisin terveisin Aila Kinnunen, Nurmeksen
 * Ystäväpiiri ry"): the salutation and the signature say who writes to whom, not what is asked, and
 * their names would be searched as if they were the topic.
 */

/** "Hei,", "Hyvä vastaanottaja,", "Arvoisa neuvoja,", "Dear adviser,", "Hyvää päivää." at the start. */
const SALUTATION = /^\s*(?:hei|heippa|moi|moikka|terve|hyvä|hyvät|arvoisa|arvoisat|hyvää\s+(?:päivää|huomenta|iltapäivää)|dear|hello|hi|good\s+(?:morning|afternoon|day))(?:\s+\p{L}+){0,2}[,.!:]\s+(?=\S)/iu;

/** "Ystävällisin terveisin …", "Terveisin …", "Kiitos, Raili", "Best regards, …" to the end (asking nothing more): the signature. */
const SIGNATURE = /[\s.!?](?:ystävällisin\s+terveisin|ystävällisesti|parhain\s+terveisin|lämpimin\s+terveisin|terveisin|yhteistyöterveisin|terkuin|kiittäen|kunnioittavasti|kunnioittaen|kiitos|kiitoksia|best\s+regards|kind\s+regards|best\s+wishes|regards|sincerely|thanks\s+in\s+advance|best)[,!.]?\s+[^?]*$/iu;

/** "…, jos sallitte kysyä?", "…, jos saan kysyä?": asking leave to ask. */
const LEAVE_TO_ASK = /,?\s+jos\s+(?:sallitte|sallit|saan|saa|sopii)\s+kysyä(?=\s*[?.!])/giu;

/** The message without a letter's salutation and signature; a message that is not a letter stays as it is. */
export function withoutLetterFrame(text: string): string {
  const body = text.replace(SIGNATURE, (m) => m.charAt(0)).replace(SALUTATION, '').replace(LEAVE_TO_ASK, '');
  // Nothing but the frame (a greeting only): the message stays, for the greeting reply.
  return /\p{L}{3,}/u.test(body) ? body.trim() : text;
}

import type { answer as fi } from '../fi/answer.js';

/** English texts of the answer engine's replies; quoted facts stay in Finnish. */
export const answer: typeof fi = {
  quoteIntro: 'The call documents say (in Finnish):',
  sourcesHeading: 'Sources:',
  candidateLine: (n, heading, title) => `${n}. ${heading} (${title})`,
  sourceLine: (title, date, publisher) => `Source: ${title} (${publisher}, ${date})`,
  sourceItem: (title, date, publisher) => `• ${title} (${publisher}, ${date})`,
  oldSource: (years) =>
    years === 1 ? 'Note: the source is over a year old – the information may have changed.' : `Note: the source is over ${years} years old – the information may have changed.`,
  expired: (day) => `Note: this information was valid until ${day}. Please check the current situation with an adviser.`,
  clarifyIntro: 'Did you mean one of these?',
  handoff:
    "I couldn't find a reliable answer to this in the call documents. I can forward your question to your region's project adviser, who will reply to you in this chat.",
  closingNotStated: (name, opens) => `The call documents do not say when the call closes: ${name} opened on ${opens}, but no closing date is given.`,
  invalidEmpty: 'Please type your question and I will look for the answer in the call documents. For example: "How much own funding is needed?"',
  invalidTooLong: (max) => `Your message is too long (over ${max} characters). Please ask more briefly, or ask me to forward it to an adviser.`,
  invalidNoWords: 'I could not find a question in your message. Please ask in words, for example: "When does the call close?"',
  callOpen: (name, period, closes) => `${name} is open ${period}. It closes on ${closes}.`,
  callOpenNoEnd: (name, opens) => `${name} opened on ${opens}; its closing date is not known.`,
  callUpcoming: (name, opens, closes, written) =>
    closes === undefined
      ? `${name} opens on ${opens}. It has not opened yet, and its closing date has not been announced.`
      : `${name} opens on ${opens} and closes on ${closes}${written === undefined ? '' : ` (call period ${written})`}. It has not opened yet.`,
  callEnded: (name, period, closes) => `${name} was open ${period}. The call closed on ${closes}.`,
  callUnknownEnd: (name, opens) => `${name} opened on ${opens} and its closing date is not known. It is most likely no longer open.`,
  asWritten: (quote) => `The source says (in Finnish): “${quote}”`,
  noOpenCall: 'No open call is known at the moment.',
  openCallKnown: 'A call is open right now.',
  recentCallMayBeOpen: 'A call opened recently and may still be open: its closing date is not known.',
  noCallsKnown: 'The call documents say nothing about call periods for this region.',
  askAdviser: "Your region's project adviser knows about upcoming calls: I can forward your question to them.",
  askAdviserDeadline: "Your region's project adviser knows until when it is open: I can forward your question to them.",
  projectRunning: (name, starts, ends) => `${name} runs ${starts}–${ends}; it is under way.`,
  projectEnded: (name, starts, ends) => `${name} ran ${starts}–${ends}. The project ended on ${ends}.`,
  projectUpcoming: (name, starts, ends) => `${name} runs ${starts}–${ends}; it has not started yet.`,
  callEndedNotice: (name, region, closes) => `Note: ${name} (${region}) closed on ${closes}.`,
  regionLabel: (region) => `Region: ${region}`,
  fitCheck: "Above are the call's emphasised contents. Whether your idea fits the call is for your region's project adviser to judge: I can forward your question to them.",
};

import type { bot as fi } from '../fi/bot.js';

/** English texts of the Teams conversation; used when the member writes in English. */
export const bot: typeof fi = {
  welcomeTitle: "Hi! I'm Hankeapu",
  welcomeIntro:
    'I answer associations\' questions about the ESR+ KAKE funding calls in Etelä-Savo, Pohjois-Karjala and Pohjois-Savo. My answers come from the call documents, and I always tell you the source.',
  helpTitle: 'How to use Hankeapu',
  howToAsk:
    'Ask in your own words. In a channel or group chat, mention me (@Hankeapu). If I cannot find an answer, I can forward your question to your region\'s project adviser. Type "help" to see this again.',
  knowsHeading: 'What I know',
  documentLine: (title, publisher, date) => `${title} (${publisher}, ${date})`,
  moreDocuments: (count) => `…and ${count} more documents`,
  noDocuments: 'No call documents have been loaded yet.',
  examplesHeading: 'Try for example:',
  examples: [
    'How much own funding is needed?',
    'When is the call open?',
    'Who can apply for funding?',
    'How much funding has been set aside?',
  ],
  privacyHeading: 'What I store and why',
  privacy:
    'I do not store your name. If you press "Helpful" or "Not helpful", I store the question, the answer\'s id and your rating so that the answers can be improved. If you ask me to forward a question to an adviser, the question and the conversation\'s id are stored so that the adviser can reply to you. Questions I cannot answer directly are stored without anything about who asked, so that the knowledge base can be completed. Stored questions and feedback are deleted when the retention period (usually a year) ends.',
  helpfulButton: 'Helpful',
  notHelpfulButton: 'Not helpful',
  askAdviserButton: 'Ask an adviser',
  openSourceButton: 'Open source',
  headingsLabel: (path) => `Section: ${path}`,
  smallTalk: {
    greeting: 'Hello! Ask me about the ESR+ KAKE funding calls in your own words, for example "Who can apply for funding?". Type "help" for instructions.',
    thanks: "You're welcome! Just ask if anything else comes up.",
    acknowledgement: 'All right! Just ask if anything else comes up.',
  },
  feedbackThanks: 'Thank you for the feedback!',
  feedbackThanksNotHelpful:
    'Thank you for the feedback – it helps improve the answers. If you like, I can forward your question to an adviser: press "Ask an adviser".',
  attachmentOnly: 'I cannot read attachments or images. Please type your question as text and I will look for the answer in the call documents.',
  invalidSubmit: 'Sorry, I could not read that button\'s data – the card may be out of date. Please ask your question again and I will gladly help.',
  turnError: 'Sorry, something went wrong while looking for the answer. Please try again in a moment.',
  rateLimited: (seconds: number): string =>
    `You have sent so many messages in a short time that I am taking a short break: I will not handle messages for about ${seconds} seconds. Please send your question again after that and I will gladly answer.`,
};

import type { report as fi } from '../fi/report.js';

/** English texts of the gap report. */
export const report: typeof fi = {
  title: (from, to) => `Gap report ${from}–${to}`,
  intro: 'Questions the bot did not answer directly, or whose answer did not help, by topic and region, most frequent first. The report holds no information on who asked.',
  total: (n) => `Questions in all: ${n}`,
  empty: 'No handed-off, clarified or "not helpful" questions in this period.',
  columns: {
    topic: 'Topic',
    region: 'Region',
    count: 'Total',
    handoff: 'Handed to adviser',
    notHelpful: 'Not helpful',
    clarify: 'Clarified',
    handoffOffer: 'Adviser offered',
    question: 'Question',
    times: 'Times',
  },
  legend: [
    'Handed to adviser: the member forwarded the question to an adviser (ticket).',
    'Not helpful: the member pressed "Not helpful" under the answer.',
    'Clarified: the bot asked which of several passages the member meant.',
    'Adviser offered: the bot found no answer and offered an adviser.',
  ],
  noTopic: '(nothing in the knowledge base)',
  callTimes: 'Call periods',
  noRegion: '(unknown)',
  questionsHeading: 'Questions',
  more: (n) => `…and ${n} more`,
  notCoordinator: 'Only coordinators can ask for the report.',
  usage: 'Write "report" (30 days) or e.g. "report 90 days".',
  knowledgeChannelRegistered: 'OK: this channel will be told when an edit to the knowledge base is applied or rejected.',
  knowledgeChannelNotChannel: 'The knowledge base notice channel can only be chosen in a Teams channel.',
  knowledgeReloaded: (version, documents) => `The knowledge base edit is live (version ${version}, ${documents} documents). The bot now answers from the new content.`,
  knowledgeRejected: (serving) =>
    `The knowledge base edit was not applied because it has errors. The bot still answers from the previous version (${serving}). Fix these and save again (npm run kb:check shows them too):`,
  knowledgeWarnings: 'Warnings (these do not stop the edit):',
};

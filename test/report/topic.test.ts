import { beforeAll, describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../src/answer/engine.js';
import type { KnowledgeBase } from '../../src/knowledge/types.js';
import { glossaryTopic, topicalGlossary, topicAssigner } from '../../src/report/topic.js';
import { bundledKnowledgeBase } from '../knowledge/fixtures.js';
import { createFakeEngine } from '../helpers/fakeEngine.js';

const LABELS = { noTopic: '(ei aihetta)', callTimes: 'Hakuajat' };

describe('topicAssigner with the bundled knowledge base', () => {
  let kb: KnowledgeBase;
  let topicOf: (q: string) => string;
  beforeAll(async () => {
    kb = await bundledKnowledgeBase();
    topicOf = topicAssigner(createAnswerEngine(kb), kb, { today: '2025-03-15', labels: LABELS });
  });

  /** What the bot answers from names the topic; what it cannot place gets the "no topic" label. */
  it.each([
    { question: 'Paljonko omarahoitusta tarvitaan?', topic: 'Hakuaika, rahoitus ja omarahoitusosuus' },
    { question: 'Milloin haku on auki Etelä-Savossa?', topic: 'Hakuajat' },
    { question: 'Paljonko kissanruoka maksaa Tokiossa?', topic: '(ei aihetta)' },
    { question: '???', topic: '(ei aihetta)' },
  ])('$question → $topic', ({ question, topic }) => {
    expect(topicOf(question)).toBe(topic);
  });

  it('names every topic by a heading or title that exists in the knowledge base', () => {
    const names = new Set(kb.documents.flatMap((d) => [d.meta.title, ...d.passages.flatMap((p) => p.headings)]));
    for (const q of ['Kuka voi hakea?', 'Mikä on flat rate?', 'Kenelle voin soittaa?', 'How much own funding is needed?']) {
      const topic = topicOf(q);
      expect(names.has(topic) || Object.values(LABELS).includes(topic), `${q} → ${topic}`).toBe(true);
    }
  });

  it('names topics only by glossary terms specific enough: not regions, not words found everywhere', () => {
    const terms = topicalGlossary(kb).map((e) => e.term);
    expect(terms).toContain('omarahoitusosuus');
    expect(terms).not.toContain('yhdistys');
    expect(terms).not.toContain('Pohjois-Savo');
    expect(topicOf('Saako yhdistys ostaa veneen?')).toBe('(ei aihetta)');
  });

  it('falls back to a glossary term for a handed-off question that uses one', () => {
    const engine = createFakeEngine();
    const withoutExplain = topicAssigner(engine, kb, { today: '2025-03-15', labels: LABELS });
    expect(withoutExplain('Voiko omavastuun maksaa talkootyönä?')).toBe('omarahoitusosuus');
  });
});

describe('glossaryTopic', () => {
  const glossary = [
    { term: 'omarahoitusosuus', synonyms: ['omavastuu', 'oma osuus'], en: ['own funding'] },
    { term: 'ESR+', synonyms: ['esr'], en: [] },
  ];
  it.each([
    ['Paljonko on omavastuu?', 'omarahoitusosuus'],
    ['What is the own funding share?', 'omarahoitusosuus'],
    ['Onko tämä ESR-hanke?', 'ESR+'],
    ['Mikä on desr?', undefined],
    ['Kuka päättää?', undefined],
  ])('%s → %s', (question, term) => {
    expect(glossaryTopic(question, glossary)).toBe(term);
  });
});

import { describe, expect, it } from 'vitest';
import { RECENT_OPENING_DAYS } from '../../src/answer/calls.js';
import { callLine, callVerdict, decisionSources, noticeText, renderText, repeatsHeading, snippet, sourceLine } from '../../src/answer/render.js';
import { MAX_QUESTION_CHARS, type AnswerPassage, type CallStatusItem, type Decision, type Lang, type Notice, type SourceRef } from '../../src/answer/types.js';
import { messages } from '../../src/i18n/index.js';

const LANGS: readonly Lang[] = ['fi', 'en'];

const SOURCE: SourceRef = { docId: 'haku', title: 'Hankehaku 2/2024', publisher: 'Etelä-Savon ELY-keskus', date: '2024-06-18', url: 'https://example.fi/haku' };
const OLD_SOURCE: SourceRef = { docId: 'kanto', title: 'KANTO-esitys', publisher: 'PKSOTU', date: '2022' };

const PASSAGE: AnswerPassage = {
  passageId: 'haku:2',
  headings: ['Rahoitus', 'Omarahoitusosuus'],
  excerpt: '• Omarahoitusosuus 20%\n•   – kustannusmalli flat rate 40 % tai 7 %',
  source: SOURCE,
};

const NOTICES: Notice[] = [
  { kind: 'call_ended', name: 'Hankehaku 2/2024', region: 'Etelä-Savo', closes: '2024-05-10' },
  { kind: 'old_source', years: 2, date: '2022' },
  { kind: 'expired', validUntil: '2024-05-10' },
  { kind: 'project_period', name: 'KANTO-hanke', starts: '2022-03-15', ends: '2023-12-31', state: 'ended' },
];

function item(state: CallStatusItem['state'], closes: string | undefined, source: SourceRef = SOURCE, opens = '2024-03-01'): CallStatusItem {
  return { call: { name: 'Hankehaku 2/2024', region: 'Etelä-Savo', opens, ...(closes === undefined ? {} : { closes }), quote: 'q' }, state, source };
}

/** One decision of every kind, in the given language. */
function decisions(lang: Lang) {
  return {
    answer: { kind: 'answer', lang, question: 'q', passage: PASSAGE, notices: NOTICES, score: 0.9 },
    answerPlain: { kind: 'answer', lang, question: 'q', passage: { ...PASSAGE, headings: [], source: OLD_SOURCE }, notices: [], score: 0.9 },
    callOpen: { kind: 'call_status', lang, question: 'q', today: '2024-04-15', region: 'Etelä-Savo', calls: [item('open', '2024-05-10')], score: 1 },
    callEnded: { kind: 'call_status', lang, question: 'q', today: '2026-11-23', calls: [item('ended', '2024-05-10'), item('ended', '2022-09-09', OLD_SOURCE, '2022-06-27')], score: 1 },
    callNone: { kind: 'call_status', lang, question: 'q', today: '2026-11-23', region: 'Pohjois-Savo', calls: [], score: 1 },
    clarify: {
      kind: 'clarify',
      lang,
      question: 'q',
      candidates: [PASSAGE, { ...PASSAGE, passageId: 'kanto:1', headings: [], excerpt: 'x '.repeat(400), source: OLD_SOURCE }],
      score: 0.5,
    },
    handoff: { kind: 'handoff', lang, question: 'q', reason: 'no_evidence', score: 0.2 },
    empty: { kind: 'invalid', lang, question: '', reason: 'empty', score: 0 },
    tooLong: { kind: 'invalid', lang, question: 'x', reason: 'too_long', score: 0 },
    noWords: { kind: 'invalid', lang, question: '😀', reason: 'no_words', score: 0 },
  } satisfies Record<string, Decision>;
}

describe.each(LANGS)('renderText (%s)', (lang) => {
  const t = messages(lang).answer;
  const d = decisions(lang);

  it('renders every decision kind to non-empty text, differently per language', () => {
    const other = decisions(lang === 'fi' ? 'en' : 'fi');
    for (const name of Object.keys(d) as (keyof typeof d)[]) {
      const text = renderText(d[name]);
      expect(text.trim(), name).not.toBe('');
      expect(text, name).not.toBe(renderText(other[name]));
    }
  });

  it('answer: the excerpt under its last heading, the source with date and address, then every notice', () => {
    const text = renderText(d.answer);
    expect(text).toContain(`Omarahoitusosuus:\n${PASSAGE.excerpt}`);
    expect(text).not.toContain('Rahoitus:');
    expect(text).toContain(sourceLine(t, SOURCE));
    expect(text).toContain('18.6.2024');
    expect(text).toContain('https://example.fi/haku');
    const positions = NOTICES.map((n) => text.indexOf(noticeText(t, n)));
    for (const p of positions) expect(p).toBeGreaterThan(text.indexOf(PASSAGE.excerpt));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    if (t.quoteIntro !== '') expect(text.startsWith(t.quoteIntro)).toBe(true);
  });

  it('answer without headings or address: the excerpt alone and the source line without a URL', () => {
    const text = renderText(d.answerPlain);
    expect(text).toContain(PASSAGE.excerpt);
    expect(text).toContain(sourceLine(t, OLD_SOURCE));
    expect(text).not.toContain('http');
  });

  it('notices: dates in Finnish style, every kind', () => {
    expect(noticeText(t, { kind: 'call_ended', name: 'H', region: 'Etelä-Savo', closes: '2024-05-10' })).toContain('10.5.2024');
    expect(noticeText(t, { kind: 'expired', validUntil: '2024-05-10' })).toContain('10.5.2024');
    expect(noticeText(t, { kind: 'old_source', years: 3, date: '2022' })).toContain('3');
    expect(noticeText(t, { kind: 'old_source', years: 1, date: '2022' })).toBe(t.oldSource(1));
    for (const state of ['upcoming', 'running', 'ended'] as const) {
      const text = noticeText(t, { kind: 'project_period', name: 'KANTO-hanke', starts: '2022-03-15', ends: '2023-12-31', state });
      expect(text).toContain('15.3.2022');
      expect(text).toContain('31.12.2023');
    }
  });

  it('call_status, open: the region, the dates, and that a call is open', () => {
    const text = renderText(d.callOpen);
    expect(text).toContain(t.regionLabel('Etelä-Savo'));
    expect(text).toContain('1.3.2024');
    expect(text).toContain('10.5.2024');
    expect(text).toContain(t.openCallKnown);
    expect(text).not.toContain(t.noOpenCall);
  });

  it('call_status, ended: says when each call ended, that none is open, offers an adviser, cites each source once', () => {
    const text = renderText(d.callEnded);
    expect(text).toContain(t.callEnded('Hankehaku 2/2024 (Etelä-Savo)', '1.3.2024–10.5.2024', '10.5.2024'));
    expect(text).toContain('9.9.2022');
    expect(text).toContain(t.noOpenCall);
    expect(text).toContain(t.askAdviser);
    expect(text).not.toContain(t.openCallKnown);
    expect(text).toContain(t.sourcesHeading);
    // Listed under the heading, each once, without repeating "Lähde:" before each.
    expect(text.split(sourceLine(t, SOURCE, true))).toHaveLength(2);
    expect(text.split(sourceLine(t, OLD_SOURCE, true))).toHaveLength(2);
    expect(text).not.toContain(sourceLine(t, SOURCE));
  });

  it('call_status, one source: a single source line, no list heading', () => {
    const text = renderText(d.callOpen);
    expect(text).toContain(sourceLine(t, SOURCE));
    expect(text).not.toContain(t.sourcesHeading);
  });

  it('call_status, none known: says so and offers an adviser', () => {
    expect(renderText(d.callNone)).toBe([t.noCallsKnown, t.askAdviser].join('\n\n'));
  });

  it('clarify: numbered candidates with their heading path (or title) and a short snippet', () => {
    const text = renderText(d.clarify);
    expect(text.startsWith(t.clarifyIntro)).toBe(true);
    expect(text).toContain(t.candidateLine(1, 'Rahoitus › Omarahoitusosuus', SOURCE.title));
    expect(text).toContain(t.candidateLine(2, OLD_SOURCE.title, OLD_SOURCE.title));
    expect(text).toContain(' …');
    expect(text.length).toBeLessThan(1000);
  });

  it('handoff and invalid: the fixed texts', () => {
    expect(renderText(d.handoff)).toBe(t.handoff);
    expect(renderText(d.empty)).toBe(t.invalidEmpty);
    expect(renderText(d.tooLong)).toBe(t.invalidTooLong(MAX_QUESTION_CHARS));
    expect(renderText(d.tooLong)).toContain(String(MAX_QUESTION_CHARS));
    expect(renderText(d.noWords)).toBe(t.invalidNoWords);
  });
});

describe('callLine', () => {
  const t = messages('fi').answer;

  it.each([
    ['open', '2024-05-10', '2024-04-15', t.callOpen('Hankehaku 2/2024 (Etelä-Savo)', '1.3.2024–10.5.2024', '10.5.2024')],
    ['ended', '2024-05-10', '2026-11-23', t.callEnded('Hankehaku 2/2024 (Etelä-Savo)', '1.3.2024–10.5.2024', '10.5.2024')],
    ['upcoming', '2024-05-10', '2024-02-01', t.callUpcoming('Hankehaku 2/2024 (Etelä-Savo)', '1.3.2024', '10.5.2024')],
    ['upcoming', undefined, '2024-02-01', t.callUpcoming('Hankehaku 2/2024 (Etelä-Savo)', '1.3.2024', undefined)],
  ] as const)('%s (closes %s) on %s', (state, closes, today, expected) => {
    expect(callLine(t, item(state, closes), today)).toBe(expected);
  });

  it('gives the period as the document writes it when its quote states the two days', () => {
    const written = { ...item('ended', '2024-05-10'), call: { ...item('ended', '2024-05-10').call, quote: 'HANKEHAKU (2/2024) ON AUKI 1.3.-10.5.2024 ETELÄ-SAVOSSA' } };
    expect(callLine(t, written, '2026-11-23')).toBe(t.callEnded('Hankehaku 2/2024 (Etelä-Savo)', '1.3.-10.5.2024', '10.5.2024'));
    // Before it opens too: the two days, and the period in the document's own words.
    const upcoming = callLine(t, { ...written, state: 'upcoming' }, '2024-02-01');
    expect(upcoming).toBe(t.callUpcoming('Hankehaku 2/2024 (Etelä-Savo)', '1.3.2024', '10.5.2024', '1.3.-10.5.2024'));
    expect(upcoming).toContain('1.3.-10.5.2024');
    expect(upcoming).toContain('ei ole vielä alkanut');
  });

  it(`calls a call without an end "opened, end unknown" for ${RECENT_OPENING_DAYS} days, then "probably not open"`, () => {
    const open = item('unknown_end', undefined);
    expect(callLine(t, open, '2024-05-30')).toBe(`${t.callOpenNoEnd('Hankehaku 2/2024 (Etelä-Savo)', '1.3.2024')} ${t.asWritten(open.call.quote)}`);
    expect(callLine(t, open, '2024-05-31')).toBe(`${t.callUnknownEnd('Hankehaku 2/2024 (Etelä-Savo)', '1.3.2024')} ${t.asWritten(open.call.quote)}`);
  });

  it('quotes what the source says of a call whose end it does not give ("SEURAAVA HAKU 15.1.2024"), in both languages', () => {
    const next = { ...item('unknown_end', undefined), call: { ...item('unknown_end', undefined).call, quote: 'SEURAAVA HAKU 15.1.2024' } };
    expect(callLine(messages('fi').answer, next, '2026-11-23')).toContain('Lähteessä: ”SEURAAVA HAKU 15.1.2024”');
    expect(callLine(messages('en').answer, next, '2026-11-23')).toContain('The source says (in Finnish): “SEURAAVA HAKU 15.1.2024”');
  });

  it('heads a recently opened call with no known end "may still be open", in text, never "no open call"', () => {
    for (const lang of LANGS) {
      const tx = messages(lang).answer;
      const decision = (today: string): Decision => ({ kind: 'call_status', lang, question: 'Onko haku auki?', today, calls: [item('unknown_end', undefined)], score: 1 });
      expect(callVerdict([item('unknown_end', undefined)], '2024-03-05')).toBe('recently_opened');
      expect(renderText(decision('2024-03-05'))).toContain(`${tx.recentCallMayBeOpen} ${tx.askAdviserDeadline}`);
      expect(renderText(decision('2024-03-05'))).not.toContain(tx.noOpenCall);
      // After RECENT_OPENING_DAYS it is most likely closed: no open call known.
      expect(renderText(decision('2024-05-31'))).toContain(tx.noOpenCall);
    }
    expect(callVerdict([item('open', '2024-05-10'), item('unknown_end', undefined)], '2024-03-05')).toBe('open');
  });

  it('never says an ended call is open', () => {
    for (const lang of LANGS) {
      const text = callLine(messages(lang).answer, item('ended', '2024-05-10'), '2026-11-23');
      expect(text).not.toMatch(/\bon auki\b|\bis open\b/);
    }
  });

  it.each([['2024-05-10'], [undefined]] as const)('says when an upcoming call (closes %s) opens, never that it is open', (closes) => {
    for (const lang of LANGS) {
      const text = callLine(messages(lang).answer, item('upcoming', closes), '2024-02-01');
      expect(text).toContain('1.3.2024');
      if (closes !== undefined) expect(text).toContain('10.5.2024');
      expect(text).toMatch(lang === 'fi' ? /avautuu 1\.3\.2024/ : /opens on 1\.3\.2024/);
      expect(text).not.toMatch(/\b(on|oli) auki\b|\b(is|was) open\b/i);
    }
  });
});

describe('decisionSources', () => {
  const d = decisions('fi');

  it('cites the passage of an answer, each document of a call status once, no source for the rest', () => {
    expect(decisionSources(d.answer)).toEqual([SOURCE]);
    expect(decisionSources(d.callEnded)).toEqual([SOURCE, OLD_SOURCE]);
    expect(decisionSources(d.clarify)).toEqual([SOURCE, OLD_SOURCE]);
    expect(decisionSources(d.handoff)).toEqual([]);
    expect(decisionSources(d.empty)).toEqual([]);
  });
});

describe('snippet', () => {
  it.each([
    ['short text stays', 'Lyhyt teksti.', 20, 'Lyhyt teksti.'],
    ['cut at a space', 'yksi kaksi kolme neljä', 12, 'yksi kaksi …'],
    ['cut at a line break', 'rivi yksi\nrivi kaksi', 14, 'rivi yksi …'],
    ['cut inside a long word', 'a'.repeat(30), 10, `${'a'.repeat(10)} …`],
  ])('%s', (_what, text, max, expected) => {
    expect(snippet(text, max)).toBe(expected);
  });
});

describe('renderText: a heading the excerpt repeats', () => {
  it('shows the heading once when the excerpt opens with the same words', () => {
    const passage: AnswerPassage = {
      ...PASSAGE,
      headings: ['Kansalaistoimijalähtöisen kehittämisen hankehaussa painotetaan seuraavia sisältöjä (painopisteet)'],
      excerpt: 'Kansalaistoimijalähtöisen kehittämisen hankehaussa painotetaan seuraavia sisältöjä:\n• Osallisuus ja yhteisöllisyys',
    };
    const text = renderText({ kind: 'answer', lang: 'fi', question: 'q', passage, notices: [], score: 1 });
    expect(text.match(/painotetaan seuraavia sisältöjä/g)).toHaveLength(1);
    expect(text).toContain('• Osallisuus ja yhteisöllisyys');
  });

  it('keeps a heading the excerpt does not repeat', () => {
    expect(repeatsHeading('Omarahoitusosuus', '• Omarahoitusosuus 20%')).toBe(false);
    expect(repeatsHeading('Hankkeiden tukitaso', 'Kansalaistoimijalähtöisen kehittämisen hankkeiden tukitaso on 80%.')).toBe(false);
    expect(renderText({ kind: 'answer', lang: 'fi', question: 'q', passage: PASSAGE, notices: [], score: 1 })).toContain('Omarahoitusosuus:\n');
  });
});

describe('renderText: a call announced for several regions', () => {
  it('is one line naming its regions; calls that differ stay apart', () => {
    const other: CallStatusItem = { ...item('ended', '2024-05-10'), call: { ...item('ended', '2024-05-10').call, region: 'Pohjois-Savo' } };
    const later = item('ended', '2022-09-09', OLD_SOURCE, '2022-06-27');
    const text = renderText({ kind: 'call_status', lang: 'fi', question: 'q', today: '2026-11-23', calls: [item('ended', '2024-05-10'), other, later], score: 1 });
    const lines = (text.split(messages('fi').answer.sourcesHeading)[0] ?? '').split('\n').filter((l) => l.startsWith('• '));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('Hankehaku 2/2024 (Etelä-Savo, Pohjois-Savo)');
  });
});

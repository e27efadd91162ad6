import { cp, mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { faqEntryFile, type FaqEntryInput } from '../../src/faq/entry.js';
import { createFaqWriter } from '../../src/faq/writer.js';
import { checkKnowledge } from '../../src/knowledge/check.js';
import { readKnowledgeFiles } from '../../src/knowledge/load.js';
import { KNOWLEDGE_DIR } from '../knowledge/fixtures.js';

const TODAY = '2026-11-30';
const INPUT: FaqEntryInput = {
  ticketId: 'HA-4F7K',
  region: 'Pohjois-Savo',
  lang: 'fi',
  question: 'Voiko hallituksen jäsen olla projektipäällikkö?',
  answer: 'Voi, kun esteellisyys on arvioitu.',
  fileId: 'voiko-hallituksen-jasen-olla-projektipaallikko-ha-4f7k',
  approvedOn: TODAY,
  validUntil: '2027-11-30',
};

describe('createFaqWriter', () => {
  let dir: string;
  beforeEach(async () => {
    dir = join(await mkdtemp(join(tmpdir(), 'hankeapu-faq-')), 'knowledge');
    await cp(KNOWLEDGE_DIR, dir, { recursive: true });
  });
  afterEach(async () => rm(join(dir, '..'), { recursive: true, force: true }));

  const faqFiles = async (): Promise<string[]> => readdir(join(dir, 'faq')).catch(() => []);

  it('writes the entry under faq/, whole, leaving no temporary file; the folder passes kb:check', async () => {
    const entry = faqEntryFile(INPUT);
    expect(await createFaqWriter(dir).write(entry, TODAY)).toEqual({ kind: 'written', path: entry.path });
    expect(await readFile(join(dir, entry.path), 'utf8')).toBe(entry.text);
    expect(await faqFiles()).toEqual([`${INPUT.fileId}.md`]);
    const report = checkKnowledge(await readKnowledgeFiles(dir), { today: TODAY, soonDays: 30 });
    expect(report.errors).toBe(0);
  });

  it('writing the same entry again changes nothing; a different file of that name is left alone', async () => {
    const writer = createFaqWriter(dir);
    const entry = faqEntryFile(INPUT);
    await writer.write(entry, TODAY);
    expect(await writer.write(entry, TODAY)).toEqual({ kind: 'unchanged', path: entry.path });
    const other = faqEntryFile({ ...INPUT, answer: 'Toinen vastaus.' });
    expect(await writer.write(other, TODAY)).toEqual({ kind: 'exists', path: entry.path });
    expect(await readFile(join(dir, entry.path), 'utf8')).toBe(entry.text);
  });

  it('does not write an entry kb:check refuses (an id already used), and says what is wrong', async () => {
    const entry = faqEntryFile({ ...INPUT, fileId: 'kanto-esitys-2022' });
    const outcome = await createFaqWriter(dir).write(entry, TODAY);
    expect(outcome.kind).toBe('invalid');
    expect(outcome.kind === 'invalid' ? outcome.issues.map((i) => `${i.file} ${i.field ?? ''} ${i.message}`) : []).toEqual([
      expect.stringMatching(/^faq\/kanto-esitys-2022\.md id id "kanto-esitys-2022" is already used by docs\/kanto-esitys-2022\.md/),
    ]);
    expect(await faqFiles()).toEqual([]);
  });

  it('does not write into a folder that already has errors (live reload would not serve it)', async () => {
    await mkdir(join(dir, 'docs'), { recursive: true });
    await writeFile(join(dir, 'docs', 'rikki.md'), '---\nid: rikki\n---\nTeksti.\n');
    const outcome = await createFaqWriter(dir).write(faqEntryFile(INPUT), TODAY);
    expect(outcome.kind === 'invalid' ? outcome.issues.map((i) => i.file) : []).toContain('docs/rikki.md');
    expect(await faqFiles()).toEqual([]);
  });

  it('refuses an entry with a warning of its own (it would expire within a month)', async () => {
    const outcome = await createFaqWriter(dir).write(faqEntryFile({ ...INPUT, validUntil: '2026-12-10' }), TODAY);
    expect(outcome.kind === 'invalid' ? outcome.issues.map((i) => i.kind) : []).toEqual(['expires_soon']);
  });
});

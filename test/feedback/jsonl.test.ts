import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createJsonlFeedbackStore, FEEDBACK_FILE } from '../../src/feedback/jsonl.js';
import { FeedbackStoreError, type FeedbackRecord } from '../../src/feedback/store.js';

const record = (helpful: boolean): FeedbackRecord => ({
  at: '2025-03-15T10:00:00.000Z',
  kind: 'answer',
  passageId: 'doc:1',
  question: 'Paljonko omarahoitusta tarvitaan?',
  helpful,
  lang: 'fi',
});

describe('JSON lines feedback store', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hankeapu-feedback-'));
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it('lists nothing before the first feedback', async () => {
    expect(await createJsonlFeedbackStore(join(dir, 'not-yet')).list()).toEqual([]);
  });

  it('appends one JSON line per record, creating the folder', async () => {
    const store = createJsonlFeedbackStore(join(dir, 'data'));
    await Promise.all([store.add(record(true)), store.add(record(false))]);
    const lines = (await readFile(join(dir, 'data', FEEDBACK_FILE), 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(2);
    expect((await store.list()).map((r) => r.helpful).sort()).toEqual([false, true]);
  });

  it('refuses a record that does not match the schema', async () => {
    const store = createJsonlFeedbackStore(dir);
    await expect(store.add({ ...record(true), at: 'yesterday' })).rejects.toThrow();
  });

  it('names the file and line of a damaged record', async () => {
    const store = createJsonlFeedbackStore(dir);
    await store.add(record(true));
    await appendFile(join(dir, FEEDBACK_FILE), '{"at": "nope"}\n');
    const err = await store.list().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(FeedbackStoreError);
    expect(String(err)).toContain(`${FEEDBACK_FILE}:2`);
  });
});

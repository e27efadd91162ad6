import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnswerEngine } from '../../src/answer/types.js';
import type { Clock } from '../../src/bot/clock.js';
import type { KnowledgeSummary, LoadedKnowledge } from '../../src/bot/deps.js';
import type { RenderText } from '../../src/bot/reply.js';
import type { Config } from '../../src/config/config.js';
import { silentLogger } from '../../src/server/log.js';
import { startHankeapu, type HankeapuDeps } from '../../src/server/start.js';
import { expectRepliesBodySchema, type Reply, type TestActivity } from './activities.js';
import { createFakeEngine } from './fakeEngine.js';
import { fakeRenderText } from './fakeRender.js';

export const FIXED_DAY = '2025-03-15';

export function fixedClock(day = FIXED_DAY): Clock {
  return { now: () => new Date(`${day}T10:00:00.000Z`), today: () => day };
}

export const FAKE_KNOWLEDGE: KnowledgeSummary = {
  documents: [
    { title: 'KAKE-hakuilmoitus', publisher: 'Etelä-Savon ELY-keskus', date: '2024-03-01' },
    { title: 'Usein kysytyt kysymykset', publisher: 'Rakennerahastot.fi', date: '2024' },
  ],
  passages: 3,
};

export interface TestBotOptions {
  engine?: AnswerEngine;
  renderText?: RenderText;
  knowledge?: KnowledgeSummary;
  /** What serves, read on every turn (live reload); when given, `engine` and `knowledge` are not used. */
  loaded?: () => LoadedKnowledge;
  auth?: Config['auth'];
  handoff?: HankeapuDeps['handoff'];
  /** Default: nobody may act on tickets; tickets in `<dataDir>/handoff`. */
  handoffConfig?: Config['handoff'];
  /** Default: no rate limit. */
  rateLimit?: Config['rateLimit'];
  bodyLimitBytes?: number;
  adapter?: HankeapuDeps['adapter'];
  log?: HankeapuDeps['log'];
  /** Default: JSON lines in `<dataDir>/events.jsonl`. */
  events?: HankeapuDeps['events'];
}

export interface PostResult {
  status: number;
  /** Parsed JSON body, or undefined when the body is empty or not JSON. */
  json: unknown;
  text: string;
}

export interface TestBot {
  url: string;
  dataDir: string;
  /** POST a raw body (string) or an activity (object) to /api/messages. */
  post(body: TestActivity | string, headers?: Record<string, string>): Promise<PostResult>;
  /** POST with deliveryMode expectReplies and return the bot's replies. */
  exchange(activity: TestActivity): Promise<Reply[]>;
  close(): Promise<void>;
}

export const FAKE_KNOWLEDGE_VERSION = { version: 'test-version', loadedAt: `${FIXED_DAY}T08:00:00.000Z` };

/** One knowledge version that never changes. */
export function fixedKnowledge(engine: AnswerEngine, summary: KnowledgeSummary = FAKE_KNOWLEDGE): () => LoadedKnowledge {
  const loaded: LoadedKnowledge = { engine, summary, kb: { documents: [], glossary: [] }, ...FAKE_KNOWLEDGE_VERSION };
  return () => loaded;
}

/** Starts the real HTTP server on an ephemeral port through the same factory as src/index.ts. */
export async function startTestBot(options: TestBotOptions = {}): Promise<TestBot> {
  const dataDir = await mkdtemp(join(tmpdir(), 'hankeapu-test-'));
  const running = await startHankeapu({
    config: {
      port: 0,
      host: '127.0.0.1',
      auth: options.auth ?? { mode: 'local' },
      knowledgeDir: './knowledge',
      dataDir,
      handoff: options.handoffConfig ?? { access: { advisers: [], coordinators: [] }, storage: { kind: 'file', dir: join(dataDir, 'handoff') } },
      ...(options.rateLimit === undefined ? {} : { rateLimit: options.rateLimit }),
    },
    renderText: options.renderText ?? fakeRenderText,
    knowledge: options.loaded ?? fixedKnowledge(options.engine ?? createFakeEngine(), options.knowledge ?? FAKE_KNOWLEDGE),
    clock: fixedClock(),
    log: options.log ?? silentLogger,
    ...(options.handoff === undefined ? {} : { handoff: options.handoff }),
    ...(options.bodyLimitBytes === undefined ? {} : { bodyLimitBytes: options.bodyLimitBytes }),
    ...(options.adapter === undefined ? {} : { adapter: options.adapter }),
    ...(options.events === undefined ? {} : { events: options.events }),
  });
  return botClient(running.url, dataDir, async () => {
    await running.close();
    await rm(dataDir, { recursive: true, force: true });
  });
}

/** A client for a bot already listening at `url` (in-process or a child process). */
export function botClient(url: string, dataDir: string, close: () => Promise<void>): TestBot {
  const post = async (body: TestActivity | string, headers: Record<string, string> = {}): Promise<PostResult> => {
    const res = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let json: unknown;
    try {
      json = text === '' ? undefined : (JSON.parse(text) as unknown);
    } catch {
      json = undefined;
    }
    return { status: res.status, json, text };
  };
  return {
    url,
    dataDir,
    post,
    async exchange(activity) {
      const res = await post({ ...activity, deliveryMode: 'expectReplies' });
      if (res.status !== 200) throw new Error(`expected 200, got ${res.status}: ${res.text}`);
      return expectRepliesBodySchema.parse(res.json).activities;
    },
    close,
  };
}

import { z } from 'zod';
import { REMEMBERED_DECISIONS } from '../answer/remembered.js';
import { parseAccessEnv } from '../handoff/accessConfig.js';
import type { AccessList } from '../handoff/routing.js';
import { parseStorageEnv, type StorageOptions } from '../storage/storageConfig.js';

/** How the bot authenticates Bot Framework traffic. */
export const APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const;
export type AppType = (typeof APP_TYPES)[number];

/**
 * `local`: no MicrosoftAppId, Bot Framework auth is off and the server listens on 127.0.0.1 only.
 * `bot-framework`: every request's token is validated by the adapter.
 */
export type BotAuth =
  | { mode: 'local' }
  | { mode: 'bot-framework'; appId: string; appPassword?: string; tenantId?: string; appType: AppType };

export interface Config {
  port: number;
  host: string;
  auth: BotAuth;
  /** Folder of the knowledge base (call documents and glossary). */
  knowledgeDir: string;
  /** Folder for what the bot writes: feedback, tickets. */
  dataDir: string;
  handoff: HandoffConfig;
  /** Members' messages per minute (RATE_LIMIT_PER_MINUTE, default 20; 0 = off). Absent (a hand-built config in tests) = off. */
  rateLimit?: RateLimitConfig;
  /** Stored questions and feedback are deleted after this many days (RETENTION_DAYS, default 365). Absent (a hand-built config in tests) = no sweep. */
  retention?: RetentionConfig;
  /** Recent questions whose decisions are remembered (REMEMBERED_DECISIONS, default 500; 0 = off). Absent = off. */
  rememberedDecisions?: number;
}

export interface RetentionConfig {
  days: number;
}

export interface RateLimitConfig {
  perMinute: number;
}

/** Who may act on forwarded questions (ADVISER_IDS, COORDINATOR_IDS) and where tickets are kept (STORAGE…). */
export interface HandoffConfig {
  access: AccessList;
  storage: StorageOptions;
}

export interface ConfigIssue {
  /** The environment variable at fault, e.g. "PORT". */
  variable: string;
  message: string;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: ConfigIssue[] };

export const LOCAL_HOST = '127.0.0.1';
const LOOPBACK_HOSTS = new Set([LOCAL_HOST, 'localhost', '::1']);

/** An unset variable and an empty one (`MicrosoftAppId=` in .env) mean the same: not configured. */
const optionalText = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v),
  z.string().optional(),
);

const envSchema = z.object({
  PORT: optionalText.pipe(
    z
      .string()
      .regex(/^\d+$/, 'must be a whole number between 0 and 65535')
      .transform(Number)
      .pipe(z.number().int().max(65535, 'must be a whole number between 0 and 65535'))
      .default('3978'),
  ),
  HOST: optionalText,
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppTenantId: optionalText,
  MicrosoftAppType: optionalText.pipe(
    z.enum(APP_TYPES, { errorMap: () => ({ message: `must be one of ${APP_TYPES.join(', ')}` }) }).default('MultiTenant'),
  ),
  KNOWLEDGE_DIR: optionalText.pipe(z.string().default('./knowledge')),
  DATA_DIR: optionalText.pipe(z.string().default('./data')),
  RATE_LIMIT_PER_MINUTE: optionalText.pipe(
    z
      .string()
      .regex(/^\d+$/, 'must be a whole number of messages a minute (0 turns the limit off)')
      .transform(Number)
      .pipe(z.number().int().max(10_000, 'must be at most 10000 messages a minute (0 turns the limit off)'))
      .default('20'),
  ),
  RETENTION_DAYS: optionalText.pipe(
    z
      .string()
      .regex(/^\d+$/, 'must be a whole number of days (at least 1)')
      .transform(Number)
      .pipe(z.number().int().min(1, 'must be a whole number of days (at least 1)').max(36_500, 'must be at most 36500 days'))
      .default('365'),
  ),
  REMEMBERED_DECISIONS: optionalText.pipe(
    z
      .string()
      .regex(/^\d+$/, 'must be a whole number of questions (0 turns remembering off)')
      .transform(Number)
      .pipe(z.number().int().max(100_000, 'must be at most 100000 questions (0 turns remembering off)'))
      .default(String(REMEMBERED_DECISIONS)),
  ),
});

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads the configuration from environment variables, once, at start-up.
 * Nothing else in the program reads `process.env`. Every error names its variable.
 */
export function parseConfig(env: Env): ConfigResult {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => ({ variable: String(i.path[0] ?? 'environment'), message: i.message })),
    };
  }
  const e = parsed.data;
  const errors: ConfigIssue[] = [];

  let auth: BotAuth;
  if (e.MicrosoftAppId === undefined) {
    auth = { mode: 'local' };
    if (e.HOST !== undefined && !LOOPBACK_HOSTS.has(e.HOST)) {
      errors.push({
        variable: 'HOST',
        message: `is "${e.HOST}", but without MicrosoftAppId the bot runs in local mode with no authentication and listens on ${LOCAL_HOST} only; set MicrosoftAppId or remove HOST`,
      });
    }
  } else {
    const appType = e.MicrosoftAppType;
    if (appType !== 'UserAssignedMSI' && e.MicrosoftAppPassword === undefined) {
      errors.push({ variable: 'MicrosoftAppPassword', message: `is required when MicrosoftAppType is ${appType}` });
    }
    if (appType !== 'MultiTenant' && e.MicrosoftAppTenantId === undefined) {
      errors.push({ variable: 'MicrosoftAppTenantId', message: `is required when MicrosoftAppType is ${appType}` });
    }
    auth = {
      mode: 'bot-framework',
      appId: e.MicrosoftAppId,
      appType,
      ...(e.MicrosoftAppPassword === undefined ? {} : { appPassword: e.MicrosoftAppPassword }),
      ...(e.MicrosoftAppTenantId === undefined ? {} : { tenantId: e.MicrosoftAppTenantId }),
    };
  }
  const access = parseAccessEnv(env);
  if (!access.ok) errors.push(...access.errors);
  const storage = parseStorageEnv(env, e.DATA_DIR);
  if (!storage.ok) errors.push(...storage.errors);
  if (errors.length > 0 || !access.ok || !storage.ok) return { ok: false, errors };

  return {
    ok: true,
    config: {
      port: e.PORT,
      host: auth.mode === 'local' ? LOCAL_HOST : (e.HOST ?? '0.0.0.0'),
      auth,
      knowledgeDir: e.KNOWLEDGE_DIR,
      dataDir: e.DATA_DIR,
      handoff: { access: access.access, storage: storage.options },
      rateLimit: { perMinute: e.RATE_LIMIT_PER_MINUTE },
      retention: { days: e.RETENTION_DAYS },
      rememberedDecisions: e.REMEMBERED_DECISIONS,
    },
  };
}

export function formatConfigIssue(issue: ConfigIssue): string {
  return `${issue.variable}: ${issue.message}`;
}

import { join } from 'node:path';
import { z } from 'zod';

/**
 * Where tickets, channel registrations and members' regions are kept.
 * - `file` (default): FileStorage under `<DATA_DIR>/handoff`; one instance of the bot at a time.
 * - `memory`: lost on restart; for tests and trying the bot out.
 * - `blobs`: Azure Blob Storage (botbuilder-azure-blobs), for several instances.
 */
export type StorageOptions =
  | { kind: 'memory' }
  | { kind: 'file'; dir: string }
  | { kind: 'blobs'; connectionString: string; container: string };

export interface StorageConfigIssue {
  variable: string;
  message: string;
}

const blank = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v);

const storageEnvSchema = z.object({
  STORAGE: z.preprocess(blank, z.enum(['file', 'memory', 'blobs'], { errorMap: () => ({ message: 'must be file, memory or blobs' }) }).default('file')),
  BLOB_CONNECTION_STRING: z.preprocess(blank, z.string().optional()),
  BLOB_CONTAINER: z.preprocess(
    blank,
    z
      .string()
      .regex(/^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/, 'must be 3–63 lower-case letters, digits and single hyphens')
      .default('hankeapu'),
  ),
});

/**
 * Reads STORAGE, BLOB_CONNECTION_STRING and BLOB_CONTAINER from the environment the config module
 * passes in; `dataDir` is the already-parsed DATA_DIR. Every error names its variable.
 */
export function parseStorageEnv(
  env: Readonly<Record<string, string | undefined>>,
  dataDir: string,
): { ok: true; options: StorageOptions } | { ok: false; errors: StorageConfigIssue[] } {
  const parsed = storageEnvSchema.safeParse(env);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => ({ variable: String(i.path[0] ?? 'STORAGE'), message: i.message })) };
  }
  const e = parsed.data;
  switch (e.STORAGE) {
    case 'memory':
      return { ok: true, options: { kind: 'memory' } };
    case 'file':
      return { ok: true, options: { kind: 'file', dir: join(dataDir, 'handoff') } };
    case 'blobs':
      if (e.BLOB_CONNECTION_STRING === undefined) {
        return { ok: false, errors: [{ variable: 'BLOB_CONNECTION_STRING', message: 'is required when STORAGE is blobs' }] };
      }
      return { ok: true, options: { kind: 'blobs', connectionString: e.BLOB_CONNECTION_STRING, container: e.BLOB_CONTAINER } };
  }
}

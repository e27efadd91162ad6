import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStorageEnv } from '../../src/storage/storageConfig.js';

describe('parseStorageEnv', () => {
  it.each([
    { env: {}, result: { ok: true, options: { kind: 'file', dir: join('./data', 'handoff') } } },
    { env: { STORAGE: ' ' }, result: { ok: true, options: { kind: 'file', dir: join('./data', 'handoff') } } },
    { env: { STORAGE: 'memory' }, result: { ok: true, options: { kind: 'memory' } } },
    {
      env: { STORAGE: 'blobs', BLOB_CONNECTION_STRING: 'UseDevelopmentStorage=true;' },
      result: { ok: true, options: { kind: 'blobs', connectionString: 'UseDevelopmentStorage=true;', container: 'hankeapu' } },
    },
    {
      env: { STORAGE: 'blobs', BLOB_CONNECTION_STRING: 'x', BLOB_CONTAINER: 'tiketit-1' },
      result: { ok: true, options: { kind: 'blobs', connectionString: 'x', container: 'tiketit-1' } },
    },
    { env: { STORAGE: 'blobs' }, result: { ok: false, errors: [{ variable: 'BLOB_CONNECTION_STRING', message: 'is required when STORAGE is blobs' }] } },
    { env: { STORAGE: 'disk' }, result: { ok: false, errors: [{ variable: 'STORAGE', message: 'must be file, memory or blobs' }] } },
  ])('$env', ({ env, result }) => {
    expect(parseStorageEnv(env, './data')).toEqual(result);
  });

  it('names the variable of a bad container name', () => {
    const r = parseStorageEnv({ STORAGE: 'blobs', BLOB_CONNECTION_STRING: 'x', BLOB_CONTAINER: 'Tiketit' }, './data');
    expect(r.ok === false && r.errors.map((e) => e.variable)).toEqual(['BLOB_CONTAINER']);
  });
});

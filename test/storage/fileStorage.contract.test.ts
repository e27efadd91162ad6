import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Storage } from 'botbuilder';
import { afterAll, beforeAll } from 'vitest';
import { createStorage } from '../../src/storage/createStorage.js';
import { storageContract } from './contract.js';

let dir = '';
let storage: Storage | undefined;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hankeapu-file-contract-'));
  storage = createStorage({ kind: 'file', dir });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

storageContract(
  'FileStorage',
  () => {
    if (storage === undefined) throw new Error('not set up');
    return storage;
  },
  { conflictOnMissingKey: true },
);

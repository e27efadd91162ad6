import type { Storage } from 'botbuilder';
import { afterAll, beforeAll } from 'vitest';
import { createStorage } from '../../src/storage/createStorage.js';
import { startAzurite, type Azurite } from './azurite.js';
import { storageContract } from './contract.js';

let azurite: Azurite | undefined;
let storage: Storage | undefined;

beforeAll(async () => {
  azurite = await startAzurite();
  storage = createStorage({ kind: 'blobs', connectionString: azurite.connectionString, container: 'contract-tests' });
});

afterAll(async () => {
  await azurite?.stop();
});

storageContract(
  'BlobsStorage (Azurite)',
  () => {
    if (storage === undefined) throw new Error('Azurite did not start');
    return storage;
  },
  { conflictOnMissingKey: true },
);

import { createRequire } from 'node:module';
import { MemoryStorage, type Storage } from 'botbuilder';
import { FileStorage } from './fileStorage.js';
import type { StorageOptions } from './storageConfig.js';
import { withTypedConflicts } from './typedStorage.js';

/** Every backend reports eTag conflicts as StorageError('conflict'). */
export function createStorage(options: StorageOptions): Storage {
  switch (options.kind) {
    case 'memory':
      return withTypedConflicts(new MemoryStorage());
    case 'file':
      return new FileStorage(options.dir);
    case 'blobs':
      return withTypedConflicts(new (blobsStorage())(options.connectionString, options.container));
  }
}

/**
 * The Azure Blob storage class, loaded when first configured: the Azure SDK takes a quarter of a
 * second to load, which a start on memory or file storage need not wait for.
 */
function blobsStorage(): typeof import('botbuilder-azure-blobs').BlobsStorage {
  const load = createRequire(import.meta.url) as (id: string) => typeof import('botbuilder-azure-blobs');
  return load('botbuilder-azure-blobs').BlobsStorage;
}

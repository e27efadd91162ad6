import { MemoryStorage, type Storage } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
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
      return withTypedConflicts(new BlobsStorage(options.connectionString, options.container));
  }
}

import type { Storage, StoreItems } from 'botbuilder';
import { asTypedConflict } from './errors.js';

/**
 * Any botbuilder Storage, with eTag conflicts turned into StorageError('conflict') whatever the
 * backend: MemoryStorage and BlobsStorage report them as a plain Error with a fixed message.
 */
export function withTypedConflicts(inner: Storage): Storage {
  return {
    read: (keys: string[]): Promise<StoreItems> => inner.read(keys),
    write: async (changes: StoreItems): Promise<void> => {
      try {
        await inner.write(changes);
      } catch (err) {
        throw asTypedConflict(err);
      }
    },
    delete: (keys: string[]): Promise<void> => inner.delete(keys),
  };
}

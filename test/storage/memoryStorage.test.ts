import { createStorage } from '../../src/storage/createStorage.js';
import { storageContract } from './contract.js';

// botbuilder's MemoryStorage does enforce eTags (a stale one is refused); createStorage wraps it so
// that the refusal is a StorageError('conflict') like the other backends'.
const storage = createStorage({ kind: 'memory' });
storageContract('MemoryStorage', () => storage, { conflictOnMissingKey: false });

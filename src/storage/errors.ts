/**
 * What went wrong in storage, by code, naming the key at fault:
 * - `conflict`: a write carried an eTag that is no longer current (someone else wrote first);
 * - `corrupt`: a stored file could not be read as a stored item (torn or hand-edited file);
 * - `invalid_record`: the item read fine but is not a valid record of its kind;
 * - `busy`: a compare-and-swap kept losing to other writers and gave up.
 */
export type StorageErrorCode = 'conflict' | 'corrupt' | 'invalid_record' | 'busy';

export class StorageError extends Error {
  override readonly name = 'StorageError';

  constructor(
    readonly code: StorageErrorCode,
    readonly key: string,
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(details.length > 0 ? `${message}\n  - ${details.join('\n  - ')}` : message);
  }
}

/**
 * The message botbuilder's MemoryStorage and BlobsStorage throw on an eTag mismatch, as a plain
 * Error; FileStorage throws a StorageError('conflict') with the same message.
 */
const CONFLICT_MESSAGE = /^Storage: error writing "(.*)" due to eTag conflict\.$/s;

export function conflictError(key: string): StorageError {
  return new StorageError('conflict', key, `Storage: error writing "${key}" due to eTag conflict.`);
}

/** True for an eTag conflict from any backend. */
export function isConflict(err: unknown): boolean {
  if (err instanceof StorageError) return err.code === 'conflict';
  return err instanceof Error && CONFLICT_MESSAGE.test(err.message);
}

/** The conflict as a typed error; anything else unchanged. */
export function asTypedConflict(err: unknown): unknown {
  if (err instanceof StorageError || !(err instanceof Error)) return err;
  const m = CONFLICT_MESSAGE.exec(err.message);
  return m === null ? err : conflictError(m[1] ?? '');
}

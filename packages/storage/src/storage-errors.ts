// Errors callers are expected to handle, each with a stable code for mapping to API errors.

export class InvalidStorageKeyError extends Error {
  readonly code = 'INVALID_STORAGE_KEY';

  constructor(key: unknown) {
    super(`invalid storage key ${JSON.stringify(key)}`);
    this.name = 'InvalidStorageKeyError';
  }
}

export class StorageObjectNotFoundError extends Error {
  readonly code = 'STORAGE_OBJECT_NOT_FOUND';

  constructor(readonly key: string) {
    super(`no stored object at ${JSON.stringify(key)}`);
    this.name = 'StorageObjectNotFoundError';
  }
}

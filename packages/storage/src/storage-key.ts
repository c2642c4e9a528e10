// Which object keys are allowed. The same rule for every driver, strict enough that a key can be
// used as a relative file path as is: segments of [A-Za-z0-9_.-] that never start with a dot, so
// no `..`, no hidden files, and the local driver's `.meta` and `.tmp` stay out of reach.
import { InvalidStorageKeyError } from './storage-errors.ts';

const SEGMENT = '[A-Za-z0-9_-][A-Za-z0-9_.-]*';
const STORAGE_KEY = new RegExp(`^${SEGMENT}(?:/${SEGMENT})*$`);
// S3's own limit.
const MAX_KEY_LENGTH = 1024;

export function isValidStorageKey(key: unknown): key is string {
  return (
    typeof key === 'string' && key.length <= MAX_KEY_LENGTH && STORAGE_KEY.test(key) && !key.includes('..')
  );
}

export function assertValidStorageKey(key: unknown): asserts key is string {
  if (!isValidStorageKey(key)) throw new InvalidStorageKeyError(key);
}

// Where the local driver keeps things under rootDir: each object at its key, its metadata under
// `.meta` and uploads in progress under `.tmp` (same filesystem, so the final rename is atomic).
// No key segment may start with a dot, so neither directory is reachable through a key.
import { randomUUID } from 'node:crypto';
import { join, resolve, sep } from 'node:path';
import { InvalidStorageKeyError } from './storage-errors.ts';
import { assertValidStorageKey } from './storage-key.ts';

export function resolveObjectPath(rootDir: string, key: string): string {
  assertValidStorageKey(key);
  const root = resolve(rootDir);
  const objectPath = resolve(root, key);
  // The key rule already keeps paths inside rootDir; this is the second lock on the same door.
  if (!objectPath.startsWith(`${root}${sep}`)) throw new InvalidStorageKeyError(key);
  return objectPath;
}

export function resolveMetadataPath(rootDir: string, key: string): string {
  assertValidStorageKey(key);
  return join(resolve(rootDir), '.meta', `${key}.json`);
}

export function createTempPath(rootDir: string): string {
  return join(resolve(rootDir), '.tmp', randomUUID());
}

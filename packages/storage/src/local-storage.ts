// The default file store: plain files under rootDir (`.data/files`), downloaded through
// HMAC-signed expiring URLs that serveLocalFile checks, so it behaves like the S3 driver.
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { UrlSigner } from '@shelf/signing';
import { assertValidContentType } from './content-type.ts';
import { deleteObjectMetadata, writeObjectMetadata } from './local-object-metadata.ts';
import { createTempPath, resolveObjectPath } from './local-object-paths.ts';
import { openLocalObject } from './open-local-object.ts';
import { DEFAULT_ROUTE_PREFIX, normaliseRoutePrefix } from './route-prefix.ts';
import type { StorageDriver } from './storage-driver.ts';
import { StorageObjectNotFoundError } from './storage-errors.ts';
import { assertValidStorageKey } from './storage-key.ts';
import { writeBodyToFile } from './write-body.ts';

export type LocalStorageOptions = {
  rootDir: string;
  signer: UrlSigner;
  /** Where serveLocalFile is mounted; signed URLs point at `${baseUrl}${routePrefix}/${key}`. */
  routePrefix?: string;
};

export function createLocalStorage(options: LocalStorageOptions): StorageDriver {
  const { rootDir, signer } = options;
  const routePrefix = normaliseRoutePrefix(options.routePrefix ?? DEFAULT_ROUTE_PREFIX);

  return {
    async put(key, body, { contentType }) {
      const objectPath = resolveObjectPath(rootDir, key);
      assertValidContentType(contentType);
      const tempPath = createTempPath(rootDir);
      await mkdir(dirname(tempPath), { recursive: true });
      try {
        // Written aside and renamed into place: readers see the old file or the new one, never
        // half of one, and a failed upload leaves nothing behind.
        const result = await writeBodyToFile(body, tempPath);
        await writeObjectMetadata(rootDir, key, { contentType });
        await mkdir(dirname(objectPath), { recursive: true });
        await rename(tempPath, objectPath);
        return result;
      } finally {
        await rm(tempPath, { force: true });
      }
    },

    async get(key) {
      const object = await openLocalObject(rootDir, key);
      if (object === null) throw new StorageObjectNotFoundError(key);
      return object.handle.createReadStream();
    },

    async exists(key) {
      try {
        return (await stat(resolveObjectPath(rootDir, key))).isFile();
      } catch (error) {
        if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return false;
        throw error;
      }
    },

    async delete(key) {
      try {
        await rm(resolveObjectPath(rootDir, key), { force: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOTDIR') throw error;
      }
      await deleteObjectMetadata(rootDir, key);
    },

    async signedDownloadUrl(key, { filename, expiresInSeconds, contentType }) {
      assertValidStorageKey(key);
      if (contentType !== undefined) assertValidContentType(contentType);
      return signer.sign(`${routePrefix}/${key}`, { expiresInSeconds, filename, contentType });
    },
  };
}

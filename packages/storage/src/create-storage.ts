// Picks the storage driver the configuration names: local disk with HMAC-signed URLs, or S3.
import { createUrlSigner } from '@shelf/signing';
import { createLocalStorage } from './local-storage.ts';
import { createS3Storage } from './s3-storage.ts';
import type { StorageDriver } from './storage-driver.ts';

/** Upload size rules for product files and preview images; every field has a default where it is used. */
export type UploadLimits = {
  /** Largest product file, in bytes. */
  maxFileBytes?: number;
  /** Largest preview image, in bytes. */
  maxImageBytes?: number;
  /** Direct (S3) uploads above this size go as multipart uploads. */
  multipartThresholdBytes?: number;
  /** Bytes per part of a multipart upload (at least 5 MiB, S3's minimum). */
  multipartPartBytes?: number;
};

export type StorageSettings = (
  | { driver: 'local'; rootDir: string }
  | {
      driver: 's3';
      bucket: string;
      region: string;
      endpoint: string | undefined;
      forcePathStyle: boolean;
      credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
    }
) & { uploads?: UploadLimits };

export function createStorage(
  settings: StorageSettings,
  local: { signingSecret: string; publicBaseUrl: string },
): StorageDriver {
  if (settings.driver === 's3') {
    return createS3Storage({
      bucket: settings.bucket,
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      credentials: settings.credentials,
    });
  }
  return createLocalStorage({
    rootDir: settings.rootDir,
    signer: createUrlSigner({ secret: local.signingSecret, baseUrl: local.publicBaseUrl }),
  });
}

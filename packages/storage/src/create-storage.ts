// Picks the storage driver the configuration names: local disk with HMAC-signed URLs, or S3.
import { createUrlSigner } from '@shelf/signing';
import { createLocalStorage } from './local-storage.ts';
import { createS3Storage } from './s3-storage.ts';
import type { StorageDriver } from './storage-driver.ts';

export type StorageSettings =
  | { driver: 'local'; rootDir: string }
  | {
      driver: 's3';
      bucket: string;
      region: string;
      endpoint: string | undefined;
      forcePathStyle: boolean;
      credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
    };

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

// Product files of the local storage driver, served through the HMAC-signed, expiring URLs the driver
// hands out, with the same rules as S3 presigned URLs: a tampered link gets 403, an expired one 410.
// With the S3 driver nothing is mounted here; the presigned URLs go straight to the bucket.

import { createUrlSigner } from '@shelf/signing';
import { serveLocalFile } from '@shelf/storage';
import type { Router } from 'express';
import type { AppServices } from '../app-services.ts';

const FILES_ROUTE_PREFIX = '/files';

export function mountFileRoutes(router: Router, services: AppServices): void {
  const { config } = services;
  if (config.storage.driver !== 'local') return;
  // Must match the signer createStorage gives the local driver, or no signed URL would verify.
  const handler = serveLocalFile({
    rootDir: config.storage.rootDir,
    signer: createUrlSigner({ secret: config.secrets.downloadSigning, baseUrl: config.api.publicUrl }),
    routePrefix: FILES_ROUTE_PREFIX,
  });
  router.get(`${FILES_ROUTE_PREFIX}/*path`, (req, res) => handler(req, res));
}

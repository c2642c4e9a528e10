// Download links with the S3 storage driver: the same POST answers 303 to a presigned URL of the bucket
// (an s3rver stand-in here), which serves the file as a named attachment.
import { DownloadGrant } from '@shelf/db/downloads';
import { attachProductFile, createProduct } from '@shelf/db/seed';
import { type S3StandIn, startS3StandIn } from '@shelf/test-utils/s3-stand-in';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantDownloads } from './download-fixtures.ts';
import { startTestApi, type TestApi } from './harness.ts';

const bucket = 'shelf-downloads';
const bytes = Buffer.from('Figma UI kit, version 2, byte for byte.\n');

let s3: S3StandIn;
let api: TestApi;

beforeAll(async () => {
  s3 = await startS3StandIn([bucket]);
  api = await startTestApi({
    STORAGE_DRIVER: 's3',
    S3_BUCKET: bucket,
    S3_ENDPOINT: s3.endpoint,
    S3_FORCE_PATH_STYLE: 'true',
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    SEED_DEMO: 'false',
    RUN_WORKER: 'false',
  });
});

afterAll(async () => {
  await api?.close();
  await s3?.close();
});

describe('downloads with the S3 driver', () => {
  it('redirects to a presigned URL that downloads the file as an attachment', async () => {
    const em = api.em();
    const product = await createProduct(em, { name: 'UI Kit', downloadLimit: 3 });
    const file = await attachProductFile(em, api.services.storage, product, {
      name: 'UI Kit v2.fig',
      content: bytes,
      contentType: 'application/octet-stream',
    });
    const { grant, pageUrl } = await grantDownloads(api, product, { downloadLimit: 3 });

    const response = await fetch(pageUrl, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ file: file.id }).toString(),
    });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location')!);
    expect(location.origin).toBe(s3.endpoint);
    expect(location.pathname).toBe(`/${bucket}/${file.storageKey}`);
    expect(location.searchParams.get('X-Amz-Expires')).toBe('300');

    const download = await fetch(location);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(bytes);
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="UI Kit v2.fig"; filename*=UTF-8''UI%20Kit%20v2.fig`,
    );

    const stored = await api.em().findOneOrFail(DownloadGrant, { id: grant.id });
    expect(stored.downloadCount).toBe(1);
  });
});

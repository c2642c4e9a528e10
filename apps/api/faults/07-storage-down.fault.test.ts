// Storage down while a buyer downloads. takeDownload signs the file's URL before it spends anything, and
// signing needs no storage (HMAC for the local driver, a presigned URL for S3), so the download is spent
// once and the buyer gets a signed URL that fails to fetch; the buyer's retries of the same button (same
// attempt key, within the repeat window) spend nothing more, and once storage is back the same signed URL
// serves the exact bytes. The count ends at one download for the whole episode.
// - Local driver: the store's directory is replaced by a symbolic link loop (unreadable even for root);
//   the file route answers a clear 500 INTERNAL_SERVER_ERROR, not a 4xx that would call the link bad.
// - S3 driver: the bucket (the S3 stand-in behind a proxy) resets every connection; the API, which never
//   touches the bucket to hand out a download, keeps answering the page and the button as usual.
import { rename, symlink, unlink } from 'node:fs/promises';
import { connect, createServer, type Socket } from 'node:net';
import { DownloadGrant } from '@shelf/db/downloads';
import { attachProductFile, createProduct } from '@shelf/db/seed';
import { startS3StandIn } from '@shelf/test-utils/s3-stand-in';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantDownloads } from '../test/download-fixtures.ts';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { checkInvariants } from './support/invariants.ts';

const bytes = Buffer.from('%PDF-1.7\nA guide whose bytes must survive a storage outage.\n');

let api: TestApi;
let rootDir: string;

beforeAll(async () => {
  api = await startTestApi({ SEED_DEMO: 'false', RUN_WORKER: 'false' });
  const storage = api.services.config.storage;
  if (storage.driver !== 'local') throw new Error('this scenario needs the local storage driver');
  rootDir = storage.rootDir;
});

afterAll(async () => {
  await api?.close();
});

/** The Download button's hidden fields on the link's page, as a browser submits them. */
async function readButton(pageUrl: string): Promise<{ file: string; attempt: string }> {
  const html = await (await fetch(pageUrl)).text();
  const match = html.match(
    /name="file" value="([^"]+)">\s*<input type="hidden" name="attempt" value="([^"]+)">/,
  );
  if (!match) throw new Error('the download page has no Download button');
  return { file: match[1]!, attempt: match[2]! };
}

function press(pageUrl: string, button: { file: string; attempt: string }): Promise<Response> {
  return fetch(pageUrl, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(button).toString(),
  });
}

async function countOf(grantId: string, target: TestApi = api): Promise<number> {
  return (await target.em().findOneOrFail(DownloadGrant, { id: grantId })).downloadCount;
}

/** Makes every read under the store fail with ELOOP; returns the function that brings the store back. */
async function takeStorageDown(): Promise<() => Promise<void>> {
  const away = `${rootDir}.away`;
  await rename(rootDir, away);
  await symlink(rootDir, rootDir);
  return async () => {
    await unlink(rootDir);
    await rename(away, rootDir);
  };
}

describe('storage down during downloads', () => {
  it('answers 5xx for the file, spends one download for the episode, and serves it once storage is back', async () => {
    const product = await createProduct(api.em(), { name: 'Outage Guide', downloadLimit: 3 });
    await attachProductFile(api.em(), api.services.storage, product, {
      name: 'Outage Guide.pdf',
      content: bytes,
      contentType: 'application/pdf',
      position: 0,
    });
    const { grant, pageUrl } = await grantDownloads(api, product, { downloadLimit: 3 });

    const bringBack = await takeStorageDown();
    let restored = false;
    try {
      // The page itself reads only the database: it still opens and still offers all 3 downloads.
      const page = await fetch(pageUrl);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('3 of 3 downloads left');

      const button = await readButton(pageUrl);
      const first = await press(pageUrl, button);
      expect(first.status).toBe(303);
      const location = first.headers.get('location')!;
      expect(location).toMatch(/\/files\/products\/.+signature=/);
      expect(await countOf(grant.id)).toBe(1);

      const broken = await fetch(location);
      expect(broken.status).toBeGreaterThanOrEqual(500);
      expect(broken.status).toBeLessThan(600);
      const body = (await broken.json()) as {
        errors: Array<{ message: string; extensions: { code: string } }>;
      };
      expect(body.errors[0]!.extensions.code).toBe('INTERNAL_SERVER_ERROR');
      // No stack trace or file system path reaches the buyer.
      expect(JSON.stringify(body)).not.toContain(rootDir);

      // The buyer presses the same button again, several times, while storage is still down.
      for (let retry = 0; retry < 3; retry++) {
        const again = await press(pageUrl, button);
        expect(again.status).toBe(303);
        expect((await fetch(again.headers.get('location')!)).status).toBeGreaterThanOrEqual(500);
      }
      expect(await countOf(grant.id)).toBe(1);

      await bringBack();
      restored = true;

      // The URL handed out during the outage is still valid and now serves the exact bytes.
      const served = await fetch(location);
      expect(served.status).toBe(200);
      expect(Buffer.from(await served.arrayBuffer())).toEqual(bytes);
      // So does one more press of the same button, still without spending.
      const retried = await press(pageUrl, button);
      expect(retried.status).toBe(303);
      expect((await fetch(retried.headers.get('location')!)).status).toBe(200);
      expect(await countOf(grant.id)).toBe(1);
    } finally {
      if (!restored) await bringBack();
    }

    // A new page view is a new download, as ever, and the limit still holds afterwards.
    const next = await press(pageUrl, await readButton(pageUrl));
    expect(next.status).toBe(303);
    expect(await countOf(grant.id)).toBe(2);

    const health = await fetch(`${api.url}/readyz`);
    expect(health.status).toBe(200);
    await checkInvariants(api);
  });
});

/** A TCP proxy in front of the S3 stand-in; while `down`, it resets every connection. */
async function startOutageProxy(targetPort: number) {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    if (proxy.down) {
      client.resetAndDestroy();
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('close', () => sockets.delete(client));
    upstream.on('close', () => sockets.delete(upstream));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const proxy = {
    endpoint: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    down: false,
    takeDown() {
      proxy.down = true;
      for (const socket of sockets) socket.resetAndDestroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  return proxy;
}

describe('S3 down during downloads', () => {
  it('keeps answering the page and the button, spends one download, and the URL works once S3 is back', async () => {
    const bucket = 'shelf-outage';
    const s3 = await startS3StandIn([bucket]);
    const proxy = await startOutageProxy(Number(new URL(s3.endpoint).port));
    const s3Api = await startTestApi({
      STORAGE_DRIVER: 's3',
      S3_BUCKET: bucket,
      S3_ENDPOINT: proxy.endpoint,
      S3_FORCE_PATH_STYLE: 'true',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      SEED_DEMO: 'false',
      RUN_WORKER: 'false',
    });
    try {
      const product = await createProduct(s3Api.em(), { name: 'Bucket Guide', downloadLimit: 3 });
      await attachProductFile(s3Api.em(), s3Api.services.storage, product, {
        name: 'Bucket Guide.pdf',
        content: bytes,
        contentType: 'application/pdf',
        position: 0,
      });
      const { grant, pageUrl } = await grantDownloads(s3Api, product, { downloadLimit: 3 });

      proxy.takeDown();
      const page = await fetch(pageUrl);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('3 of 3 downloads left');
      const button = await readButton(pageUrl);
      const first = await press(pageUrl, button);
      expect(first.status).toBe(303);
      const location = first.headers.get('location')!;
      expect(new URL(location).origin).toBe(proxy.endpoint);
      await expect(fetch(location)).rejects.toThrow();
      for (let retry = 0; retry < 3; retry++) {
        const again = await press(pageUrl, button);
        expect(again.status).toBe(303);
        await expect(fetch(again.headers.get('location')!)).rejects.toThrow();
      }
      expect(await countOf(grant.id, s3Api)).toBe(1);

      proxy.down = false;
      const served = await fetch(location);
      expect(served.status).toBe(200);
      expect(Buffer.from(await served.arrayBuffer())).toEqual(bytes);
      expect(await countOf(grant.id, s3Api)).toBe(1);

      expect((await fetch(`${s3Api.url}/readyz`)).status).toBe(200);
      await checkInvariants(s3Api);
    } finally {
      await s3Api.close();
      await proxy.close();
      await s3.close();
    }
  });
});

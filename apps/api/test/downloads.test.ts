// Download links end to end (ARCHITECTURE.md, "The rules"), against a real API and its own database: the page a link
// opens changes nothing, each Download button spends one download and redirects to a short-lived signed
// URL, the limit holds under 100 concurrent requests, and dead links get short 4xx pages.
import type { EntityManager } from '@mikro-orm/postgresql';
import { ProductFile } from '@shelf/db/catalog';
import { DownloadEvent, DownloadGrant } from '@shelf/db/downloads';
import type { OrderStatus } from '@shelf/db/orders';
import { attachProductFile, createProduct } from '@shelf/db/seed';
import { createUrlSigner } from '@shelf/signing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extendGrantsForOrder, revokeGrantsForOrder } from '../src/modules/downloads/downloads.service.ts';
import { grantDownloads } from './download-fixtures.ts';
import { startTestApi, type TestApi } from './harness.ts';

type Arranged = { token: string; grant: DownloadGrant; files: ProductFile[]; pageUrl: string };

const guideBytes = Buffer.from('%PDF-1.7\nThe complete guide, with bytes that must arrive exactly.\n');
const presetBytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x10, 0x80, 0x7f]);

let api: TestApi;

async function arrangeGrant(
  target: TestApi,
  options: {
    downloadLimit?: number | null;
    expiresAt?: Date | null;
    revokedAt?: Date | null;
    orderStatus?: OrderStatus;
    productName?: string;
  } = {},
): Promise<Arranged> {
  const em: EntityManager = target.em();
  const product = await createProduct(em, {
    name: options.productName ?? 'Field Guide',
    downloadLimit: options.downloadLimit ?? null,
  });
  const guide = await attachProductFile(em, target.services.storage, product, {
    name: 'Field Guide.pdf',
    content: guideBytes,
    contentType: 'application/pdf',
    position: 0,
  });
  const presets = await attachProductFile(em, target.services.storage, product, {
    name: 'presets.zip',
    content: presetBytes,
    contentType: 'application/zip',
    position: 1,
  });
  const { token, grant, pageUrl } = await grantDownloads(target, product, options);
  return { token, grant, files: [guide, presets], pageUrl };
}

function postDownload(pageUrl: string, fileId?: string, attempt?: string): Promise<Response> {
  const form = new URLSearchParams();
  if (fileId) form.set('file', fileId);
  if (attempt) form.set('attempt', attempt);
  return fetch(pageUrl, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': 'ShelfTest/1.0' },
    body: form.toString(),
  });
}

/** The hidden fields of the page's Download buttons, as a browser would submit them. */
async function readButtons(pageUrl: string): Promise<Array<{ file: string; attempt: string }>> {
  const html = await (await fetch(pageUrl)).text();
  return [
    ...html.matchAll(/name="file" value="([^"]+)">\s*<input type="hidden" name="attempt" value="([^"]+)">/g),
  ].map((match) => ({ file: match[1]!, attempt: match[2]! }));
}

async function readGrant(grantId: string): Promise<{ count: number; events: number }> {
  const em = api.em();
  const grant = await em.findOneOrFail(DownloadGrant, { id: grantId });
  return { count: grant.downloadCount, events: await em.count(DownloadEvent, { grant: grantId }) };
}

beforeAll(async () => {
  api = await startTestApi({
    SEED_DEMO: 'false',
    RUN_WORKER: 'false',
  });
});

afterAll(async () => {
  await api?.close();
});

describe('GET /download/:token', () => {
  it('lists every file with its size and a POST button, and spends nothing', async () => {
    const { pageUrl, grant, files } = await arrangeGrant(api, {
      downloadLimit: 3,
      expiresAt: new Date('2099-01-02T03:04:00Z'),
      productName: 'Guide <script>alert(1)</script>',
    });
    for (let i = 0; i < 3; i++) {
      const response = await fetch(pageUrl);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('x-robots-tag')).toMatch(/noindex/);
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      const html = await response.text();
      expect(html).toContain('Guide &lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).not.toContain('<script>');
      expect(html).toContain('Field Guide.pdf');
      expect(html).toContain('presets.zip');
      expect(html).toContain(`value="${files[0]!.id}"`);
      expect(html).toContain(`value="${files[1]!.id}"`);
      expect(html.match(/<form method="post">/g)).toHaveLength(2);
      expect(html).toContain('3 of 3 downloads left');
      expect(html).toContain('datetime="2099-01-02T03:04:00.000Z"');
    }
    expect(await readGrant(grant.id)).toEqual({ count: 0, events: 0 });
  });

  it('answers HEAD without spending a download either', async () => {
    const { pageUrl, grant } = await arrangeGrant(api, { downloadLimit: 1 });
    expect((await fetch(pageUrl, { method: 'HEAD' })).status).toBe(200);
    expect(await readGrant(grant.id)).toEqual({ count: 0, events: 0 });
  });
});

describe('POST /download/:token', () => {
  it('spends one download and redirects to a signed URL serving the exact bytes as an attachment', async () => {
    const { pageUrl, grant } = await arrangeGrant(api, { downloadLimit: 5 });
    const response = await postDownload(pageUrl);
    expect(response.status).toBe(303);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const location = response.headers.get('location')!;
    expect(location).toMatch(/\/files\/products\/.+\?expires=\d+.*signature=[0-9a-f]{64}/);

    const file = await fetch(location);
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer())).toEqual(guideBytes);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="Field Guide.pdf"; filename*=UTF-8''Field%20Guide.pdf`,
    );

    expect(await readGrant(grant.id)).toEqual({ count: 1, events: 1 });
    const [event] = await api.em().find(DownloadEvent, { grant: grant.id }, { populate: ['file'] });
    expect(event).toMatchObject({ ipTruncated: '127.0.0.0', userAgent: 'ShelfTest/1.0' });
    expect(event!.file.name).toBe('Field Guide.pdf');
  });

  it("reads the grant and spends the download in two statements, both seen by the pool's query listeners", async () => {
    const { pageUrl, grant } = await arrangeGrant(api, { downloadLimit: 5 });
    const knex = api.services.orm.em.getConnection().getKnex();
    const sent: string[] = [];
    const listener = (query: { sql: string }) => sent.push(query.sql);
    knex.on('query', listener);
    try {
      expect((await postDownload(pageUrl)).status).toBe(303);
    } finally {
      knex.removeListener('query', listener);
    }
    const ours = sent.filter((sql) => /download_grant|download_event/.test(sql));
    expect(ours).toHaveLength(2);
    expect(ours[0]).toContain('where g.token_hash = $1');
    expect(ours[1]).toContain('update download_grant set download_count = download_count + 1');
    expect(await readGrant(grant.id)).toEqual({ count: 1, events: 1 });
  });

  it('serves the file the button names', async () => {
    const { pageUrl, files } = await arrangeGrant(api);
    const response = await postDownload(pageUrl, files[1]!.id);
    expect(response.status).toBe(303);
    const file = await fetch(response.headers.get('location')!);
    expect(Buffer.from(await file.arrayBuffer())).toEqual(presetBytes);
    expect(file.headers.get('content-disposition')).toContain('filename="presets.zip"');
  });

  it('refuses a file of another product with 404 and spends nothing', async () => {
    const { pageUrl, grant } = await arrangeGrant(api, { downloadLimit: 2 });
    const other = await arrangeGrant(api);
    const response = await postDownload(pageUrl, other.files[0]!.id);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('File not found');
    expect(await readGrant(grant.id)).toEqual({ count: 0, events: 0 });
  });

  it('counts a double click on one Download button once, and a later press again', async () => {
    const { pageUrl, grant } = await arrangeGrant(api, { downloadLimit: 5 });
    const [guide] = await readButtons(pageUrl);
    expect(guide?.attempt).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    const [first, second] = await Promise.all([
      postDownload(pageUrl, guide!.file, guide!.attempt),
      postDownload(pageUrl, guide!.file, guide!.attempt),
    ]);
    expect([first.status, second.status]).toEqual([303, 303]);
    expect(second.headers.get('location')).toContain('/files/');
    expect(await readGrant(grant.id)).toEqual({ count: 1, events: 1 });

    // The next page view is a new attempt, and so is a request without one.
    const [again] = await readButtons(pageUrl);
    expect(again?.attempt).not.toBe(guide!.attempt);
    expect((await postDownload(pageUrl, again!.file, again!.attempt)).status).toBe(303);
    expect((await postDownload(pageUrl, again!.file)).status).toBe(303);
    expect(await readGrant(grant.id)).toEqual({ count: 3, events: 3 });
  });

  it('spends nothing when the file store cannot sign the URL', async () => {
    const { pageUrl, grant, files } = await arrangeGrant(api, { downloadLimit: 1 });
    const em = api.em();
    // A key the storage driver refuses to sign stands in for a file store that is down.
    await em.nativeUpdate(ProductFile, { id: files[0]!.id }, { storageKey: 'broken//key' });
    const failed = await postDownload(pageUrl);
    expect(failed.status).toBe(500);
    expect(await readGrant(grant.id)).toEqual({ count: 0, events: 0 });

    await em.nativeUpdate(ProductFile, { id: files[0]!.id }, { storageKey: files[0]!.storageKey });
    expect((await postDownload(pageUrl)).status).toBe(303);
    expect(await readGrant(grant.id)).toEqual({ count: 1, events: 1 });
  });

  it('serves exactly the limit under 100 concurrent requests', async () => {
    const { pageUrl, grant } = await arrangeGrant(api, { downloadLimit: 5 });
    const responses = await Promise.all(Array.from({ length: 100 }, () => postDownload(pageUrl)));
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 303)).toHaveLength(5);
    expect(statuses.filter((status) => status === 410)).toHaveLength(95);
    expect(await readGrant(grant.id)).toEqual({ count: 5, events: 5 });

    const page = await fetch(pageUrl);
    expect(page.status).toBe(410);
    expect(await page.text()).toContain('No downloads left');
  });
});

describe('links that no longer work', () => {
  it('answers 410 for an expired link, on GET and POST', async () => {
    const { pageUrl, grant } = await arrangeGrant(api, { expiresAt: new Date(Date.now() - 1000) });
    const page = await fetch(pageUrl);
    expect(page.status).toBe(410);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(await page.text()).toContain('Download link expired');
    expect((await postDownload(pageUrl)).status).toBe(410);
    expect(await readGrant(grant.id)).toEqual({ count: 0, events: 0 });
  });

  it('answers 410 for a revoked link', async () => {
    const { pageUrl, grant } = await arrangeGrant(api, { revokedAt: new Date() });
    expect((await fetch(pageUrl)).status).toBe(410);
    expect((await postDownload(pageUrl)).status).toBe(410);
    expect(await readGrant(grant.id)).toEqual({ count: 0, events: 0 });
  });

  it('answers 403 while the order is not paid', async () => {
    const { pageUrl, grant } = await arrangeGrant(api, { orderStatus: 'pending' });
    const page = await fetch(pageUrl);
    expect(page.status).toBe(403);
    expect(await page.text()).toContain('Order not paid');
    expect((await postDownload(pageUrl)).status).toBe(403);
    expect(await readGrant(grant.id)).toEqual({ count: 0, events: 0 });
  });

  it('keeps working after a partial refund', async () => {
    const { pageUrl } = await arrangeGrant(api, { orderStatus: 'partially_refunded' });
    expect((await fetch(pageUrl)).status).toBe(200);
    expect((await postDownload(pageUrl)).status).toBe(303);
  });

  it('answers 404 for an unknown or malformed token', async () => {
    const unknown = `${api.url}/download/${'A'.repeat(43)}`;
    expect((await fetch(unknown)).status).toBe(404);
    expect((await postDownload(unknown)).status).toBe(404);
    const malformed = `${api.url}/download/not-a-token`;
    const page = await fetch(malformed);
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('Download link not found');
  });

  it('revokes every grant of an order, and a renewal moves the expiry', async () => {
    const { pageUrl, grant } = await arrangeGrant(api, { expiresAt: new Date(Date.now() - 1000) });
    expect(await extendGrantsForOrder(api.ctx(), grant.order.id, new Date(Date.now() + 86_400_000))).toBe(1);
    expect((await fetch(pageUrl)).status).toBe(200);

    const revokedAt = new Date();
    expect(await revokeGrantsForOrder(api.ctx(), grant.order.id, revokedAt)).toBe(1);
    expect(await revokeGrantsForOrder(api.ctx(), grant.order.id, new Date(Date.now() + 5000))).toBe(0);
    expect((await fetch(pageUrl)).status).toBe(410);
    expect((await postDownload(pageUrl)).status).toBe(410);
    const stored = await api.em().findOneOrFail(DownloadGrant, { id: grant.id });
    expect(stored.revokedAt?.getTime()).toBe(revokedAt.getTime());
  });
});

describe('GET /files/* (local storage)', () => {
  it('refuses a tampered signed URL with 403', async () => {
    const { pageUrl } = await arrangeGrant(api);
    const location = new URL((await postDownload(pageUrl)).headers.get('location')!);

    const renamed = new URL(location);
    renamed.searchParams.set('filename', 'invoice.exe');
    expect((await fetch(renamed)).status).toBe(403);

    const otherKey = new URL(location);
    otherKey.pathname = otherKey.pathname.replace(/[^/]+$/, 'other.pdf');
    expect((await fetch(otherKey)).status).toBe(403);

    const unsigned = new URL(location);
    unsigned.search = '';
    expect((await fetch(unsigned)).status).toBe(403);
  });

  it('refuses an expired signed URL with 410', async () => {
    const { files } = await arrangeGrant(api);
    const { config } = api.services;
    // Signed two minutes ago for one minute: the same signer the local driver uses, with its clock moved.
    const signer = createUrlSigner({ secret: config.secrets.downloadSigning, baseUrl: config.api.publicUrl });
    const expired = signer.sign(`/files/${files[0]!.storageKey}`, {
      expiresInSeconds: 60,
      filename: files[0]!.name,
      now: new Date(Date.now() - 120_000),
    });
    const response = await fetch(expired);
    expect(response.status).toBe(410);
    expect(await response.text()).toContain('expired');
  });
});

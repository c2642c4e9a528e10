// Download arrangements for the fault scenarios: a product with a real file in the store's storage and a
// download link granted on it (test/download-fixtures.ts), and the POST a customer's Download button sends.
import { attachProductFile, createProduct } from '@shelf/db/seed';
import { grantDownloads } from '../../test/download-fixtures.ts';
import type { TestApi } from '../../test/harness.ts';

export const FILE_BYTES = Buffer.from('%PDF-1.7\nA file the fault suite downloads.\n');

/** A product with one file and a link allowing `downloadLimit` downloads of it. */
export async function arrangeDownloadLink(
  api: TestApi,
  downloadLimit: number | null,
): Promise<{ grantId: string; pageUrl: string }> {
  const em = api.em();
  const product = await createProduct(em, { name: `Fault Guide ${Date.now()}`, downloadLimit });
  await attachProductFile(em, api.services.storage, product, {
    name: 'guide.pdf',
    content: FILE_BYTES,
    contentType: 'application/pdf',
    position: 0,
  });
  const { grant, pageUrl } = await grantDownloads(api, product, { downloadLimit });
  return { grantId: grant.id, pageUrl };
}

/** Submits the download page's form as a browser does; the answer is a redirect to the file. */
export function postDownload(pageUrl: string): Promise<Response> {
  return fetch(pageUrl, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': 'ShelfFaults/1.0' },
    body: '',
  });
}

/** The grant's count and how many download events were recorded for it. */
export async function readGrant(api: TestApi, grantId: string): Promise<{ count: number; events: number }> {
  const [row] = await api
    .em()
    .getConnection()
    .execute<Array<{ count: number; events: number }>>(
      `select g.download_count as count,
              (select count(*)::int from download_event e where e.grant_id = g.id) as events
       from download_grant g where g.id = ?`,
      [grantId],
    );
  return row!;
}

// A download stampede: 100 concurrent POSTs on a link allowing 5 downloads. The conditional UPDATE of the
// grant's count lets exactly 5 through; every other request is refused with 410, none with 5xx.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { arrangeDownloadLink, FILE_BYTES, postDownload, readGrant } from './support/downloads.ts';
import { checkInvariants } from './support/invariants.ts';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(async () => {
  await api?.close();
});

it('serves exactly 5 of 100 concurrent downloads on a 5-download link', async () => {
  const { grantId, pageUrl } = await arrangeDownloadLink(api, 5);
  const responses = await Promise.all(Array.from({ length: 100 }, () => postDownload(pageUrl)));
  const statuses = responses.map((response) => response.status);
  expect(statuses.filter((status) => status === 303)).toHaveLength(5);
  expect(statuses.filter((status) => status === 410)).toHaveLength(95);

  // The five redirects lead to the file's bytes.
  const served = responses.filter((response) => response.status === 303);
  for (const response of served) {
    const file = await fetch(new URL(response.headers.get('location')!, api.url));
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(FILE_BYTES)).toBe(true);
  }
  expect(await readGrant(api, grantId)).toEqual({ count: 5, events: 5 });
  await checkInvariants(api);
});

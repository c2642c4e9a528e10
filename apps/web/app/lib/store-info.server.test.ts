// The store's name for the document shell, against a real local HTTP server standing in for the API:
// shoppers' pages share one answer for a few seconds, a creator's always asks, and a failure is not kept.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sessionCookie } from './session.server.ts';

let server: Server;
let received: Array<{ authorization: string | undefined }>;
let answer: { status: number; name: string };
let storeInfo: typeof import('./store-info.server.ts');

beforeAll(async () => {
  server = createServer((request, response) => {
    received.push({ authorization: request.headers.authorization });
    request.resume();
    request.on('end', () => {
      const body =
        answer.status === 200
          ? { data: { store: { name: answer.name, testMode: true } } }
          : 'down for a moment';
      response
        .writeHead(answer.status, {
          'Content-Type': answer.status === 200 ? 'application/json' : 'text/plain',
        })
        .end(typeof body === 'string' ? body : JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // The client reads API_URL once, when it is first imported.
  process.env.API_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  storeInfo = await import('./store-info.server.ts');
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  received = [];
  answer = { status: 200, name: 'Pixel Shop' };
});

const page = (headers: Record<string, string> = {}) => ({
  request: new Request('http://shop.test/products', { headers }),
  context: {},
});

describe('storeInfoForPage', () => {
  it("shares one answer between shoppers' pages until it is STORE_INFO_TTL_MS old", async () => {
    const start = 1_000_000;
    const [first, second] = await Promise.all([
      storeInfo.storeInfoForPage(page(), start),
      storeInfo.storeInfoForPage(page(), start + 1),
    ]);
    expect(first).toEqual({ name: 'Pixel Shop', testMode: true });
    expect(second).toEqual(first);
    expect(received).toHaveLength(1);
    expect(received[0]!.authorization).toBeUndefined();

    answer.name = 'Renamed Shop';
    await expect(
      storeInfo.storeInfoForPage(page(), start + storeInfo.STORE_INFO_TTL_MS - 1),
    ).resolves.toEqual(first);
    expect(received).toHaveLength(1);
    await expect(
      storeInfo.storeInfoForPage(page(), start + storeInfo.STORE_INFO_TTL_MS),
    ).resolves.toMatchObject({ name: 'Renamed Shop' });
    expect(received).toHaveLength(2);
  });

  it("asks the API on every page a creator opens, with the creator's session", async () => {
    const [cookie] = (await sessionCookie.serialize('creator-token')).split(';');
    const now = 2_000_000;
    await storeInfo.storeInfoForPage(page(), now);
    received = [];
    answer.name = 'Saved Name';
    await expect(storeInfo.storeInfoForPage(page({ Cookie: cookie! }), now + 1)).resolves.toMatchObject({
      name: 'Saved Name',
    });
    await storeInfo.storeInfoForPage(page({ Cookie: cookie! }), now + 2);
    expect(received.map((r) => r.authorization)).toEqual(['Bearer creator-token', 'Bearer creator-token']);
  });

  it('does not keep a failed answer', async () => {
    const now = 3_000_000;
    answer.status = 503;
    await expect(storeInfo.storeInfoForPage(page(), now)).rejects.toMatchObject({ code: 'API_UNAVAILABLE' });
    answer.status = 200;
    await expect(storeInfo.storeInfoForPage(page(), now + 1)).resolves.toMatchObject({ name: 'Pixel Shop' });
    expect(received).toHaveLength(2);
  });
});

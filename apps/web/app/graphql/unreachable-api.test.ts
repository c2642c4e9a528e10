// With nothing listening at API_URL, every operation fails as API_UNAVAILABLE (the pages then say so).
import { createServer } from 'node:net';
import { StoreInfoDocument } from '@shelf/graphql';
import { beforeAll, describe, expect, it } from 'vitest';

let client: typeof import('./client.server.ts');

beforeAll(async () => {
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
  process.env.API_URL = `http://127.0.0.1:${port}`;
  client = await import('./client.server.ts');
});

describe('gql with the API down', () => {
  it('throws API_UNAVAILABLE', async () => {
    await expect(
      client.gql({ request: new Request('http://shop.test/'), context: {} }, StoreInfoDocument),
    ).rejects.toMatchObject({
      code: 'API_UNAVAILABLE',
    });
  });
});

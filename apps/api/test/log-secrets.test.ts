// Nothing secret in the logs: a whole test-mode purchase, its download page, a download and the signed
// file URL, with every log line captured at debug level, and not one line holding the download token,
// the checkout session id, the license key or the file URL's signature.
import { Email } from '@shelf/db/messaging';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.ts';
import { startTestApi, type TestApi } from './harness.ts';

const lines: string[] = [];
let api: TestApi;

beforeAll(async () => {
  const log = createLogger('debug', { write: (line: string) => void lines.push(line) });
  api = await startTestApi({}, { log });
});
afterAll(() => api.close());

const CHECKOUT = 'query($id: ID!) { checkout(id: $id) { order { downloads { url } licenses { key } } } }';

async function waitUntilSent(to: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const email = await api.em().findOne(Email, { to });
    if (email?.status === 'sent') return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the email to ${to} was never sent`);
}

describe('the logs of a purchase and its download', () => {
  it('hold no download token, checkout session id, license key or URL signature', async () => {
    const { data: catalog } = await api.graphql<{ product: { id: string } }>(
      '{ product(slug: "framecraft-screenshot-tool") { id } }',
    );
    const { data: started } = await api.graphql<{ createCheckout: { id: string } }>(
      'mutation($id: ID!) { createCheckout(input: { productId: $id }) { id } }',
      { id: catalog!.product.id },
    );
    const sessionId = started!.createCheckout.id;
    const paid = await api.graphql(
      'mutation($id: ID!) { completeTestCheckout(id: $id, email: "buyer@example.com") { status } }',
      { id: sessionId },
    );
    expect(paid.errors).toBeUndefined();

    // As a cached GET, the way the session id ends up in a URL.
    const query = new URLSearchParams({ query: CHECKOUT, variables: JSON.stringify({ id: sessionId }) });
    const viewed = await fetch(`${api.url}/graphql?${query}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    const { data } = (await viewed.json()) as {
      data: { checkout: { order: { downloads: Array<{ url: string }>; licenses: Array<{ key: string }> } } };
    };
    const downloadUrl = data.checkout.order.downloads[0]!.url;
    const licenseKey = data.checkout.order.licenses[0]!.key;
    const token = downloadUrl.split('/').pop()!;
    // The success page's return URL, should it ever reach the API.
    await fetch(`${api.url}/checkout/success?session_id=${sessionId}`);

    expect((await fetch(downloadUrl)).status).toBe(200);
    const taken = await fetch(downloadUrl, { method: 'POST', redirect: 'manual' });
    expect(taken.status).toBe(303);
    const fileUrl = new URL(taken.headers.get('location')!);
    expect((await fetch(fileUrl)).status).toBe(200);
    const signature = fileUrl.searchParams.get('signature')!;
    await waitUntilSent('buyer@example.com');

    const log = lines.join('');
    for (const secret of [token, sessionId, licenseKey, signature]) {
      expect(secret.length).toBeGreaterThan(10);
      expect(log).not.toContain(secret);
    }
    expect(log).toContain('"path":"/download/:token"');
    expect(log).toContain('"path":"/files/');
  });
});

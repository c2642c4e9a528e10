// The API's security headers (src/http/security-headers.ts) on a real API: GraphQL answers allow nothing
// to render or frame them, HSTS only when the public URL is https, and the routes that serve pages and
// media keep their own policies.
import { createProduct } from '@shelf/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantDownloads } from './download-fixtures.ts';
import { startTestApi, type TestApi } from './harness.ts';

const STORE_NAME = '{ store { name } }';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(async () => {
  await api?.close();
});

function postGraphql(target: TestApi, query: string): Promise<Response> {
  return fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
}

describe('API security headers', () => {
  it('answers GraphQL with nosniff, no framing, no referrer and a policy that allows nothing', async () => {
    const response = await postGraphql(api, STORE_NAME);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none'");
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('sends the same headers on errors and unknown routes', async () => {
    const badJson = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{',
    });
    const missing = await fetch(`${api.url}/nowhere`);
    for (const response of [badJson, missing]) {
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    }
  });

  it('keeps only the no-framing policy on the landing page a browser gets at /graphql', async () => {
    const response = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('leaves the download page its own policy', async () => {
    const product = await createProduct(api.em(), { name: 'Header Guide' });
    const { pageUrl } = await grantDownloads(api, product);
    const response = await fetch(pageUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'",
    );
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('sends HSTS when the public URL is https', async () => {
    const https = await startTestApi({
      API_PUBLIC_URL: 'https://api.shop.example.com',
      PAYMENTS: 'test',
      EMAIL: 'outbox',
    });
    try {
      const response = await postGraphql(https, STORE_NAME);
      expect(response.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
    } finally {
      await https.close();
    }
  });
});

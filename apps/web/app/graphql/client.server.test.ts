// The API client against a real local HTTP server standing in for the API: what it sends (the operation,
// and the one sign-in asked for, the shopper's address and User-Agent and the request id of the incoming
// request), and how each kind of answer (data, GraphQL errors, non-GraphQL pages, no answer) becomes a
// result or an ApiError.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StorefrontProductDocument, StoreInfoDocument } from '@shelf/graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { affiliateSessionCookie, sessionCookie } from '../lib/session.server.ts';

type Reply = { status: number; body: string; contentType: string; delayMs?: number };
let server: Server;
let reply: Reply;
let received: Array<{ url: string; method: string; headers: IncomingHttpHeaders; body: string }>;
let client: typeof import('./client.server.ts');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** An incoming storefront request, as a loader receives it: the Request and the server's load context. */
const pageRequest = (headers: Record<string, string> = {}, context: { clientIp?: string } = {}) => ({
  request: new Request('http://shop.test/products', { headers }),
  context,
});

/** The Cookie header a browser sends back for `shelf_session` set by the web's own cookie. */
async function sessionCookieHeader(token: string): Promise<string> {
  const [pair] = (await sessionCookie.serialize(token)).split(';');
  return pair!;
}

/** The same for the affiliate's `shelf_affiliate`. */
async function affiliateCookieHeader(token: string): Promise<string> {
  const [pair] = (await affiliateSessionCookie.serialize(token)).split(';');
  return pair!;
}

const json = (body: unknown, status = 200): Reply => ({
  status,
  body: JSON.stringify(body),
  contentType: 'application/json',
});

async function readBody(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) body += chunk;
  return body;
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    received.push({
      url: request.url ?? '',
      method: request.method ?? '',
      headers: request.headers,
      body: await readBody(request),
    });
    const { status, contentType, body, delayMs } = reply;
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
    response.writeHead(status, { 'Content-Type': contentType }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // The client reads API_URL once, when it is first imported.
  process.env.API_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  client = await import('./client.server.ts');
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  received = [];
  reply = json({ data: {} });
});

describe('gql', () => {
  it('posts the printed operation with its variables and returns the data', async () => {
    reply = json({ data: { product: null } });
    await expect(client.gql(pageRequest(), StorefrontProductDocument, { slug: 'aurora' })).resolves.toEqual({
      product: null,
    });

    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ url: '/graphql', method: 'POST' });
    const body = JSON.parse(received[0]!.body);
    expect(body.operationName).toBe('StorefrontProduct');
    expect(body.variables).toEqual({ slug: 'aurora' });
    expect(body.query).toContain('query StorefrontProduct($slug: String!)');
    expect(body.query).toContain('fragment ProductDetail on Product');
  });

  it('throws the first GraphQL error with its code', async () => {
    reply = json({
      data: null,
      errors: [
        { message: 'Enter a valid email address.', extensions: { code: 'BAD_USER_INPUT', field: 'email' } },
      ],
    });
    const error = await client.gql(pageRequest(), StoreInfoDocument).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(client.ApiError);
    expect(error).toMatchObject({
      message: 'Enter a valid email address.',
      code: 'BAD_USER_INPUT',
      operation: 'StoreInfo',
      extensions: { field: 'email' },
    });
    expect(client.isApiError(error, 'BAD_USER_INPUT')).toBe(true);
    expect(client.isApiError(error, 'NOT_FOUND')).toBe(false);
  });

  it('reads errors from non-200 GraphQL answers too', async () => {
    reply = json(
      { errors: [{ message: 'Variable "$slug" is required', extensions: { code: 'BAD_USER_INPUT' } }] },
      400,
    );
    await expect(client.gql(pageRequest(), StoreInfoDocument)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });

  it('calls an error without a code INTERNAL_SERVER_ERROR', async () => {
    reply = json({ errors: [{ message: 'boom' }] });
    await expect(client.gql(pageRequest(), StoreInfoDocument)).rejects.toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
    });
  });

  it('reports a non-GraphQL answer as API_UNAVAILABLE', async () => {
    reply = { status: 502, body: '<html>Bad gateway</html>', contentType: 'text/html' };
    await expect(client.gql(pageRequest(), StoreInfoDocument)).rejects.toMatchObject({
      code: 'API_UNAVAILABLE',
    });
  });
});

describe('gql on behalf of the incoming request', () => {
  it('sends the session token from the shelf_session cookie as a bearer token, and never the Cookie header', async () => {
    const cookie = `theme=dark; ${await sessionCookieHeader('s3ss10n-T0ken_abc')}; shelf_ref=spring_sale`;
    await client.gql(pageRequest({ Cookie: cookie }), StoreInfoDocument);

    expect(received[0]!.headers.authorization).toBe('Bearer s3ss10n-T0ken_abc');
    expect(received[0]!.headers.cookie).toBeUndefined();
    expect(JSON.stringify(received[0]!.headers)).not.toContain('spring_sale');
  });

  it('sends no Authorization header without the cookie, or with one that holds no usable token', async () => {
    await client.gql(pageRequest(), StoreInfoDocument);
    await client.gql(pageRequest({ Cookie: 'theme=dark; shelf_ref=spring_sale' }), StoreInfoDocument);
    await client.gql(pageRequest({ Cookie: 'shelf_session=not-base64-json' }), StoreInfoDocument);
    await client.gql(pageRequest({ Cookie: await sessionCookieHeader('two words') }), StoreInfoDocument);

    expect(received).toHaveLength(4);
    for (const { headers } of received) {
      expect(headers.authorization).toBeUndefined();
      expect(headers.cookie).toBeUndefined();
    }
  });

  it('forwards a safe incoming request id and generates one otherwise, the same for a whole request', async () => {
    await client.gql(pageRequest({ 'X-Request-Id': 'edge-7f3a.42_b' }), StoreInfoDocument);
    const page = pageRequest();
    await client.gql(page, StoreInfoDocument);
    await client.gql(page, StorefrontProductDocument, { slug: 'aurora' });

    expect(received[0]!.headers['x-request-id']).toBe('edge-7f3a.42_b');
    expect(received[1]!.headers['x-request-id']).toMatch(UUID);
    expect(received[2]!.headers['x-request-id']).toBe(received[1]!.headers['x-request-id']);
  });

  it('replaces a malicious or oversized request id with a new one', async () => {
    for (const id of [
      'abc"><script>alert(1)</script>',
      '../../etc/passwd; rm -rf /',
      'a b',
      'x'.repeat(101),
    ]) {
      await client.gql(pageRequest({ 'X-Request-Id': id }), StoreInfoDocument);
    }
    expect(received).toHaveLength(4);
    for (const { headers } of received) expect(headers['x-request-id']).toMatch(UUID);
  });

  it('names the request id on the errors it throws', async () => {
    reply = json({ errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    await expect(
      client.gql(pageRequest({ 'X-Request-Id': 'req-1' }), StoreInfoDocument),
    ).rejects.toMatchObject({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-1' });
  });

  it('forwards the shopper address the web server worked out, never the browser’s X-Forwarded-For', async () => {
    await client.gql(pageRequest({ 'X-Forwarded-For': '203.0.113.9' }), StoreInfoDocument);
    await client.gql(
      pageRequest({ 'X-Forwarded-For': '203.0.113.9' }, { clientIp: '198.51.100.7' }),
      StoreInfoDocument,
    );
    await client.gql(pageRequest({}, { clientIp: '2001:db8::1' }), StoreInfoDocument);
    await client.gql(pageRequest({}, { clientIp: 'not an address' }), StoreInfoDocument);

    expect(received.map(({ headers }) => headers['x-forwarded-for'])).toEqual([
      undefined,
      '198.51.100.7',
      '2001:db8::1',
      undefined,
    ]);
  });
});

describe('gql with the sign-in a call asks for', () => {
  const bothSignedIn = async () =>
    `${await sessionCookieHeader('creator-T0ken')}; ${await affiliateCookieHeader('affiliate-T0ken')}`;

  it('sends the creator’s session by default and for `creator`, never the affiliate’s', async () => {
    const cookie = await bothSignedIn();
    await client.gql(pageRequest({ Cookie: cookie }), StoreInfoDocument);
    await client.gql({ ...pageRequest({ Cookie: cookie }), credential: 'creator' }, StoreInfoDocument);

    for (const { headers } of received) {
      expect(headers.authorization).toBe('Bearer creator-T0ken');
      expect(JSON.stringify(headers)).not.toContain('affiliate-T0ken');
    }
  });

  it('sends only the affiliate’s portal session for `affiliate`', async () => {
    await client.gql(
      { ...pageRequest({ Cookie: await bothSignedIn() }), credential: 'affiliate' },
      StoreInfoDocument,
    );
    await client.gql(
      { ...pageRequest({ Cookie: await sessionCookieHeader('creator-T0ken') }), credential: 'affiliate' },
      StoreInfoDocument,
    );

    expect(received[0]!.headers.authorization).toBe('Bearer affiliate-T0ken');
    expect(JSON.stringify(received[0]!.headers)).not.toContain('creator-T0ken');
    // An affiliate call without an affiliate session goes anonymous: it never falls back to the creator's.
    expect(received[1]!.headers.authorization).toBeUndefined();
    expect(received.every(({ headers }) => headers.cookie === undefined)).toBe(true);
  });

  it('sends no sign-in at all for `none`', async () => {
    await client.gql(
      { ...pageRequest({ Cookie: await bothSignedIn() }), credential: 'none' },
      StoreInfoDocument,
    );
    expect(received[0]!.headers.authorization).toBeUndefined();
    expect(received[0]!.headers.cookie).toBeUndefined();
    expect(JSON.stringify(received[0]!.headers)).not.toMatch(/T0ken/);
  });

  it('ignores an affiliate cookie that holds no usable token', async () => {
    await client.gql(
      { ...pageRequest({ Cookie: await affiliateCookieHeader('two words') }), credential: 'affiliate' },
      StoreInfoDocument,
    );
    await client.gql(
      { ...pageRequest({ Cookie: 'shelf_affiliate=raw-token-not-encoded' }), credential: 'affiliate' },
      StoreInfoDocument,
    );
    expect(received.map(({ headers }) => headers.authorization)).toEqual([undefined, undefined]);
  });
});

describe('gql and the visitor’s browser', () => {
  it('forwards the visitor’s User-Agent, cut to 512 characters', async () => {
    const chrome =
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
    await client.gql(pageRequest({ 'User-Agent': chrome }), StoreInfoDocument);
    await client.gql(pageRequest({ 'User-Agent': `Bot/${'x'.repeat(600)}` }), StoreInfoDocument);

    expect(received[0]!.headers['user-agent']).toBe(chrome);
    expect(received[1]!.headers['user-agent']).toHaveLength(512);
    expect(received[1]!.headers['user-agent']).toMatch(/^Bot\/x+$/);
  });

  it('gives up after the caller’s timeout with API_UNAVAILABLE', async () => {
    reply = { ...json({ data: { store: { name: 'Shelf', testMode: true } } }), delayMs: 1_000 };
    const started = Date.now();
    await expect(client.gql({ ...pageRequest(), timeoutMs: 100 }, StoreInfoDocument)).rejects.toMatchObject({
      code: 'API_UNAVAILABLE',
    });
    expect(Date.now() - started).toBeLessThan(900);
  });
});

describe('shopperMessage', () => {
  it('shows expected errors as the API wrote them and hides the rest', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const expected = new client.ApiError('This product is no longer available.', {
      code: 'PRODUCT_UNAVAILABLE',
      operation: 'CreateCheckout',
    });
    const unexpected = new client.ApiError('Something went wrong on our side.', {
      code: 'INTERNAL_SERVER_ERROR',
      operation: 'CreateCheckout',
    });
    expect(client.shopperMessage(expected, 'Try again')).toBe('This product is no longer available.');
    expect(client.shopperMessage(unexpected, 'Try again')).toBe('Try again');
    expect(client.shopperMessage(new Error('socket hang up'), 'Try again')).toBe('Try again');
    expect(logged).toHaveBeenCalledTimes(2);
    logged.mockRestore();
  });
});

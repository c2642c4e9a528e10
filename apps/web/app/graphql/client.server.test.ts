// The API client against a real local HTTP server standing in for the API: what it sends, and how each
// kind of answer (data, GraphQL errors, non-GraphQL pages, no answer) becomes a result or an ApiError.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StorefrontProductDocument, StoreInfoDocument } from '@shelf/graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

type Reply = { status: number; body: string; contentType: string };
let server: Server;
let reply: Reply;
let received: Array<{ url: string; method: string; body: string }>;
let client: typeof import('./client.server.ts');

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
    received.push({ url: request.url ?? '', method: request.method ?? '', body: await readBody(request) });
    response.writeHead(reply.status, { 'Content-Type': reply.contentType }).end(reply.body);
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
    await expect(client.gql(StorefrontProductDocument, { slug: 'aurora' })).resolves.toEqual({
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
    const error = await client.gql(StoreInfoDocument).catch((e: unknown) => e);
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
    await expect(client.gql(StoreInfoDocument)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('calls an error without a code INTERNAL_SERVER_ERROR', async () => {
    reply = json({ errors: [{ message: 'boom' }] });
    await expect(client.gql(StoreInfoDocument)).rejects.toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('reports a non-GraphQL answer as API_UNAVAILABLE', async () => {
    reply = { status: 502, body: '<html>Bad gateway</html>', contentType: 'text/html' };
    await expect(client.gql(StoreInfoDocument)).rejects.toMatchObject({ code: 'API_UNAVAILABLE' });
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

// The script's paging and report against a local HTTP server that answers like Shelf's GraphQL API: two
// pages of orders, joined by the first page's endCursor; and an error answer, reported with its code and
// request id.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOrders, type Order, renderReport, ShelfApiError, todayUtc } from './orders.ts';

type Received = { authorization: string | undefined; variables: Record<string, unknown> };

const received: Received[] = [];
let answer: (variables: Record<string, unknown>) => { status: number; body: unknown; headers?: object };
let server: Server;
let url: string;

function order(number: number, overrides: Partial<Order> = {}): Order {
  return {
    number,
    status: 'PAID',
    email: `buyer-${number}@example.com`,
    createdAt: '2026-12-02T09:15:00.000Z',
    paidAt: '2026-12-02T09:16:00.000Z',
    total: { amount: 4900, currency: 'usd', formatted: '$49.00' },
    refunded: { amount: 0, currency: 'usd' },
    items: [{ productName: 'Figma UI kit', quantity: 1 }],
    ...overrides,
  };
}

async function readJson(request: IncomingMessage): Promise<{ variables: Record<string, unknown> }> {
  let body = '';
  for await (const chunk of request) body += chunk;
  return JSON.parse(body);
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const { variables } = await readJson(request);
    received.push({ authorization: request.headers.authorization, variables });
    const { status, body, headers } = answer(variables);
    response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('listOrders', () => {
  it('follows endCursor through every page with the key and the day', async () => {
    received.length = 0;
    const pages: Record<string, { nodes: Order[]; pageInfo: object }> = {
      first: {
        nodes: [order(1003), order(1002)],
        pageInfo: { hasNextPage: true, endCursor: 'cursor-after-1002' },
      },
      'cursor-after-1002': {
        nodes: [
          order(1001, {
            status: 'PARTIALLY_REFUNDED',
            total: { amount: 1900, currency: 'eur', formatted: '€19.00' },
            refunded: { amount: 500, currency: 'eur' },
          }),
          order(1000, { status: 'PENDING', paidAt: null }),
        ],
        pageInfo: { hasNextPage: false, endCursor: 'cursor-after-1000' },
      },
    };
    answer = (variables) => ({
      status: 200,
      body: { data: { orders: pages[(variables.after as string | null) ?? 'first'] } },
    });
    const range = { from: new Date('2026-12-02T00:00:00.000Z'), to: new Date('2026-12-02T10:00:00.000Z') };

    const orders = await listOrders({ url, apiKey: 'shelf_test_example' }, range, 2);

    expect(orders.map((item) => item.number)).toEqual([1003, 1002, 1001, 1000]);
    expect(received).toEqual([
      {
        authorization: 'Bearer shelf_test_example',
        variables: {
          first: 2,
          after: null,
          from: '2026-12-02T00:00:00.000Z',
          to: '2026-12-02T10:00:00.000Z',
        },
      },
      {
        authorization: 'Bearer shelf_test_example',
        variables: {
          first: 2,
          after: 'cursor-after-1002',
          from: '2026-12-02T00:00:00.000Z',
          to: '2026-12-02T10:00:00.000Z',
        },
      },
    ]);

    const report = renderReport(orders);
    expect(report).toContain('#1001');
    expect(report).toContain('4 orders');
    // Two paid usd orders; the eur order minus its refund; the pending order counts nothing.
    expect(report).toContain('Taken in EUR: €14.00');
    expect(report).toContain('Taken in USD: $98.00');
  });

  it('reports the error code and the request id of a refused request', async () => {
    answer = () => ({
      status: 200,
      headers: { 'x-request-id': 'req-123' },
      body: {
        data: null,
        errors: [{ message: 'This API key lacks the orders:read scope.', extensions: { code: 'FORBIDDEN' } }],
      },
    });
    const failure = await listOrders({ url, apiKey: 'shelf_test_example' }, todayUtc()).catch(
      (error) => error,
    );
    expect(failure).toBeInstanceOf(ShelfApiError);
    expect(failure).toMatchObject({
      message: 'This API key lacks the orders:read scope.',
      code: 'FORBIDDEN',
      requestId: 'req-123',
    });
  });
});

describe('todayUtc', () => {
  it('starts at midnight UTC of the same day and ends now', () => {
    const now = new Date('2026-12-02T23:59:30.000Z');
    expect(todayUtc(now)).toEqual({ from: new Date('2026-12-02T00:00:00.000Z'), to: now });
  });
});

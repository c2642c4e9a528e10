// How failures reach a GraphQL client: bad input names every wrong field in `extensions.fieldErrors`
// (and the first in `extensions.field`); an unexpected failure, here a crash at a real fail point inside
// fulfilment, is masked as "Unexpected error" with INTERNAL_SERVER_ERROR and the request's id, the same id
// the X-Request-Id header answers and the log line of the real error carries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.ts';
import { startTestApi, type TestApi } from './harness.ts';
import { loginAsOwner } from './stripe-fixtures.ts';

type Extensions = { code?: string; field?: string; fieldErrors?: unknown; requestId?: string };
type Answer = { data?: unknown; errors?: Array<{ message: string; extensions?: Extensions }> };

const lines: string[] = [];
let api: TestApi;
let owner: Record<string, string>;

beforeAll(async () => {
  const log = createLogger('error', { write: (line: string) => void lines.push(line) });
  api = await startTestApi({ PUBLIC_URL: 'http://shop.test', PAYMENTS: 'test', EMAIL: 'outbox' }, { log });
  owner = await loginAsOwner(api);
});
afterAll(() => api?.close());

async function post(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { requestId: response.headers.get('x-request-id'), answer: (await response.json()) as Answer };
}

describe('bad input', () => {
  const CREATE = 'mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }';

  it('names every wrong field of a product at once, and writes nothing', async () => {
    const { answer } = await post(
      CREATE,
      {
        input: {
          name: ' ',
          slug: 'Not A Slug!',
          price: { amount: -5, currency: 'xyz' },
          downloadLimit: 0,
        },
      },
      owner,
    );
    const error = answer.errors![0]!;
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(error.extensions!.fieldErrors).toEqual([
      { field: 'name', message: 'name is required.' },
      { field: 'slug', message: 'slug may hold only letters, digits and single dashes between them.' },
      { field: 'price.amount', message: expect.stringContaining('price.amount must be a whole number') },
      { field: 'price.currency', message: expect.stringContaining('price.currency must be one of') },
      { field: 'downloadLimit', message: expect.stringContaining('downloadLimit must be a whole number') },
    ]);
    const rows = await api
      .em()
      .getConnection()
      .execute("select count(*)::int as n from product where slug like 'not%'");
    expect(rows[0]?.n).toBe(0);
  });

  it('lists a single wrong field in fieldErrors too', async () => {
    const { answer } = await post(
      CREATE,
      { input: { name: 'Fine', slug: 'fine', price: { amount: 1, currency: 'usd' }, downloadLimit: 0 } },
      owner,
    );
    expect(answer.errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'downloadLimit',
      fieldErrors: [{ field: 'downloadLimit', message: answer.errors![0]!.message }],
    });
  });

  it('refuses an amount of minor units that is not a safe integer', async () => {
    const { answer } = await post(
      'mutation($amount: MoneyInput) { refundOrder(id: "00000000-0000-4000-8000-000000000000", amount: $amount) { id } }',
      { amount: { amount: 2 ** 53, currency: 'usd' } },
      owner,
    );
    expect(answer.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('an unexpected failure', () => {
  it('is masked, with the request id a client can quote and the log line carries', async () => {
    const products = await api.graphql<{ products: { nodes: Array<{ id: string }> } }>(
      '{ products { nodes { id } } }',
    );
    const created = await api.graphql<{ createCheckout: { id: string } }>(
      'mutation($productId: ID!) { createCheckout(input: { productId: $productId }) { id } }',
      { productId: products.data!.products.nodes[0]!.id },
    );
    api.services.failPoints = new Set(['fulfilment.after-grants']);
    let result: Awaited<ReturnType<typeof post>>;
    try {
      result = await post(
        'mutation($id: ID!) { completeTestCheckout(id: $id, email: "crash@example.com") { status } }',
        { id: created.data!.createCheckout.id },
      );
    } finally {
      api.services.failPoints = new Set();
    }
    const { requestId, answer } = result;
    expect(requestId).toMatch(/^[\w.-]+$/);
    expect(answer.errors).toEqual([
      {
        message: 'Unexpected error',
        path: ['completeTestCheckout'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
      },
    ]);
    expect(JSON.stringify(answer)).not.toContain('fail point');
    const logged = lines.map((line) => JSON.parse(line)).find((line) => line.requestId === requestId);
    expect(logged?.msg).toBe('unexpected error in GraphQL request');
    expect(logged?.err?.message).toBe('fail point fulfilment.after-grants');
  });
});

// The connections added next to the lists they replace page like every other connection: `first` rows,
// `pageInfo.endCursor` passed as `after` for the rest, `totalCount` over all pages, a cursor that names
// nothing refused on `after`; and the deprecated list beside each still answers the same rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';
import { loginAsOwner } from './stripe-fixtures.ts';
import { buyInTestMode } from './test-checkout.ts';

type Page<T> = {
  totalCount: number;
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

let api: TestApi;
let owner: Record<string, string>;
let key: string;
let customerId: string;

async function graphql<T>(query: string, variables: Record<string, unknown> = {}) {
  return api.graphql<T>(query, variables, owner);
}

beforeAll(async () => {
  api = await startTestApi({ PUBLIC_URL: 'http://shop.test', PAYMENTS: 'test', EMAIL: 'outbox' });
  owner = await loginAsOwner(api);
  const products = await api.graphql<{ products: { nodes: Array<{ id: string; slug: string }> } }>(
    '{ products(first: 100) { nodes { id slug } } }',
  );
  const software = products.data!.products.nodes.find(
    (product) => product.slug === 'framecraft-screenshot-tool',
  )!;
  for (let index = 0; index < 3; index += 1) {
    const { licenseKeys } = await buyInTestMode(api, { productId: software.id, email: 'pager@example.com' });
    key = licenseKeys[0]!;
  }
  for (const name of ['one', 'two', 'three']) {
    await api.graphql(
      'mutation($key: String!, $name: String!) { activateLicense(key: $key, instanceName: $name) { activated } }',
      {
        key,
        name,
      },
    );
  }
  const customers = await graphql<{ customers: { nodes: Array<{ id: string }> } }>(
    '{ customers(query: "pager@") { nodes { id } } }',
  );
  customerId = customers.data!.customers.nodes[0]!.id;
});
afterAll(() => api?.close());

describe("a license's activations", () => {
  const PAGE = `query($key: String!, $after: String) { license(key: $key) {
    activations { name }
    activationsConnection(first: 2, after: $after) { totalCount nodes { name } pageInfo { hasNextPage endCursor } }
  } }`;
  type Answer = {
    license: { activations: Array<{ name: string }>; activationsConnection: Page<{ name: string }> };
  };

  it('page in the order of the deprecated list', async () => {
    const first = await graphql<Answer>(PAGE, { key });
    expect(first.errors).toBeUndefined();
    const { activations, activationsConnection: page } = first.data!.license;
    expect(page.totalCount).toBe(3);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await graphql<Answer>(PAGE, { key, after: page.pageInfo.endCursor });
    const rest = second.data!.license.activationsConnection;
    expect(rest.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) });
    expect([...page.nodes, ...rest.nodes]).toEqual(activations);
  });

  it('refuse a cursor that names none of them', async () => {
    const answer = await graphql<Answer>(PAGE, { key, after: Buffer.from('["nope"]').toString('base64url') });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe("a customer's orders", () => {
  const PAGE = `query($id: ID!, $after: String) { customer(id: $id) {
    orders { number }
    ordersConnection(first: 2, after: $after) { totalCount nodes { number } pageInfo { hasNextPage endCursor } }
  } }`;
  type Answer = {
    customer: { orders: Array<{ number: number }>; ordersConnection: Page<{ number: number }> };
  };

  it('page newest first, like the deprecated list', async () => {
    const first = await graphql<Answer>(PAGE, { id: customerId });
    expect(first.errors).toBeUndefined();
    const { orders, ordersConnection: page } = first.data!.customer;
    expect(page.totalCount).toBe(3);
    const second = await graphql<Answer>(PAGE, { id: customerId, after: page.pageInfo.endCursor });
    const rest = second.data!.customer.ordersConnection;
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect([...page.nodes, ...rest.nodes]).toEqual(orders);
  });
});

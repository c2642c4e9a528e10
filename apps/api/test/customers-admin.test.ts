// The creator's customers over GraphQL, against a real API in test mode: the list (newest first, searched
// by email or name, with order counts and lifetime value per currency net of refunds) and one customer with
// their orders, license keys and subscriptions. Also who may read them.
import { ApiKey } from '@shelf/db/accounts';
import { Customer } from '@shelf/db/customers';
import { Order } from '@shelf/db/orders';
import { hashToken } from '@shelf/signing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';
import { loginAsOwner } from './stripe-fixtures.ts';

let api: TestApi;
let auth: Record<string, string>;
const productIds: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApi({ PUBLIC_URL: 'http://shop.test', PAYMENTS: 'test', EMAIL: 'outbox' });
  auth = await loginAsOwner(api);
  const products = await api.graphql<{ products: { nodes: Array<{ id: string; slug: string }> } }>(
    '{ products { nodes { id slug } } }',
  );
  for (const product of products.data!.products.nodes) productIds[product.slug] = product.id;
});
afterAll(() => api?.close());

async function buy(slug: string, email: string): Promise<Order> {
  const created = await api.graphql<{ createCheckout: { id: string } }>(
    'mutation($input: CreateCheckoutInput!) { createCheckout(input: $input) { id } }',
    { input: { productId: productIds[slug] } },
  );
  const paid = await api.graphql(
    'mutation($id: ID!, $email: String!) { completeTestCheckout(id: $id, email: $email) { status } }',
    { id: created.data!.createCheckout.id, email },
  );
  expect(paid.errors).toBeUndefined();
  return api.em().findOneOrFail(Order, { providerSessionId: created.data!.createCheckout.id });
}

const CUSTOMERS = `query($first: Int, $after: String, $query: String) {
  customers(first: $first, after: $after, query: $query) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id email name orderCount lastOrderAt lifetimeValue { amount currency } }
  }
}`;
const CUSTOMER = `query($id: ID!) { customer(id: $id) {
  customer { id email orderCount lifetimeValue { amount currency } }
  orders { number status total { amount } }
  licenses { key orderNumber }
  subscriptions { productName status orderId cancelAtPeriodEnd }
} }`;

describe('customers', () => {
  it('lists customers newest first with their totals, net of refunds, and finds them by email or name', async () => {
    const first = await buy('framecraft-screenshot-tool', 'grace@customers.example');
    await buy('aurora-figma-ui-kit', 'grace@customers.example');
    const other = await buy('golden-hour-lightroom-presets', 'linus@customers.example');
    await api.em().nativeUpdate(Customer, { id: other.customer!.id }, { name: 'Linus Torvalds' });
    const refund = await api.graphql(
      'mutation($id: ID!) { refundOrder(id: $id, amount: { amount: 900, currency: "usd" }) { id } }',
      { id: first.id },
      auth,
    );
    expect(refund.errors).toBeUndefined();

    const answer = await api.graphql<any>(CUSTOMERS, { first: 10, query: 'customers.example' }, auth);
    expect(answer.errors).toBeUndefined();
    const { nodes, totalCount } = answer.data.customers;
    expect(totalCount).toBe(2);
    expect(nodes.map((node: any) => node.email)).toEqual([
      'linus@customers.example',
      'grace@customers.example',
    ]);
    expect(nodes[1]).toMatchObject({
      orderCount: 2,
      lifetimeValue: [{ amount: 3900 - 900 + 4900, currency: 'usd' }],
    });
    expect(nodes[0]).toMatchObject({
      name: 'Linus Torvalds',
      orderCount: 1,
      lifetimeValue: [{ amount: 1900 }],
    });

    const byName = await api.graphql<any>(CUSTOMERS, { query: 'TORVALDS' }, auth);
    expect(byName.data.customers.nodes.map((node: any) => node.email)).toEqual(['linus@customers.example']);
    const page = await api.graphql<any>(CUSTOMERS, { first: 1, query: 'customers.example' }, auth);
    const next = await api.graphql<any>(
      CUSTOMERS,
      { first: 1, query: 'customers.example', after: page.data.customers.pageInfo.endCursor },
      auth,
    );
    expect(next.data.customers.nodes.map((node: any) => node.email)).toEqual(['grace@customers.example']);
    expect(next.data.customers.pageInfo.hasNextPage).toBe(false);
  });

  it('shows one customer with orders, licenses and subscriptions', async () => {
    const software = await buy('framecraft-screenshot-tool', 'ada@customers.example');
    const club = await buy('design-resources-club', 'ada@customers.example');
    const answer = await api.graphql<any>(CUSTOMER, { id: software.customer!.id }, auth);
    expect(answer.errors).toBeUndefined();
    const detail = answer.data.customer;
    expect(detail.customer).toMatchObject({ email: 'ada@customers.example', orderCount: 2 });
    expect(detail.orders.map((order: any) => order.number)).toEqual([club.number, software.number]);
    expect(detail.licenses).toEqual([expect.objectContaining({ orderNumber: software.number })]);
    expect(detail.subscriptions).toEqual([
      { productName: expect.any(String), status: 'active', orderId: club.id, cancelAtPeriodEnd: false },
    ]);

    const missing = await api.graphql<any>(CUSTOMER, { id: '00000000-0000-4000-8000-000000000000' }, auth);
    expect(missing.data.customer).toBeNull();
    expect((await api.graphql<any>(CUSTOMER, { id: 'nope' }, auth)).data.customer).toBeNull();
  });

  it('lets only creators and keys with orders:read in', async () => {
    const code = (answer: any) => answer.errors?.[0]?.extensions?.code;
    expect(code(await api.graphql(CUSTOMERS, {}))).toBe('UNAUTHENTICATED');
    expect(code(await api.graphql(CUSTOMER, { id: '00000000-0000-4000-8000-000000000000' }))).toBe(
      'UNAUTHENTICATED',
    );
    const em = api.em();
    const token = `shelf_custkey_${'c'.repeat(40)}`;
    em.create(ApiKey, {
      name: 'custkey',
      prefix: 'custkey',
      keyHash: hashToken(token),
      scopes: ['licenses:read'],
    });
    const reader = `shelf_custread_${'c'.repeat(40)}`;
    em.create(ApiKey, {
      name: 'custread',
      prefix: 'custread',
      keyHash: hashToken(reader),
      scopes: ['orders:read'],
    });
    await em.flush();
    expect(code(await api.graphql(CUSTOMERS, {}, { authorization: `Bearer ${token}` }))).toBe('FORBIDDEN');
    expect((await api.graphql(CUSTOMERS, {}, { authorization: `Bearer ${reader}` })).errors).toBeUndefined();
    expect(code(await api.graphql(CUSTOMERS, { first: 0 }, auth))).toBe('BAD_USER_INPUT');
  });
});

// Money amounts past Int's 32-bit ceiling: a store whose revenue passes 2,147,483,647 minor units
// ($21,474,836.47) gets the exact total back as a JSON number, where Int would have refused to answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';
import { loginAsOwner } from './stripe-fixtures.ts';

let api: TestApi;
let owner: Record<string, string>;

beforeAll(async () => {
  api = await startTestApi({ PUBLIC_URL: 'http://shop.test', PAYMENTS: 'test', EMAIL: 'outbox' });
  owner = await loginAsOwner(api);
});
afterAll(() => api?.close());

describe('MinorUnits', () => {
  it('reports revenue above 2^31 - 1 minor units exactly', async () => {
    const created = await api.graphql<{ createProduct: { id: string } }>(
      `mutation { createProduct(input: { name: "Site licence", slug: "site-licence", status: PUBLISHED,
        price: { amount: 99999999, currency: "usd" } }) { id } }`,
      {},
      owner,
    );
    expect(created.errors).toBeUndefined();
    const productId = created.data!.createProduct.id;
    const from = new Date(Date.now() - 60_000).toISOString();
    for (let index = 0; index < 22; index += 1) {
      const checkout = await api.graphql<{ createCheckout: { id: string } }>(
        'mutation($productId: ID!) { createCheckout(input: { productId: $productId }) { id } }',
        { productId },
      );
      const paid = await api.graphql(
        'mutation($id: ID!) { completeTestCheckout(id: $id, email: "big@example.com") { status } }',
        { id: checkout.data!.createCheckout.id },
      );
      expect(paid.errors).toBeUndefined();
    }
    const to = new Date(Date.now() + 60_000).toISOString();
    const report = await api.graphql<{
      revenue: { current: { gross: { amount: number; formatted: string } } };
    }>(
      'query($from: DateTime!, $to: DateTime!) { revenue(from: $from, to: $to, currency: "usd") { current { gross { amount formatted } } } }',
      { from, to },
      owner,
    );
    expect(report.errors).toBeUndefined();
    expect(report.data!.revenue.current.gross.amount).toBe(22 * 99_999_999);
    expect(report.data!.revenue.current.gross.amount).toBeGreaterThan(2 ** 31 - 1);
    expect(report.data!.revenue.current.gross.formatted).toBe('$21,999,999.78');
  });

  it('refuses an input amount that is not a whole number as BAD_USER_INPUT', async () => {
    const answer = await api.graphql(
      `mutation { createProduct(input: { name: "Half", slug: "half", price: { amount: 1.5, currency: "usd" } }) { id } }`,
      {},
      owner,
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

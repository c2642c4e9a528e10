// What a page costs in SQL statements: a page of 50 paid orders, each with its items and their products,
// its license keys and their activations, its download links and its affiliate code, must cost the same
// few statements as a page of 5, and a page of affiliates with their links, the links' products and
// statistics the same for 2 affiliates as for 12. The orders are made through the store's own paths:
// test-mode checkouts (some through affiliate links), fulfilled like a Stripe payment, and activations
// through the API for software.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';
import { loginAsOwner } from './stripe-fixtures.ts';
import { buyInTestMode } from './test-checkout.ts';

let api: TestApi;
let owner: Record<string, string>;

// The email worker shares the process and its pool: its claims and sends are not the page's.
const BACKGROUND =
  /\b(update|into)\s+"?(email|rate_limit_slot)"?[\s(]|pgboss|^\s*(begin|commit|rollback|savepoint|release)\b/i;

/**
 * Runs one operation as the owner and counts the SQL statements it sent. The store's own background work
 * (the outbox and job workers catching up on the orders just made) shares the pool and can only add
 * statements, so the fewest of three runs is the operation's own count.
 */
async function statements(query: string, variables: Record<string, unknown>): Promise<number> {
  const runs = [];
  for (let run = 0; run < 3; run += 1) runs.push(await statementsOfOneRun(query, variables));
  return Math.min(...runs);
}

async function statementsOfOneRun(query: string, variables: Record<string, unknown>): Promise<number> {
  const knex = api.services.orm.em.getConnection().getKnex();
  let count = 0;
  const listener = (event: { sql: string }) => {
    if (!BACKGROUND.test(event.sql)) count += 1;
  };
  knex.on('query', listener);
  try {
    const answer = await api.graphql(query, variables, owner);
    expect(answer.errors).toBeUndefined();
  } finally {
    knex.removeListener('query', listener);
  }
  return count;
}

async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const answer = await api.graphql<T>(query, variables, owner);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data!;
}

beforeAll(async () => {
  api = await startTestApi({ PUBLIC_URL: 'http://shop.test', PAYMENTS: 'test', EMAIL: 'outbox' });
  owner = await loginAsOwner(api);
  const { products } = await graphql<{ products: { nodes: Array<{ id: string; slug: string }> } }>(
    '{ products(first: 100) { nodes { id slug } } }',
  );
  const ids = (slug: string) => products.nodes.find((product) => product.slug === slug)!.id;
  const licensed = [ids('framecraft-screenshot-tool'), ids('aurora-figma-ui-kit')];
  // Both products issue keys, so every order has a license with activations.
  await graphql('mutation($id: ID!) { updateProduct(id: $id, input: { requiresLicenseKey: true }) { id } }', {
    id: licensed[1],
  });
  for (let index = 0; index < 12; index += 1) {
    await graphql(
      'mutation($input: CreateAffiliateLinkInput!) { createAffiliateLink(input: $input) { id } }',
      {
        input: {
          email: `affiliate${index}@example.com`,
          name: `Affiliate ${index}`,
          code: `REF${index}`,
          productId: index % 3 ? licensed[index % 2] : null,
        },
      },
    );
  }
  for (let index = 0; index < 50; index += 1) {
    const { licenseKeys } = await buyInTestMode(api, {
      productId: licensed[index % 2]!,
      email: `buyer${index % 20}@example.com`,
      affiliateCode: index % 3 ? `REF${index % 12}` : null,
    });
    for (const key of licenseKeys) {
      for (const name of ['laptop', 'desktop']) {
        await graphql(
          'mutation($key: String!, $name: String!) { activateLicense(key: $key, instanceName: $name) { activated } }',
          { key, name },
        );
      }
    }
  }
}, 300_000);
afterAll(() => api?.close());

describe('a page of orders', () => {
  const PAGE = `query($first: Int) { orders(first: $first, status: PAID) { totalCount nodes {
    id number status total { amount currency } customerName affiliateCode paymentProvider
    items { productId productName productSlug unitPrice { amount formatted } quantity }
    licenses { key state activationUsage product { id name } customer { email }
      activations { instanceId name } activationsConnection(first: 5) { totalCount nodes { name } } }
    downloadGrants { state downloadCount }
  } } }`;

  it('costs the same few statements for 50 orders as for 5', async () => {
    const { orders } = await graphql<{
      orders: { nodes: Array<{ items: unknown[]; licenses: Array<{ activations: unknown[] }> }> };
    }>(PAGE, { first: 50 });
    expect(orders.nodes).toHaveLength(50);
    for (const order of orders.nodes) {
      expect(order.items).toHaveLength(1);
      expect(order.licenses).toHaveLength(1);
      expect(order.licenses[0]!.activations).toHaveLength(2);
    }
    const five = await statements(PAGE, { first: 5 });
    const fifty = await statements(PAGE, { first: 50 });
    expect(fifty).toBe(five);
    expect(fifty).toBeLessThanOrEqual(12);
  });
});

describe('a page of affiliates', () => {
  const PAGE = `query($first: Int) { affiliates(first: $first) { nodes {
    id name clicks conversions pendingCommission { amount }
    linksConnection(first: 10) { nodes { code url commissionPercent conversions product { id name }
      affiliate { id } pendingCommission { amount currency } } }
  } } }`;

  it('costs the same few statements for 12 affiliates as for 2', async () => {
    const two = await statements(PAGE, { first: 2 });
    const twelve = await statements(PAGE, { first: 12 });
    expect(twelve).toBe(two);
    expect(twelve).toBeLessThanOrEqual(12);
  });
});

describe("a customer's orders", () => {
  const PAGE = `query($first: Int) { customers(first: $first) { nodes { id orderCount lifetimeValue { amount } } } }`;

  it('costs the same few statements for 20 customers as for 2', async () => {
    const two = await statements(PAGE, { first: 2 });
    const twenty = await statements(PAGE, { first: 20 });
    expect(twenty).toBe(two);
  });
});

describe("an affiliate's commissions", () => {
  const PAGE = `query($affiliateId: ID!, $first: Int) { commissions(affiliateId: $affiliateId, first: $first) {
    totalCount nodes { kind status linkCode orderNumber productNames net { amount } amount { amount formatted } }
  } }`;

  it('cost the same few statements for 5 as for 1', async () => {
    const { affiliateLink } = await graphql<{ affiliateLink: { affiliate: { id: string } } }>(
      '{ affiliateLink(code: "REF1") { affiliate { id } } }',
    );
    const affiliateId = affiliateLink.affiliate.id;
    const { commissions } = await graphql<{ commissions: { totalCount: number } }>(PAGE, {
      affiliateId,
      first: 5,
    });
    expect(commissions.totalCount).toBe(5);
    const one = await statements(PAGE, { affiliateId, first: 1 });
    const five = await statements(PAGE, { affiliateId, first: 5 });
    expect(five).toBe(one);
  });
});

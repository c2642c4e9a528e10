// Commission and payouts over GraphQL, as the dashboard uses them: the owner reads an affiliate's
// commission lines and every balance, records a payout and sees it among the affiliate's payouts; anyone
// signed out gets UNAUTHENTICATED, and bad input comes back on its field.
import { randomUUID } from 'node:crypto';
import { Affiliate, AffiliateLink, Commission } from '@shelf/db/affiliates';
import type { Product } from '@shelf/db/catalog';
import { createProduct } from '@shelf/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/harness.ts';
import { arrangePaidOrder } from '../../../test/paid-order-fixture.ts';

let api: TestApi;
let kit: Product;
let owner: Record<string, string>;
beforeAll(async () => {
  api = await startTestApi({ SEED_DEMO: 'false' });
  kit = await createProduct(api.em(), { name: 'Aurora UI Kit', priceCents: 4900 });
  const { data } = await api.graphql<{ login: { token: string } }>(
    'mutation { login(email: "owner@example.com", password: "correct horse battery staple") { token } }',
  );
  owner = { authorization: `Bearer ${data!.login.token}` };
});
afterAll(() => api.close());

/** An affiliate with a pending $14.70 line and an approved $9.00 line (the older one). */
async function affiliateWithCommission() {
  const em = api.em();
  const affiliate = em.create(Affiliate, { email: `fan-${randomUUID()}@example.com`, name: 'Ada Fan' });
  const link = em.create(AffiliateLink, { affiliate, code: `ada-${randomUUID().slice(0, 8)}` });
  await em.flush();
  const orders = [];
  for (const line of [
    { amountCents: 900, status: 'approved' as const, at: new Date('2026-11-01T00:00:00.000Z') },
    { amountCents: 1470, status: 'pending' as const, at: new Date('2026-11-20T00:00:00.000Z') },
  ]) {
    const { order } = await arrangePaidOrder(api.ctx(), [kit], 'buyer@example.com');
    orders.push(order);
    em.create(Commission, {
      affiliate,
      link,
      order: order.id,
      netCents: 4900,
      amountCents: line.amountCents,
      currency: 'usd',
      percent: 30,
      status: line.status,
      availableAt: line.at,
      approvedAt: line.status === 'approved' ? line.at : null,
      createdAt: line.at,
    });
  }
  await em.flush();
  return { affiliate, link, orders };
}

const COMMISSIONS = `query($affiliateId: ID!, $status: CommissionStatus) {
  commissions(affiliateId: $affiliateId, status: $status, first: 10) {
    totalCount
    nodes { kind status linkCode orderNumber productNames net { amount } amount { amount currency formatted }
      percent owedBack { amount } approvedAt }
  }
}`;
const BALANCES = `{ affiliateBalances { affiliate { id name } currency approved { amount } owedBack { amount }
  payable { amount formatted } } }`;
const RECORD_PAYOUT = `mutation($input: RecordPayoutInput!) {
  recordPayout(input: $input) {
    id affiliate { id } amount { amount formatted } settled { amount } deducted { amount } method reference note paidAt
  }
}`;
const PAYOUTS = `query($id: ID!) { affiliate(id: $id) { payouts(first: 5) { totalCount nodes { id amount { amount } method } } } }`;

describe('commission GraphQL', () => {
  it('shows the owner commission lines, balances, and records a payout', async () => {
    const { affiliate, link, orders } = await affiliateWithCommission();

    const lines = await api.graphql<{ commissions: { totalCount: number; nodes: unknown[] } }>(
      COMMISSIONS,
      { affiliateId: affiliate.id },
      owner,
    );
    expect(lines.errors).toBeUndefined();
    expect(lines.data!.commissions.totalCount).toBe(2);
    expect(lines.data!.commissions.nodes).toEqual([
      {
        kind: 'SALE',
        status: 'PENDING',
        linkCode: link.code,
        orderNumber: orders[1]!.number,
        productNames: ['Aurora UI Kit'],
        net: { amount: 4900 },
        amount: { amount: 1470, currency: 'usd', formatted: '$14.70' },
        percent: 30,
        owedBack: { amount: 0 },
        approvedAt: null,
      },
      expect.objectContaining({ status: 'APPROVED', amount: expect.objectContaining({ amount: 900 }) }),
    ]);
    const approvedOnly = await api.graphql<{ commissions: { nodes: Array<{ status: string }> } }>(
      COMMISSIONS,
      { affiliateId: affiliate.id, status: 'APPROVED' },
      owner,
    );
    expect(approvedOnly.data!.commissions.nodes.map((node) => node.status)).toEqual(['APPROVED']);

    const balances = await api.graphql<{ affiliateBalances: Array<{ affiliate: { id: string } }> }>(
      BALANCES,
      {},
      owner,
    );
    expect(balances.errors).toBeUndefined();
    expect(balances.data!.affiliateBalances.filter((row) => row.affiliate.id === affiliate.id)).toEqual([
      {
        affiliate: { id: affiliate.id, name: 'Ada Fan' },
        currency: 'usd',
        approved: { amount: 900 },
        owedBack: { amount: 0 },
        payable: { amount: 900, formatted: '$9.00' },
      },
    ]);

    const input = {
      affiliateId: affiliate.id,
      amount: 900,
      currency: 'USD',
      method: 'PayPal',
      reference: 'PP-1',
    };
    const recorded = await api.graphql<{ recordPayout: { id: string } }>(RECORD_PAYOUT, { input }, owner);
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.recordPayout).toMatchObject({
      affiliate: { id: affiliate.id },
      amount: { amount: 900, formatted: '$9.00' },
      settled: { amount: 900 },
      deducted: { amount: 0 },
      method: 'PayPal',
      reference: 'PP-1',
      note: null,
    });

    const payouts = await api.graphql<{ affiliate: { payouts: unknown } }>(
      PAYOUTS,
      { id: affiliate.id },
      owner,
    );
    expect(payouts.errors).toBeUndefined();
    expect(payouts.data!.affiliate.payouts).toEqual({
      totalCount: 1,
      nodes: [{ id: recorded.data!.recordPayout.id, amount: { amount: 900 }, method: 'PayPal' }],
    });

    // The balance is paid: a second payout is refused and says so.
    const again = await api.graphql(RECORD_PAYOUT, { input }, owner);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('answers bad input on its field', async () => {
    const { affiliate } = await affiliateWithCommission();
    const result = await api.graphql(
      RECORD_PAYOUT,
      { input: { affiliateId: affiliate.id, amount: 100, currency: 'usd', method: '' } },
      owner,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'method' });
  });

  it('is UNAUTHENTICATED for anyone signed out, and changes nothing', async () => {
    const { affiliate } = await affiliateWithCommission();
    const attempts = [
      api.graphql(COMMISSIONS, { affiliateId: affiliate.id }),
      api.graphql(BALANCES),
      api.graphql(RECORD_PAYOUT, {
        input: { affiliateId: affiliate.id, amount: 900, currency: 'usd', method: 'PayPal' },
      }),
    ];
    for (const result of await Promise.all(attempts)) {
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const lines = await api.em().find(Commission, { affiliate: affiliate.id });
    expect(lines.map((line) => line.paidCents)).toEqual([0, 0]);
  });
});

// The revenue report over GraphQL against a real API on its own database: figures checked against sums
// worked out by hand for seeded orders (refunds full and partial, tax, two currencies, new and returning
// customers, orders on both sides of midnight at the range's edges, the previous period, subscriptions),
// the same answer from the rollup as from the orders, and the rollup after a refund on an old day.
import { randomUUID } from 'node:crypto';
import { Order } from '@shelf/db/orders';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/harness.ts';
import { withTransaction } from '../../context.ts';
import { applyRefund } from '../orders/orders.service.ts';
import { rollUpRevenue } from './revenue-rollup.service.ts';

let api: TestApi;
let auth: Record<string, string>;
const ids = {
  p1: randomUUID(),
  p2: randomUUID(),
  monthly: randomUUID(),
  yearly: randomUUID(),
  affiliate: randomUUID(),
  link: randomUUID(),
};
const orderIds: Record<string, string> = {};

const REPORT = `currency currencies timeZone
  current { ...period } previous { ...period }
  daily { date gross { amount } refunds { amount } net { amount } orders }
  topProducts { id name orders gross { amount } refunds { amount } net { amount } }
  affiliates { id name orders gross { amount } refunds { amount } net { amount } }`;
const PERIOD = `fragment period on RevenuePeriod {
  from to orders gross { amount currency } refunds { amount } net { amount } averageOrderValue { amount }
  newCustomers newCustomerNet { amount } returningCustomerOrders returningCustomerNet { amount }
  monthlyRecurringRevenue { amount } activeSubscriptions }`;
const OCTOBER = { from: '2026-10-01T00:00:00.000Z', to: '2026-11-01T00:00:00.000Z' };

async function sql(text: string, params: unknown[] = []) {
  return api.em().getConnection().execute(text, params);
}

async function customer(name: string): Promise<string> {
  const id = randomUUID();
  await sql('insert into customer (id, email, name, created_at) values (?, ?, ?, now())', [
    id,
    `${name}@example.com`,
    name,
  ]);
  return id;
}

/** A paid order of one product, last changed when it was paid (as an order from long ago would be). */
async function paidOrder(
  key: string,
  input: {
    customerId: string;
    productId: string;
    paidAt: string;
    total: number;
    tax?: number;
    refunded?: number;
    currency?: string;
    linkId?: string;
    status?: string;
  },
) {
  const id = randomUUID();
  const tax = input.tax ?? 0;
  const refunded = input.refunded ?? 0;
  const status =
    input.status ?? (refunded === 0 ? 'paid' : refunded >= input.total ? 'refunded' : 'partially_refunded');
  await sql(
    `insert into shop_order (id, customer_id, email, provider, provider_session_id, status, currency,
                             subtotal_cents, tax_cents, total_cents, refunded_cents, affiliate_link_id,
                             paid_at, fulfilled_at, created_at, updated_at)
     values (?, ?, 'buyer@example.com', 'test', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      input.customerId,
      `cs_${key}`,
      status,
      input.currency ?? 'usd',
      input.total - tax,
      tax,
      input.total,
      refunded,
      input.linkId ?? null,
      status === 'pending' ? null : input.paidAt,
      status === 'pending' ? null : input.paidAt,
      input.paidAt,
      input.paidAt,
    ],
  );
  await sql(
    `insert into order_item (id, order_id, product_id, product_name, unit_price_cents, quantity, currency)
     values (?, ?, ?, 'seeded', ?, 1, ?)`,
    [randomUUID(), id, input.productId, input.total - tax, input.currency ?? 'usd'],
  );
  orderIds[key] = id;
  return id;
}

async function product(id: string, slug: string, name: string, interval: 'month' | 'year' | null = null) {
  await sql(
    `insert into product (id, slug, name, price_cents, status, kind, interval, created_at, updated_at)
     values (?, ?, ?, 1000, 'published', ?, ?, now(), now())`,
    [id, slug, name, interval ? 'subscription' : 'one_time', interval],
  );
}

async function report(variables: Record<string, unknown> = OCTOBER, headers = auth) {
  return api.graphql<{ revenue: any }>(
    `query($from: DateTime!, $to: DateTime!, $currency: String) {
       revenue(from: $from, to: $to, currency: $currency) { ${REPORT} } } ${PERIOD}`,
    variables,
    headers,
  );
}

async function revenue(variables: Record<string, unknown> = OCTOBER) {
  const result = await report(variables);
  expect(result.errors).toBeUndefined();
  return result.data!.revenue;
}

beforeAll(async () => {
  api = await startTestApi({ PAYMENTS: 'test', EMAIL: 'outbox' });
  const { data } = await api.graphql<{ login: { token: string } }>(
    'mutation { login(email: "owner@example.com", password: "correct horse battery staple") { token } }',
  );
  auth = { authorization: `Bearer ${data!.login.token}` };

  await product(ids.p1, 'report-kit', 'Report Kit');
  await product(ids.p2, 'report-template', 'Report Template');
  await product(ids.monthly, 'report-club', 'Report Club', 'month');
  await product(ids.yearly, 'report-annual', 'Report Annual', 'year');
  await sql(
    `insert into affiliate (id, email, name, status, created_at) values (?, 'aff@example.com', 'Ada', 'active', now())`,
    [ids.affiliate],
  );
  await sql(
    `insert into affiliate_link (id, affiliate_id, code, commission_percent, created_at) values (?, ?, 'ADA', 30, now())`,
    [ids.link, ids.affiliate],
  );
  const [a, b, c, d, e, f] = await Promise.all(['ann', 'bob', 'cat', 'dan', 'eve', 'fay'].map(customer));

  // The previous period (2026-08-31 to 2026-10-01): Ann's and Bob's first orders, Bob's a millisecond
  // before midnight.
  await paidOrder('a1', {
    customerId: a!,
    productId: ids.p1,
    paidAt: '2026-09-15T12:00:00.000Z',
    total: 4900,
  });
  await paidOrder('b1', {
    customerId: b!,
    productId: ids.p1,
    paidAt: '2026-09-30T23:59:59.999Z',
    total: 4900,
  });
  // October: Ann again at midnight exactly; Bob again, fully refunded; Cat's first order with tax,
  // partly refunded; Cat in euros; Dan through Ada's link a millisecond before the range ends; Eve at the
  // end itself (outside); a pending checkout (never counts).
  await paidOrder('a2', {
    customerId: a!,
    productId: ids.p2,
    paidAt: '2026-10-01T00:00:00.000Z',
    total: 2900,
  });
  await paidOrder('b2', {
    customerId: b!,
    productId: ids.p1,
    paidAt: '2026-10-05T10:00:00.000Z',
    total: 4900,
    refunded: 4900,
  });
  await paidOrder('c1', {
    customerId: c!,
    productId: ids.p1,
    paidAt: '2026-10-10T10:00:00.000Z',
    total: 5500,
    tax: 500,
    refunded: 2200,
  });
  await paidOrder('c2', {
    customerId: c!,
    productId: ids.p2,
    paidAt: '2026-10-20T10:00:00.000Z',
    total: 3900,
    currency: 'eur',
  });
  await paidOrder('d1', {
    customerId: d!,
    productId: ids.p2,
    paidAt: '2026-10-31T23:59:59.999Z',
    total: 1900,
    linkId: ids.link,
  });
  await paidOrder('e1', {
    customerId: e!,
    productId: ids.p2,
    paidAt: '2026-11-01T00:00:00.000Z',
    total: 1900,
  });
  await paidOrder('p1', {
    customerId: e!,
    productId: ids.p2,
    paidAt: '2026-10-12T00:00:00.000Z',
    total: 1900,
    status: 'pending',
  });
  // Fay's subscriptions, bought before both periods: monthly at 12.00 (active), yearly at 120.00
  // (canceled on 2026-10-15).
  const monthlyOrder = await paidOrder('f1', {
    customerId: f!,
    productId: ids.monthly,
    paidAt: '2026-08-01T00:00:00.000Z',
    total: 1200,
  });
  const yearlyOrder = await paidOrder('f2', {
    customerId: f!,
    productId: ids.yearly,
    paidAt: '2026-08-02T00:00:00.000Z',
    total: 12000,
  });
  await sql(
    `insert into subscription (id, provider, provider_subscription_id, customer_id, product_id, order_id, status,
                               current_period_end, canceled_at, created_at, updated_at)
     values (?, 'test', 'sub_m', ?, ?, ?, 'active', '2026-12-01', null, '2026-08-01', now()),
            (?, 'test', 'sub_y', ?, ?, ?, 'canceled', '2027-08-02', '2026-10-15', '2026-08-02', now())`,
    [randomUUID(), f, ids.monthly, monthlyOrder, randomUUID(), f, ids.yearly, yearlyOrder],
  );
  // The seeded orders were last changed in the past, like imported ones, so a run the worker made at
  // start-up has not seen them: start the rollup over, as after an import.
  await sql('update revenue_rollup_state set covered_until = null, changes_since = null');
});
afterAll(() => api.close());

/** October in dollars, by hand (amounts before tax; Cat's 22.00 refund of 55.00 with 5.00 tax is 20.00). */
function expectOctober(r: any) {
  expect(r.currency).toBe('usd');
  expect(r.currencies).toEqual(['usd', 'eur']);
  expect(r.timeZone).toBe('UTC');
  const current = r.current;
  expect(current.orders).toBe(4); // a2, b2, c1, d1
  expect(current.gross).toEqual({ amount: 2900 + 4900 + 5000 + 1900, currency: 'usd' });
  expect(current.refunds.amount).toBe(4900 + 2000);
  expect(current.net.amount).toBe(14700 - 6900);
  expect(current.averageOrderValue.amount).toBe(3675);
  expect(current.newCustomers).toBe(2); // Cat, Dan
  expect(current.newCustomerNet.amount).toBe(3000 + 1900);
  expect(current.returningCustomerOrders).toBe(2); // Ann, Bob
  expect(current.returningCustomerNet.amount).toBe(2900 + 0);
  expect(current.monthlyRecurringRevenue.amount).toBe(1200);
  expect(current.activeSubscriptions).toBe(1);

  const previous = r.previous;
  expect(previous.from).toBe('2026-08-31T00:00:00.000Z');
  expect(previous.to).toBe('2026-10-01T00:00:00.000Z');
  expect(previous.orders).toBe(2); // a1, b1
  expect(previous.gross.amount).toBe(9800);
  expect(previous.refunds.amount).toBe(0);
  expect(previous.newCustomers).toBe(2);
  expect(previous.monthlyRecurringRevenue.amount).toBe(1200 + 1000);
  expect(previous.activeSubscriptions).toBe(2);

  expect(r.daily).toHaveLength(31);
  expect(r.daily[0]).toEqual({
    date: '2026-10-01',
    gross: { amount: 2900 },
    refunds: { amount: 0 },
    net: { amount: 2900 },
    orders: 1,
  });
  expect(r.daily[4]).toEqual({
    date: '2026-10-05',
    gross: { amount: 4900 },
    refunds: { amount: 4900 },
    net: { amount: 0 },
    orders: 1,
  });
  expect(r.daily[11].orders).toBe(0);
  expect(r.daily[30]).toMatchObject({ date: '2026-10-31', net: { amount: 1900 }, orders: 1 });
  expect(r.daily.reduce((total: number, day: any) => total + day.net.amount, 0)).toBe(current.net.amount);

  expect(r.topProducts).toEqual([
    {
      id: ids.p2,
      name: 'Report Template',
      orders: 2,
      gross: { amount: 4800 },
      refunds: { amount: 0 },
      net: { amount: 4800 },
    },
    {
      id: ids.p1,
      name: 'Report Kit',
      orders: 2,
      gross: { amount: 9900 },
      refunds: { amount: 6900 },
      net: { amount: 3000 },
    },
  ]);
  expect(r.affiliates).toEqual([
    {
      id: ids.affiliate,
      name: 'Ada',
      orders: 1,
      gross: { amount: 1900 },
      refunds: { amount: 0 },
      net: { amount: 1900 },
    },
  ]);
}

/** Moves the rollup's view past its overlap with recent changes, as ten minutes would. */
async function passOverlap() {
  await sql("update revenue_rollup_state set changes_since = now() + interval '10 minutes'");
}

describe('revenue', () => {
  it('answers from the orders before anything is rolled up', async () => {
    expectOctober(await revenue());
  });

  it('answers the same from the daily rollup', async () => {
    expect(await rollUpRevenue(api.ctx())).toBeGreaterThan(0);
    const [day] = await sql("select * from revenue_day where day = '2026-10-10' and currency = 'usd'");
    expect(day).toMatchObject({ orders: 1, gross_cents: '5000', refunded_cents: '2000', new_customers: 1 });
    expectOctober(await revenue());
  });

  it('reports another currency on its own', async () => {
    const r = await revenue({ ...OCTOBER, currency: 'EUR' });
    expect(r.currency).toBe('eur');
    expect(r.current).toMatchObject({
      orders: 1,
      gross: { amount: 3900, currency: 'eur' },
      newCustomers: 0,
      returningCustomerOrders: 1,
    });
    expect(r.previous.orders).toBe(0);
    expect(r.affiliates).toEqual([]);
  });

  it('cuts ranges at any moment, not only at midnight', async () => {
    const r = await revenue({ from: '2026-10-10T10:00:00.000Z', to: '2026-10-31T23:59:59.999Z' });
    expect(r.current.orders).toBe(1); // c1 at the start (inclusive); d1 at the end (exclusive)
    expect(r.current.gross.amount).toBe(5000);
    expect(r.daily[0].date).toBe('2026-10-10');
    expect(r.daily.at(-1).date).toBe('2026-10-31');
  });

  it('stays right after a refund on an old day, before and after the job has run', async () => {
    await withTransaction(api.ctx(), async (tx) => {
      const order = await tx.em.findOneOrFail(Order, orderIds.a2!);
      await applyRefund(tx, order, 1000, new Date());
    });
    const live = await revenue();
    expect(live.current.refunds.amount).toBe(6900 + 1000);
    expect(live.daily[0].net.amount).toBe(1900);

    expect(await rollUpRevenue(api.ctx())).toBeGreaterThanOrEqual(1);
    const [day] = await sql("select * from revenue_day where day = '2026-10-01' and currency = 'usd'");
    expect(day).toMatchObject({ orders: 1, gross_cents: '2900', refunded_cents: '1000' });
    const [share] = await sql(
      "select * from revenue_day_product where day = '2026-10-01' and currency = 'usd' and product_id = ?",
      [ids.p2],
    );
    expect(share).toMatchObject({ refunded_cents: '1000' });
    await passOverlap();
    const rolled = await revenue();
    expect(rolled.current.net.amount).toBe(7800 - 1000);
    expect(rolled.topProducts[0]).toMatchObject({ id: ids.p2, net: { amount: 3800 } });
  });

  it('is for creators with orders:read only, and refuses bad ranges', async () => {
    const anonymous = await report(OCTOBER, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const backwards = await report({ from: OCTOBER.to, to: OCTOBER.from });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const tooLong = await report({ from: '2020-01-01T00:00:00.000Z', to: '2026-01-01T00:00:00.000Z' });
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const currency = await report({ ...OCTOBER, currency: 'dollars' });
    expect(currency.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currency' });
  });
});

import { Affiliate, AffiliateLink, Commission } from '@shelf/db/affiliates';
import { DownloadGrant } from '@shelf/db/downloads';
import { License } from '@shelf/db/licensing';
import { Email } from '@shelf/db/messaging';
import { Order } from '@shelf/db/orders';
import { Subscription } from '@shelf/db/subscriptions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
const ids: Record<string, string> = {};

beforeAll(async () => {
  // A public storefront URL: test mode and the outbox run there only because they are asked for by name.
  api = await startTestApi({ PUBLIC_URL: 'http://shop.test', PAYMENTS: 'test', EMAIL: 'outbox' });
  const { data } = await api.graphql<{ products: { nodes: Array<{ id: string; slug: string }> } }>(
    '{ products { nodes { id slug } } }',
  );
  for (const product of data!.products.nodes) ids[product.slug] = product.id;
});
afterAll(() => api.close());

const CREATE = 'mutation($input: CreateCheckoutInput!) { createCheckout(input: $input) { id url } }';
const PAY = `mutation($id: ID!, $email: String!) { completeTestCheckout(id: $id, email: $email) {
  status order { number status email downloads { filename url } licenses { key activationLimit } downloadLimit downloadsExpireAt }
} }`;
const CHECKOUT = `query($id: ID!) { checkout(id: $id) { status testMode amount { formatted } product { slug }
  order { number downloads { filename url } licenses { key } } } }`;

async function startCheckout(slug: string, extra: Record<string, unknown> = {}) {
  const { data, errors } = await api.graphql<{ createCheckout: { id: string; url: string } }>(CREATE, {
    input: { productId: ids[slug], ...extra },
  });
  expect(errors).toBeUndefined();
  return data!.createCheckout;
}

describe('test-mode checkout', () => {
  it('sends the shopper to the local TEST MODE page and reports an open checkout', async () => {
    const session = await startCheckout('aurora-figma-ui-kit', { email: 'fan@example.com' });
    expect(session.id).toMatch(/^test_cs_/);
    expect(session.url).toBe(`http://shop.test/checkout/test/${session.id}`);
    const { data } = await api.graphql<{ checkout: any }>(CHECKOUT, { id: session.id });
    expect(data?.checkout).toMatchObject({
      status: 'OPEN',
      testMode: true,
      amount: { formatted: '$49.00' },
      order: null,
    });
  });

  it('pays, fulfils once and queues exactly one delivery email', async () => {
    const session = await startCheckout('aurora-figma-ui-kit');
    const { data, errors } = await api.graphql<{ completeTestCheckout: any }>(PAY, {
      id: session.id,
      email: 'Buyer@Example.com',
    });
    expect(errors).toBeUndefined();
    const result = data!.completeTestCheckout;
    expect(result.status).toBe('COMPLETE');
    expect(result.order).toMatchObject({
      status: 'PAID',
      email: 'buyer@example.com',
      downloadLimit: 5,
      licenses: [],
    });
    expect(result.order.downloads).toEqual([
      { filename: 'aurora-ui-kit.zip', url: expect.stringMatching(/\/download\/[A-Za-z0-9_-]{43}$/) },
    ]);
    const expires = new Date(result.order.downloadsExpireAt).getTime();
    expect(expires - Date.now()).toBeGreaterThan(29 * 86_400_000);

    // Paying again (a double click, a retry) changes nothing.
    const again = await api.graphql<{ completeTestCheckout: any }>(PAY, {
      id: session.id,
      email: 'buyer@example.com',
    });
    expect(again.data?.completeTestCheckout.order.number).toBe(result.order.number);

    const em = api.em();
    const order = await em.findOneOrFail(Order, { providerSessionId: session.id });
    expect(await em.count(DownloadGrant, { order })).toBe(1);
    const emails = await em.find(Email, { order });
    expect(emails).toHaveLength(1);
    expect(emails[0]!.to).toBe('buyer@example.com');
    expect(emails[0]!.html).toContain(result.order.downloads[0].url);
    expect(emails[0]!.text).toContain('5 downloads');
  });

  it('fulfils exactly once under concurrent payments of the same checkout', async () => {
    const session = await startCheckout('framecraft-screenshot-tool');
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        api.graphql<{ completeTestCheckout: any }>(PAY, { id: session.id, email: 'dev@example.com' }),
      ),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    const em = api.em();
    const order = await em.findOneOrFail(Order, { providerSessionId: session.id });
    expect(await em.count(License, { order })).toBe(1);
    expect(await em.count(DownloadGrant, { order })).toBe(1);
    expect(await em.count(Email, { order })).toBe(1);
    const license = await em.findOneOrFail(License, { order });
    expect(license.activationLimit).toBe(3);
    expect(results[0]!.data?.completeTestCheckout.order.licenses).toEqual([
      { key: license.key, activationLimit: 3 },
    ]);
  });

  it('starts a subscription whose access ends with the paid period plus the renewal grace', async () => {
    const session = await startCheckout('design-resources-club');
    await api.graphql(PAY, { id: session.id, email: 'member@example.com' });
    const em = api.em();
    const order = await em.findOneOrFail(Order, { providerSessionId: session.id });
    const subscription = await em.findOneOrFail(Subscription, { order });
    const grant = await em.findOneOrFail(DownloadGrant, { order });
    expect(subscription.status).toBe('active');
    // The store's default renewal grace: 3 days for a late or retried renewal payment.
    expect(grant.expiresAt?.getTime()).toBe(
      subscription.currentPeriodEnd.getTime() + 3 * 24 * 60 * 60 * 1000,
    );
    expect(grant.downloadLimit).toBeNull();
  });

  it('pays the affiliate floor(net x percent / 100) and ignores unknown codes', async () => {
    const em = api.em();
    const affiliate = em.create(Affiliate, { email: 'fan@example.com', name: 'Fan' });
    em.create(AffiliateLink, { affiliate, code: 'FAN33', commissionPercent: 33 });
    await em.flush();

    const referred = await startCheckout('second-brain-notion-template', { affiliateCode: 'FAN33' });
    await api.graphql(PAY, { id: referred.id, email: 'referred@example.com' });
    const commission = await api
      .em()
      .findOneOrFail(Commission, { order: { providerSessionId: referred.id } });
    expect(commission.amountCents).toBe(Math.floor((2900 * 33) / 100));
    expect(commission.status).toBe('pending');

    const unknown = await startCheckout('second-brain-notion-template', { affiliateCode: 'NOPE' });
    await api.graphql(PAY, { id: unknown.id, email: 'other@example.com' });
    expect(await api.em().count(Commission, { order: { providerSessionId: unknown.id } })).toBe(0);
  });

  it('refuses bad input with client error codes and writes nothing', async () => {
    const before = await api.em().count(Order, {});
    const unknown = await api.graphql(CREATE, {
      input: { productId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const malformedId = await api.graphql(CREATE, { input: { productId: 'abc' } });
    expect(malformedId.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const badEmail = await api.graphql(CREATE, {
      input: { productId: ids['aurora-figma-ui-kit'], email: 'not-an-email' },
    });
    expect(badEmail.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await api.em().count(Order, {})).toBe(before);

    const session = await startCheckout('aurora-figma-ui-kit');
    const badPay = await api.graphql(PAY, { id: session.id, email: 'nope' });
    expect(badPay.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknownPay = await api.graphql(PAY, { id: 'test_cs_missing', email: 'a@example.com' });
    expect(unknownPay.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const order = await api.em().findOneOrFail(Order, { providerSessionId: session.id });
    expect(order.status).toBe('pending');
  });

  it('answers null for an unknown checkout id', async () => {
    const { data } = await api.graphql<{ checkout: unknown }>(CHECKOUT, { id: 'cs_unknown' });
    expect(data?.checkout).toBeNull();
  });

  it('lets the creator list paid sales apart from abandoned checkouts', async () => {
    const { data: login } = await api.graphql<{ login: { token: string } }>(
      'mutation { login(email: "owner@example.com", password: "correct horse battery staple") { token } }',
    );
    const auth = { authorization: `Bearer ${login!.login.token}` };
    const ORDERS = `query($status: OrderStatus) { orders(first: 100, status: $status) {
      totalCount nodes { number status total { amount } net { amount } tax { amount } items { productName } }
    } }`;
    const em = api.em();
    const paidCount = await em.count(Order, { status: 'paid' });
    const pendingCount = await em.count(Order, { status: 'pending' });
    expect(paidCount).toBeGreaterThan(0);
    expect(pendingCount).toBeGreaterThan(0);

    const paid = await api.graphql<{ orders: any }>(ORDERS, { status: 'PAID' }, auth);
    expect(paid.data?.orders.totalCount).toBe(paidCount);
    for (const order of paid.data!.orders.nodes) {
      expect(order.status).toBe('PAID');
      expect(order.net.amount).toBe(order.total.amount - order.tax.amount);
    }
    const pending = await api.graphql<{ orders: any }>(ORDERS, { status: 'PENDING' }, auth);
    expect(pending.data?.orders.totalCount).toBe(pendingCount);
    const all = await api.graphql<{ orders: any }>(ORDERS, {}, auth);
    expect(all.data?.orders.totalCount).toBe(await em.count(Order, {}));

    // Page through two at a time: every order once, newest first.
    const PAGE = `query($after: String) { orders(first: 2, after: $after) {
      nodes { number } pageInfo { hasNextPage endCursor }
    } }`;
    const seen: number[] = [];
    let after: string | null = null;
    do {
      const page: { data?: { orders: any } } = await api.graphql<{ orders: any }>(PAGE, { after }, auth);
      seen.push(...page.data!.orders.nodes.map((node: { number: number }) => node.number));
      after = page.data!.orders.pageInfo.hasNextPage ? page.data!.orders.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.data!.orders.nodes.map((node: { number: number }) => node.number));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen[0]).toBe(Math.max(...seen));

    const bad = await api.graphql(PAGE, { after: 'nope' }, auth);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

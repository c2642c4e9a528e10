// Stripe Checkout from the shopper's side: starting a checkout creates the right Stripe session, and a
// paid session is fulfilled even when its webhook never comes (success page, reconciliation).
import { Affiliate, AffiliateLink } from '@shelf/db/affiliates';
import { DownloadGrant } from '@shelf/db/downloads';
import { Email } from '@shelf/db/messaging';
import { Order } from '@shelf/db/orders';
import { StoreSettings } from '@shelf/db/settings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../src/context.ts';
import { reconcileRecentCheckouts } from '../src/modules/payments/reconcile.service.ts';
import {
  CREATE_CHECKOUT,
  loginAsOwner,
  type StripeTestStore,
  startStripeTestStore,
} from './stripe-fixtures.ts';

let store: StripeTestStore;

beforeAll(async () => {
  store = await startStripeTestStore();
});
afterAll(() => store?.close());

const sessionCreations = () =>
  store.stripe.requests.filter(
    (request) => request.method === 'POST' && request.path === '/v1/checkout/sessions',
  );

describe('createCheckout with Stripe', () => {
  it('creates a payment-mode session with the price, metadata, email and idempotency key', async () => {
    const before = sessionCreations().length;
    const session = await store.startCheckout('aurora-figma-ui-kit', { email: 'Fan@Example.com' });
    expect(session.id).toMatch(/^cs_test_/);
    expect(session.url).toBe(store.stripe.sessions.get(session.id)?.url);

    const creations = sessionCreations();
    expect(creations).toHaveLength(before + 1);
    const request = creations.at(-1)!;
    expect(request.headers.authorization).toBe('Bearer sk_test_123');
    expect(request.idempotencyKey).toBe(`checkout:${session.orderId}`);
    const metadata = { order_id: session.orderId, product_id: store.productIds['aurora-figma-ui-kit'] };
    expect(request.params).toMatchObject({
      mode: 'payment',
      client_reference_id: session.orderId,
      customer_email: 'fan@example.com',
      customer_creation: 'always',
      metadata,
      payment_intent_data: { metadata },
      success_url: 'http://shop.test/checkout/success?session_id={CHECKOUT_SESSION_ID}',
      cancel_url: 'http://shop.test/products/aurora-figma-ui-kit',
      line_items: [
        {
          quantity: '1',
          price_data: {
            currency: 'usd',
            unit_amount: '4900',
            product_data: { name: 'Aurora UI Kit for Figma', description: expect.any(String) },
          },
        },
      ],
    });
    // Preview images are served over plain http in tests: Stripe could not fetch them, so none are sent.
    expect(request.params).not.toHaveProperty('line_items.0.price_data.product_data.images');
    expect(request.params).not.toHaveProperty('automatic_tax');
    expect(request.params).not.toHaveProperty('subscription_data');

    const order = await store.api.em().findOneOrFail(Order, { id: session.orderId });
    expect(order).toMatchObject({
      provider: 'stripe',
      providerSessionId: session.id,
      status: 'pending',
      totalCents: 4900,
    });
  });

  it('creates a subscription-mode session with a recurring price and the metadata on the subscription', async () => {
    const session = await store.startCheckout('design-resources-club');
    const request = sessionCreations().at(-1)!;
    expect(request.params).toMatchObject({
      mode: 'subscription',
      line_items: [{ price_data: { unit_amount: '1200', recurring: { interval: 'month' } } }],
      subscription_data: { metadata: { order_id: session.orderId } },
    });
    expect(request.params).not.toHaveProperty('customer_creation');
    expect(request.params).not.toHaveProperty('payment_intent_data');
    expect(request.params).not.toHaveProperty('customer_email');
  });

  it('asks Stripe for tax and tax ids when the store collects tax', async () => {
    const em = store.api.em();
    const settings = (await em.findOne(StoreSettings, { id: 1 })) ?? em.create(StoreSettings, {});
    settings.taxEnabled = true;
    await em.flush();
    try {
      await store.startCheckout('golden-hour-lightroom-presets');
      expect(sessionCreations().at(-1)!.params).toMatchObject({
        automatic_tax: { enabled: 'true' },
        tax_id_collection: { enabled: 'true' },
      });
    } finally {
      await em.nativeUpdate(StoreSettings, { id: 1 }, { taxEnabled: false });
    }
  });

  it('sends a known affiliate link along and ignores an unknown code', async () => {
    const em = store.api.em();
    const affiliate = em.create(Affiliate, { email: 'partner@example.com', name: 'Partner' });
    const link = em.create(AffiliateLink, { affiliate, code: 'PARTNER20', commissionPercent: 20 });
    await em.flush();

    await store.startCheckout('aurora-figma-ui-kit', { affiliateCode: 'PARTNER20' });
    expect(sessionCreations().at(-1)!.params).toMatchObject({
      metadata: { affiliate_link_id: link.id },
      payment_intent_data: { metadata: { affiliate_link_id: link.id } },
    });

    const unknown = await store.startCheckout('aurora-figma-ui-kit', { affiliateCode: 'NOBODY' });
    const params = sessionCreations().at(-1)!.params;
    expect(params.metadata).toEqual({
      order_id: unknown.orderId,
      product_id: store.productIds['aurora-figma-ui-kit'],
    });
  });

  it('refuses an unknown product or a malformed email without calling Stripe or writing an order', async () => {
    const requests = store.stripe.requests.length;
    const orders = await store.api.em().count(Order, {});
    const unknown = await store.api.graphql(CREATE_CHECKOUT, {
      input: { productId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const badEmail = await store.api.graphql(CREATE_CHECKOUT, {
      input: { productId: store.productIds['aurora-figma-ui-kit'], email: 'not an email' },
    });
    expect(badEmail.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(store.stripe.requests.length).toBe(requests);
    expect(await store.api.em().count(Order, {})).toBe(orders);
  });

  it('reports a Stripe failure as PAYMENT_PROVIDER_ERROR and writes no order', async () => {
    const orders = await store.api.em().count(Order, {});
    store.stripe.failNext(401, { type: 'invalid_request_error', message: 'Invalid API Key provided.' });
    const result = await store.api.graphql(CREATE_CHECKOUT, {
      input: { productId: store.productIds['aurora-figma-ui-kit'] },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('PAYMENT_PROVIDER_ERROR');
    expect(await store.api.em().count(Order, {})).toBe(orders);
  });
});

describe('a paid checkout whose webhook never came', () => {
  it('is fulfilled when the success page asks about it', async () => {
    const session = await store.startCheckout('aurora-figma-ui-kit');
    expect(await store.viewCheckout(session.id)).toMatchObject({
      status: 'OPEN',
      testMode: false,
      order: null,
    });

    store.stripe.completeSession(session.id, { email: 'Late@Example.com', name: 'Late Webhook' });
    const view = await store.viewCheckout(session.id);
    expect(view).toMatchObject({ status: 'COMPLETE', order: { status: 'PAID', email: 'late@example.com' } });
    expect(view?.order?.downloads).toHaveLength(1);

    const em = store.api.em();
    const order = await em.findOneOrFail(Order, { id: session.orderId }, { populate: ['customer'] });
    expect(order.providerPaymentIntentId).toBe(store.stripe.sessions.get(session.id)?.payment_intent);
    expect(order.customer?.name).toBe('Late Webhook');
    expect(await em.count(Email, { order })).toBe(1);

    // Asking again changes nothing.
    expect((await store.viewCheckout(session.id))?.order?.number).toBe(view?.order?.number);
    expect(await store.api.em().count(DownloadGrant, { order: order.id })).toBe(1);
  });

  it('reports PROCESSING while a delayed payment is on its way', async () => {
    const session = await store.startCheckout('aurora-figma-ui-kit');
    store.stripe.completeSession(session.id, { paymentStatus: 'unpaid' });
    expect(await store.viewCheckout(session.id)).toMatchObject({ status: 'PROCESSING', order: null });
    expect((await store.api.em().findOneOrFail(Order, { id: session.orderId })).status).toBe('pending');
  });

  it('is fulfilled by reconciliation, once', async () => {
    const since = new Date(Date.now() - 60_000);
    const missed = await store.startCheckout('framecraft-screenshot-tool');
    store.stripe.completeSession(missed.id, { email: 'missed@example.com' });

    const first = await reconcileRecentCheckouts(systemContext(store.api.services, 'test'), { since });
    expect(first.fulfilled).toBe(1);
    expect(first.failed).toBe(0);
    expect(first.checked).toBeGreaterThanOrEqual(1);
    const second = await reconcileRecentCheckouts(systemContext(store.api.services, 'test'), { since });
    expect(second).toMatchObject({ checked: first.checked, fulfilled: 0, failed: 0 });

    const headers = await loginAsOwner(store.api);
    const { data } = await store.api.graphql<{
      orders: { nodes: Array<{ number: number; status: string; email: string }> };
    }>('{ orders(first: 50) { nodes { number status email } } }', {}, headers);
    const order = await store.api.em().findOneOrFail(Order, { id: missed.orderId });
    expect(data?.orders.nodes).toContainEqual({
      number: order.number,
      status: 'PAID',
      email: 'missed@example.com',
    });
    expect(await store.api.em().count(Email, { order: order.id })).toBe(1);
  });

  it('answers null for a session Stripe does not know', async () => {
    expect(await store.api.services.payments.retrieveCheckoutSession('cs_test_doesnotexist')).toBeNull();
    expect(await store.viewCheckout('cs_test_doesnotexist')).toBeNull();
  });
});

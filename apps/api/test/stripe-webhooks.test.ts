// Stripe webhooks as Stripe really delivers them: signed, repeated, concurrent and out of order. Whatever
// arrives, a paid order is fulfilled exactly once, and refunds and lost disputes take access away.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@shelf/config';
import { Affiliate, AffiliateLink, Commission } from '@shelf/db/affiliates';
import { DownloadGrant } from '@shelf/db/downloads';
import { License } from '@shelf/db/licensing';
import { Email } from '@shelf/db/messaging';
import { Order } from '@shelf/db/orders';
import { WebhookEvent } from '@shelf/db/payments';
import { findFreePort } from '@shelf/test-utils/free-port';
import { postStripeEvent, signStripePayload } from '@shelf/test-utils/stripe-stand-in';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from '../src/server.ts';
import { type StripeTestStore, startStripeTestStore, WEBHOOK_SECRET } from './stripe-fixtures.ts';

let store: StripeTestStore;

beforeAll(async () => {
  store = await startStripeTestStore();
});
afterAll(() => store?.close());

/** A checkout the shopper has paid at Stripe; no webhook has been sent yet. */
async function paidCheckout(slug: string, extra: Record<string, unknown> = {}) {
  const checkout = await store.startCheckout(slug, extra);
  const session = store.stripe.completeSession(checkout.id, { email: 'buyer@example.com' });
  return { ...checkout, session, paymentIntentId: session.payment_intent! };
}

async function orderState(orderId: string) {
  const em = store.api.em();
  const order = await em.findOneOrFail(Order, { id: orderId });
  return {
    order,
    grants: await em.find(DownloadGrant, { order: orderId }),
    licenses: await em.find(License, { order: orderId }),
    emails: await em.count(Email, { order: orderId }),
  };
}

const webhookRows = () => store.api.em().count(WebhookEvent, {});

describe('signature verification', () => {
  it('refuses unsigned, wrongly signed and stale events with 400 and writes nothing', async () => {
    const checkout = await paidCheckout('aurora-figma-ui-kit');
    const event = store.stripe.createEvent('checkout.session.completed', checkout.session);
    const rowsBefore = await webhookRows();
    const url = `${store.api.url}/webhooks/stripe`;
    const body = JSON.stringify(event);

    const unsigned = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(unsigned.status).toBe(400);
    expect(await unsigned.text()).toMatch(/signature/i);

    const wrongSecret = await store.send(event, { secret: 'whsec_someone_else' });
    expect(wrongSecret.status).toBe(400);

    const tenMinutesAgo = Math.floor(Date.now() / 1000) - 600;
    const stale = await store.send(event, { timestamp: tenMinutesAgo });
    expect(stale.status).toBe(400);

    // A valid signature over a different body (the event was tampered with in transit).
    const tampered = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'stripe-signature': signStripePayload(body, WEBHOOK_SECRET),
      },
      body: body.replace('buyer@example.com', 'thief@example.com'),
    });
    expect(tampered.status).toBe(400);

    expect(await webhookRows()).toBe(rowsBefore);
    expect((await orderState(checkout.orderId)).order.status).toBe('pending');
  });
});

describe('checkout.session.completed', () => {
  it('fulfils a paid one-time purchase: order, download grant and one delivery email', async () => {
    const checkout = await paidCheckout('aurora-figma-ui-kit');
    const response = await store.deliver('checkout.session.completed', checkout.session);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ received: true });

    const state = await orderState(checkout.orderId);
    expect(state.order).toMatchObject({
      status: 'paid',
      email: 'buyer@example.com',
      totalCents: 4900,
      providerPaymentIntentId: checkout.paymentIntentId,
    });
    expect(state.grants).toHaveLength(1);
    expect(state.emails).toBe(1);
    expect(await store.viewCheckout(checkout.id)).toMatchObject({
      status: 'COMPLETE',
      order: { status: 'PAID' },
    });
    const row = await store.api.em().findOneOrFail(WebhookEvent, { eventId: response.eventId });
    expect(row).toMatchObject({
      provider: 'stripe',
      type: 'checkout.session.completed',
      status: 'processed',
      attempts: 1,
    });
  });

  it('records the amounts Stripe charged, discount and tax included', async () => {
    const checkout = await store.startCheckout('second-brain-notion-template');
    const session = store.stripe.completeSession(checkout.id, { discountCents: 500, taxCents: 192 });
    await store.deliver('checkout.session.completed', session);
    const { order } = await orderState(checkout.orderId);
    expect(order).toMatchObject({ subtotalCents: 2900, discountCents: 500, taxCents: 192, totalCents: 2592 });
  });

  it('treats a repeated delivery as a duplicate', async () => {
    const checkout = await paidCheckout('framecraft-screenshot-tool');
    const event = store.stripe.createEvent('checkout.session.completed', checkout.session);
    expect((await store.send(event)).status).toBe(200);
    const again = await store.send(event);
    expect(again.status).toBe(200);
    expect(JSON.parse(again.body)).toEqual({ received: true, duplicate: true });

    const state = await orderState(checkout.orderId);
    expect(state.grants).toHaveLength(1);
    expect(state.licenses).toHaveLength(1);
    expect(state.emails).toBe(1);
  });

  it('fulfils exactly once under ten concurrent deliveries of the same event', async () => {
    const checkout = await paidCheckout('framecraft-screenshot-tool');
    const event = store.stripe.createEvent('checkout.session.completed', checkout.session);
    const responses = await Promise.all(Array.from({ length: 10 }, () => store.send(event)));
    for (const response of responses) expect(response.status).toBe(200);
    expect(responses.filter((response) => !JSON.parse(response.body).duplicate)).toHaveLength(1);

    const state = await orderState(checkout.orderId);
    expect(state.order.status).toBe('paid');
    expect(state.grants).toHaveLength(1);
    expect(state.licenses).toHaveLength(1);
    expect(state.emails).toBe(1);
    expect(await store.api.em().count(WebhookEvent, { eventId: event.id })).toBe(1);
  });

  it('fulfils exactly once when the same session arrives under different event ids at once', async () => {
    const checkout = await paidCheckout('framecraft-screenshot-tool');
    const events = [
      ...Array.from({ length: 4 }, () =>
        store.stripe.createEvent('checkout.session.completed', checkout.session),
      ),
      ...Array.from({ length: 4 }, () =>
        store.stripe.createEvent('checkout.session.async_payment_succeeded', checkout.session),
      ),
    ];
    const responses = await Promise.all(events.map((event) => store.send(event)));
    for (const response of responses) expect(response.status).toBe(200);

    const state = await orderState(checkout.orderId);
    expect(state.grants).toHaveLength(1);
    expect(state.licenses).toHaveLength(1);
    expect(state.emails).toBe(1);
    expect(await store.api.em().count(Order, { providerSessionId: checkout.id })).toBe(1);
  });

  it('fulfils exactly once when two API processes on one database receive the same payment', async () => {
    const port = await findFreePort();
    const second = await startApi(
      loadConfig({
        DATABASE_URL: store.api.db.url,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'shelf-api-second-')),
        API_PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'silent',
        NODE_ENV: 'test',
        RUN_WORKER: 'false',
        OWNER_EMAIL: 'owner@example.com',
        OWNER_PASSWORD: 'correct horse battery staple',
        STRIPE_SECRET_KEY: 'sk_test_123',
        STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
        STRIPE_API_BASE: store.stripe.url,
      }),
    );
    try {
      const checkout = await paidCheckout('framecraft-screenshot-tool');
      const shared = store.stripe.createEvent('checkout.session.completed', checkout.session);
      const deliveries = [store.api.url, second.url].flatMap((base) => [
        postStripeEvent(`${base}/webhooks/stripe`, shared, { secret: WEBHOOK_SECRET }),
        postStripeEvent(
          `${base}/webhooks/stripe`,
          store.stripe.createEvent('checkout.session.completed', checkout.session),
          { secret: WEBHOOK_SECRET },
        ),
      ]);
      for (const response of await Promise.all(deliveries)) expect(response.status).toBe(200);

      const state = await orderState(checkout.orderId);
      expect(state.order.status).toBe('paid');
      expect(state.grants).toHaveLength(1);
      expect(state.licenses).toHaveLength(1);
      expect(state.emails).toBe(1);
    } finally {
      await second.close();
    }
  });

  it('ignores a session that is not a Shelf checkout', async () => {
    const response = await store.deliver('checkout.session.completed', {
      id: 'cs_test_paymentlink',
      object: 'checkout.session',
      mode: 'payment',
      status: 'complete',
      payment_status: 'paid',
      client_reference_id: null,
      metadata: {},
      currency: 'usd',
      amount_subtotal: 1000,
      amount_total: 1000,
      total_details: { amount_discount: 0, amount_tax: 0, amount_shipping: 0 },
      customer_details: { email: 'someone@example.com', name: null },
      payment_intent: 'pi_elsewhere',
      subscription: null,
      invoice: null,
    });
    expect(response.status).toBe(200);
    const row = await store.api.em().findOneOrFail(WebhookEvent, { eventId: response.eventId });
    expect(row.status).toBe('ignored');
  });

  describe('matching a session to its order', () => {
    const ledgerNote = async (eventId: string) => store.api.em().findOneOrFail(WebhookEvent, { eventId });

    it('acknowledges a session whose client_reference_id is not a UUID as ignored, never a 500', async () => {
      const malformed = '-'.repeat(36);
      const orders = await store.api.em().count(Order, {});
      const response = await store.deliver('checkout.session.completed', {
        id: 'cs_test_malformed_reference',
        object: 'checkout.session',
        mode: 'payment',
        status: 'complete',
        payment_status: 'paid',
        client_reference_id: malformed,
        metadata: { order_id: malformed, product_id: store.productIds['aurora-figma-ui-kit'] },
        currency: 'usd',
        amount_subtotal: 4900,
        amount_total: 4900,
        total_details: { amount_discount: 0, amount_tax: 0, amount_shipping: 0 },
        customer_details: { email: 'someone@example.com', name: null },
        payment_intent: 'pi_malformed_reference',
        subscription: null,
        invoice: null,
      });
      expect(response.status).toBe(200);
      expect(await ledgerNote(response.eventId)).toMatchObject({
        status: 'ignored',
        error: expect.stringMatching(/malformed order id/),
      });
      expect(await store.api.em().count(Order, {})).toBe(orders);
    });

    it('does not fulfil an order from another session that names its id', async () => {
      const checkout = await store.startCheckout('aurora-figma-ui-kit');
      const response = await store.deliver('checkout.session.completed', {
        id: 'cs_test_someone_elses',
        object: 'checkout.session',
        mode: 'payment',
        status: 'complete',
        payment_status: 'paid',
        client_reference_id: checkout.orderId,
        metadata: { order_id: checkout.orderId, product_id: store.productIds['aurora-figma-ui-kit'] },
        currency: 'usd',
        amount_subtotal: 4900,
        amount_total: 4900,
        total_details: { amount_discount: 0, amount_tax: 0, amount_shipping: 0 },
        customer_details: { email: 'thief@example.com', name: null },
        payment_intent: 'pi_someone_elses',
        subscription: null,
        invoice: null,
      });
      expect(response.status).toBe(200);
      expect(await ledgerNote(response.eventId)).toMatchObject({
        status: 'ignored',
        error: expect.stringMatching(/belongs to another checkout session/),
      });
      expect((await orderState(checkout.orderId)).order).toMatchObject({ status: 'pending', email: null });

      // Its own session still pays for it.
      const own = store.stripe.completeSession(checkout.id, { email: 'buyer@example.com' });
      expect((await store.deliver('checkout.session.completed', own)).status).toBe(200);
      expect((await orderState(checkout.orderId)).order.status).toBe('paid');
    });

    it.each([
      ['amount', { amount_subtotal: 100, amount_total: 100 }, /amount 100/],
      ['currency', { currency: 'eur' }, /currency eur/],
    ])('does not fulfil a session whose %s differs from the pending order', async (_what, fields, note) => {
      const checkout = await store.startCheckout('aurora-figma-ui-kit');
      const session = store.stripe.completeSession(checkout.id, { email: 'buyer@example.com', fields });
      const response = await store.deliver('checkout.session.completed', session);
      expect(response.status).toBe(200);
      expect(await ledgerNote(response.eventId)).toMatchObject({
        status: 'ignored',
        error: expect.stringMatching(note),
      });
      const state = await orderState(checkout.orderId);
      expect(state.order.status).toBe('pending');
      expect(state.grants).toHaveLength(0);
      expect(state.emails).toBe(0);
    });
  });

  it('records unhandled event types as ignored', async () => {
    const response = await store.deliver('customer.created', { id: 'cus_123', object: 'customer' });
    expect(response.status).toBe(200);
    const row = await store.api.em().findOneOrFail(WebhookEvent, { eventId: response.eventId });
    expect(row).toMatchObject({ status: 'ignored', type: 'customer.created' });
  });
});

describe('the webhook event ledger', () => {
  async function recordClaim(eventId: string, receivedAt: Date) {
    const em = store.api.em();
    em.create(WebhookEvent, {
      provider: 'stripe',
      eventId,
      type: 'checkout.session.completed',
      payload: {},
      receivedAt,
    });
    await em.flush();
  }

  it('never acknowledges an event whose claim no transaction holds: the redelivery does the work', async () => {
    // A claim row left behind with no delivery working on it (written before claims committed with their
    // work). It used to be answered 200 "duplicate" for five minutes, and the event was lost.
    const checkout = await paidCheckout('aurora-figma-ui-kit');
    const event = store.stripe.createEvent('checkout.session.completed', checkout.session);
    await recordClaim(event.id, new Date());
    const response = await store.send(event);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ received: true });
    expect((await orderState(checkout.orderId)).order.status).toBe('paid');
  });

  it('takes over a claim that went stale (its worker died) and processes the event', async () => {
    const checkout = await paidCheckout('aurora-figma-ui-kit');
    const event = store.stripe.createEvent('checkout.session.completed', checkout.session);
    await recordClaim(event.id, new Date(Date.now() - 10 * 60_000));
    const response = await store.send(event);
    expect(JSON.parse(response.body)).toEqual({ received: true });
    const row = await store.api.em().findOneOrFail(WebhookEvent, { eventId: event.id });
    expect(row).toMatchObject({ status: 'processed', attempts: 2 });
    expect((await orderState(checkout.orderId)).order.status).toBe('paid');
  });
});

describe('delayed payments', () => {
  it('keeps the order pending until async_payment_succeeded, then fulfils it', async () => {
    const checkout = await store.startCheckout('aurora-figma-ui-kit');
    const unpaid = store.stripe.completeSession(checkout.id, {
      paymentStatus: 'unpaid',
      email: 'sepa@example.com',
    });
    expect((await store.deliver('checkout.session.completed', unpaid)).status).toBe(200);
    expect((await orderState(checkout.orderId)).order.status).toBe('pending');
    expect(await store.viewCheckout(checkout.id)).toMatchObject({ status: 'PROCESSING', order: null });

    const paid = store.stripe.completeSession(checkout.id, {
      paymentStatus: 'paid',
      email: 'sepa@example.com',
    });
    expect((await store.deliver('checkout.session.async_payment_succeeded', paid)).status).toBe(200);
    const state = await orderState(checkout.orderId);
    expect(state.order).toMatchObject({ status: 'paid', email: 'sepa@example.com' });
    expect(state.grants).toHaveLength(1);
    expect(await store.viewCheckout(checkout.id)).toMatchObject({ status: 'COMPLETE' });
  });

  it('cancels the pending order when the delayed payment fails or the session expires', async () => {
    const failed = await store.startCheckout('aurora-figma-ui-kit');
    const unpaid = store.stripe.completeSession(failed.id, { paymentStatus: 'unpaid' });
    await store.deliver('checkout.session.completed', unpaid);
    expect((await store.deliver('checkout.session.async_payment_failed', unpaid)).status).toBe(200);
    const failedState = await orderState(failed.orderId);
    expect(failedState.order.status).toBe('canceled');
    expect(failedState.order.canceledAt).toBeInstanceOf(Date);
    expect(failedState.grants).toHaveLength(0);
    expect(await store.viewCheckout(failed.id)).toMatchObject({ status: 'EXPIRED' });

    const abandoned = await store.startCheckout('aurora-figma-ui-kit');
    const expired = store.stripe.expireSession(abandoned.id);
    expect((await store.deliver('checkout.session.expired', expired)).status).toBe(200);
    expect((await orderState(abandoned.orderId)).order.status).toBe('canceled');
  });

  it('never cancels an order that was paid', async () => {
    const checkout = await paidCheckout('aurora-figma-ui-kit');
    await store.deliver('checkout.session.completed', checkout.session);
    await store.deliver('checkout.session.expired', { ...checkout.session, status: 'expired' });
    expect((await orderState(checkout.orderId)).order.status).toBe('paid');
  });
});

describe('refunds and disputes', () => {
  async function referredPurchase(code: string) {
    const em = store.api.em();
    const affiliate = em.create(Affiliate, { email: `${code.toLowerCase()}@example.com`, name: code });
    em.create(AffiliateLink, { affiliate, code, commissionPercent: 30 });
    await em.flush();
    const checkout = await paidCheckout('framecraft-screenshot-tool', { affiliateCode: code });
    await store.deliver('checkout.session.completed', checkout.session);
    const commission = await store.api.em().findOneOrFail(Commission, { order: checkout.orderId });
    expect(commission.amountCents).toBe(Math.floor((3900 * 30) / 100));
    return checkout;
  }

  it('a full refund revokes downloads and licenses and reverses the commission', async () => {
    const checkout = await referredPurchase('REFUNDME');
    const charge = store.stripe.refundPayment(checkout.paymentIntentId);
    expect((await store.deliver('charge.refunded', charge)).status).toBe(200);

    const state = await orderState(checkout.orderId);
    expect(state.order).toMatchObject({ status: 'refunded', refundedCents: 3900 });
    expect(state.grants[0]!.revokedAt).toBeInstanceOf(Date);
    expect(state.licenses[0]!.status).toBe('revoked');
    const commission = await store.api.em().findOneOrFail(Commission, { order: checkout.orderId });
    expect(commission.status).toBe('reversed');
    expect(await store.viewCheckout(checkout.id)).toMatchObject({
      order: { status: 'REFUNDED', downloads: [], licenses: [] },
    });
  });

  it('a partial refund keeps access and reduces the commission', async () => {
    const checkout = await referredPurchase('PARTIAL');
    const charge = store.stripe.refundPayment(checkout.paymentIntentId, 1300);
    expect((await store.deliver('charge.refunded', charge)).status).toBe(200);
    // The same refund event again, and an older one, change nothing: amount_refunded is cumulative.
    await store.deliver('charge.refunded', charge);

    const state = await orderState(checkout.orderId);
    expect(state.order).toMatchObject({ status: 'partially_refunded', refundedCents: 1300 });
    expect(state.grants[0]!.revokedAt).toBeNull();
    expect(state.licenses[0]!.status).toBe('active');
    const commission = await store.api.em().findOneOrFail(Commission, { order: checkout.orderId });
    expect(commission.status).toBe('pending');
    expect(commission.amountCents).toBe(Math.floor(((3900 - 1300) * 30) / 100));
  });

  it('a refund that arrives before checkout.session.completed fulfils first, then refunds', async () => {
    const checkout = await paidCheckout('framecraft-screenshot-tool');
    const charge = store.stripe.refundPayment(checkout.paymentIntentId);
    expect((await store.deliver('charge.refunded', charge)).status).toBe(200);
    let state = await orderState(checkout.orderId);
    expect(state.order.status).toBe('refunded');
    expect(state.grants).toHaveLength(1);
    expect(state.grants[0]!.revokedAt).toBeInstanceOf(Date);
    expect(state.licenses[0]!.status).toBe('revoked');

    // The late completed event must not bring access back.
    expect((await store.deliver('checkout.session.completed', checkout.session)).status).toBe(200);
    state = await orderState(checkout.orderId);
    expect(state.order.status).toBe('refunded');
    expect(state.grants).toHaveLength(1);
    expect(state.licenses[0]!.status).toBe('revoked');
  });

  it('defers a refund whose checkout is not paid yet, and applies it on Stripe’s retry', async () => {
    const checkout = await store.startCheckout('aurora-figma-ui-kit');
    const unpaid = store.stripe.completeSession(checkout.id, { paymentStatus: 'unpaid' });
    const event = store.stripe.createEvent(
      'charge.refunded',
      store.stripe.refundPayment(unpaid.payment_intent!),
    );
    const first = await store.send(event);
    expect(first.status).toBe(500);
    const failed = await store.api.em().findOneOrFail(WebhookEvent, { eventId: event.id });
    expect(failed).toMatchObject({
      status: 'failed',
      attempts: 1,
      error: expect.stringMatching(/not paid yet/),
    });

    store.stripe.completeSession(checkout.id, { paymentStatus: 'paid' });
    const retry = await store.send(event);
    expect(retry.status).toBe(200);
    const row = await store.api.em().findOneOrFail(WebhookEvent, { eventId: event.id });
    expect(row).toMatchObject({ status: 'processed', attempts: 2, error: null });
    expect((await orderState(checkout.orderId)).order.status).toBe('refunded');
  });

  it('ignores a refund of a payment that Shelf did not sell', async () => {
    const response = await store.deliver('charge.refunded', {
      id: 'ch_other',
      object: 'charge',
      amount: 500,
      amount_refunded: 500,
      payment_intent: 'pi_not_shelf',
      currency: 'usd',
    });
    expect(response.status).toBe(200);
    expect((await store.api.em().findOneOrFail(WebhookEvent, { eventId: response.eventId })).status).toBe(
      'ignored',
    );
  });

  it('a lost dispute revokes access; a won one restores the order', async () => {
    const lost = await referredPurchase('DISPUTED');
    await store.deliver('charge.dispute.created', store.stripe.disputePayment(lost.paymentIntentId));
    expect((await orderState(lost.orderId)).order.status).toBe('disputed');
    await store.deliver('charge.dispute.closed', store.stripe.disputePayment(lost.paymentIntentId, 'lost'));
    const lostState = await orderState(lost.orderId);
    expect(lostState.order).toMatchObject({ status: 'disputed', refundedCents: 3900 });
    expect(lostState.grants[0]!.revokedAt).toBeInstanceOf(Date);
    expect(lostState.licenses[0]!.status).toBe('revoked');
    expect((await store.api.em().findOneOrFail(Commission, { order: lost.orderId })).status).toBe('reversed');

    const won = await paidCheckout('aurora-figma-ui-kit');
    await store.deliver('checkout.session.completed', won.session);
    await store.deliver('charge.dispute.created', store.stripe.disputePayment(won.paymentIntentId));
    await store.deliver('charge.dispute.closed', store.stripe.disputePayment(won.paymentIntentId, 'won'));
    const wonState = await orderState(won.orderId);
    expect(wonState.order.status).toBe('paid');
    expect(wonState.grants[0]!.revokedAt).toBeNull();
  });
});

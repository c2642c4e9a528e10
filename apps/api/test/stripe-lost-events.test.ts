// No Stripe event is ever lost: an event's claim commits with its work, so a delivery that crashes half
// way leaves nothing behind and Stripe's retry does the work; a delivery that overlaps one in progress is
// told to retry instead of being acknowledged; and reconciliation replays refunds, disputes and renewals
// whose webhooks never arrived.
import { DownloadGrant } from '@shelf/db/downloads';
import { License } from '@shelf/db/licensing';
import { Email } from '@shelf/db/messaging';
import { Order } from '@shelf/db/orders';
import { WebhookEvent } from '@shelf/db/payments';
import { Subscription } from '@shelf/db/subscriptions';
import { signStripePayload } from '@shelf/test-utils/stripe-stand-in';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../src/context.ts';
import { reconcileRecentEvents } from '../src/modules/payments/reconcile.service.ts';
import { type StripeTestStore, startStripeTestStore, WEBHOOK_SECRET } from './stripe-fixtures.ts';

let store: StripeTestStore;

beforeAll(async () => {
  store = await startStripeTestStore();
});
afterAll(() => store?.close());
afterEach(() => {
  store.api.services.failPoints = undefined;
});

/** Makes the next payment event throw after it changed its rows and before its transaction commits. */
function crashAfterApplying(): void {
  store.api.services.failPoints = new Set(['payment-event.applied']);
}

async function paidCheckout(slug: string) {
  const checkout = await store.startCheckout(slug);
  const session = store.stripe.completeSession(checkout.id, { email: 'buyer@example.com' });
  return { ...checkout, session, paymentIntentId: session.payment_intent! };
}

async function orderState(orderId: string) {
  const em = store.api.em();
  return {
    order: await em.findOneOrFail(Order, { id: orderId }),
    grants: await em.find(DownloadGrant, { order: orderId }),
    licenses: await em.find(License, { order: orderId }),
    emails: await em.find(Email, { order: orderId }),
  };
}

const ledgerRow = (eventId: string) => store.api.em().findOne(WebhookEvent, { eventId });

describe('a delivery that dies half way', () => {
  it('leaves no fulfilment behind, and the redelivery fulfils the order once', async () => {
    const checkout = await paidCheckout('framecraft-screenshot-tool');
    const event = store.stripe.createEvent('checkout.session.completed', checkout.session);

    crashAfterApplying();
    const crashed = await store.send(event);
    expect(crashed.status).toBe(500);
    let state = await orderState(checkout.orderId);
    expect(state.order.status).toBe('pending');
    expect(state.grants).toHaveLength(0);
    expect(state.licenses).toHaveLength(0);
    expect(state.emails).toHaveLength(0);
    expect(await ledgerRow(event.id)).toMatchObject({ status: 'failed', attempts: 1 });

    store.api.services.failPoints = undefined;
    const retried = await store.send(event);
    expect(retried.status).toBe(200);
    expect(JSON.parse(retried.body)).toEqual({ received: true });
    state = await orderState(checkout.orderId);
    expect(state.order.status).toBe('paid');
    expect(state.grants).toHaveLength(1);
    expect(state.licenses).toHaveLength(1);
    expect(state.emails).toHaveLength(1);
    expect(await ledgerRow(event.id)).toMatchObject({ status: 'processed', attempts: 2, error: null });
  });

  it('loses no refund: the order update rolls back and the redelivery refunds', async () => {
    const checkout = await paidCheckout('framecraft-screenshot-tool');
    await store.deliver('checkout.session.completed', checkout.session);
    const refund = store.stripe.createEvent(
      'charge.refunded',
      store.stripe.refundPayment(checkout.paymentIntentId),
    );

    crashAfterApplying();
    expect((await store.send(refund)).status).toBe(500);
    let state = await orderState(checkout.orderId);
    expect(state.order).toMatchObject({ status: 'paid', refundedCents: 0 });
    expect(state.grants[0]!.revokedAt).toBeNull();
    expect(state.licenses[0]!.status).toBe('active');
    expect(state.emails.map((email) => email.template)).toEqual(['delivery']);

    store.api.services.failPoints = undefined;
    expect((await store.send(refund)).status).toBe(200);
    state = await orderState(checkout.orderId);
    expect(state.order).toMatchObject({ status: 'refunded', refundedCents: 3900 });
    expect(state.grants[0]!.revokedAt).toBeInstanceOf(Date);
    expect(state.licenses[0]!.status).toBe('revoked');
    expect(state.emails.map((email) => email.template).sort()).toEqual(['delivery', 'refund']);
    expect(await ledgerRow(refund.id)).toMatchObject({ status: 'processed', attempts: 2 });

    // Acknowledged now, so a further redelivery is a duplicate.
    expect(JSON.parse((await store.send(refund)).body)).toEqual({ received: true, duplicate: true });
  });
});

describe('a delivery that overlaps another of the same event', () => {
  it('is told to retry (503, Retry-After) while the other holds it, and does the work once it is gone', async () => {
    const checkout = await paidCheckout('aurora-figma-ui-kit');
    const event = store.stripe.createEvent('checkout.session.completed', checkout.session);
    // Another delivery has claimed the event and is still working on it (its transaction is open).
    const other = await store.api.em().getKnex().transaction();
    try {
      await other.raw(
        `insert into webhook_event (id, provider, event_id, type, status, attempts, payload, received_at)
         values (gen_random_uuid(), 'stripe', ?, 'checkout.session.completed', 'processing', 0, '{}', now())`,
        [event.id],
      );
      const payload = JSON.stringify(event);
      const overlapping = await fetch(`${store.api.url}/webhooks/stripe`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'stripe-signature': signStripePayload(payload, WEBHOOK_SECRET),
        },
        body: payload,
      });
      expect(overlapping.status).toBe(503);
      expect(Number(overlapping.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await overlapping.text()).toMatch(/try again/i);
      expect((await orderState(checkout.orderId)).order.status).toBe('pending');
    } finally {
      // The other delivery dies: its claim goes with it.
      await other.rollback();
    }

    const retried = await store.send(event);
    expect(retried.status).toBe(200);
    expect(JSON.parse(retried.body)).toEqual({ received: true });
    expect((await orderState(checkout.orderId)).order.status).toBe('paid');
    expect(await ledgerRow(event.id)).toMatchObject({ status: 'processed', attempts: 1 });
  }, 20_000);
});

describe('reconciliation of events whose webhooks never arrived', () => {
  const DAY_MS = 24 * 60 * 60 * 1000;
  const inDays = (days: number): Date => new Date(Math.floor((Date.now() + days * DAY_MS) / 1000) * 1000);

  it('replays a lost refund, dispute and renewal once, and skips events already processed', async () => {
    const since = new Date(Date.now() - 60_000);
    const ctx = () => systemContext(store.api.services, 'test');

    const refunded = await paidCheckout('framecraft-screenshot-tool');
    await store.deliver('checkout.session.completed', refunded.session);
    // Created by Stripe, never delivered.
    store.stripe.createEvent('charge.refunded', store.stripe.refundPayment(refunded.paymentIntentId));

    const disputed = await paidCheckout('aurora-figma-ui-kit');
    await store.deliver('checkout.session.completed', disputed.session);
    store.stripe.createEvent('charge.dispute.created', store.stripe.disputePayment(disputed.paymentIntentId));

    const member = await store.startCheckout('design-resources-club');
    const session = store.stripe.completeSession(member.id, {
      email: 'member@example.com',
      currentPeriodEnd: inDays(30),
    });
    await store.deliver('checkout.session.completed', session);
    const renewedUntil = inDays(60);
    const { invoice } = store.stripe.renewSubscription(session.subscription!, { periodEnd: renewedUntil });
    store.stripe.createEvent('invoice.paid', invoice);

    // One that did arrive: replaying it changes nothing.
    const delivered = await paidCheckout('golden-hour-lightroom-presets');
    await store.deliver('checkout.session.completed', delivered.session);
    const partial = await store.deliver(
      'charge.refunded',
      store.stripe.refundPayment(delivered.paymentIntentId, 500),
    );
    expect(partial.status).toBe(200);

    const first = await reconcileRecentEvents(ctx(), { since });
    expect(first).toMatchObject({ applied: 3, failed: 0 });
    expect(first.checked).toBeGreaterThanOrEqual(4);

    expect((await orderState(refunded.orderId)).order).toMatchObject({ status: 'refunded' });
    expect((await orderState(refunded.orderId)).grants[0]!.revokedAt).toBeInstanceOf(Date);
    expect((await orderState(disputed.orderId)).order.status).toBe('disputed');
    const subscription = await store.api.em().findOneOrFail(Subscription, { order: member.orderId });
    expect(subscription.currentPeriodEnd.getTime()).toBe(renewedUntil.getTime());
    expect((await orderState(delivered.orderId)).order).toMatchObject({
      status: 'partially_refunded',
      refundedCents: 500,
    });
    expect((await orderState(refunded.orderId)).emails.filter((e) => e.template === 'refund')).toHaveLength(
      1,
    );

    const second = await reconcileRecentEvents(ctx(), { since });
    expect(second).toMatchObject({ checked: first.checked, applied: 0, failed: 0 });
    expect((await orderState(refunded.orderId)).emails.filter((e) => e.template === 'refund')).toHaveLength(
      1,
    );
  });
});

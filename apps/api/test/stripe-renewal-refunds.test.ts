// Refunds and lost disputes of a subscription's renewal charges. The order records only the first invoice's
// payment, so these are found through the renewal invoice's subscription: the money for the period went
// back, so access ends at once, while the order's amounts (the first payment) stay as they are.
import { Product } from '@shelf/db/catalog';
import { DownloadGrant } from '@shelf/db/downloads';
import { License } from '@shelf/db/licensing';
import { Order } from '@shelf/db/orders';
import { WebhookEvent } from '@shelf/db/payments';
import { Subscription } from '@shelf/db/subscriptions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StripeTestStore, startStripeTestStore } from './stripe-fixtures.ts';

let store: StripeTestStore;

beforeAll(async () => {
  store = await startStripeTestStore();
  // A license as well as a download, so both expiries are covered.
  const em = store.api.em();
  await em.nativeUpdate(Product, { slug: 'design-resources-club' }, { requiresLicenseKey: true });
});
afterAll(() => store?.close());

const DAY_MS = 24 * 60 * 60 * 1000;
/** Stripe speaks whole seconds. */
const inDays = (days: number): Date => new Date(Math.floor((Date.now() + days * DAY_MS) / 1000) * 1000);
/** Access runs to a paid period's end plus the store's default renewal grace. */
const withGrace = (periodEnd: Date): number => periodEnd.getTime() + 3 * DAY_MS;

/** A member whose first period is fulfilled and whose first renewal is paid; no refund yet. */
async function renewedMember() {
  const checkout = await store.startCheckout('design-resources-club');
  const session = store.stripe.completeSession(checkout.id, {
    email: 'member@example.com',
    currentPeriodEnd: inDays(30),
  });
  expect((await store.deliver('checkout.session.completed', session)).status).toBe(200);
  const renewedUntil = inDays(60);
  const { invoice } = store.stripe.renewSubscription(session.subscription!, { periodEnd: renewedUntil });
  expect((await store.deliver('invoice.paid', invoice)).status).toBe(200);
  const payment = [...store.stripe.invoicePayments.values()].find((entry) => entry.invoice === invoice.id)!;
  const view = await store.viewCheckout(checkout.id);
  return {
    orderId: checkout.orderId,
    renewedUntil,
    renewalPaymentIntentId: String((payment.payment as { payment_intent: string }).payment_intent),
    downloadUrl: view!.order!.downloads[0]!.url,
  };
}

async function accessState(orderId: string) {
  const em = store.api.em();
  return {
    order: await em.findOneOrFail(Order, { id: orderId }),
    subscription: await em.findOneOrFail(Subscription, { order: orderId }),
    grant: await em.findOneOrFail(DownloadGrant, { order: orderId }),
    license: await em.findOneOrFail(License, { order: orderId }),
  };
}

async function eventStatus(eventId: string) {
  return store.api.em().findOneOrFail(WebhookEvent, { eventId });
}

function postDownload(url: string): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': 'ShelfTest/1.0' },
    body: '',
  });
}

describe('Stripe renewal refunds and disputes', () => {
  it('ends access when a renewal is fully refunded, once', async () => {
    const member = await renewedMember();
    const before = await accessState(member.orderId);
    expect(before.grant.expiresAt?.getTime()).toBe(withGrace(member.renewedUntil));
    expect(before.license.expiresAt?.getTime()).toBe(withGrace(member.renewedUntil));
    expect((await postDownload(member.downloadUrl)).status).toBe(303);

    const charge = store.stripe.refundPayment(member.renewalPaymentIntentId);
    const refunded = store.stripe.createEvent('charge.refunded', charge);
    const response = await store.send(refunded);
    expect(response.status).toBe(200);
    expect((await eventStatus(String(refunded.id))).status).toBe('processed');

    const after = await accessState(member.orderId);
    const now = Date.now();
    expect(after.grant.expiresAt!.getTime()).toBeLessThanOrEqual(now);
    expect(after.license.expiresAt!.getTime()).toBeLessThanOrEqual(now);
    // Expiry ends the license; it is not revoked, and the grant is expired rather than revoked.
    expect(after.license.status).toBe('active');
    expect(after.license.revokedAt).toBeNull();
    expect(after.grant.revokedAt).toBeNull();
    // The order describes the first payment, which stands.
    expect(after.order).toMatchObject({ status: 'paid', refundedCents: 0, totalCents: 1200 });
    expect(after.subscription.currentPeriodEnd.getTime()).toBe(member.renewedUntil.getTime());
    expect((await postDownload(member.downloadUrl)).status).toBe(410);

    // The same delivery again, and the same refund in a new event, change nothing.
    const repeated = await store.send(refunded);
    expect(repeated.status).toBe(200);
    expect(JSON.parse(repeated.body)).toMatchObject({ duplicate: true });
    expect((await store.deliver('charge.refunded', charge)).status).toBe(200);
    const again = await accessState(member.orderId);
    expect(again.grant.expiresAt?.getTime()).toBe(after.grant.expiresAt?.getTime());
    expect(again.license.expiresAt?.getTime()).toBe(after.license.expiresAt?.getTime());
    expect(again.order).toMatchObject({ status: 'paid', refundedCents: 0 });
  });

  it('keeps access after a partial refund of a renewal', async () => {
    const member = await renewedMember();
    const response = await store.deliver(
      'charge.refunded',
      store.stripe.refundPayment(member.renewalPaymentIntentId, 500),
    );
    expect(response.status).toBe(200);
    const event = await eventStatus(response.eventId);
    expect(event.status).toBe('processed');

    const state = await accessState(member.orderId);
    expect(state.grant.expiresAt?.getTime()).toBe(withGrace(member.renewedUntil));
    expect(state.license.expiresAt?.getTime()).toBe(withGrace(member.renewedUntil));
    expect(state.order).toMatchObject({ status: 'paid', refundedCents: 0 });
    expect((await postDownload(member.downloadUrl)).status).toBe(303);
  });

  it('ends access when a dispute of a renewal is lost, and not when one is won', async () => {
    const member = await renewedMember();
    const won = await store.deliver(
      'charge.dispute.closed',
      store.stripe.disputePayment(member.renewalPaymentIntentId, 'won'),
    );
    expect(won.status).toBe(200);
    expect((await accessState(member.orderId)).grant.expiresAt?.getTime()).toBe(
      withGrace(member.renewedUntil),
    );

    const lost = await store.deliver(
      'charge.dispute.closed',
      store.stripe.disputePayment(member.renewalPaymentIntentId, 'lost'),
    );
    expect(lost.status).toBe(200);
    expect((await eventStatus(lost.eventId)).status).toBe('processed');
    const state = await accessState(member.orderId);
    expect(state.grant.expiresAt!.getTime()).toBeLessThanOrEqual(Date.now());
    expect(state.license.expiresAt!.getTime()).toBeLessThanOrEqual(Date.now());
    expect(state.order).toMatchObject({ status: 'paid', refundedCents: 0 });
    expect((await postDownload(member.downloadUrl)).status).toBe(410);
  });

  it('gives access again when the next renewal is paid', async () => {
    const member = await renewedMember();
    await store.deliver('charge.refunded', store.stripe.refundPayment(member.renewalPaymentIntentId));
    const subscriptionId = (await accessState(member.orderId)).subscription.providerSubscriptionId;
    const nextUntil = inDays(90);
    const { invoice } = store.stripe.renewSubscription(subscriptionId, { periodEnd: nextUntil });
    await store.deliver('invoice.paid', invoice);
    const state = await accessState(member.orderId);
    expect(state.grant.expiresAt?.getTime()).toBe(withGrace(nextUntil));
    expect(state.license.expiresAt?.getTime()).toBe(withGrace(nextUntil));
  });

  it('keeps the current paid period when an earlier renewal is refunded', async () => {
    const member = await renewedMember();
    const subscriptionId = (await accessState(member.orderId)).subscription.providerSubscriptionId;
    const nextUntil = inDays(90);
    const { invoice } = store.stripe.renewSubscription(subscriptionId, { periodEnd: nextUntil });
    expect((await store.deliver('invoice.paid', invoice)).status).toBe(200);

    // Money back for the first renewal's period; the second renewal is paid and still running.
    const response = await store.deliver(
      'charge.refunded',
      store.stripe.refundPayment(member.renewalPaymentIntentId),
    );
    expect(response.status).toBe(200);
    expect((await eventStatus(response.eventId)).status).toBe('processed');
    const state = await accessState(member.orderId);
    expect(state.grant.expiresAt?.getTime()).toBe(withGrace(nextUntil));
    expect(state.license.expiresAt?.getTime()).toBe(withGrace(nextUntil));
    expect((await postDownload(member.downloadUrl)).status).toBe(303);
  });

  it('still revokes the order when the first payment is refunded', async () => {
    const member = await renewedMember();
    const { order } = await accessState(member.orderId);
    const response = await store.deliver(
      'charge.refunded',
      store.stripe.refundPayment(order.providerPaymentIntentId!),
    );
    expect(response.status).toBe(200);
    const state = await accessState(member.orderId);
    expect(state.order.status).toBe('refunded');
    expect(state.grant.revokedAt).toBeInstanceOf(Date);
    expect(state.license.status).toBe('revoked');
  });

  it('ignores a refund of a payment that is neither an order nor a known renewal', async () => {
    const member = await renewedMember();
    // The renewal's invoice is known to Stripe, but its subscription is not ours.
    await store.api.em().nativeDelete(Subscription, { order: member.orderId });
    const response = await store.deliver(
      'charge.refunded',
      store.stripe.refundPayment(member.renewalPaymentIntentId),
    );
    expect(response.status).toBe(200);
    expect((await eventStatus(response.eventId)).status).toBe('ignored');
    expect(
      (await store.api.em().findOneOrFail(DownloadGrant, { order: member.orderId })).expiresAt?.getTime(),
    ).toBe(withGrace(member.renewedUntil));
  });
});

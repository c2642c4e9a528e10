// Subscriptions through Stripe: access (download grant expiry) follows the paid period, plus the store's
// renewal grace (3 days by default) for a renewal payment that is late or retried. Only a paid renewal
// moves it forward; Stripe rolling the period over does not. A failed renewal leaves access at the paid
// period's end plus the grace, and a cancellation ends it at the paid period's end.
import { DownloadGrant } from '@shelf/db/downloads';
import { Order } from '@shelf/db/orders';
import { WebhookEvent } from '@shelf/db/payments';
import { StoreSettings } from '@shelf/db/settings';
import { Subscription } from '@shelf/db/subscriptions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StripeTestStore, startStripeTestStore } from './stripe-fixtures.ts';

let store: StripeTestStore;

beforeAll(async () => {
  store = await startStripeTestStore();
});
afterAll(() => store?.close());

const DAY_MS = 24 * 60 * 60 * 1000;
/** Stripe speaks whole seconds. */
const inDays = (days: number): Date => new Date(Math.floor((Date.now() + days * DAY_MS) / 1000) * 1000);
/** The store's default renewal grace. */
const withGrace = (periodEnd: Date): number => periodEnd.getTime() + 3 * DAY_MS;

async function subscribe(periodEnd = inDays(30)) {
  const checkout = await store.startCheckout('design-resources-club');
  const session = store.stripe.completeSession(checkout.id, {
    email: 'member@example.com',
    currentPeriodEnd: periodEnd,
  });
  return { ...checkout, session, subscriptionId: session.subscription! };
}

async function subscriptionState(orderId: string) {
  const em = store.api.em();
  return {
    order: await em.findOneOrFail(Order, { id: orderId }),
    subscription: await em.findOneOrFail(Subscription, { order: orderId }),
    grant: await em.findOneOrFail(DownloadGrant, { order: orderId }),
  };
}

describe('Stripe subscriptions', () => {
  it('starts with access until the end of the first paid period', async () => {
    const periodEnd = inDays(30);
    const member = await subscribe(periodEnd);
    expect((await store.deliver('checkout.session.completed', member.session)).status).toBe(200);

    const state = await subscriptionState(member.orderId);
    expect(state.order).toMatchObject({
      status: 'paid',
      totalCents: 1200,
      providerSubscriptionId: member.subscriptionId,
    });
    // The first invoice's payment is recorded, so a refund or dispute of it finds this order.
    expect(state.order.providerPaymentIntentId).toMatch(/^pi_/);
    expect(state.subscription).toMatchObject({
      provider: 'stripe',
      status: 'active',
      cancelAtPeriodEnd: false,
    });
    expect(state.subscription.currentPeriodEnd.getTime()).toBe(periodEnd.getTime());
    expect(state.grant.expiresAt?.getTime()).toBe(withGrace(periodEnd));
  });

  it('extends access when a renewal invoice is paid, once', async () => {
    const member = await subscribe(inDays(30));
    await store.deliver('checkout.session.completed', member.session);

    const renewedUntil = inDays(60);
    const { invoice, subscription } = store.stripe.renewSubscription(member.subscriptionId, {
      periodEnd: renewedUntil,
    });
    const paid = store.stripe.createEvent('invoice.paid', invoice);
    expect((await store.send(paid)).status).toBe(200);
    expect(JSON.parse((await store.send(paid)).body)).toMatchObject({ duplicate: true });

    let state = await subscriptionState(member.orderId);
    expect(state.subscription.status).toBe('active');
    expect(state.subscription.currentPeriodEnd.getTime()).toBe(renewedUntil.getTime());
    expect(state.grant.expiresAt?.getTime()).toBe(withGrace(renewedUntil));

    // The subscription.updated of the same renewal, and the previous period's late invoice, change nothing.
    await store.deliver('customer.subscription.updated', subscription);
    await store.deliver('invoice.paid', store.stripe.invoices.get(member.session.invoice!)!);
    state = await subscriptionState(member.orderId);
    expect(state.grant.expiresAt?.getTime()).toBe(withGrace(renewedUntil));
  });

  it('never extends access when Stripe rolls the period over before the renewal is paid', async () => {
    const paidUntil = inDays(30);
    const member = await subscribe(paidUntil);
    await store.deliver('checkout.session.completed', member.session);
    const { subscription, invoice } = store.stripe.renewSubscription(member.subscriptionId, {
      periodEnd: inDays(61),
    });
    expect((await store.deliver('customer.subscription.updated', subscription)).status).toBe(200);
    let state = await subscriptionState(member.orderId);
    expect(state.subscription.currentPeriodEnd.getTime()).toBe(paidUntil.getTime());
    expect(state.grant.expiresAt?.getTime()).toBe(withGrace(paidUntil));

    // The renewal's payment fails: past due, access to the paid period plus the grace and no further.
    expect((await store.deliver('invoice.payment_failed', { ...invoice, status: 'open' })).status).toBe(200);
    state = await subscriptionState(member.orderId);
    expect(state.subscription).toMatchObject({ status: 'past_due' });
    expect(state.subscription.currentPeriodEnd.getTime()).toBe(paidUntil.getTime());
    expect(state.grant.expiresAt?.getTime()).toBe(withGrace(paidUntil));
  });

  it('marks a failed renewal past due, and active again once paid', async () => {
    const member = await subscribe();
    await store.deliver('checkout.session.completed', member.session);
    const { invoice } = store.stripe.renewSubscription(member.subscriptionId);

    await store.deliver('invoice.payment_failed', { ...invoice, status: 'open' });
    expect((await subscriptionState(member.orderId)).subscription.status).toBe('past_due');
    await store.deliver('invoice.paid', invoice);
    expect((await subscriptionState(member.orderId)).subscription.status).toBe('active');
  });

  it('pulls access back to the grace when a renewal fails, and moves it forward once paid', async () => {
    const paidUntil = inDays(30);
    const member = await subscribe(paidUntil);
    await store.deliver('checkout.session.completed', member.session);
    // Access that ran ahead of the payments (as the old rule let customer.subscription.updated do).
    await store.api.em().nativeUpdate(DownloadGrant, { order: member.orderId }, { expiresAt: inDays(61) });
    const renewedUntil = inDays(60);
    const { invoice } = store.stripe.renewSubscription(member.subscriptionId, { periodEnd: renewedUntil });

    await store.deliver('invoice.payment_failed', { ...invoice, status: 'open' });
    let state = await subscriptionState(member.orderId);
    expect(state.subscription.status).toBe('past_due');
    expect(state.grant.expiresAt?.getTime()).toBe(withGrace(paidUntil));

    await store.deliver('invoice.paid', invoice);
    state = await subscriptionState(member.orderId);
    expect(state.subscription.status).toBe('active');
    expect(state.subscription.currentPeriodEnd.getTime()).toBe(renewedUntil.getTime());
    expect(state.grant.expiresAt?.getTime()).toBe(withGrace(renewedUntil));
  });

  it('follows the store’s renewal grace, down to none', async () => {
    const em = store.api.em();
    const settings = (await em.findOne(StoreSettings, { id: 1 })) ?? em.create(StoreSettings, {});
    settings.renewalGraceDays = 0;
    await em.flush();
    try {
      const paidUntil = inDays(30);
      const member = await subscribe(paidUntil);
      await store.deliver('checkout.session.completed', member.session);
      expect((await subscriptionState(member.orderId)).grant.expiresAt?.getTime()).toBe(paidUntil.getTime());
      const { invoice } = store.stripe.renewSubscription(member.subscriptionId);
      await store.deliver('invoice.payment_failed', { ...invoice, status: 'open' });
      expect((await subscriptionState(member.orderId)).grant.expiresAt?.getTime()).toBe(paidUntil.getTime());
    } finally {
      await store.api.em().nativeUpdate(StoreSettings, { id: 1 }, { renewalGraceDays: 3 });
    }
  });

  it('records a cancellation at period end, then the end itself, without cutting paid access', async () => {
    const periodEnd = inDays(30);
    const member = await subscribe(periodEnd);
    await store.deliver('checkout.session.completed', member.session);

    const scheduled = store.stripe.cancelSubscription(member.subscriptionId, { atPeriodEnd: true });
    await store.deliver('customer.subscription.updated', scheduled);
    let state = await subscriptionState(member.orderId);
    expect(state.subscription).toMatchObject({ status: 'active', cancelAtPeriodEnd: true });
    expect(state.grant.expiresAt?.getTime()).toBe(withGrace(periodEnd));

    const ended = store.stripe.cancelSubscription(member.subscriptionId);
    expect((await store.deliver('customer.subscription.deleted', ended)).status).toBe(200);
    state = await subscriptionState(member.orderId);
    expect(state.subscription.status).toBe('canceled');
    expect(state.subscription.canceledAt).toBeInstanceOf(Date);
    expect(state.subscription.currentPeriodEnd.getTime()).toBe(periodEnd.getTime());
    expect(state.grant.expiresAt?.getTime()).toBe(periodEnd.getTime());
    expect(state.grant.revokedAt).toBeNull();

    // Ended: access runs to the end of the paid period, without the grace a renewal would have used.
    // A late renewal invoice for a canceled subscription does not revive it.
    await store.deliver('customer.subscription.updated', { ...ended, status: 'active' });
    expect((await subscriptionState(member.orderId)).subscription.status).toBe('canceled');
  });

  it('fulfils the checkout first when invoice.paid arrives before checkout.session.completed', async () => {
    const periodEnd = inDays(30);
    const member = await subscribe(periodEnd);
    const firstInvoice = store.stripe.invoices.get(member.session.invoice!)!;
    const response = await store.deliver('invoice.paid', firstInvoice);
    expect(response.status).toBe(200);
    expect((await store.api.em().findOneOrFail(WebhookEvent, { eventId: response.eventId })).status).toBe(
      'processed',
    );

    const state = await subscriptionState(member.orderId);
    expect(state.order.status).toBe('paid');
    expect(state.subscription.currentPeriodEnd.getTime()).toBe(periodEnd.getTime());

    // The completed event that follows is a no-op.
    await store.deliver('checkout.session.completed', member.session);
    expect(await store.api.em().count(DownloadGrant, { order: member.orderId })).toBe(1);
  });

  it('ignores subscription events for a checkout that was never paid', async () => {
    const checkout = await store.startCheckout('design-resources-club');
    const unpaid = store.stripe.completeSession(checkout.id, { paymentStatus: 'unpaid' });
    const subscription = store.stripe.subscriptions.get(unpaid.subscription!)!;
    const response = await store.deliver('customer.subscription.updated', {
      ...subscription,
      status: 'incomplete',
    });
    expect(response.status).toBe(200);
    expect((await store.api.em().findOneOrFail(WebhookEvent, { eventId: response.eventId })).status).toBe(
      'ignored',
    );
    expect(await store.api.em().count(Subscription, { order: checkout.orderId })).toBe(0);
  });

  it('revokes access when the first payment is refunded', async () => {
    const member = await subscribe();
    await store.deliver('checkout.session.completed', member.session);
    const { order } = await subscriptionState(member.orderId);
    const charge = store.stripe.refundPayment(order.providerPaymentIntentId!);
    expect((await store.deliver('charge.refunded', charge)).status).toBe(200);

    const state = await subscriptionState(member.orderId);
    expect(state.order.status).toBe('refunded');
    expect(state.grant.revokedAt).toBeInstanceOf(Date);
  });
});

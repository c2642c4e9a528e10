// What each Stripe event means for Shelf. Every path ends in the one domain function for its rule
// (fulfilCheckout, recordRefund, applySubscriptionChange ...), all idempotent, so a repeated or
// concurrent delivery changes nothing. Events arrive in any order: when one refers to a payment or
// subscription we have not fulfilled yet, its checkout is fetched from Stripe and fulfilled first.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Order, type PaymentProvider, Subscription, type SubscriptionStatus } from '@shelf/db';
import type Stripe from 'stripe';
import type { AppServices } from '../../app-services.ts';
import { fulfilCheckout } from '../fulfilment/fulfilment.service.ts';
import {
  applySubscriptionChange,
  endSubscriptionAccess,
  recordDisputeClosed,
  recordDisputeOpened,
  recordRefund,
  type SubscriptionChange,
} from '../fulfilment/order-lifecycle.service.ts';
import type { CheckoutOutcome } from './payment-provider.ts';
import { type StripeGateway, subscriptionPeriodEnd } from './stripe-gateway.ts';

export type StripeEventResult = { status: 'processed' | 'ignored'; note?: string };

/** The event cannot be applied yet but may be later: the webhook answers 500 so Stripe delivers it again. */
export class RetryLaterError extends Error {
  override name = 'RetryLaterError';
}

const processed: StripeEventResult = { status: 'processed' };
const ignored = (note: string): StripeEventResult => ({ status: 'ignored', note });

/** Marks a checkout that will never be paid (expired, or its delayed payment failed) as canceled. */
export async function cancelPendingOrder(
  services: AppServices,
  input: { provider: PaymentProvider; sessionId: string },
  now = new Date(),
): Promise<boolean> {
  const em = services.orm.em.fork() as EntityManager;
  // Conditional on pending, so it can never undo a payment that fulfilment recorded concurrently.
  const updated = await em.nativeUpdate(
    Order,
    { provider: input.provider, providerSessionId: input.sessionId, status: 'pending' },
    { status: 'canceled', canceledAt: now, updatedAt: now },
  );
  return updated > 0;
}

type Repair = 'fulfilled' | 'not_ours' | 'not_paid_yet' | 'abandoned';

/** Fulfils the checkout behind an event that arrived before checkout.session.completed. */
async function fulfilFromCheckout(services: AppServices, outcome: CheckoutOutcome | null): Promise<Repair> {
  if (!outcome) return 'not_ours';
  if (outcome.status === 'expired') return 'abandoned';
  if (outcome.status !== 'complete' || outcome.paymentStatus === 'unpaid') return 'not_paid_yet';
  const result = await fulfilCheckout(services, outcome);
  if (result.state === 'unknown_order') return 'not_ours';
  return result.state === 'awaiting_payment' ? 'not_paid_yet' : 'fulfilled';
}

/** What a refund or dispute means for a renewal's period: end access, or keep it (and why). */
type RenewalEffect = { endAccess: true; at: Date } | { endAccess: false; note: string };

/**
 * Applies a refund or dispute to the order paid by a payment intent. A payment with no Shelf checkout
 * behind it is either a renewal of a subscription we know (its order holds only the first invoice's
 * payment, so the renewal's period is what the money paid for) or not ours (another integration on the
 * same Stripe account) and ignored. One whose checkout is not paid yet is retried, so that access is never
 * granted after the money went back.
 */
async function applyToPayment(
  services: AppServices,
  gateway: StripeGateway,
  paymentIntentId: string | null,
  apply: (paymentIntentId: string) => Promise<{ state: string }>,
  renewal: RenewalEffect | null = null,
): Promise<StripeEventResult> {
  if (!paymentIntentId) return ignored('no payment intent');
  if ((await apply(paymentIntentId)).state !== 'unknown_order') return processed;
  const repair = await fulfilFromCheckout(
    services,
    await gateway.findCheckoutByPaymentIntent(paymentIntentId),
  );
  if (repair === 'not_ours' && renewal) return applyToRenewal(services, gateway, paymentIntentId, renewal);
  if (repair === 'not_ours' || repair === 'abandoned')
    return ignored(`no Shelf order for ${paymentIntentId}`);
  if (repair === 'not_paid_yet')
    throw new RetryLaterError(`the checkout for ${paymentIntentId} is not paid yet`);
  if ((await apply(paymentIntentId)).state === 'unknown_order')
    throw new RetryLaterError(`no order for ${paymentIntentId} yet`);
  return processed;
}

/** Applies a refund or dispute to the subscription whose renewal invoice a payment intent paid. */
async function applyToRenewal(
  services: AppServices,
  gateway: StripeGateway,
  paymentIntentId: string,
  effect: RenewalEffect,
): Promise<StripeEventResult> {
  const invoice = await gateway.findInvoiceByPaymentIntent(paymentIntentId);
  const subscriptionId = invoice ? invoiceSubscriptionId(invoice) : null;
  // A first invoice's payment is recorded on its order; finding none here means its checkout is not ours.
  if (!invoice || !subscriptionId || invoice.billing_reason === 'subscription_create')
    return ignored(`no Shelf order for ${paymentIntentId}`);
  const unknown = ignored(`no Shelf order or subscription for ${paymentIntentId}`);
  if (!effect.endAccess) {
    const known = await services.orm.em
      .fork()
      .count(Subscription, { provider: 'stripe', providerSubscriptionId: subscriptionId });
    return known > 0
      ? { status: 'processed', note: `renewal of ${subscriptionId}: ${effect.note}` }
      : unknown;
  }
  const result = await endSubscriptionAccess(services, {
    provider: 'stripe',
    subscriptionId,
    at: effect.at,
    periodEnd: invoicePeriodEnd(invoice) ?? null,
  });
  if (result.state === 'older_period') {
    return {
      status: 'processed',
      note: `renewal of ${subscriptionId}: an earlier period; current access kept`,
    };
  }
  return result.state === 'applied' ? processed : unknown;
}

/**
 * Applies a subscription change. When the subscription's checkout is not fulfilled yet there is nothing to
 * change: fulfilment reads the subscription's current state from Stripe when it happens.
 */
async function applyToSubscription(
  services: AppServices,
  gateway: StripeGateway,
  change: SubscriptionChange,
): Promise<StripeEventResult> {
  if ((await applySubscriptionChange(services, change)).state === 'applied') return processed;
  const repair = await fulfilFromCheckout(
    services,
    await gateway.findCheckoutBySubscription(change.subscriptionId),
  );
  if (repair !== 'fulfilled')
    return ignored(`subscription ${change.subscriptionId}: ${repair.replaceAll('_', ' ')}`);
  if ((await applySubscriptionChange(services, change)).state === 'applied') return processed;
  throw new RetryLaterError(`no subscription ${change.subscriptionId} yet`);
}

function idOf(value: string | { id: string } | null | undefined): string | null {
  if (!value) return null;
  return typeof value === 'string' ? value : value.id;
}

/** Basil and later API versions moved invoice.subscription under parent.subscription_details. */
function invoiceSubscriptionId(invoice: Stripe.Invoice): string | null {
  const legacy = (invoice as { subscription?: string | { id: string } | null }).subscription;
  const fromLines = invoice.lines?.data?.map((line) => idOf(line.subscription)).find(Boolean);
  return idOf(invoice.parent?.subscription_details?.subscription) ?? idOf(legacy) ?? fromLines ?? null;
}

/** The end of the period an invoice pays for: the latest end among its lines. */
function invoicePeriodEnd(invoice: Stripe.Invoice): Date | undefined {
  const ends = (invoice.lines?.data ?? [])
    .map((line) => line.period?.end)
    .filter((end) => typeof end === 'number');
  return ends.length > 0 ? new Date(Math.max(...ends) * 1000) : undefined;
}

/** Stripe statuses we do not model (paused) leave ours as it is; access follows the period end anyway. */
function subscriptionStatus(status: Stripe.Subscription.Status): SubscriptionStatus | undefined {
  const modelled: readonly SubscriptionStatus[] = [
    'active',
    'trialing',
    'past_due',
    'unpaid',
    'canceled',
    'incomplete',
  ];
  if (status === 'incomplete_expired') return 'canceled';
  return modelled.find((known) => known === status);
}

const fromUnix = (seconds: number | null | undefined): Date | null =>
  seconds ? new Date(seconds * 1000) : null;

export async function handleStripeEvent(
  services: AppServices,
  gateway: StripeGateway,
  event: Stripe.Event,
): Promise<StripeEventResult> {
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded': {
      // fulfilCheckout decides: paid (or nothing to pay) fulfils now; unpaid keeps the order pending until
      // async_payment_succeeded.
      const result = await fulfilCheckout(services, await gateway.outcomeFromSession(event.data.object));
      return result.state === 'unknown_order' ? ignored('not a Shelf checkout') : processed;
    }
    case 'checkout.session.async_payment_failed':
    case 'checkout.session.expired': {
      await cancelPendingOrder(services, { provider: 'stripe', sessionId: event.data.object.id });
      return processed;
    }
    case 'invoice.paid': {
      const invoice = event.data.object;
      const subscriptionId = invoiceSubscriptionId(invoice);
      if (!subscriptionId) return ignored('not a subscription invoice');
      const currentPeriodEnd = invoicePeriodEnd(invoice);
      return applyToSubscription(services, gateway, {
        provider: 'stripe',
        subscriptionId,
        status: 'active',
        ...(currentPeriodEnd ? { currentPeriodEnd } : {}),
      });
    }
    case 'invoice.payment_failed': {
      const subscriptionId = invoiceSubscriptionId(event.data.object);
      if (!subscriptionId) return ignored('not a subscription invoice');
      return applyToSubscription(services, gateway, {
        provider: 'stripe',
        subscriptionId,
        status: 'past_due',
      });
    }
    case 'customer.subscription.updated': {
      const subscription = event.data.object;
      const status = subscriptionStatus(subscription.status);
      const currentPeriodEnd = subscriptionPeriodEnd(subscription);
      return applyToSubscription(services, gateway, {
        provider: 'stripe',
        subscriptionId: subscription.id,
        cancelAtPeriodEnd: subscription.cancel_at_period_end,
        ...(status ? { status } : {}),
        ...(status === 'canceled' ? { canceledAt: fromUnix(subscription.ended_at) ?? new Date() } : {}),
        ...(currentPeriodEnd ? { currentPeriodEnd } : {}),
      });
    }
    case 'customer.subscription.deleted': {
      // No period change: access runs to the end of the period already paid for.
      const subscription = event.data.object;
      return applyToSubscription(services, gateway, {
        provider: 'stripe',
        subscriptionId: subscription.id,
        status: 'canceled',
        canceledAt:
          fromUnix(subscription.ended_at) ??
          fromUnix(subscription.canceled_at) ??
          new Date(event.created * 1000),
      });
    }
    case 'charge.refunded': {
      const charge = event.data.object;
      // amount_refunded is cumulative, so a repeated or reordered refund event records the same total.
      return applyToPayment(
        services,
        gateway,
        idOf(charge.payment_intent),
        (paymentIntentId) =>
          recordRefund(services, {
            provider: 'stripe',
            paymentIntentId,
            refundedCents: charge.amount_refunded,
          }),
        charge.amount_refunded >= charge.amount
          ? { endAccess: true, at: new Date(event.created * 1000) }
          : { endAccess: false, note: 'partial refund keeps access' },
      );
    }
    case 'charge.dispute.created': {
      return applyToPayment(services, gateway, idOf(event.data.object.payment_intent), (paymentIntentId) =>
        recordDisputeOpened(services, { provider: 'stripe', paymentIntentId }),
      );
    }
    case 'charge.dispute.closed': {
      const dispute = event.data.object;
      // Only a lost dispute takes money back; won and warning_closed (an inquiry that ended) restore the order.
      const outcome = dispute.status === 'lost' ? 'lost' : 'won';
      return applyToPayment(
        services,
        gateway,
        idOf(dispute.payment_intent),
        (paymentIntentId) =>
          recordDisputeClosed(services, {
            provider: 'stripe',
            paymentIntentId,
            outcome,
            amountCents: dispute.amount,
          }),
        // An opened dispute does not end a renewal's access, so a won one has nothing to restore.
        outcome === 'lost'
          ? { endAccess: true, at: new Date(event.created * 1000) }
          : { endAccess: false, note: `dispute ${dispute.status} keeps access` },
      );
    }
    default:
      return ignored(`unhandled event type ${event.type}`);
  }
}

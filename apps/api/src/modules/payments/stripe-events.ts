// The Stripe adapter's webhook half: what each Stripe event means, as a provider-neutral PaymentEvent.
// Verification happens before this (on the raw body, in the HTTP route); applying happens after it
// (payment-lifecycle.service.ts). Nothing here writes: a new provider writes its own translation only.
import type { SubscriptionStatus } from '@shelf/db/subscriptions';
import type Stripe from 'stripe';
import type { PaymentEvent } from './payment-events.ts';
import { idOf, invoicePeriodEnd, invoiceSubscriptionId, type StripeGateway } from './stripe-gateway.ts';

export type StripeTranslation = { event: PaymentEvent } | { ignored: string };

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

const noPayment = { ignored: 'no payment intent' } as const;

export async function translateStripeEvent(
  gateway: StripeGateway,
  event: Stripe.Event,
): Promise<StripeTranslation> {
  const at = new Date(event.created * 1000);
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded':
      return {
        event: { type: 'checkout.completed', checkout: await gateway.outcomeFromSession(event.data.object) },
      };
    case 'checkout.session.async_payment_failed':
    case 'checkout.session.expired':
      return { event: { type: 'checkout.abandoned', provider: 'stripe', sessionId: event.data.object.id } };
    case 'invoice.paid': {
      const subscriptionId = invoiceSubscriptionId(event.data.object);
      if (!subscriptionId) return { ignored: 'not a subscription invoice' };
      const periodEnd = invoicePeriodEnd(event.data.object) ?? null;
      // The first invoice is the checkout's own payment: its order carries it and its commission.
      const payment =
        event.data.object.billing_reason === 'subscription_create'
          ? null
          : await gateway.paidRenewalOf(event.data.object, at);
      return { event: { type: 'renewal.paid', provider: 'stripe', subscriptionId, periodEnd, payment } };
    }
    case 'invoice.payment_failed': {
      const subscriptionId = invoiceSubscriptionId(event.data.object);
      if (!subscriptionId) return { ignored: 'not a subscription invoice' };
      return { event: { type: 'renewal.failed', provider: 'stripe', subscriptionId } };
    }
    case 'customer.subscription.updated': {
      const subscription = event.data.object;
      const status = subscriptionStatus(subscription.status);
      // The period it reports is left out on purpose: Stripe starts the next period before its invoice is
      // paid, and only invoice.paid (renewal.paid) extends access.
      return {
        event: {
          type: 'subscription.updated',
          provider: 'stripe',
          subscriptionId: subscription.id,
          cancelAtPeriodEnd: subscription.cancel_at_period_end,
          ...(status ? { status } : {}),
          ...(status === 'canceled' ? { canceledAt: fromUnix(subscription.ended_at) ?? new Date() } : {}),
        },
      };
    }
    case 'customer.subscription.deleted': {
      const subscription = event.data.object;
      const endedAt = fromUnix(subscription.ended_at) ?? fromUnix(subscription.canceled_at) ?? at;
      return {
        event: { type: 'subscription.ended', provider: 'stripe', subscriptionId: subscription.id, endedAt },
      };
    }
    case 'charge.refunded': {
      const charge = event.data.object;
      const paymentId = idOf(charge.payment_intent);
      if (!paymentId) return noPayment;
      // amount_refunded is cumulative, so a repeated or reordered refund event records the same total.
      return {
        event: {
          type: 'payment.refunded',
          provider: 'stripe',
          paymentId,
          refundedCents: charge.amount_refunded,
          fullyRefunded: charge.amount_refunded >= charge.amount,
          paymentCents: charge.amount,
          at,
        },
      };
    }
    case 'charge.dispute.created': {
      const dispute = event.data.object;
      const paymentId = idOf(dispute.payment_intent);
      if (!paymentId) return noPayment;
      return {
        event: {
          type: 'dispute.opened',
          provider: 'stripe',
          paymentId,
          disputeId: dispute.id,
          amountCents: dispute.amount,
          at,
        },
      };
    }
    case 'charge.dispute.closed': {
      const dispute = event.data.object;
      const paymentId = idOf(dispute.payment_intent);
      if (!paymentId) return noPayment;
      // Only a lost dispute takes money back; won and warning_closed (an inquiry that ended) restore the order.
      const outcome = dispute.status === 'lost' ? 'lost' : 'won';
      return {
        event: {
          type: 'dispute.closed',
          provider: 'stripe',
          paymentId,
          disputeId: dispute.id,
          outcome,
          amountCents: dispute.amount,
          at,
        },
      };
    }
    default:
      return { ignored: `unhandled event type ${event.type}` };
  }
}

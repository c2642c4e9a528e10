// What a payment provider can tell Shelf, in Shelf's words. A provider adapter verifies its webhooks and
// translates them into these events; the lifecycle service (payment-lifecycle.service.ts) applies them,
// the same way for every provider. Amounts are integer minor units; `at` is when the provider says the
// thing happened.
import type { PaymentProvider } from '@shelf/db/orders';
import type { SubscriptionStatus } from '@shelf/db/subscriptions';
import type { CheckoutOutcome } from '../fulfilment/fulfilment.service.ts';

export type PaymentEvent =
  /** A checkout completed: paid (fulfil now) or with a delayed payment still on its way. */
  | { type: 'checkout.completed'; checkout: CheckoutOutcome }
  /** A checkout that will never be paid: it expired, or its delayed payment failed. */
  | { type: 'checkout.abandoned'; provider: PaymentProvider; sessionId: string }
  /**
   * Money went back; `refundedCents` is the payment's cumulative refunded amount. `paymentCents`, the
   * payment's whole amount, gives the refunded share of a renewal payment (whose amount no order records).
   */
  | {
      type: 'payment.refunded';
      provider: PaymentProvider;
      paymentId: string;
      refundedCents: number;
      fullyRefunded: boolean;
      paymentCents?: number;
      at: Date;
    }
  /** Disputes carry the provider's dispute id: reports of one dispute arrive in any order and repeated. */
  | {
      type: 'dispute.opened';
      provider: PaymentProvider;
      paymentId: string;
      disputeId: string;
      amountCents: number;
      at: Date;
    }
  | {
      type: 'dispute.closed';
      provider: PaymentProvider;
      paymentId: string;
      disputeId: string;
      outcome: 'won' | 'lost';
      amountCents: number;
      at: Date;
    }
  /**
   * A renewal invoice was paid for the period ending at `periodEnd`: the one event that extends access.
   * `payment` is the renewal's own payment, which may earn commission; null for the subscription's first
   * invoice, which its checkout's order records (and earns on) already.
   */
  | {
      type: 'renewal.paid';
      provider: PaymentProvider;
      subscriptionId: string;
      periodEnd: Date | null;
      payment: PaidRenewal | null;
    }
  /** A renewal's payment failed: access runs to the paid period's end plus the store's grace days. */
  | { type: 'renewal.failed'; provider: PaymentProvider; subscriptionId: string }
  /**
   * The provider's view of a subscription changed (status, cancel at period end). It never extends access:
   * a provider rolls the period over before the renewal is paid, so only `renewal.paid` moves it.
   */
  | {
      type: 'subscription.updated';
      provider: PaymentProvider;
      subscriptionId: string;
      status?: SubscriptionStatus;
      cancelAtPeriodEnd?: boolean;
      canceledAt?: Date;
    }
  /** The subscription ended; access runs to the end of the period already paid for. */
  | { type: 'subscription.ended'; provider: PaymentProvider; subscriptionId: string; endedAt: Date };

/** A renewal's payment: the provider's payment id (what its refunds name) and what it paid before tax. */
export type PaidRenewal = { paymentId: string; netCents: number; currency: string; paidAt: Date };

export type PaymentEventResult = { status: 'processed' | 'ignored'; note?: string };

/** The event cannot be applied yet but may be later: the webhook answers 500 so the provider retries. */
export class RetryLaterError extends Error {
  override name = 'RetryLaterError';
}

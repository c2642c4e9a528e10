// The seam between Shelf and whoever takes the money. The rest of Shelf speaks only these types and the
// provider-neutral events in payment-events.ts, so adding a provider (PayPal, Paddle) means one adapter:
// a gateway like this one and a translation of its webhooks into PaymentEvents.
import type { BillingInterval, ProductKind } from '@shelf/db/catalog';
import type { Order, PaymentProvider } from '@shelf/db/orders';
import type { CheckoutOutcome } from '../fulfilment/fulfilment.service.ts';
import type { PaymentEvent } from './payment-events.ts';

export type CheckoutSessionRequest = {
  /** Our order id, created only after the provider answers; sent as client_reference_id. */
  orderId: string;
  product: {
    id: string;
    name: string;
    tagline: string;
    priceCents: number;
    currency: string;
    kind: ProductKind;
    interval: BillingInterval | null;
    imageUrl: string | null;
  };
  email: string | null;
  affiliateLinkId: string | null;
  successUrl: string;
  cancelUrl: string;
  automaticTax: boolean;
  idempotencyKey: string;
};

export type ProviderCheckoutSession = { id: string; url: string };

/** A payment that paid a subscription invoice rather than a checkout. */
export type RenewalPayment = {
  subscriptionId: string;
  /** The end of the period the payment covers, when the provider says. */
  periodEnd: Date | null;
  /** The subscription's first invoice, which is paid through (and recorded on) its checkout's order. */
  firstPayment: boolean;
};

/** Money to send back on an order's payment, asked for by the creator. */
export type RefundRequest = {
  orderId: string;
  /** The provider's payment id (what its refund and dispute events name). */
  paymentId: string;
  /** This refund, in minor units of `currency`. */
  amountCents: number;
  currency: string;
  /** What was refunded before this one, and the payment's whole amount. */
  refundedCents: number;
  paymentCents: number;
  /**
   * Derived from the order and the cumulative amount asked for, so a retried click (after our side failed
   * to record the first answer) asks the provider for the same refund again, not a second one.
   */
  idempotencyKey: string;
};

/** A refund as the provider reports it: the same event its webhook produces, cumulative amount included. */
export type RefundedPayment = Extract<PaymentEvent, { type: 'payment.refunded' }>;

export interface PaymentGateway {
  readonly name: PaymentProvider;
  createCheckoutSession(request: CheckoutSessionRequest): Promise<ProviderCheckoutSession>;
  /** The session as the provider sees it now, or null when it does not exist or there is nothing to ask. */
  retrieveCheckoutSession(sessionId: string): Promise<CheckoutOutcome | null>;
  /** Completed sessions created since a moment, for reconciliation after missed webhooks. */
  listCompletedCheckoutSessions(since: Date): AsyncIterable<CheckoutOutcome>;
  /** The checkout that produced a payment (one-time purchases, and a subscription's first invoice). */
  findCheckoutByPayment(paymentId: string): Promise<CheckoutOutcome | null>;
  /** The checkout that started a subscription. */
  findCheckoutBySubscription(subscriptionId: string): Promise<CheckoutOutcome | null>;
  /** The subscription invoice a payment paid, for refunds and disputes of renewals. */
  findRenewalPayment(paymentId: string): Promise<RenewalPayment | null>;
  /** Sends money back; answers with the payment's refund as its webhook would report it. */
  refundPayment(request: RefundRequest): Promise<RefundedPayment>;
  /** Where the creator sees a payment in the provider's own dashboard, or null when there is none. */
  paymentDashboardUrl(paymentId: string): string | null;
  /** Present only on the built-in test provider: the payment a test checkout's Pay button makes. */
  readonly testPayments?: {
    outcomeFor(order: Order, email: string, now: Date, interval: BillingInterval | null): CheckoutOutcome;
  };
}

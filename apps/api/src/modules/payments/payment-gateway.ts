// The seam between Shelf and whoever takes the money. The rest of Shelf speaks only these types and the
// provider-neutral events in payment-events.ts, so adding a provider (PayPal, Paddle) means one adapter:
// a gateway like this one and a translation of its webhooks into PaymentEvents.
import type { BillingInterval, ProductKind } from '@shelf/db/catalog';
import type { Order, PaymentProvider } from '@shelf/db/orders';
import type { CheckoutOutcome } from '../fulfilment/fulfilment.service.ts';

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
  /** Present only on the built-in test provider: the payment a test checkout's Pay button makes. */
  readonly testPayments?: {
    outcomeFor(order: Order, email: string, now: Date, interval: BillingInterval | null): CheckoutOutcome;
  };
}

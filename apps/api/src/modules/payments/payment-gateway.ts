// The seam between Shelf and whoever takes the money. Checkout and fulfilment speak only these types,
// so adding a provider (PayPal, Paddle) means one new implementation and no change to fulfilment.
import type { BillingInterval, ProductKind, PaymentProvider as ProviderName } from '@shelf/db';

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

/** A provider's checkout session in the shape fulfilment needs, whatever the provider. */
export type CheckoutOutcome = {
  provider: ProviderName;
  sessionId: string;
  /** complete + paid: fulfil now. complete + unpaid: an async payment is still on its way. */
  status: 'open' | 'complete' | 'expired';
  paymentStatus: 'paid' | 'unpaid' | 'no_payment_required';
  orderId: string | null;
  productId: string | null;
  affiliateLinkId: string | null;
  customerEmail: string | null;
  customerName: string | null;
  providerCustomerId: string | null;
  currency: string;
  subtotalCents: number;
  discountCents: number;
  taxCents: number;
  totalCents: number;
  paymentIntentId: string | null;
  subscription: { id: string; currentPeriodEnd: Date } | null;
};

export interface PaymentGateway {
  readonly name: ProviderName;
  createCheckoutSession(request: CheckoutSessionRequest): Promise<ProviderCheckoutSession>;
  /** The session as the provider sees it now, or null when it does not exist. */
  retrieveCheckoutSession(sessionId: string): Promise<CheckoutOutcome | null>;
  /** Completed sessions created since a moment, for reconciliation after missed webhooks. */
  listCompletedCheckoutSessions(since: Date): AsyncIterable<CheckoutOutcome>;
}

// The embedded test-mode provider: a local checkout page in the web app "pays", and that payment goes
// through the same fulfilment as a real provider's webhook. Its sessions are our own pending orders, so
// there is never anything to ask it about or to reconcile: the order is the whole truth.
import { randomBytes } from 'node:crypto';
import type { BillingInterval } from '@shelf/db/catalog';
import type { Order } from '@shelf/db/orders';
import type { CheckoutOutcome } from '../fulfilment/fulfilment.service.ts';
import type {
  CheckoutSessionRequest,
  PaymentGateway,
  ProviderCheckoutSession,
  RefundedPayment,
  RefundRequest,
} from './payment-gateway.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export function createTestGateway(options: { webPublicUrl: string }): PaymentGateway {
  return {
    name: 'test',
    async createCheckoutSession(_request: CheckoutSessionRequest): Promise<ProviderCheckoutSession> {
      const id = `test_cs_${randomBytes(24).toString('base64url')}`;
      return { id, url: `${options.webPublicUrl}/checkout/test/${id}` };
    },
    retrieveCheckoutSession: async () => null,
    async *listCompletedCheckoutSessions(): AsyncIterable<CheckoutOutcome> {
      // Test payments fulfil synchronously; there is never a missed one to reconcile.
    },
    findCheckoutByPayment: async () => null,
    findCheckoutBySubscription: async () => null,
    findRenewalPayment: async () => null,
    // Test money goes back at once; the refund is reported exactly as a provider's webhook would report it.
    async refundPayment(request: RefundRequest): Promise<RefundedPayment> {
      const refundedCents = Math.min(request.paymentCents, request.refundedCents + request.amountCents);
      return {
        type: 'payment.refunded',
        provider: 'test',
        paymentId: request.paymentId,
        refundedCents,
        fullyRefunded: refundedCents >= request.paymentCents,
        paymentCents: request.paymentCents,
        at: new Date(),
      };
    },
    paymentDashboardUrl: () => null,
    testPayments: { outcomeFor: testOutcomeFor },
  };
}

/** The outcome a test payment produces: the full price, no tax, a subscription period from now. */
function testOutcomeFor(
  order: Order,
  email: string,
  now: Date,
  interval: BillingInterval | null,
): CheckoutOutcome {
  const periodDays = interval === 'year' ? 365 : 30;
  return {
    provider: 'test',
    sessionId: order.providerSessionId,
    status: 'complete',
    paymentStatus: 'paid',
    orderId: order.id,
    productId: null,
    affiliateLinkId: null,
    customerEmail: email,
    customerName: null,
    providerCustomerId: null,
    currency: order.currency,
    subtotalCents: order.subtotalCents,
    discountCents: 0,
    taxCents: 0,
    totalCents: order.subtotalCents,
    paymentIntentId: `test_pi_${order.id.replaceAll('-', '')}`,
    subscription: interval
      ? {
          id: `test_sub_${order.id.replaceAll('-', '')}`,
          currentPeriodEnd: new Date(now.getTime() + periodDays * DAY_MS),
        }
      : null,
  };
}

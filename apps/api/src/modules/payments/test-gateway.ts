// The embedded test-mode provider: a local checkout page in the web app "pays", and that payment goes
// through the same fulfilment as a Stripe webhook. Its sessions are our own pending orders.
import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Order } from '@shelf/db';
import type {
  CheckoutOutcome,
  CheckoutSessionRequest,
  PaymentGateway,
  ProviderCheckoutSession,
} from './payment-provider.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export function createTestGateway(options: { orm: MikroORM; webPublicUrl: string }): PaymentGateway {
  return {
    name: 'test',
    async createCheckoutSession(_request: CheckoutSessionRequest): Promise<ProviderCheckoutSession> {
      const id = `test_cs_${randomBytes(24).toString('base64url')}`;
      return { id, url: `${options.webPublicUrl}/checkout/test/${id}` };
    },
    async retrieveCheckoutSession(sessionId: string): Promise<CheckoutOutcome | null> {
      const order = await options.orm.em
        .fork()
        .findOne(Order, { provider: 'test', providerSessionId: sessionId });
      if (!order) return null;
      return {
        ...testOutcomeFor(order, order.email ?? '', new Date()),
        status: order.fulfilledAt ? 'complete' : order.canceledAt ? 'expired' : 'open',
        paymentStatus: order.fulfilledAt ? 'paid' : 'unpaid',
      };
    },
    async *listCompletedCheckoutSessions(): AsyncIterable<CheckoutOutcome> {
      // Test payments fulfil synchronously; there is never a missed one to reconcile.
    },
  };
}

/** The outcome a test payment produces: the full price, no tax, a subscription period from now. */
export function testOutcomeFor(
  order: Order,
  email: string,
  now: Date,
  interval?: 'month' | 'year' | null,
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

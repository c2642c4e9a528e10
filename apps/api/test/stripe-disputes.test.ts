// Disputes as Stripe reports them: charge.dispute.created and charge.dispute.closed for the same dispute
// arrive in any order and more than once, each as its own signed event. Whatever the order, a won dispute
// ends with the order paid and access kept, and a lost one with the order disputed and access revoked.
import { DownloadGrant } from '@shelf/db/downloads';
import { License } from '@shelf/db/licensing';
import { Dispute, Order } from '@shelf/db/orders';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StripeTestStore, startStripeTestStore } from './stripe-fixtures.ts';

let store: StripeTestStore;

beforeAll(async () => {
  store = await startStripeTestStore();
});
afterAll(() => store?.close());

type Step = 'created' | 'closed';

/** Every distinct order of created/closed, once each and with either one reported twice. */
function orderings(): Step[][] {
  const multisets: Step[][] = [
    ['created', 'closed'],
    ['created', 'created', 'closed'],
    ['created', 'closed', 'closed'],
  ];
  const seen = new Set<string>();
  const result: Step[][] = [];
  const permute = (rest: Step[], prefix: Step[]): void => {
    if (rest.length === 0) {
      const key = prefix.join(',');
      if (!seen.has(key)) {
        seen.add(key);
        result.push(prefix);
      }
      return;
    }
    rest.forEach((step, index) => {
      permute([...rest.slice(0, index), ...rest.slice(index + 1)], [...prefix, step]);
    });
  };
  for (const multiset of multisets) permute(multiset, []);
  return result;
}

async function paidPurchase() {
  const checkout = await store.startCheckout('framecraft-screenshot-tool');
  const session = store.stripe.completeSession(checkout.id, { email: 'buyer@example.com' });
  expect((await store.deliver('checkout.session.completed', session)).status).toBe(200);
  return { orderId: checkout.orderId, paymentIntentId: session.payment_intent! };
}

async function endState(orderId: string) {
  const em = store.api.em();
  const order = await em.findOneOrFail(Order, { id: orderId });
  const grant = await em.findOneOrFail(DownloadGrant, { order: orderId });
  const license = await em.findOneOrFail(License, { order: orderId });
  const disputes = await em.find(Dispute, { order: orderId });
  return {
    status: order.status,
    refundedCents: order.refundedCents,
    grantRevoked: grant.revokedAt !== null,
    license: license.status,
    disputes: disputes.map((dispute) => dispute.status),
  };
}

describe.each([
  {
    outcome: 'won' as const,
    expected: { status: 'paid', refundedCents: 0, grantRevoked: false, license: 'active', disputes: ['won'] },
  },
  {
    outcome: 'lost' as const,
    expected: {
      status: 'disputed',
      refundedCents: 3900,
      grantRevoked: true,
      license: 'revoked',
      disputes: ['lost'],
    },
  },
])('a dispute that is $outcome', ({ outcome, expected }) => {
  it.each(orderings().map((steps) => [steps.join(' → '), steps] as const))(
    'ends the same way when Stripe reports %s',
    async (_label, steps) => {
      const purchase = await paidPurchase();
      for (const step of steps) {
        const dispute =
          step === 'created'
            ? store.stripe.disputePayment(purchase.paymentIntentId, 'needs_response')
            : store.stripe.disputePayment(purchase.paymentIntentId, outcome);
        const type = step === 'created' ? 'charge.dispute.created' : 'charge.dispute.closed';
        expect((await store.deliver(type, dispute)).status).toBe(200);
      }
      expect(await endState(purchase.orderId)).toEqual(expected);
    },
  );
});

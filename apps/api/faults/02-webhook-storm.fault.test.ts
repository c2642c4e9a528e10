// A webhook duplicate storm: the events of eight purchases (completed sessions, a full and two partial
// refunds, two affiliate sales) each delivered three times, in shuffled order, all at once, with real
// signatures. Whatever the order and however often, each payment yields one order, one grant per item,
// one delivery email, refunds applied once, and commissions equal to what the orders imply.
import { Affiliate, AffiliateLink, Commission } from '@shelf/db/affiliates';
import { DownloadGrant } from '@shelf/db/downloads';
import { License } from '@shelf/db/licensing';
import { Order } from '@shelf/db/orders';
import { WebhookEvent } from '@shelf/db/payments';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type StripeTestStore, startStripeTestStore } from '../test/stripe-fixtures.ts';
import { checkInvariants } from './support/invariants.ts';
import { deliverUntilAcknowledged, emailTemplates, paidCheckout, shuffle } from './support/stripe.ts';

let store: StripeTestStore;

beforeAll(async () => {
  store = await startStripeTestStore();
});

afterAll(async () => {
  await store?.close();
});

const PRICES: Record<string, number> = {
  'aurora-figma-ui-kit': 4900,
  'second-brain-notion-template': 2900,
  'golden-hour-lightroom-presets': 1900,
  'framecraft-screenshot-tool': 3900,
};

it('fulfils, refunds and commissions each payment exactly once under a shuffled triple delivery', async () => {
  const em = store.api.em();
  const affiliate = em.create(Affiliate, { email: 'storm-affiliate@example.com', name: 'Storm' });
  em.create(AffiliateLink, { affiliate, code: 'STORM', commissionPercent: 30 });
  await em.flush();

  const slugs = Object.keys(PRICES);
  const purchases = await Promise.all(
    Array.from({ length: 8 }, (_, i) =>
      paidCheckout(
        store,
        slugs[i % slugs.length]!,
        i < 2 ? { affiliateCode: 'STORM' } : {},
        `storm-${i}@example.com`,
      ),
    ),
  );
  const events = purchases.map((purchase) =>
    store.stripe.createEvent('checkout.session.completed', purchase.session),
  );
  // Purchase 2 is refunded in full; purchase 1 (referred) and purchase 3 in part.
  const fullRefund = purchases[2]!;
  events.push(
    store.stripe.createEvent('charge.refunded', store.stripe.refundPayment(fullRefund.paymentIntentId)),
  );
  for (const partial of [purchases[1]!, purchases[3]!]) {
    events.push(
      store.stripe.createEvent('charge.refunded', store.stripe.refundPayment(partial.paymentIntentId, 500)),
    );
  }

  const storm = shuffle(events.flatMap((event) => [event, event, event]));
  const answers = await Promise.all(storm.map((event) => deliverUntilAcknowledged(store, event)));
  // Every delivery was acknowledged in the end; none met a server error it could not get past.
  expect(answers.every((statuses) => [200, 201, 202, 204].includes(statuses.at(-1)!))).toBe(true);

  const fresh = store.api.em();
  for (const [i, purchase] of purchases.entries()) {
    const price = PRICES[slugs[i % slugs.length]!]!;
    const order = await fresh.findOneOrFail(Order, { providerSessionId: purchase.id });
    expect(await fresh.count(Order, { providerSessionId: purchase.id })).toBe(1);
    const grants = await fresh.find(DownloadGrant, { order: order.id });
    expect(grants).toHaveLength(1);
    expect(await fresh.count(License, { order: order.id })).toBeLessThanOrEqual(1);
    const templates = await emailTemplates(store, order.id);
    if (i === 2) {
      expect(order).toMatchObject({ status: 'refunded', refundedCents: order.totalCents });
      expect(grants[0]!.revokedAt).toBeInstanceOf(Date);
      expect(templates).toEqual(['delivery', 'refund']);
    } else if (i === 1 || i === 3) {
      expect(order).toMatchObject({ status: 'partially_refunded', refundedCents: 500 });
      expect(grants[0]!.revokedAt).toBeNull();
      expect(templates.filter((template) => template === 'delivery')).toHaveLength(1);
    } else {
      expect(order.status).toBe('paid');
      expect(order.refundedCents).toBe(0);
      expect(templates).toEqual(['delivery']);
    }
    expect(order.totalCents).toBe(price);
  }

  // Two referred sales: one line each; the partly refunded one earns on what is left.
  const commissions = await fresh.find(Commission, {}, { populate: ['order'] });
  expect(commissions).toHaveLength(2);
  const byOrder = new Map(commissions.map((line) => [line.order.providerSessionId, line]));
  const first = byOrder.get(purchases[0]!.id)!;
  expect(first.amountCents).toBe(Math.floor((first.netCents * 30) / 100));
  const partlyRefunded = byOrder.get(purchases[1]!.id)!;
  expect(partlyRefunded.amountCents).toBe(Math.floor(((partlyRefunded.netCents - 500) * 30) / 100));

  // One ledger row per distinct event, each processed.
  const ledger = await fresh.find(WebhookEvent, {});
  expect(ledger).toHaveLength(events.length);
  expect(ledger.every((row) => row.status === 'processed')).toBe(true);

  await checkInvariants(store.api);
});

// Commission against real Postgres: the formula, the one commission a paid order records, and what
// refunds do to it before and after payout.
import { randomUUID } from 'node:crypto';
import { Affiliate, AffiliateLink, type AffiliateStatus, Commission } from '@shelf/db/affiliates';
import { Product } from '@shelf/db/catalog';
import { DomainEvent } from '@shelf/db/events';
import { Order } from '@shelf/db/orders';
import { createProduct } from '@shelf/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/harness.ts';
import { withTransaction } from '../../context.ts';
import { findOrCreateCustomer } from '../customers/customers.service.ts';
import {
  applyRefund,
  createPendingOrder,
  lockOrderByPayment,
  lockOrderForCheckout,
  recordPayment,
} from '../orders/orders.service.ts';
import { adjustCommissionForRefund, commissionFor, recordCommission } from './commissions.service.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

let api: TestApi;
let kit: Product;
beforeAll(async () => {
  api = await startTestApi({ SEED_DEMO: 'false' });
  const em = api.em();
  kit = await createProduct(em, { name: 'Aurora UI Kit', priceCents: 4900 });
});
afterAll(() => api.close());

/** An affiliate (active unless told otherwise) with one link. */
async function affiliateLink(
  options: { product?: Product; percent?: number; status?: AffiliateStatus; archived?: boolean } = {},
) {
  const em = api.em();
  const affiliate = em.create(Affiliate, {
    email: `fan-${randomUUID()}@example.com`,
    name: 'Fan',
    status: options.status ?? 'active',
  });
  const link = em.create(AffiliateLink, {
    affiliate,
    code: `fan-${randomUUID().slice(0, 8)}`,
    product: options.product ? em.getReference(Product, options.product.id) : null,
    commissionPercent: options.percent ?? 30,
    archivedAt: options.archived ? new Date() : null,
  });
  await em.flush();
  return link;
}

/** A paid order for `product` that came through `link`, with the amounts the provider charged. */
async function paidOrderThrough(
  link: AffiliateLink | null,
  amounts: { totalCents: number; taxCents?: number },
  product: Product = kit,
) {
  const ctx = api.ctx();
  const sessionId = `test_cs_${randomUUID()}`;
  const paymentIntentId = `test_pi_${randomUUID()}`;
  createPendingOrder(ctx, {
    provider: 'test',
    sessionId,
    product: await ctx.em.findOneOrFail(Product, { id: product.id }),
    email: null,
    affiliateLinkId: link?.id ?? null,
  });
  await ctx.em.flush();
  const taxCents = amounts.taxCents ?? 0;
  const order = await withTransaction(ctx, async (tx) => {
    const locked = await lockOrderForCheckout(tx, { provider: 'test', sessionId, orderId: null });
    const customer = await findOrCreateCustomer(tx, { email: 'buyer@example.com', name: null });
    await recordPayment(
      tx,
      locked!,
      {
        customerId: customer.id,
        email: 'buyer@example.com',
        currency: 'usd',
        subtotalCents: amounts.totalCents - taxCents,
        discountCents: 0,
        taxCents,
        totalCents: amounts.totalCents,
        paymentIntentId,
        subscriptionId: null,
      },
      new Date(),
    );
    return locked!;
  });
  return { orderId: order.id, paymentIntentId };
}

/** Fulfilment's step: the order's commission, if its link still earns. */
async function recordCommissionFor(orderId: string, now: Date, refundWindowDays = 30) {
  await withTransaction(api.ctx(), async (tx) => {
    const order = await tx.em.findOneOrFail(Order, { id: orderId });
    await recordCommission(tx, { order, productIds: [kit.id], refundWindowDays }, now);
  });
}

/** The refund path: the cumulative refunded amount recorded, then the commission adjusted. */
async function refund(paymentIntentId: string, refundedCents: number) {
  await withTransaction(api.ctx(), async (tx) => {
    const order = await lockOrderByPayment(tx, { provider: 'test', paymentIntentId });
    await applyRefund(tx, order!, refundedCents, new Date());
    await adjustCommissionForRefund(tx, order!, new Date());
  });
}

const commissionOf = (orderId: string) => api.em().findOne(Commission, { order: orderId });
const eventsAbout = (subjectId: string, type: DomainEvent['type']) =>
  api.em().find(DomainEvent, { subjectId, type });

describe('commissionFor', () => {
  it('is the floor of net times percent, in whole cents', () => {
    expect(commissionFor(4900, 30)).toBe(1470);
    expect(commissionFor(999, 33)).toBe(329);
    expect(commissionFor(1, 50)).toBe(0);
    expect(commissionFor(1234, 100)).toBe(1234);
    expect(commissionFor(1234, 0)).toBe(0);
    expect(commissionFor(0, 30)).toBe(0);
  });
});

describe('recordCommission', () => {
  it('records one commission at the link percent on the net, payable after the refund window', async () => {
    const link = await affiliateLink({ percent: 30 });
    // $59.00 charged, of which $10.00 tax: the affiliate earns on $49.00.
    const { orderId } = await paidOrderThrough(link, { totalCents: 5900, taxCents: 1000 });
    const now = new Date('2026-12-01T09:00:00.000Z');
    await recordCommissionFor(orderId, now, 14);

    const commissions = await api.em().find(Commission, { order: orderId });
    expect(commissions).toHaveLength(1);
    const commission = commissions[0]!;
    expect(commission).toMatchObject({
      amountCents: 1470,
      percent: 30,
      currency: 'usd',
      status: 'pending',
      owedBackCents: 0,
      availableAt: new Date(now.getTime() + 14 * DAY_MS),
    });
    expect(commission.link.id).toBe(link.id);
    expect(commission.affiliate.id).toBe(link.affiliate.id);

    const events = await eventsAbout(commission.id, 'commission.created');
    expect(events.map((event) => event.payload)).toEqual([
      {
        commissionId: commission.id,
        affiliateId: link.affiliate.id,
        linkCode: link.code,
        orderId,
        currency: 'usd',
        amount: 1470,
        percent: 30,
      },
    ]);
  });

  it("uses the link's own percent", async () => {
    const link = await affiliateLink({ percent: 33 });
    const { orderId } = await paidOrderThrough(link, { totalCents: 999 });
    await recordCommissionFor(orderId, new Date());
    expect(await commissionOf(orderId)).toMatchObject({ amountCents: 329, percent: 33 });
  });

  it('records nothing for an order without a link, or whose link stopped earning', async () => {
    const { orderId: direct } = await paidOrderThrough(null, { totalCents: 4900 });
    const link = await affiliateLink();
    const { orderId: viaArchived } = await paidOrderThrough(link, { totalCents: 4900 });
    await api.em().nativeUpdate(AffiliateLink, { id: link.id }, { archivedAt: new Date() });

    await recordCommissionFor(direct, new Date());
    await recordCommissionFor(viaArchived, new Date());
    expect(await commissionOf(direct)).toBeNull();
    expect(await commissionOf(viaArchived)).toBeNull();
  });
});

describe('adjustCommissionForRefund', () => {
  async function orderWithCommission(amounts: { totalCents: number; taxCents?: number }) {
    const link = await affiliateLink({ percent: 30 });
    const order = await paidOrderThrough(link, amounts);
    await recordCommissionFor(order.orderId, new Date());
    return order;
  }

  it('reduces an unpaid commission for a partial refund', async () => {
    const { orderId, paymentIntentId } = await orderWithCommission({ totalCents: 5000 });
    expect((await commissionOf(orderId))!.amountCents).toBe(1500);
    await refund(paymentIntentId, 1000);
    expect(await commissionOf(orderId)).toMatchObject({
      amountCents: 1200,
      status: 'pending',
      reversedAt: null,
    });
  });

  it('takes a partial refund from the net in proportion to tax', async () => {
    // $60.00 charged with $10.00 tax: net $50.00, commission $15.00. Half the money back leaves $25.00 net.
    const { orderId, paymentIntentId } = await orderWithCommission({ totalCents: 6000, taxCents: 1000 });
    expect((await commissionOf(orderId))!.amountCents).toBe(1500);
    await refund(paymentIntentId, 3000);
    expect((await commissionOf(orderId))!.amountCents).toBe(750);
  });

  it('reverses an unpaid commission for a full refund, announcing it once', async () => {
    const { orderId, paymentIntentId } = await orderWithCommission({ totalCents: 5000 });
    await refund(paymentIntentId, 1000);
    await refund(paymentIntentId, 5000);
    const commission = await commissionOf(orderId);
    expect(commission).toMatchObject({ status: 'reversed', amountCents: 0, owedBackCents: 0 });
    expect(commission!.reversedAt).toBeInstanceOf(Date);

    await refund(paymentIntentId, 5000);
    const events = await eventsAbout(commission!.id, 'commission.reversed');
    expect(events.map((event) => event.payload)).toEqual([
      {
        commissionId: commission!.id,
        affiliateId: commission!.affiliate.id,
        orderId,
        currency: 'usd',
      },
    ]);
  });

  it('keeps a paid-out commission and records what is owed back', async () => {
    const { orderId, paymentIntentId } = await orderWithCommission({ totalCents: 5000 });
    await api.em().nativeUpdate(Commission, { order: orderId }, { status: 'paid' });

    await refund(paymentIntentId, 1000);
    expect(await commissionOf(orderId)).toMatchObject({
      status: 'paid',
      amountCents: 1500,
      owedBackCents: 300,
    });

    await refund(paymentIntentId, 5000);
    const commission = await commissionOf(orderId);
    expect(commission).toMatchObject({
      status: 'paid',
      amountCents: 1500,
      owedBackCents: 1500,
      reversedAt: null,
    });
    expect(await eventsAbout(commission!.id, 'commission.reversed')).toHaveLength(0);
  });
});

// Commission against real Postgres: the formula, the one line a paid payment records (sales, renewals
// under both link settings, self-referral, 20 concurrent purchases through one link), approval after the
// refund window, and what refunds and lost disputes do to a line before and after approval.
import { randomUUID } from 'node:crypto';
import {
  Affiliate,
  AffiliateLink,
  type AffiliateStatus,
  Commission,
  OwedBack,
  type RenewalCommission,
} from '@shelf/db/affiliates';
import { Product } from '@shelf/db/catalog';
import { DomainEvent } from '@shelf/db/events';
import { Order } from '@shelf/db/orders';
import { createProduct } from '@shelf/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/harness.ts';
import { type StripeTestStore, startStripeTestStore } from '../../../test/stripe-fixtures.ts';
import { withTransaction } from '../../context.ts';
import { findOrCreateCustomer } from '../customers/customers.service.ts';
import {
  applyRefund,
  createPendingOrder,
  lockOrderByPayment,
  lockOrderForCheckout,
  recordPayment,
} from '../orders/orders.service.ts';
import type { PaymentEvent } from '../payments/payment-events.ts';
import { applyPaymentEvent } from '../payments/payment-lifecycle.service.ts';
import {
  adjustCommissionForRefund,
  approveDueCommissions,
  commissionFor,
  recordCommission,
} from './commissions.service.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

let api: TestApi;
let kit: Product;
let club: Product;
beforeAll(async () => {
  api = await startTestApi({ SEED_DEMO: 'false' });
  const em = api.em();
  kit = await createProduct(em, { name: 'Aurora UI Kit', priceCents: 4900 });
  club = await createProduct(em, {
    name: 'Design Club',
    priceCents: 1200,
    kind: 'subscription',
    interval: 'month',
  });
});
afterAll(() => api.close());

/** An affiliate (active unless told otherwise) with one link. */
async function affiliateLink(
  options: {
    product?: Product;
    percent?: number;
    status?: AffiliateStatus;
    archived?: boolean;
    renewals?: RenewalCommission;
    email?: string;
  } = {},
) {
  const em = api.em();
  const affiliate = em.create(Affiliate, {
    email: options.email ?? `fan-${randomUUID()}@example.com`,
    name: 'Fan',
    status: options.status ?? 'active',
  });
  const link = em.create(AffiliateLink, {
    affiliate,
    code: `fan-${randomUUID().slice(0, 8)}`,
    product: options.product ? em.getReference(Product, options.product.id) : null,
    commissionPercent: options.percent ?? 30,
    archivedAt: options.archived ? new Date() : null,
    renewalCommission: options.renewals ?? 'first_payment',
  });
  await em.flush();
  return link;
}

/** A paid order for `product` that came through `link`, with the amounts the provider charged. */
async function paidOrderThrough(
  link: AffiliateLink | null,
  amounts: { totalCents: number; taxCents?: number },
  product: Product = kit,
  email = 'buyer@example.com',
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
    const customer = await findOrCreateCustomer(tx, { email, name: null });
    await recordPayment(
      tx,
      locked!,
      {
        customerId: customer.id,
        email,
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
    const table: Array<[net: number, percent: number, commission: number]> = [
      [4900, 30, 1470],
      [999, 33, 329],
      [1, 30, 0],
      [1, 50, 0],
      [2900, 0, 0],
      [2900, 100, 2900],
      [1999, 15, 299],
      [1234, 100, 1234],
      [0, 30, 0],
      [333, 33, 109],
      [100_000_000, 30, 30_000_000],
    ];
    for (const [net, percent, commission] of table) {
      expect(commissionFor(net, percent), `${net} at ${percent}%`).toBe(commission);
      expect(Number.isInteger(commissionFor(net, percent))).toBe(true);
    }
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
        kind: 'sale',
        currency: 'usd',
        amount: 1470,
        percent: 30,
      },
    ]);
    expect(commission).toMatchObject({ kind: 'sale', paymentRef: 'first', netCents: 4900, paidCents: 0 });
  });

  it('records a payment once however often it is recorded', async () => {
    const link = await affiliateLink();
    const { orderId } = await paidOrderThrough(link, { totalCents: 4900 });
    await recordCommissionFor(orderId, new Date());
    await recordCommissionFor(orderId, new Date());
    const commissions = await api.em().find(Commission, { order: orderId });
    expect(commissions).toHaveLength(1);
    expect(await eventsAbout(commissions[0]!.id, 'commission.created')).toHaveLength(1);
  });

  it("earns nothing when the buyer is the affiliate, whatever the email's case", async () => {
    const email = `self-${randomUUID()}@example.com`;
    const link = await affiliateLink({ email });
    const { orderId } = await paidOrderThrough(link, { totalCents: 4900 }, kit, `  ${email.toUpperCase()} `);
    await recordCommissionFor(orderId, new Date());
    expect(await commissionOf(orderId)).toBeNull();

    // The order's customer counts too: an order whose own email differs but whose customer is the affiliate.
    const other = await paidOrderThrough(link, { totalCents: 4900 }, kit, email);
    await api.em().nativeUpdate(Order, { id: other.orderId }, { email: 'someone-else@example.com' });
    await recordCommissionFor(other.orderId, new Date());
    expect(await commissionOf(other.orderId)).toBeNull();

    // Someone else buying through the same link earns it as usual.
    const { orderId: stranger } = await paidOrderThrough(link, { totalCents: 4900 });
    await recordCommissionFor(stranger, new Date());
    expect((await commissionOf(stranger))?.amountCents).toBe(1470);
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

describe('approveDueCommissions', () => {
  it('approves a line only once its refund window has passed, and only once', async () => {
    const link = await affiliateLink();
    const { orderId } = await paidOrderThrough(link, { totalCents: 4900 });
    const soldAt = new Date('2026-01-05T12:00:00.000Z');
    await recordCommissionFor(orderId, soldAt, 14);
    const line = (await commissionOf(orderId))!;

    await approveDueCommissions(api.ctx(), new Date('2026-01-19T11:59:59.999Z'));
    expect(await commissionOf(orderId)).toMatchObject({ status: 'pending', approvedAt: null });

    const windowEnd = new Date('2026-01-19T12:00:00.000Z');
    expect(await approveDueCommissions(api.ctx(), windowEnd)).toBeGreaterThanOrEqual(1);
    expect(await commissionOf(orderId)).toMatchObject({ status: 'approved', approvedAt: windowEnd });

    // A second run, at the same moment or later, finds nothing more to do and announces nothing twice.
    expect(await approveDueCommissions(api.ctx(), windowEnd)).toBe(0);
    await approveDueCommissions(api.ctx(), new Date('2026-01-20T00:00:00.000Z'));
    expect((await commissionOf(orderId))!.approvedAt).toEqual(windowEnd);
    const events = await eventsAbout(line.id, 'commission.approved');
    expect(events.map((event) => event.payload)).toEqual([
      {
        commissionId: line.id,
        affiliateId: link.affiliate.id,
        orderId,
        kind: 'sale',
        currency: 'usd',
        amount: 1470,
      },
    ]);
  });

  it('leaves reversed lines and lines still inside their window alone', async () => {
    const link = await affiliateLink();
    const refunded = await paidOrderThrough(link, { totalCents: 4900 });
    const recent = await paidOrderThrough(link, { totalCents: 4900 });
    await recordCommissionFor(refunded.orderId, new Date('2026-02-01T00:00:00.000Z'), 7);
    await recordCommissionFor(recent.orderId, new Date('2026-02-20T00:00:00.000Z'), 7);
    await refund(refunded.paymentIntentId, 4900);

    await approveDueCommissions(api.ctx(), new Date('2026-02-21T00:00:00.000Z'));
    expect((await commissionOf(refunded.orderId))!.status).toBe('reversed');
    expect((await commissionOf(recent.orderId))!.status).toBe('pending');
  });
});

describe('refunds after approval', () => {
  /** A $50.00 sale at 30% ($15.00), approved. */
  async function approvedSale() {
    const link = await affiliateLink({ percent: 30 });
    const order = await paidOrderThrough(link, { totalCents: 5000 });
    await recordCommissionFor(order.orderId, new Date('2026-03-01T00:00:00.000Z'), 14);
    await approveDueCommissions(api.ctx(), new Date('2026-03-16T00:00:00.000Z'));
    const line = (await commissionOf(order.orderId))!;
    expect(line.status).toBe('approved');
    return { ...order, line, link };
  }

  const owedBackOf = (commissionId: string) =>
    api.em().find(OwedBack, { commission: commissionId }, { orderBy: { createdAt: 'asc' } });

  it('keeps the approved line and records what the refund takes back as an owed-back line, once', async () => {
    const { orderId, paymentIntentId, line, link } = await approvedSale();
    await refund(paymentIntentId, 2000);
    await refund(paymentIntentId, 2000);

    expect(await commissionOf(orderId)).toMatchObject({
      status: 'approved',
      amountCents: 1500,
      owedBackCents: 600,
    });
    const { number } = await api.em().findOneOrFail(Order, { id: orderId });
    const lines = await owedBackOf(line.id);
    expect(lines.map((owed) => [owed.amountCents, owed.currency, owed.reason, owed.payout])).toEqual([
      [600, 'usd', `refund of order #${number}`, null],
    ]);
    expect(lines[0]!.affiliate.id).toBe(link.affiliate.id);

    // The rest of the money back: only the difference is added.
    await refund(paymentIntentId, 5000);
    await refund(paymentIntentId, 5000);
    expect((await owedBackOf(line.id)).map((owed) => owed.amountCents)).toEqual([600, 900]);
    expect(await commissionOf(orderId)).toMatchObject({
      status: 'approved',
      amountCents: 1500,
      owedBackCents: 1500,
      reversedAt: null,
    });
    const events = await eventsAbout(line.id, 'commission.owed_back');
    expect(events.map((event) => [event.payload.amount, event.payload.totalOwedBack])).toEqual([
      [600, 600],
      [900, 1500],
    ]);
    expect(await eventsAbout(line.id, 'commission.reversed')).toHaveLength(0);
  });

  it('a partial refund before approval lowers the amount that is later approved and owed back from', async () => {
    const link = await affiliateLink({ percent: 30 });
    const { orderId, paymentIntentId } = await paidOrderThrough(link, { totalCents: 5000 });
    await recordCommissionFor(orderId, new Date('2026-03-01T00:00:00.000Z'), 14);
    await refund(paymentIntentId, 1000);
    await approveDueCommissions(api.ctx(), new Date('2026-03-16T00:00:00.000Z'));
    expect(await commissionOf(orderId)).toMatchObject({ status: 'approved', amountCents: 1200 });

    // Another $10.00 back: $30.00 of net remains, earning $9.00 of the $12.00 approved.
    await refund(paymentIntentId, 2000);
    expect(await commissionOf(orderId)).toMatchObject({ amountCents: 1200, owedBackCents: 300 });
  });
});

/** The test provider's report of a paid checkout, for an order started through `link`. */
async function checkoutThrough(link: AffiliateLink | null, product: Product, email = 'buyer@example.com') {
  const ctx = api.ctx();
  const order = createPendingOrder(ctx, {
    provider: 'test',
    sessionId: `test_cs_${randomUUID()}`,
    product: await ctx.em.findOneOrFail(Product, { id: product.id }),
    email: null,
    affiliateLinkId: link?.id ?? null,
  });
  await ctx.em.flush();
  const checkout = api.services.payments.testPayments!.outcomeFor(
    order,
    email,
    new Date(),
    product.kind === 'subscription' ? 'month' : null,
  );
  return { orderId: order.id, event: { type: 'checkout.completed', checkout } satisfies PaymentEvent };
}

describe('lost disputes', () => {
  async function dispute(paymentId: string, outcome: 'won' | 'lost') {
    const disputeId = `dp_${paymentId}`;
    const base = { provider: 'test' as const, paymentId, disputeId, amountCents: 4900, at: new Date() };
    await applyPaymentEvent(api.ctx(), { type: 'dispute.opened', ...base });
    await applyPaymentEvent(api.ctx(), { type: 'dispute.closed', ...base, outcome });
  }

  it('reverses a pending commission; a won dispute changes nothing', async () => {
    const link = await affiliateLink();
    const lost = await checkoutThrough(link, kit);
    const won = await checkoutThrough(link, kit);
    for (const { event } of [lost, won]) await applyPaymentEvent(api.ctx(), event);
    await dispute(lost.event.checkout.paymentIntentId!, 'lost');
    await dispute(won.event.checkout.paymentIntentId!, 'won');

    expect(await commissionOf(lost.orderId)).toMatchObject({ status: 'reversed', amountCents: 0 });
    expect(await commissionOf(won.orderId)).toMatchObject({ status: 'pending', amountCents: 1470 });
  });

  it('records the whole approved commission as owed back', async () => {
    const link = await affiliateLink();
    const sale = await checkoutThrough(link, kit);
    await applyPaymentEvent(api.ctx(), sale.event);
    const line = (await commissionOf(sale.orderId))!;
    await api
      .em()
      .nativeUpdate(Commission, { id: line.id }, { availableAt: new Date('2026-04-01T00:00:00Z') });
    await approveDueCommissions(api.ctx(), new Date('2026-04-02T00:00:00.000Z'));

    await dispute(sale.event.checkout.paymentIntentId!, 'lost');
    await dispute(sale.event.checkout.paymentIntentId!, 'lost');
    const { number } = await api.em().findOneOrFail(Order, { id: sale.orderId });
    expect(await commissionOf(sale.orderId)).toMatchObject({
      status: 'approved',
      amountCents: 1470,
      owedBackCents: 1470,
    });
    const owed = await api.em().find(OwedBack, { commission: line.id });
    expect(owed.map((row) => [row.amountCents, row.reason])).toEqual([
      [1470, `lost dispute on order #${number}`],
    ]);
  });
});

describe('renewals', () => {
  const renewalPayment = () => `test_pi_renewal_${randomUUID().replaceAll('-', '')}`;

  /** A member who subscribed through `link`, and the provider's report of one paid renewal. */
  async function memberThrough(link: AffiliateLink) {
    const checkout = await checkoutThrough(link, club);
    expect(await applyPaymentEvent(api.ctx(), checkout.event)).toEqual({ status: 'processed' });
    const paymentId = renewalPayment();
    const paidAt = new Date('2026-12-20T08:00:00.000Z');
    const renewal: PaymentEvent = {
      type: 'renewal.paid',
      provider: 'test',
      subscriptionId: checkout.event.checkout.subscription!.id,
      periodEnd: new Date(Date.now() + 60 * DAY_MS),
      // $13.20 paid, of which $1.20 tax.
      payment: { paymentId, netCents: 1200, currency: 'usd', paidAt },
    };
    return { orderId: checkout.orderId, renewal, paymentId, paidAt };
  }

  const linesOf = (orderId: string) =>
    api.em().find(Commission, { order: orderId }, { orderBy: { createdAt: 'asc', id: 'asc' } });

  it('earns on every paid renewal, once per payment, when the link says every payment', async () => {
    const link = await affiliateLink({ percent: 25, renewals: 'every_payment' });
    const member = await memberThrough(link);
    expect(await applyPaymentEvent(api.ctx(), member.renewal)).toEqual({ status: 'processed' });
    expect(await applyPaymentEvent(api.ctx(), member.renewal)).toEqual({ status: 'processed' });

    const lines = await linesOf(member.orderId);
    expect(lines.map((line) => [line.kind, line.paymentRef, line.netCents, line.amountCents])).toEqual([
      ['sale', 'first', 1200, 300],
      ['renewal', member.paymentId, 1200, 300],
    ]);
    expect(lines[1]).toMatchObject({
      status: 'pending',
      percent: 25,
      availableAt: new Date(member.paidAt.getTime() + 30 * DAY_MS),
    });
    expect(await eventsAbout(lines[1]!.id, 'commission.created')).toHaveLength(1);

    // The next renewal is another payment, and another line.
    const next = { ...member.renewal, payment: { ...member.renewal.payment!, paymentId: renewalPayment() } };
    await applyPaymentEvent(api.ctx(), next as PaymentEvent);
    expect(await linesOf(member.orderId)).toHaveLength(3);
  });

  it('earns on the first payment only when the link says so', async () => {
    const link = await affiliateLink({ renewals: 'first_payment' });
    const member = await memberThrough(link);
    expect(await applyPaymentEvent(api.ctx(), member.renewal)).toEqual({ status: 'processed' });
    expect((await linesOf(member.orderId)).map((line) => line.kind)).toEqual(['sale']);
  });

  it('earns nothing on a renewal once the link stopped earning, or for the affiliate themself', async () => {
    const archived = await affiliateLink({ renewals: 'every_payment' });
    const member = await memberThrough(archived);
    await api.em().nativeUpdate(AffiliateLink, { id: archived.id }, { archivedAt: new Date() });
    await applyPaymentEvent(api.ctx(), member.renewal);
    expect((await linesOf(member.orderId)).map((line) => line.kind)).toEqual(['sale']);

    // The order's email became the affiliate's own after the first payment: the renewal earns nothing.
    const email = `self-${randomUUID()}@example.com`;
    const own = await affiliateLink({ renewals: 'every_payment', email });
    const checkout = await checkoutThrough(own, club);
    await applyPaymentEvent(api.ctx(), checkout.event);
    await api.em().nativeUpdate(Order, { id: checkout.orderId }, { email });
    await applyPaymentEvent(api.ctx(), {
      type: 'renewal.paid',
      provider: 'test',
      subscriptionId: checkout.event.checkout.subscription!.id,
      periodEnd: new Date(Date.now() + 60 * DAY_MS),
      payment: { paymentId: renewalPayment(), netCents: 1200, currency: 'usd', paidAt: new Date() },
    });
    expect((await linesOf(checkout.orderId)).map((line) => line.kind)).toEqual(['sale']);
  });

  it("a refund of a renewal payment adjusts that renewal's line only", async () => {
    const link = await affiliateLink({ percent: 25, renewals: 'every_payment' });
    const member = await memberThrough(link);
    await applyPaymentEvent(api.ctx(), member.renewal);
    const refunded = (refundedCents: number): PaymentEvent => ({
      type: 'payment.refunded',
      provider: 'test',
      paymentId: member.paymentId,
      refundedCents,
      fullyRefunded: refundedCents >= 1320,
      paymentCents: 1320,
      at: new Date(),
    });

    // Half the payment back: half the net remains, $6.00 at 25%.
    expect(await applyPaymentEvent(api.ctx(), refunded(660))).toMatchObject({ status: 'processed' });
    let lines = await linesOf(member.orderId);
    expect(lines.map((line) => [line.kind, line.status, line.amountCents])).toEqual([
      ['sale', 'pending', 300],
      ['renewal', 'pending', 150],
    ]);

    await applyPaymentEvent(api.ctx(), refunded(1320));
    await applyPaymentEvent(api.ctx(), refunded(1320));
    lines = await linesOf(member.orderId);
    expect(lines.map((line) => [line.kind, line.status, line.amountCents])).toEqual([
      ['sale', 'pending', 300],
      ['renewal', 'reversed', 0],
    ]);
    expect(await eventsAbout(lines[1]!.id, 'commission.reversed')).toHaveLength(1);
  });

  it('a refund of an approved renewal payment is owed back', async () => {
    const link = await affiliateLink({ percent: 25, renewals: 'every_payment' });
    const member = await memberThrough(link);
    await applyPaymentEvent(api.ctx(), member.renewal);
    const renewalLine = (await linesOf(member.orderId))[1]!;
    await api
      .em()
      .nativeUpdate(Commission, { id: renewalLine.id }, { availableAt: new Date('2026-05-01T00:00:00Z') });
    await approveDueCommissions(api.ctx(), new Date('2026-05-02T00:00:00.000Z'));

    await applyPaymentEvent(api.ctx(), {
      type: 'payment.refunded',
      provider: 'test',
      paymentId: member.paymentId,
      refundedCents: 1320,
      fullyRefunded: true,
      paymentCents: 1320,
      at: new Date(),
    });
    const { number } = await api.em().findOneOrFail(Order, { id: member.orderId });
    expect(await api.em().findOne(Commission, { id: renewalLine.id })).toMatchObject({
      status: 'approved',
      amountCents: 300,
      owedBackCents: 300,
    });
    const owed = await api.em().find(OwedBack, { commission: renewalLine.id });
    expect(owed.map((row) => [row.amountCents, row.reason])).toEqual([
      [300, `refund of a renewal payment of order #${number}`],
    ]);
  });
});

describe('concurrent purchases', () => {
  it('records exactly one commission for each of 20 purchases through one link at once', async () => {
    const link = await affiliateLink({ percent: 33 });
    const products = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        createProduct(api.em(), { name: `Preset ${index}`, priceCents: 999 + index * 101 }),
      ),
    );
    const checkouts = [];
    for (const product of products) checkouts.push(await checkoutThrough(link, product));
    const results = await Promise.all(checkouts.map(({ event }) => applyPaymentEvent(api.ctx(), event)));
    expect(results.every((result) => result.status === 'processed')).toBe(true);

    const lines = await api.em().find(Commission, { link: link.id });
    expect(lines).toHaveLength(20);
    expect(new Set(lines.map((line) => line.order.id)).size).toBe(20);
    const expected = products.reduce((sum, product) => sum + commissionFor(product.priceCents, 33), 0);
    expect(lines.reduce((sum, line) => sum + line.amountCents, 0)).toBe(expected);
    const created = await api.em().count(DomainEvent, {
      type: 'commission.created',
      subjectId: { $in: lines.map((line) => line.id) },
    });
    expect(created).toBe(20);
  });
});

describe('renewals through Stripe', () => {
  let store: StripeTestStore;
  beforeAll(async () => {
    store = await startStripeTestStore();
  });
  afterAll(() => store?.close());

  it('earns on a paid renewal invoice (not the first one) and a refund of that payment reduces it', async () => {
    const em = store.api.em();
    const affiliate = em.create(Affiliate, { email: `fan-${randomUUID()}@example.com`, name: 'Fan' });
    const link = em.create(AffiliateLink, {
      affiliate,
      code: `club-${randomUUID().slice(0, 8)}`,
      commissionPercent: 50,
      renewalCommission: 'every_payment',
    });
    await em.flush();
    const checkout = await store.startCheckout('design-resources-club');
    await em.nativeUpdate(Order, { id: checkout.orderId }, { affiliateLink: link.id });
    const session = store.stripe.completeSession(checkout.id, {
      email: 'member@example.com',
      currentPeriodEnd: new Date(Date.now() + 30 * DAY_MS),
    });
    expect((await store.deliver('checkout.session.completed', session)).status).toBe(200);
    const first = [...store.stripe.invoices.values()].find(
      (invoice) => invoice.id === (session as { invoice?: string }).invoice,
    );
    expect(first).toMatchObject({ billing_reason: 'subscription_create' });
    expect((await store.deliver('invoice.paid', first!)).status).toBe(200);

    const { invoice } = store.stripe.renewSubscription(session.subscription!, {
      periodEnd: new Date(Date.now() + 60 * DAY_MS),
    });
    expect((await store.deliver('invoice.paid', invoice)).status).toBe(200);
    expect((await store.deliver('invoice.paid', invoice)).status).toBe(200);
    const payment = [...store.stripe.invoicePayments.values()].find((entry) => entry.invoice === invoice.id)!;
    const paymentId = String((payment.payment as { payment_intent: string }).payment_intent);

    const lines = () =>
      store.api
        .em()
        .find(Commission, { order: checkout.orderId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    expect(
      (await lines()).map((line) => [line.kind, line.paymentRef, line.netCents, line.amountCents]),
    ).toEqual([
      ['sale', 'first', 1200, 600],
      ['renewal', paymentId, 1200, 600],
    ]);

    const refunded = store.stripe.refundPayment(paymentId, 600);
    expect((await store.deliver('charge.refunded', refunded)).status).toBe(200);
    expect((await lines()).map((line) => [line.kind, line.status, line.amountCents])).toEqual([
      ['sale', 'pending', 600],
      ['renewal', 'pending', 300],
    ]);
  });
});

// Orders against real Postgres: which statuses keep access (in TypeScript and in SQL), a checkout's
// pending order, the one payment, cumulative refunds, disputes and abandoned checkouts.
import { randomUUID } from 'node:crypto';
import { DomainEvent } from '@shelf/db/events';
import { Order, type OrderStatus, orderStatuses } from '@shelf/db/orders';
import { createProduct } from '@shelf/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/harness.ts';
import { type ServiceContext, withTransaction } from '../../context.ts';
import { findOrCreateCustomer } from '../customers/customers.service.ts';
import {
  applyRefund,
  cancelPendingOrder,
  checkoutMismatch,
  createPendingOrder,
  findOrderBySession,
  lockOrderByPayment,
  lockOrderForCheckout,
  ORDER_KEEPS_ACCESS_SQL,
  orderKeepsAccess,
  type PaymentRecord,
  recordDisputeClosed,
  recordDisputeOpened,
  recordPayment,
} from './orders.service.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ SEED_DEMO: 'false' });
});
afterAll(() => api.close());

/** A shopper started a checkout for a new product: a pending order exists, nobody has paid. */
async function startCheckout(product: Parameters<typeof createProduct>[1] = {}) {
  const ctx = api.ctx();
  const sessionId = `test_cs_${randomUUID()}`;
  const bought = await createProduct(ctx.em, { priceCents: 4900, ...product });
  const order = createPendingOrder(ctx, {
    provider: 'test',
    sessionId,
    product: bought,
    email: null,
    affiliateLinkId: null,
  });
  await ctx.em.flush();
  return { sessionId, orderId: order.id, product: bought };
}

/** Records the payment of a checkout the way fulfilment does: under the order's row lock. */
async function pay(sessionId: string, payment: Partial<PaymentRecord> = {}, now = new Date()) {
  const paymentIntentId = payment.paymentIntentId ?? `test_pi_${randomUUID()}`;
  await withTransaction(api.ctx(), async (tx) => {
    const order = await lockOrderForCheckout(tx, { provider: 'test', sessionId, orderId: null });
    const customer = await findOrCreateCustomer(tx, { email: 'buyer@example.com', name: null });
    await recordPayment(
      tx,
      order!,
      {
        customerId: customer.id,
        email: 'buyer@example.com',
        currency: 'usd',
        subtotalCents: 4900,
        discountCents: 0,
        taxCents: 0,
        totalCents: 4900,
        subscriptionId: null,
        ...payment,
        paymentIntentId,
      },
      now,
    );
  });
  return paymentIntentId;
}

async function paidOrder(payment: Partial<PaymentRecord> = {}) {
  const { sessionId, orderId } = await startCheckout();
  return { sessionId, orderId, paymentIntentId: await pay(sessionId, payment) };
}

/** The provider reports the payment's cumulative refunded amount. */
function refund(paymentIntentId: string, refundedCents: number) {
  return withTransaction(api.ctx(), async (tx) => {
    const order = await lockOrderByPayment(tx, { provider: 'test', paymentIntentId });
    return applyRefund(tx, order!, refundedCents, new Date());
  });
}

function onPayment<T>(paymentIntentId: string, work: (order: Order, tx: ServiceContext) => Promise<T>) {
  return withTransaction(api.ctx(), async (tx) => {
    const order = await lockOrderByPayment(tx, { provider: 'test', paymentIntentId });
    return work(order!, tx);
  });
}

const orderById = (id: string) => api.em().findOneOrFail(Order, { id });
const eventsOf = (orderId: string, type: DomainEvent['type']) =>
  api.em().find(DomainEvent, { subjectId: orderId, type }, { orderBy: { seq: 'asc' } });

describe('which orders keep access', () => {
  const keepsAccess: Record<OrderStatus, boolean> = {
    pending: false,
    paid: true,
    partially_refunded: true,
    refunded: false,
    disputed: false,
    canceled: false,
  };

  it.each(orderStatuses.map((status) => [status, keepsAccess[status]] as const))(
    '%s keeps access: %s',
    (status, expected) => {
      expect(orderKeepsAccess(status)).toBe(expected);
    },
  );

  it('says the same in SQL for every status', async () => {
    const rows = await api
      .em()
      .getConnection()
      .execute<Array<{ status: OrderStatus }>>(
        `select status from unnest(?::text[]) as s(status) where status in ${ORDER_KEEPS_ACCESS_SQL} order by status`,
        [`{${orderStatuses.join(',')}}`],
      );
    const inSql = rows.map((row) => row.status);
    expect(inSql).toEqual(orderStatuses.filter(orderKeepsAccess).sort());
    expect(inSql).toEqual(['paid', 'partially_refunded']);
  });
});

describe('a checkout pending payment', () => {
  it('is an order for the product at its current price, found by its session', async () => {
    const { sessionId, orderId, product } = await startCheckout({ name: 'Aurora UI Kit', priceCents: 2900 });
    const order = await findOrderBySession(api.ctx(), sessionId);
    expect(order).toMatchObject({
      id: orderId,
      status: 'pending',
      provider: 'test',
      currency: 'usd',
      subtotalCents: 2900,
      totalCents: 2900,
      paidAt: null,
      fulfilledAt: null,
    });
    expect(order!.number).toBeGreaterThan(0);
    expect(
      order!.items.getItems().map((item) => [item.productName, item.unitPriceCents, item.product.id]),
    ).toEqual([['Aurora UI Kit', 2900, product.id]]);
  });

  it('finds nothing for an unknown or oversized session id', async () => {
    expect(await findOrderBySession(api.ctx(), `test_cs_${randomUUID()}`)).toBeNull();
    expect(await findOrderBySession(api.ctx(), 'x'.repeat(256))).toBeNull();
  });
});

describe('recordPayment', () => {
  it('writes what was paid and announces it once', async () => {
    const { sessionId, orderId } = await startCheckout();
    const paidAt = new Date('2026-12-01T10:00:00.000Z');
    const paymentIntentId = await pay(
      sessionId,
      { subtotalCents: 5000, discountCents: 500, taxCents: 900, totalCents: 5400 },
      paidAt,
    );

    const order = await orderById(orderId);
    expect(order).toMatchObject({
      status: 'paid',
      email: 'buyer@example.com',
      subtotalCents: 5000,
      discountCents: 500,
      taxCents: 900,
      totalCents: 5400,
      providerPaymentIntentId: paymentIntentId,
      paidAt,
      fulfilledAt: paidAt,
    });
    expect(order.customer).not.toBeNull();
    const events = await eventsOf(orderId, 'order.paid');
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toEqual({
      orderId,
      orderNumber: order.number,
      customerId: order.customer!.id,
      currency: 'usd',
      subtotal: 5000,
      discount: 500,
      tax: 900,
      total: 5400,
    });
  });
});

describe('applyRefund with the cumulative refunded amount', () => {
  it('is partial, then nothing for a repeat, then full', async () => {
    const { orderId, paymentIntentId } = await paidOrder();

    expect(await refund(paymentIntentId, 1000)).toBe('partial');
    expect(await orderById(orderId)).toMatchObject({ status: 'partially_refunded', refundedCents: 1000 });

    // The same notification again (a redelivered webhook).
    expect(await refund(paymentIntentId, 1000)).toBe('none');
    // An older notification arriving late never lowers the amount.
    expect(await refund(paymentIntentId, 500)).toBe('none');
    expect(await orderById(orderId)).toMatchObject({
      status: 'partially_refunded',
      refundedCents: 1000,
      refundedAt: null,
    });
    expect(await eventsOf(orderId, 'order.refunded')).toHaveLength(1);

    expect(await refund(paymentIntentId, 4900)).toBe('full');
    const order = await orderById(orderId);
    expect(order).toMatchObject({ status: 'refunded', refundedCents: 4900 });
    expect(order.refundedAt).toBeInstanceOf(Date);
    expect((await eventsOf(orderId, 'order.refunded')).map((event) => event.payload)).toEqual([
      {
        orderId,
        orderNumber: order.number,
        currency: 'usd',
        refunded: 1000,
        totalRefunded: 1000,
        full: false,
      },
      {
        orderId,
        orderNumber: order.number,
        currency: 'usd',
        refunded: 3900,
        totalRefunded: 4900,
        full: true,
      },
    ]);

    expect(await refund(paymentIntentId, 4900)).toBe('none');
    expect(await eventsOf(orderId, 'order.refunded')).toHaveLength(2);
  });

  it('never records more than the order total', async () => {
    const { orderId, paymentIntentId } = await paidOrder();
    expect(await refund(paymentIntentId, 99_900)).toBe('full');
    expect(await orderById(orderId)).toMatchObject({ status: 'refunded', refundedCents: 4900 });
    const [event] = await eventsOf(orderId, 'order.refunded');
    expect(event!.payload).toMatchObject({ refunded: 4900, totalRefunded: 4900 });
  });
});

describe('disputes', () => {
  const report = (disputeId: string, amountCents = 4900, at = new Date()) => ({
    provider: 'test' as const,
    disputeId,
    amountCents,
    at,
  });
  const open = (paymentIntentId: string, disputeId: string) =>
    onPayment(paymentIntentId, (order, tx) => recordDisputeOpened(tx, order, report(disputeId)));
  const close = (
    paymentIntentId: string,
    disputeId: string,
    outcome: 'won' | 'lost',
    amountCents = 4900,
    at = new Date(),
  ) =>
    onPayment(paymentIntentId, (order, tx) =>
      recordDisputeClosed(tx, order, { ...report(disputeId, amountCents, at), outcome }),
    );

  it('a won dispute restores the order and keeps access', async () => {
    const { orderId, paymentIntentId } = await paidOrder();
    await open(paymentIntentId, 'dp_won');
    expect((await orderById(orderId)).status).toBe('disputed');

    expect(await close(paymentIntentId, 'dp_won', 'won')).toEqual({ endAccess: false });
    expect(await orderById(orderId)).toMatchObject({ status: 'paid', refundedCents: 0, refundedAt: null });
  });

  it('a won dispute after a partial refund goes back to partially refunded', async () => {
    const { orderId, paymentIntentId } = await paidOrder();
    await refund(paymentIntentId, 900);
    await open(paymentIntentId, 'dp_partial');
    await close(paymentIntentId, 'dp_partial', 'won', 4000);
    expect(await orderById(orderId)).toMatchObject({ status: 'partially_refunded', refundedCents: 900 });
  });

  it('a lost dispute is a forced refund, at most the total, that ends access once', async () => {
    const { orderId, paymentIntentId } = await paidOrder();
    await open(paymentIntentId, 'dp_lost');
    const lostAt = new Date('2026-12-02T08:00:00.000Z');
    expect(await close(paymentIntentId, 'dp_lost', 'lost', 6000, lostAt)).toEqual({ endAccess: true });
    const order = await orderById(orderId);
    expect(order).toMatchObject({ status: 'disputed', refundedCents: 4900, refundedAt: lostAt });
    expect(orderKeepsAccess(order.status)).toBe(false);
    // Reported again: already closed, nothing more to end.
    expect(await close(paymentIntentId, 'dp_lost', 'lost', 6000)).toEqual({ endAccess: false });
  });

  it('a late "opened" after the close changes nothing, and a closed dispute stays closed', async () => {
    const { orderId, paymentIntentId } = await paidOrder();
    await close(paymentIntentId, 'dp_late', 'won');
    await open(paymentIntentId, 'dp_late');
    expect((await orderById(orderId)).status).toBe('paid');
    // A contradicting later report of the same dispute does not reopen or flip it either.
    expect(await close(paymentIntentId, 'dp_late', 'lost')).toEqual({ endAccess: false });
    expect(await orderById(orderId)).toMatchObject({ status: 'paid', refundedCents: 0 });
  });

  it('an order stays disputed while any of its disputes is open, and for good once one is lost', async () => {
    const { orderId, paymentIntentId } = await paidOrder();
    await open(paymentIntentId, 'dp_first');
    await open(paymentIntentId, 'dp_second');
    await close(paymentIntentId, 'dp_first', 'won');
    expect((await orderById(orderId)).status).toBe('disputed');
    await close(paymentIntentId, 'dp_second', 'won');
    expect((await orderById(orderId)).status).toBe('paid');

    await close(paymentIntentId, 'dp_third', 'lost', 1000);
    await open(paymentIntentId, 'dp_fourth');
    await close(paymentIntentId, 'dp_fourth', 'won');
    expect(await orderById(orderId)).toMatchObject({ status: 'disputed', refundedCents: 1000 });
  });
});

describe('checkoutMismatch', () => {
  it('accepts its own session at the order amount, and names what differs otherwise', async () => {
    const { sessionId, orderId } = await startCheckout();
    const order = await orderById(orderId);
    const checkout = { sessionId, currency: 'USD', subtotalCents: 4900 };
    expect(checkoutMismatch(order, checkout)).toBeNull();
    expect(checkoutMismatch(order, { ...checkout, sessionId: 'test_cs_other' })).toMatch(/another checkout/);
    expect(checkoutMismatch(order, { ...checkout, currency: 'eur' })).toMatch(/currency eur/);
    expect(checkoutMismatch(order, { ...checkout, subtotalCents: 4899 })).toMatch(/amount 4899/);
  });
});

describe('cancelPendingOrder', () => {
  it('cancels a checkout nobody paid', async () => {
    const { sessionId, orderId } = await startCheckout();
    const now = new Date('2026-12-03T12:00:00.000Z');
    expect(await cancelPendingOrder(api.ctx(), { provider: 'test', sessionId }, now)).toBe(true);
    expect(await orderById(orderId)).toMatchObject({ status: 'canceled', canceledAt: now });
    expect(await cancelPendingOrder(api.ctx(), { provider: 'test', sessionId }, new Date())).toBe(false);
    expect((await orderById(orderId)).canceledAt).toEqual(now);
  });

  it('leaves a paid order paid', async () => {
    const { sessionId, orderId } = await paidOrder();
    expect(await cancelPendingOrder(api.ctx(), { provider: 'test', sessionId })).toBe(false);
    expect(await orderById(orderId)).toMatchObject({ status: 'paid', canceledAt: null });
  });

  it('changes nothing for a session that is not ours', async () => {
    const { sessionId, orderId } = await startCheckout();
    expect(await cancelPendingOrder(api.ctx(), { provider: 'stripe', sessionId })).toBe(false);
    expect(await cancelPendingOrder(api.ctx(), { provider: 'test', sessionId: 'test_cs_unknown' })).toBe(
      false,
    );
    expect((await orderById(orderId)).status).toBe('pending');
  });
});

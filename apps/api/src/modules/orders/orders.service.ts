// Orders: the only code that writes `shop_order` and `order_item`. A pending order is created when a
// checkout starts, becomes paid once (recordPayment, called by fulfilment under the order's row lock), and
// afterwards follows refunds and disputes (`dispute`, one row per provider dispute, from which the order's
// status is derived). Which statuses keep the customer's access is decided here only. The creator's list
// (filters, search, pages) and its CSV export read through one filter, orderListWhere.
import { type FilterQuery, LockMode } from '@mikro-orm/core';
import type { Product } from '@shelf/db/catalog';
import {
  Dispute,
  Order,
  OrderItem,
  type OrderStatus,
  orderNetCents,
  type PaymentProvider,
} from '@shelf/db/orders';
import type { ServiceContext } from '../../context.ts';
import { badInput } from '../../errors.ts';
import { requireCreator } from '../accounts/accounts.service.ts';
import { isUuid } from '../common/ids.ts';
import { type Page, pageNewestFirst } from '../common/newest-first-page.ts';
import { recordDomainEvent } from '../events/events.service.ts';

/** A partial refund keeps access; a full refund, a lost dispute or an open dispute do not. */
const ACCESS_STATUSES = ['paid', 'partially_refunded'] as const satisfies readonly OrderStatus[];

export function orderKeepsAccess(status: OrderStatus): boolean {
  return (ACCESS_STATUSES as readonly OrderStatus[]).includes(status);
}

/** The same rule for SQL that checks access in the statement that spends it: `o.status in (...)`. */
export const ORDER_KEEPS_ACCESS_SQL = `(${ACCESS_STATUSES.map((status) => `'${status}'`).join(', ')})`;

export { orderNetCents };

export type OrderListFilter = {
  status?: OrderStatus | null;
  productId?: string | null;
  /** Created at or after. */
  from?: Date | null;
  /** Created before. */
  to?: Date | null;
  affiliateCode?: string | null;
  /** An order number (with or without #), or part of the buyer's email or name. */
  query?: string | null;
};

const LIST_POPULATE = ['items', 'items.product', 'customer', 'affiliateLink'];

/** A LIKE pattern for text anywhere, its wildcards escaped so a search for `50%_off` means those characters. */
export const likeContains = (text: string): string => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/** The filter of the creator's order list; coded errors for malformed values, before any query. */
export function orderListWhere(filter: OrderListFilter): FilterQuery<Order> {
  if (filter.productId != null && !isUuid(filter.productId))
    throw badInput('productId is not a valid product id.', 'productId');
  if (filter.from && filter.to && filter.from.getTime() > filter.to.getTime())
    throw badInput('from must not be after to.', 'from');
  const where: FilterQuery<Order>[] = [];
  if (filter.status) where.push({ status: filter.status });
  if (filter.productId) where.push({ items: { product: filter.productId } });
  if (filter.from) where.push({ createdAt: { $gte: filter.from } });
  if (filter.to) where.push({ createdAt: { $lt: filter.to } });
  const code = filter.affiliateCode?.trim();
  if (code) where.push({ affiliateLink: { code } });
  const query = filter.query?.trim().slice(0, 200);
  if (query) {
    const number = /^#?\d{1,9}$/.test(query) ? Number(query.replace('#', '')) : null;
    const contains = likeContains(query.toLowerCase());
    where.push({
      $or: [
        ...(number !== null ? [{ number }] : []),
        { email: { $ilike: contains } },
        { customer: { name: { $ilike: contains } } },
      ],
    });
  }
  return where.length === 0 ? {} : { $and: where };
}

export function listOrders(
  ctx: ServiceContext,
  args: { first?: number | null; after?: string | null } & OrderListFilter,
): Promise<Page<Order>> {
  requireCreator(ctx, 'orders:read');
  return pageNewestFirst(ctx.em, Order, {
    first: args.first,
    after: args.after,
    filter: orderListWhere(args),
    populate: LIST_POPULATE,
  });
}

/** How many orders an export reads per statement: memory stays at one page whatever the total. */
const EXPORT_PAGE = 1000;

/** One order as an export writes it: the order's own columns, its buyer's name, products and link code. */
export type OrderExportRow = {
  id: string;
  number: number;
  created_at: Date;
  paid_at: Date | null;
  status: OrderStatus;
  email: string | null;
  customer_name: string | null;
  products: string | null;
  currency: string;
  subtotal_cents: number;
  discount_cents: number;
  tax_cents: number;
  total_cents: number;
  refunded_cents: number;
  affiliate_code: string | null;
  provider: PaymentProvider;
  provider_payment_intent_id: string | null;
};

/**
 * Every order the filter matches, newest first, one page at a time: plain rows (no entities, nothing kept
 * in an identity map) read by keyset on (created_at, id), so an export of any size holds one page. The
 * filter is the list's own (orderListWhere), rendered by the query builder as the subquery of order ids.
 */
export async function* streamOrders(
  ctx: ServiceContext,
  filter: OrderListFilter,
): AsyncGenerator<OrderExportRow[]> {
  requireCreator(ctx, 'orders:read');
  const matching = ctx.em
    .createQueryBuilder(Order, 'f')
    .select('f.id')
    .where(orderListWhere(filter))
    .getKnexQuery()
    .toSQL();
  let after: { createdAt: Date; id: string } | null = null;
  for (;;) {
    const keyset = after ? 'and (o.created_at, o.id) < (?, ?)' : '';
    const page: OrderExportRow[] = await ctx.em.getConnection().execute<OrderExportRow[]>(
      `select o.id, o.number, o.created_at, o.paid_at, o.status, o.email, c.name as customer_name,
              (select string_agg(i.product_name, '; ' order by i.id) from order_item i where i.order_id = o.id)
                as products,
              o.currency, o.subtotal_cents, o.discount_cents, o.tax_cents, o.total_cents, o.refunded_cents,
              l.code as affiliate_code, o.provider, o.provider_payment_intent_id
         from shop_order o
         left join customer c on c.id = o.customer_id
         left join affiliate_link l on l.id = o.affiliate_link_id
        where o.id in (${matching.sql}) ${keyset}
        order by o.created_at desc, o.id desc
        limit ${EXPORT_PAGE}`,
      [...matching.bindings, ...(after ? [after.createdAt, after.id] : [])],
      'all',
      ctx.em.getTransactionContext(),
    );
    if (page.length === 0) return;
    yield page;
    if (page.length < EXPORT_PAGE) return;
    const last = page.at(-1)!;
    after = { createdAt: new Date(last.created_at), id: last.id };
  }
}

/** One order for the creator, or null; a malformed id is no order. */
export async function getOrder(ctx: ServiceContext, id: string): Promise<Order | null> {
  requireCreator(ctx, 'orders:read');
  if (!isUuid(id)) return null;
  return ctx.em.findOne(Order, { id }, { populate: LIST_POPULATE as never, refresh: true });
}

/** Locks an order by id for a creator's change (refund, resend). Call inside withTransaction. */
export async function lockOrderById(ctx: ServiceContext, id: string): Promise<Order | null> {
  if (!isUuid(id)) return null;
  const order = await ctx.em.findOne(Order, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  if (order) await ctx.em.populate(order, ['items', 'items.product', 'customer']);
  return order;
}

/** A customer's orders, newest first, at most `limit`: for the creator's customer page. */
export async function listOrdersOfCustomer(
  ctx: ServiceContext,
  customerId: string,
  limit: number,
): Promise<Order[]> {
  requireCreator(ctx, 'orders:read');
  return ctx.em.find(
    Order,
    { customer: customerId },
    { orderBy: { createdAt: 'desc', id: 'desc' }, limit, populate: LIST_POPULATE as never },
  );
}

/** One customer's orders, newest first, keyset-paginated like the order list. */
export function pageOrdersOfCustomer(
  ctx: ServiceContext,
  customerId: string,
  args: { first?: number | null; after?: string | null },
): Promise<Page<Order>> {
  requireCreator(ctx, 'orders:read');
  return pageNewestFirst(ctx.em, Order, {
    first: args.first,
    after: args.after,
    filter: { customer: customerId },
    populate: LIST_POPULATE,
  });
}

export type CustomerOrderTotals = {
  orderCount: number;
  lastOrderAt: Date | null;
  /** What the customer paid and kept, per currency: total minus refunds of their paid orders. */
  lifetimeValue: Array<{ currency: string; amountCents: number }>;
};

/** Order counts and lifetime value of many customers in one statement. */
export async function orderTotalsOfCustomers(
  ctx: ServiceContext,
  customerIds: readonly string[],
): Promise<Map<string, CustomerOrderTotals>> {
  const totals = new Map<string, CustomerOrderTotals>(
    customerIds.map((id) => [id, { orderCount: 0, lastOrderAt: null, lifetimeValue: [] }]),
  );
  if (customerIds.length === 0) return totals;
  const rows = await ctx.em
    .getConnection()
    .execute<Array<{ customer_id: string; currency: string; orders: string; value: string; last_at: Date }>>(
      `select customer_id, currency, count(*) as orders, sum(total_cents - refunded_cents) as value,
            max(created_at) as last_at
       from shop_order
      where customer_id in (${customerIds.map(() => '?').join(', ')}) and paid_at is not null
      group by customer_id, currency
      order by customer_id, currency`,
      [...customerIds],
      'all',
      ctx.em.getTransactionContext(),
    );
  for (const row of rows) {
    const entry = totals.get(row.customer_id)!;
    entry.orderCount += Number(row.orders);
    entry.lifetimeValue.push({ currency: row.currency, amountCents: Number(row.value) });
    const last = new Date(row.last_at);
    if (!entry.lastOrderAt || last > entry.lastOrderAt) entry.lastOrderAt = last;
  }
  return totals;
}

/** A pending order for one product at its current price: what a checkout is before anyone has paid. */
export function createPendingOrder(
  ctx: ServiceContext,
  input: {
    id?: string;
    provider: PaymentProvider;
    sessionId: string;
    product: Product;
    email: string | null;
    affiliateLinkId: string | null;
  },
): Order {
  const { em } = ctx;
  const { product } = input;
  const order = em.create(Order, {
    ...(input.id ? { id: input.id } : {}),
    provider: input.provider,
    providerSessionId: input.sessionId,
    email: input.email,
    currency: product.currency,
    subtotalCents: product.priceCents,
    totalCents: product.priceCents,
    affiliateLink: input.affiliateLinkId,
  });
  em.create(OrderItem, {
    order,
    product,
    productName: product.name,
    unitPriceCents: product.priceCents,
    currency: product.currency,
  });
  return order;
}

/** The order behind a checkout session, with its items and products, for the success page. */
export async function findOrderBySession(ctx: ServiceContext, sessionId: string): Promise<Order | null> {
  if (sessionId.length > 255) return null;
  return ctx.em.findOne(
    Order,
    { providerSessionId: sessionId },
    { populate: ['items', 'items.product'], refresh: true },
  );
}

/**
 * Locks the order a checkout pays for (SELECT ... FOR UPDATE), found by its session or, for a session we
 * never recorded, by the order id the provider carried back. Call inside withTransaction.
 */
export async function lockOrderForCheckout(
  ctx: ServiceContext,
  where: { provider: PaymentProvider; sessionId: string; orderId: string | null },
): Promise<Order | null> {
  const lock = { lockMode: LockMode.PESSIMISTIC_WRITE };
  const bySession = await ctx.em.findOne(
    Order,
    { provider: where.provider, providerSessionId: where.sessionId },
    lock,
  );
  if (bySession || !isUuid(where.orderId)) return bySession;
  return ctx.em.findOne(Order, { id: where.orderId, provider: where.provider }, lock);
}

/**
 * Why a checkout may not pay for an order, or null when it may: the order must be that checkout's (or have
 * no session recorded), and until it is paid, the checkout's currency and amount before discounts must be
 * the order's. An order id the provider carried back is only a claim; this is what checks it.
 */
export function checkoutMismatch(
  order: Order,
  checkout: { sessionId: string; currency: string; subtotalCents: number },
): string | null {
  if (order.providerSessionId && order.providerSessionId !== checkout.sessionId) {
    return `order ${order.number} belongs to another checkout session`;
  }
  if (order.fulfilledAt) return null;
  if (order.currency.toLowerCase() !== checkout.currency.toLowerCase()) {
    return `checkout currency ${checkout.currency} is not order ${order.number}'s ${order.currency}`;
  }
  if (order.subtotalCents !== checkout.subtotalCents) {
    return `checkout amount ${checkout.subtotalCents} is not order ${order.number}'s ${order.subtotalCents}`;
  }
  return null;
}

/** Locks the order a payment paid for, for refunds and disputes. Call inside withTransaction. */
export async function lockOrderByPayment(
  ctx: ServiceContext,
  where: { provider: PaymentProvider; paymentIntentId: string },
): Promise<Order | null> {
  return ctx.em.findOne(
    Order,
    { provider: where.provider, providerPaymentIntentId: where.paymentIntentId },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
}

export type PaymentRecord = {
  customerId: string;
  email: string;
  currency: string;
  subtotalCents: number;
  discountCents: number;
  taxCents: number;
  totalCents: number;
  paymentIntentId: string | null;
  subscriptionId: string | null;
};

/** Marks a locked order paid and fulfilled, and announces it. Fulfilment calls this exactly once. */
export async function recordPayment(
  ctx: ServiceContext,
  order: Order,
  payment: PaymentRecord,
  now: Date,
): Promise<void> {
  Object.assign(order, {
    customer: payment.customerId,
    email: payment.email,
    status: 'paid',
    currency: payment.currency,
    subtotalCents: payment.subtotalCents,
    discountCents: payment.discountCents,
    taxCents: payment.taxCents,
    totalCents: payment.totalCents,
    providerPaymentIntentId: payment.paymentIntentId,
    providerSubscriptionId: payment.subscriptionId,
    paidAt: now,
    fulfilledAt: now,
  });
  await ctx.em.flush();
  await recordDomainEvent(ctx, {
    type: 'order.paid',
    subjectId: order.id,
    payload: {
      orderId: order.id,
      orderNumber: order.number,
      customerId: payment.customerId,
      currency: order.currency,
      subtotal: order.subtotalCents,
      discount: order.discountCents,
      tax: order.taxCents,
      total: order.totalCents,
    },
  });
}

/** Remembers the buyer's email on an order still waiting for its payment. */
export async function noteOrderEmail(ctx: ServiceContext, order: Order, email: string): Promise<void> {
  if (order.email === email) return;
  order.email = email;
  await ctx.em.flush();
}

/**
 * Marks a checkout that will never be paid (expired, or its delayed payment failed) as canceled.
 * Conditional on pending, so it can never undo a payment that fulfilment recorded concurrently.
 */
export async function cancelPendingOrder(
  ctx: ServiceContext,
  input: { provider: PaymentProvider; sessionId: string },
  now = new Date(),
): Promise<boolean> {
  const updated = await ctx.em.nativeUpdate(
    Order,
    { provider: input.provider, providerSessionId: input.sessionId, status: 'pending' },
    { status: 'canceled', canceledAt: now, updatedAt: now },
  );
  return updated > 0;
}

export type RefundEffect = 'none' | 'partial' | 'full';

/**
 * Records the provider's cumulative refunded amount on a locked order, so a repeated or reordered event
 * changes nothing. Says what the refund means for access: a full refund ends it, a partial one does not.
 */
export async function applyRefund(
  ctx: ServiceContext,
  order: Order,
  refundedCents: number,
  now: Date,
): Promise<RefundEffect> {
  const refunded = Math.min(Math.max(refundedCents, order.refundedCents), order.totalCents);
  if (refunded === order.refundedCents && order.status !== 'paid') return 'none';
  const previous = order.refundedCents;
  order.refundedCents = refunded;
  let effect: RefundEffect = 'none';
  if (refunded >= order.totalCents) {
    order.status = 'refunded';
    order.refundedAt = now;
    effect = 'full';
  } else if (refunded > 0) {
    if (order.status === 'paid') order.status = 'partially_refunded';
    effect = 'partial';
  }
  await ctx.em.flush();
  if (refunded > previous) {
    await recordDomainEvent(ctx, {
      type: 'order.refunded',
      subjectId: order.id,
      dedupeKey: `order.refunded:${order.id}:${refunded}`,
      payload: {
        orderId: order.id,
        orderNumber: order.number,
        currency: order.currency,
        refunded: refunded - previous,
        totalRefunded: refunded,
        full: effect === 'full',
      },
    });
  }
  return effect;
}

/** A dispute as the provider reports it; `disputeId` is the provider's own id for it. */
export type DisputeReport = {
  provider: PaymentProvider;
  disputeId: string;
  amountCents: number;
  at: Date;
};

/**
 * Records that a dispute was opened. A dispute already known (open, or already closed: the report came
 * late) changes nothing. The order's status follows all its disputes (deriveDisputeStatus).
 */
export async function recordDisputeOpened(
  ctx: ServiceContext,
  order: Order,
  report: DisputeReport,
): Promise<void> {
  const known = await ctx.em.findOne(Dispute, {
    provider: report.provider,
    providerDisputeId: report.disputeId,
  });
  if (!known) {
    ctx.em.create(Dispute, {
      order,
      provider: report.provider,
      providerDisputeId: report.disputeId,
      status: 'open',
      amountCents: report.amountCents,
      openedAt: report.at,
    });
  }
  await deriveDisputeStatus(ctx, order);
}

/**
 * Records how a dispute ended; the first outcome is final, so a repeated or late report changes nothing.
 * A lost dispute is a forced refund of its amount. Returns whether access must end now (a loss recorded
 * for the first time).
 */
export async function recordDisputeClosed(
  ctx: ServiceContext,
  order: Order,
  report: DisputeReport & { outcome: 'won' | 'lost' },
): Promise<{ endAccess: boolean }> {
  const known = await ctx.em.findOne(Dispute, {
    provider: report.provider,
    providerDisputeId: report.disputeId,
  });
  let closedNow = false;
  if (!known) {
    ctx.em.create(Dispute, {
      order,
      provider: report.provider,
      providerDisputeId: report.disputeId,
      status: report.outcome,
      amountCents: report.amountCents,
      openedAt: report.at,
      closedAt: report.at,
    });
    closedNow = true;
  } else if (known.status === 'open') {
    Object.assign(known, { status: report.outcome, amountCents: report.amountCents, closedAt: report.at });
    closedNow = true;
  }
  await deriveDisputeStatus(ctx, order);
  return { endAccess: closedNow && report.outcome === 'lost' };
}

/**
 * The order's status from all its disputes: any lost one makes it disputed for good (its amount counted as
 * refunded); any open one makes a paid order disputed; with none left open, a disputed order goes back to
 * what its refunds make it.
 */
async function deriveDisputeStatus(ctx: ServiceContext, order: Order): Promise<void> {
  await ctx.em.flush();
  const disputes = await ctx.em.find(Dispute, { order: order.id }, { orderBy: { closedAt: 'asc' } });
  const lost = disputes.filter((dispute) => dispute.status === 'lost');
  if (lost.length > 0) {
    const lostCents = lost.reduce((sum, dispute) => sum + dispute.amountCents, 0);
    order.status = 'disputed';
    order.refundedCents = Math.min(order.totalCents, Math.max(order.refundedCents, lostCents));
    order.refundedAt ??= lost[0]!.closedAt ?? new Date();
  } else if (disputes.some((dispute) => dispute.status === 'open')) {
    if (order.status === 'paid' || order.status === 'partially_refunded') order.status = 'disputed';
  } else if (order.status === 'disputed') {
    if (order.refundedCents >= order.totalCents) order.status = 'refunded';
    else order.status = order.refundedCents > 0 ? 'partially_refunded' : 'paid';
  }
  await ctx.em.flush();
}

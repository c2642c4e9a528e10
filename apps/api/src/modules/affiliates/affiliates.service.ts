// Affiliates: the only code that writes the affiliate tables. It decides whether a link earns (one rule
// for checkout and fulfilment), computes commission (one formula for a sale and for its refunds) and
// records and reverses it, announcing both as domain events.
import { AffiliateLink, Commission } from '@shelf/db/affiliates';
import type { Order } from '@shelf/db/orders';
import type { ServiceContext } from '../../context.ts';
import { isUuid } from '../common/ids.ts';
import { recordDomainEvent } from '../events/events.service.ts';
import { orderNetCents } from '../orders/orders.service.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const CODE_SHAPE = /^[A-Za-z0-9_-]{1,64}$/;

/** Commission on a net amount (paid after discount, before tax) at a link's percent: floor, in cents. */
export function commissionCents(netCents: number, percent: number): number {
  return Math.floor((netCents * percent) / 100);
}

/**
 * The link, if it earns on a purchase of these products: it exists, is not archived, its affiliate is
 * active, and it is for the whole store or for one of the products. Anything else earns nothing and is
 * never an error: a stale or mistyped code must not block a purchase.
 */
export async function findEarningLink(
  ctx: ServiceContext,
  where: { code: string | null | undefined } | { id: string | null | undefined },
  productIds: readonly string[],
): Promise<AffiliateLink | null> {
  const filter =
    'code' in where
      ? where.code && CODE_SHAPE.test(where.code)
        ? { code: where.code }
        : null
      : isUuid(where.id)
        ? { id: where.id }
        : null;
  if (!filter) return null;
  const link = await ctx.em.findOne(
    AffiliateLink,
    { ...filter, archivedAt: null },
    { populate: ['affiliate'] },
  );
  if (link?.affiliate.status !== 'active') return null;
  if (link.product && !productIds.includes(link.product.id)) return null;
  return link;
}

/**
 * Records the commission a paid order earns its link, once per order (unique on order), payable after
 * the refund window. An order whose link no longer earns gets none.
 */
export async function recordCommission(
  ctx: ServiceContext,
  input: { order: Order; productIds: readonly string[]; refundWindowDays: number },
  now: Date,
): Promise<void> {
  const { order } = input;
  if (!order.affiliateLink) return;
  const link = await findEarningLink(ctx, { id: order.affiliateLink.id }, input.productIds);
  if (!link) return;
  const commission = ctx.em.create(Commission, {
    affiliate: link.affiliate,
    link,
    order,
    netCents: orderNetCents(order),
    amountCents: commissionCents(orderNetCents(order), link.commissionPercent),
    currency: order.currency,
    percent: link.commissionPercent,
    availableAt: new Date(now.getTime() + input.refundWindowDays * DAY_MS),
  });
  await ctx.em.flush();
  await recordDomainEvent(ctx, {
    type: 'commission.created',
    subjectId: commission.id,
    payload: {
      commissionId: commission.id,
      affiliateId: link.affiliate.id,
      linkCode: link.code,
      orderId: order.id,
      currency: commission.currency,
      amount: commission.amountCents,
      percent: commission.percent,
    },
  });
}

/**
 * What a refund does to the order's commission: unpaid commission is reversed (or reduced for a partial
 * refund); commission already paid out is kept and the difference recorded as owed back.
 */
export async function adjustCommissionForRefund(ctx: ServiceContext, order: Order, now: Date): Promise<void> {
  const commission = await ctx.em.findOne(Commission, { order: order.id });
  if (!commission || commission.status === 'reversed') return;
  const fullyRefunded = order.refundedCents >= order.totalCents;
  const net = orderNetCents(order);
  // The refund is taken from the net first: tax is returned to the customer in proportion, but commission
  // was computed on net, so the remaining net is the order's net less the refunded share of it.
  const remainingNet = fullyRefunded
    ? 0
    : Math.max(0, net - Math.round((order.refundedCents * net) / order.totalCents));
  const earned = commissionCents(remainingNet, commission.percent);
  if (commission.status === 'paid') {
    commission.owedBackCents = commission.amountCents - earned;
  } else if (earned === 0) {
    commission.status = 'reversed';
    commission.reversedAt = now;
    commission.amountCents = 0;
  } else {
    commission.amountCents = earned;
  }
  await ctx.em.flush();
  if (commission.status === 'reversed') {
    await recordDomainEvent(ctx, {
      type: 'commission.reversed',
      subjectId: commission.id,
      payload: {
        commissionId: commission.id,
        affiliateId: commission.affiliate.id,
        orderId: order.id,
        currency: commission.currency,
      },
    });
  }
}

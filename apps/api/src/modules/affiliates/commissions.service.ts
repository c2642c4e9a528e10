// Commission: one formula for a sale, its renewals and their refunds (commissionFor), recorded once per
// payment, approved after the refund window, reversed or reduced by refunds before approval and turned
// into owed-back lines after it. Announced as domain events.
import { Commission } from '@shelf/db/affiliates';
import type { Order } from '@shelf/db/orders';
import type { ServiceContext } from '../../context.ts';
import { recordDomainEvent } from '../events/events.service.ts';
import { orderNetCents } from '../orders/orders.service.ts';
import { findEarningLink } from './affiliates.service.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Commission on a net amount (paid after discount, before tax) at a link's percent: floor, in cents. */
export function commissionFor(netCents: number, percent: number): number {
  return Math.floor((netCents * percent) / 100);
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
    amountCents: commissionFor(orderNetCents(order), link.commissionPercent),
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
  const earned = commissionFor(remainingNet, commission.percent);
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

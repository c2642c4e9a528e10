// The creator's refund: money goes back through the payment gateway, and what the provider reports is
// applied by the same lifecycle as its webhook (payment-lifecycle.service.ts), so the webhook that follows
// finds the refund recorded and changes nothing: one refund, one revocation, one email, one audit entry.
import type { Order } from '@shelf/db/orders';
import { type ServiceContext, withTransaction } from '../../context.ts';
import { AppError, badInput, notFound } from '../../errors.ts';
import { requireCreator } from '../accounts/accounts.service.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { lockOrderById, orderKeepsAccess } from '../orders/orders.service.ts';
import { applyPaymentEvent } from './payment-lifecycle.service.ts';

export type RefundInput = {
  orderId: string;
  /** Leave out for a full refund of what is left. */
  amount?: { amount: number; currency: string } | null;
};

const refundState = (order: Order) => ({
  status: order.status,
  refundedCents: order.refundedCents,
  currency: order.currency,
});

/**
 * Refunds an order in full (no amount) or in part (more than 0 and at most what is left, in the order's
 * currency). Only a paid or partially refunded order can be refunded; anything else is CONFLICT.
 */
export async function refundOrder(ctx: ServiceContext, input: RefundInput): Promise<Order> {
  requireCreator(ctx, 'orders:write');
  const { amount } = input;
  if (amount && (!Number.isSafeInteger(amount.amount) || amount.amount <= 0)) {
    throw badInput('The refund must be more than zero, in minor units (cents).', 'amount');
  }
  return withTransaction(ctx, async (tx) => {
    // The order stays locked while the provider answers, so two clicks at once refund one after the
    // other, each checked against what the first left.
    const order = await lockOrderById(tx, input.orderId);
    if (!order) throw notFound('There is no order with this id.');
    if (!orderKeepsAccess(order.status) || !order.providerPaymentIntentId) {
      throw new AppError(
        'CONFLICT',
        `Order ${order.number} is ${order.status}: only paid orders can be refunded.`,
      );
    }
    if (order.provider !== tx.services.payments.name) {
      throw new AppError(
        'CONFLICT',
        `Order ${order.number} was paid through ${order.provider}; refund it there.`,
      );
    }
    const left = order.totalCents - order.refundedCents;
    if (amount && amount.currency.toLowerCase() !== order.currency.toLowerCase()) {
      throw badInput(`Order ${order.number} was paid in ${order.currency.toUpperCase()}.`, 'currency');
    }
    if (amount && amount.amount > left) {
      throw badInput(`At most ${left} (minor units) is left to refund on order ${order.number}.`, 'amount');
    }
    const refundCents = amount?.amount ?? left;
    const before = refundState(order);
    const refunded = await tx.services.payments.refundPayment({
      orderId: order.id,
      paymentId: order.providerPaymentIntentId,
      amountCents: refundCents,
      currency: order.currency,
      refundedCents: order.refundedCents,
      paymentCents: order.totalCents,
      idempotencyKey: `refund:${order.id}:${order.refundedCents + refundCents}`,
    });
    await applyPaymentEvent(tx, refunded);
    await recordAudit(tx, {
      action: 'order.refunded',
      subjectType: 'order',
      subjectId: order.id,
      orderId: order.id,
      before,
      after: { ...refundState(order), amountCents: refundCents },
    });
    return order;
  });
}

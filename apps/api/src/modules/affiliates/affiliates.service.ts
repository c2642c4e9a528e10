// What a refund does to an affiliate's commission: unpaid commission is reversed (or reduced for a partial
// refund); commission already paid out is kept and the difference recorded as owed back.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Commission, type Order, orderNetCents } from '@shelf/db';

export async function adjustCommissionForRefund(em: EntityManager, order: Order, now: Date): Promise<void> {
  const commission = await em.findOne(Commission, { order: order.id });
  if (!commission || commission.status === 'reversed') return;
  const fullyRefunded = order.refundedCents >= order.totalCents;
  // The refund is taken from the net first: tax is returned to the customer in proportion, but commission
  // was computed on net, so the remaining net is the order's net less the refunded share of it.
  const remainingNet = fullyRefunded
    ? 0
    : Math.max(
        0,
        orderNetCents(order) - Math.round((order.refundedCents * orderNetCents(order)) / order.totalCents),
      );
  const earned = Math.floor((remainingNet * commission.percent) / 100);
  if (commission.status === 'paid') {
    commission.owedBackCents = commission.amountCents - earned;
  } else if (earned === 0) {
    commission.status = 'reversed';
    commission.reversedAt = now;
    commission.amountCents = 0;
  } else {
    commission.amountCents = earned;
  }
  await em.flush();
}

// The creator's actions on an order that reach beyond the order's own rows: sending its delivery email
// again, built by fulfilment from what the order grants today and queued by messaging like the first one.
import { randomUUID } from 'node:crypto';
import { type ServiceContext, withTransaction } from '../../context.ts';
import { AppError, notFound } from '../../errors.ts';
import { requireCreator } from '../accounts/accounts.service.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { composeDeliveryEmail } from '../fulfilment/order-access.service.ts';
import { queueEmail } from '../messaging/messaging.service.ts';
import { readStoreSettings } from '../settings/settings.service.ts';
import { lockOrderById, orderKeepsAccess } from './orders.service.ts';

/**
 * Queues the order's delivery email once more, to the order's email address, with the links and keys the
 * order gives now. Only an order that keeps access has anything to deliver (CONFLICT otherwise).
 */
export async function resendDeliveryEmail(
  ctx: ServiceContext,
  orderId: string,
): Promise<{ emailId: string; orderId: string }> {
  requireCreator(ctx, 'orders:write');
  return withTransaction(ctx, async (tx) => {
    const order = await lockOrderById(tx, orderId);
    if (!order) throw notFound('There is no order with this id.');
    if (!orderKeepsAccess(order.status) || !order.email) {
      throw new AppError(
        'CONFLICT',
        `Order ${order.number} is ${order.status}: there is nothing to deliver.`,
      );
    }
    const settings = await readStoreSettings(tx);
    const rendered = await composeDeliveryEmail(tx, order, settings);
    // Every resend is an email of its own: the first delivery keeps `delivery:<order>`.
    const email = await queueEmail(tx, {
      to: order.email,
      template: 'delivery',
      ...rendered,
      idempotencyKey: `delivery-resend:${order.id}:${randomUUID()}`,
      orderId: order.id,
    });
    await recordAudit(tx, {
      action: 'order.delivery_resent',
      subjectType: 'email',
      subjectId: email.id,
      orderId: order.id,
      before: null,
      after: { to: order.email, template: 'delivery' },
    });
    return { emailId: email.id, orderId: order.id };
  });
}

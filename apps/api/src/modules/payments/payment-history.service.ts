// What the payment provider told us about orders: the webhook events that named an order's checkout
// session or payment, for the creator's order page. Read from the ledger (webhook-events.service.ts) by the
// payment and session ids in the event payloads, which the ledger indexes for this.
import type { ServiceContext } from '../../context.ts';
import { requireCreator } from '../accounts/accounts.service.ts';

export type PaymentEventRecord = {
  id: string;
  provider: string;
  eventId: string;
  type: string;
  status: string;
  attempts: number;
  error: string | null;
  receivedAt: Date;
  processedAt: Date | null;
};

type OrderPaymentRef = {
  id: string;
  providerSessionId: string;
  providerPaymentIntentId: string | null;
};

type EventRow = {
  id: string;
  provider: string;
  event_id: string;
  type: string;
  status: string;
  attempts: number;
  error: string | null;
  received_at: Date;
  processed_at: Date | null;
  object_id: string | null;
  payment_id: string | null;
};

/** The provider events of many orders in one statement, oldest first within each order. */
export async function listPaymentEventsOfOrders(
  ctx: ServiceContext,
  orders: readonly OrderPaymentRef[],
): Promise<Map<string, PaymentEventRecord[]>> {
  requireCreator(ctx, 'orders:read');
  const byOrder = new Map<string, PaymentEventRecord[]>(orders.map((order) => [order.id, []]));
  const orderOf = new Map<string, string>();
  for (const order of orders) {
    orderOf.set(order.providerSessionId, order.id);
    if (order.providerPaymentIntentId) orderOf.set(order.providerPaymentIntentId, order.id);
  }
  if (orderOf.size === 0) return byOrder;
  const ids = [...orderOf.keys()];
  const list = ids.map(() => '?').join(', ');
  const rows = await ctx.em.getConnection().execute<EventRow[]>(
    `select id, provider, event_id, type, status, attempts, error, received_at, processed_at,
            payload->'data'->'object'->>'id' as object_id,
            payload->'data'->'object'->>'payment_intent' as payment_id
       from webhook_event
      where payload->'data'->'object'->>'payment_intent' in (${list})
         or payload->'data'->'object'->>'id' in (${list})
      order by received_at asc, id asc`,
    [...ids, ...ids],
    'all',
    ctx.em.getTransactionContext(),
  );
  for (const row of rows) {
    const orderId =
      (row.payment_id ? orderOf.get(row.payment_id) : undefined) ??
      (row.object_id ? orderOf.get(row.object_id) : undefined);
    if (!orderId) continue;
    byOrder.get(orderId)?.push({
      id: row.id,
      provider: row.provider,
      eventId: row.event_id,
      type: row.type,
      status: row.status,
      attempts: row.attempts,
      error: row.error,
      receivedAt: new Date(row.received_at),
      processedAt: row.processed_at ? new Date(row.processed_at) : null,
    });
  }
  return byOrder;
}

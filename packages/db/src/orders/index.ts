// Orders and their items. Owned by the API module of the same name.

export { Dispute, type DisputeStatus, disputeStatuses } from './dispute.entity.ts';
export {
  Order,
  type OrderStatus,
  orderNetCents,
  orderStatuses,
  type PaymentProvider,
  paymentProviders,
} from './order.entity.ts';
export { OrderItem } from './order-item.entity.ts';

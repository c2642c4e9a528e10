// One dispute (chargeback) of an order's payment, keyed by the provider's dispute id. Disputes are
// reported out of order and more than once, so each is kept with its own status and the order's status is
// derived from all of them (orders.service.ts): a closed dispute stays closed whatever arrives later.
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt } from '@mikro-orm/core';
import { type Order, type PaymentProvider, paymentProviders } from './order.entity.ts';

export const disputeStatuses = ['open', 'won', 'lost'] as const;
export type DisputeStatus = (typeof disputeStatuses)[number];

export class Dispute {
  id: Opt<string> = randomUUID();
  order!: Order;
  provider!: PaymentProvider;
  providerDisputeId!: string;
  status: Opt<DisputeStatus> = 'open';
  /** The disputed amount, in the order's currency's minor units. */
  amountCents!: number;
  openedAt!: Date;
  closedAt: Date | null = null;
}

export const DisputeSchema = new EntitySchema<Dispute>({
  class: Dispute,
  tableName: 'dispute',
  uniques: [{ properties: ['provider', 'providerDisputeId'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    order: { kind: 'm:1', entity: 'Order', deleteRule: 'cascade', index: true },
    provider: { enum: true, items: [...paymentProviders] },
    providerDisputeId: { type: 'string', length: 255 },
    status: { enum: true, items: [...disputeStatuses] },
    amountCents: { type: 'integer' },
    openedAt: { type: 'datetime', length: 3 },
    closedAt: { type: 'datetime', length: 3, nullable: true },
  },
});

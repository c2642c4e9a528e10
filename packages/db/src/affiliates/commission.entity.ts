// What an affiliate earned on one order: floor(net amount x percent / 100). One per order (unique),
// which makes commission creation idempotent. owedBackCents records a refund after payout.
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt } from '@mikro-orm/core';
import type { Order } from '../orders/order.entity.ts';
import type { Affiliate } from './affiliate.entity.ts';
import type { AffiliateLink } from './affiliate-link.entity.ts';
import type { Payout } from './payout.entity.ts';

export const commissionStatuses = ['pending', 'approved', 'paid', 'reversed'] as const;
export type CommissionStatus = (typeof commissionStatuses)[number];

export class Commission {
  id: Opt<string> = randomUUID();
  affiliate!: Affiliate;
  link!: AffiliateLink;
  order!: Order;
  amountCents!: number;
  currency!: string;
  percent!: number;
  status: Opt<CommissionStatus> = 'pending';
  availableAt!: Date;
  payout: Payout | null = null;
  owedBackCents: Opt<number> = 0;
  reversedAt: Date | null = null;
  createdAt: Opt<Date> = new Date();
}

export const CommissionSchema = new EntitySchema<Commission>({
  class: Commission,
  tableName: 'commission',
  indexes: [{ properties: ['affiliate', 'status'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    affiliate: { kind: 'm:1', entity: 'Affiliate' },
    link: { kind: 'm:1', entity: 'AffiliateLink' },
    order: { kind: 'm:1', entity: 'Order', unique: true },
    amountCents: { type: 'integer' },
    currency: { type: 'string', length: 3 },
    percent: { type: 'integer' },
    status: { enum: true, items: [...commissionStatuses] },
    availableAt: { type: 'datetime', length: 3 },
    payout: { kind: 'm:1', entity: 'Payout', nullable: true, deleteRule: 'set null' },
    owedBackCents: { type: 'integer' },
    reversedAt: { type: 'datetime', length: 3, nullable: true },
    createdAt: { type: 'datetime', length: 3 },
  },
});

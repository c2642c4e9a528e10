// What an affiliate earned on one payment: floor(net x percent / 100). One line per (order, link, payment):
// paymentRef is 'first' for the order's own payment and the provider's payment id for a renewal, which
// makes recording idempotent. Pending until the refund window has passed, then approved (final: later
// refunds add OwedBack lines, totalled in owedBackCents); paidCents is what payouts have settled.
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt } from '@mikro-orm/core';
import type { Order } from '../orders/order.entity.ts';
import type { Affiliate } from './affiliate.entity.ts';
import type { AffiliateLink } from './affiliate-link.entity.ts';
import type { Payout } from './payout.entity.ts';

export const commissionStatuses = ['pending', 'approved', 'paid', 'reversed'] as const;
export type CommissionStatus = (typeof commissionStatuses)[number];
export const commissionKinds = ['sale', 'renewal'] as const;
export type CommissionKind = (typeof commissionKinds)[number];
export const FIRST_PAYMENT_REF = 'first';

export class Commission {
  id: Opt<string> = randomUUID();
  affiliate!: Affiliate;
  link!: AffiliateLink;
  order!: Order;
  paymentRef: Opt<string> = FIRST_PAYMENT_REF;
  kind: Opt<CommissionKind> = 'sale';
  /** The payment's net (after discount, before tax) the amount was computed from. */
  netCents!: number;
  amountCents!: number;
  currency!: string;
  percent!: number;
  status: Opt<CommissionStatus> = 'pending';
  availableAt!: Date;
  approvedAt: Date | null = null;
  payout: Payout | null = null;
  paidCents: Opt<number> = 0;
  owedBackCents: Opt<number> = 0;
  reversedAt: Date | null = null;
  createdAt: Opt<Date> = new Date();
}

export const CommissionSchema = new EntitySchema<Commission>({
  class: Commission,
  tableName: 'commission',
  indexes: [{ properties: ['affiliate', 'status'] }, { properties: ['order'] }, { properties: ['link'] }],
  uniques: [{ properties: ['order', 'link', 'paymentRef'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    affiliate: { kind: 'm:1', entity: 'Affiliate' },
    link: { kind: 'm:1', entity: 'AffiliateLink' },
    order: { kind: 'm:1', entity: 'Order' },
    paymentRef: { type: 'string', length: 255 },
    kind: { enum: true, items: [...commissionKinds] },
    netCents: { type: 'integer' },
    amountCents: { type: 'integer' },
    currency: { type: 'string', length: 3 },
    percent: { type: 'integer' },
    status: { enum: true, items: [...commissionStatuses] },
    availableAt: { type: 'datetime', length: 3 },
    approvedAt: { type: 'datetime', length: 3, nullable: true },
    payout: { kind: 'm:1', entity: 'Payout', nullable: true, deleteRule: 'set null' },
    paidCents: { type: 'integer' },
    owedBackCents: { type: 'integer' },
    reversedAt: { type: 'datetime', length: 3, nullable: true },
    createdAt: { type: 'datetime', length: 3 },
  },
});

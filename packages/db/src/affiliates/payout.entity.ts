// Money sent to an affiliate, settling a set of approved commissions.
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt } from '@mikro-orm/core';
import type { Affiliate } from './affiliate.entity.ts';

export const payoutStatuses = ['pending', 'paid'] as const;
export type PayoutStatus = (typeof payoutStatuses)[number];

export class Payout {
  id: Opt<string> = randomUUID();
  affiliate!: Affiliate;
  amountCents!: number;
  currency!: string;
  status: Opt<PayoutStatus> = 'pending';
  reference: string | null = null;
  paidAt: Date | null = null;
  createdAt: Opt<Date> = new Date();
}

export const PayoutSchema = new EntitySchema<Payout>({
  class: Payout,
  tableName: 'payout',
  properties: {
    id: { type: 'uuid', primary: true },
    affiliate: { kind: 'm:1', entity: 'Affiliate', index: true },
    amountCents: { type: 'integer' },
    currency: { type: 'string', length: 3 },
    status: { enum: true, items: [...payoutStatuses] },
    reference: { type: 'string', length: 200, nullable: true },
    paidAt: { type: 'datetime', length: 3, nullable: true },
    createdAt: { type: 'datetime', length: 3 },
  },
});

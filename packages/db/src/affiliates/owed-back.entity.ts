// What an affiliate owes back because a sale was refunded (or its dispute lost) after its commission was
// approved or paid. Deducted from the affiliate's next payout, which sets `payout`.
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt } from '@mikro-orm/core';
import type { Affiliate } from './affiliate.entity.ts';
import type { Commission } from './commission.entity.ts';
import type { Payout } from './payout.entity.ts';

export class OwedBack {
  id: Opt<string> = randomUUID();
  affiliate!: Affiliate;
  commission!: Commission;
  /** Positive: the amount to deduct. */
  amountCents!: number;
  currency!: string;
  reason!: string;
  payout: Payout | null = null;
  createdAt: Opt<Date> = new Date();
}

export const OwedBackSchema = new EntitySchema<OwedBack>({
  class: OwedBack,
  tableName: 'owed_back',
  indexes: [{ properties: ['affiliate', 'payout'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    affiliate: { kind: 'm:1', entity: 'Affiliate' },
    commission: { kind: 'm:1', entity: 'Commission' },
    amountCents: { type: 'integer' },
    currency: { type: 'string', length: 3 },
    reason: { type: 'string', length: 200 },
    payout: { kind: 'm:1', entity: 'Payout', nullable: true, deleteRule: 'set null' },
    createdAt: { type: 'datetime', length: 3 },
  },
});

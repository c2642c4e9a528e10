// Money sent to an affiliate: it settles approved commissions oldest first (settledCents) and deducts the
// affiliate's open owed-back lines (deductedCents); amountCents = settledCents - deductedCents.
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt } from '@mikro-orm/core';
import type { User } from '../accounts/user.entity.ts';
import type { Affiliate } from './affiliate.entity.ts';

export const payoutStatuses = ['pending', 'paid'] as const;
export type PayoutStatus = (typeof payoutStatuses)[number];

export class Payout {
  id: Opt<string> = randomUUID();
  affiliate!: Affiliate;
  amountCents!: number;
  currency!: string;
  settledCents: Opt<number> = 0;
  deductedCents: Opt<number> = 0;
  status: Opt<PayoutStatus> = 'pending';
  /** How it was sent: bank transfer, PayPal, ... (free text, short). */
  method: Opt<string> = 'other';
  reference: string | null = null;
  note: string | null = null;
  recordedBy: User | null = null;
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
    settledCents: { type: 'integer' },
    deductedCents: { type: 'integer' },
    status: { enum: true, items: [...payoutStatuses] },
    method: { type: 'string', length: 50 },
    reference: { type: 'string', length: 200, nullable: true },
    note: { type: 'string', length: 500, nullable: true },
    recordedBy: { kind: 'm:1', entity: 'User', nullable: true, deleteRule: 'set null' },
    paidAt: { type: 'datetime', length: 3, nullable: true },
    createdAt: { type: 'datetime', length: 3 },
  },
});

// A referral code, for one product or (product null) the whole store, with its own commission rate. Codes
// are unique whatever their case (a unique index on lower(code)); renewals earn on the first payment only,
// or on every payment, as the link says.
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt } from '@mikro-orm/core';
import type { Product } from '../catalog/product.entity.ts';
import type { Affiliate } from './affiliate.entity.ts';

export const renewalCommissions = ['first_payment', 'every_payment'] as const;
export type RenewalCommission = (typeof renewalCommissions)[number];

export class AffiliateLink {
  id: Opt<string> = randomUUID();
  affiliate!: Affiliate;
  code!: string;
  product: Product | null = null;
  commissionPercent: Opt<number> = 30;
  renewalCommission: Opt<RenewalCommission> = 'first_payment';
  archivedAt: Date | null = null;
  createdAt: Opt<Date> = new Date();
}

export const AffiliateLinkSchema = new EntitySchema<AffiliateLink>({
  class: AffiliateLink,
  tableName: 'affiliate_link',
  checks: [{ name: 'affiliate_link_percent_range', expression: 'commission_percent between 0 and 100' }],
  properties: {
    id: { type: 'uuid', primary: true },
    affiliate: { kind: 'm:1', entity: 'Affiliate', deleteRule: 'cascade', index: true },
    code: { type: 'string', length: 64, unique: true },
    product: { kind: 'm:1', entity: 'Product', nullable: true, deleteRule: 'set null' },
    commissionPercent: { type: 'integer' },
    renewalCommission: { enum: true, items: [...renewalCommissions] },
    archivedAt: { type: 'datetime', length: 3, nullable: true },
    createdAt: { type: 'datetime', length: 3 },
  },
});

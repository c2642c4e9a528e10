// A referral code, for one product or (product null) the whole store, with its own commission rate.
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt } from '@mikro-orm/core';
import type { Product } from '../catalog/product.entity.ts';
import type { Affiliate } from './affiliate.entity.ts';

export class AffiliateLink {
  id: Opt<string> = randomUUID();
  affiliate!: Affiliate;
  code!: string;
  product: Product | null = null;
  commissionPercent: Opt<number> = 30;
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
    archivedAt: { type: 'datetime', length: 3, nullable: true },
    createdAt: { type: 'datetime', length: 3 },
  },
});

// A visit through an affiliate link. The visitor's IP is kept only as a salted hash for de-duplication: one
// click per visitor per link per day (a unique index on link, visitor_hash, day).
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt } from '@mikro-orm/core';
import type { AffiliateLink } from './affiliate-link.entity.ts';

export class AffiliateClick {
  id: Opt<string> = randomUUID();
  link!: AffiliateLink;
  landingPath: string | null = null;
  referrer: string | null = null;
  visitorHash: string | null = null;
  /** The UTC day of the visit, as YYYY-MM-DD. */
  day!: string;
  createdAt: Opt<Date> = new Date();
}

export const AffiliateClickSchema = new EntitySchema<AffiliateClick>({
  class: AffiliateClick,
  tableName: 'affiliate_click',
  indexes: [{ properties: ['link', 'createdAt'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    link: { kind: 'm:1', entity: 'AffiliateLink', deleteRule: 'cascade' },
    landingPath: { type: 'string', length: 500, nullable: true },
    referrer: { type: 'string', length: 500, nullable: true },
    visitorHash: { type: 'string', length: 64, nullable: true },
    day: { type: 'date' },
    createdAt: { type: 'datetime', length: 3 },
  },
});

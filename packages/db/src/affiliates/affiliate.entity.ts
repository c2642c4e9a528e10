// A fan or partner who earns commission through links.
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt } from '@mikro-orm/core';

export const affiliateStatuses = ['active', 'paused'] as const;
export type AffiliateStatus = (typeof affiliateStatuses)[number];

export class Affiliate {
  id: Opt<string> = randomUUID();
  email!: string;
  name: Opt<string> = '';
  status: Opt<AffiliateStatus> = 'active';
  createdAt: Opt<Date> = new Date();
}

export const AffiliateSchema = new EntitySchema<Affiliate>({
  class: Affiliate,
  tableName: 'affiliate',
  properties: {
    id: { type: 'uuid', primary: true },
    email: { type: 'string', length: 320, unique: true },
    name: { type: 'string', length: 200 },
    status: { enum: true, items: [...affiliateStatuses] },
    createdAt: { type: 'datetime', length: 3 },
  },
});

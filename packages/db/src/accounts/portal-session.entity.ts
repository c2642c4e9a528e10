// A sign-in to a portal reached by magic link: an affiliate's earnings page (and later the customer portal).
// The bearer token is random; only its SHA-256 is stored. It ends at expiresAt, or earlier when unused for
// longer than the portal's idle limit (measured from lastUsedAt).
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt } from '@mikro-orm/core';

export const portalSessionKinds = ['affiliate', 'customer'] as const;
export type PortalSessionKind = (typeof portalSessionKinds)[number];

export class PortalSession {
  id: Opt<string> = randomUUID();
  kind!: PortalSessionKind;
  /** The affiliate's (or customer's) id. */
  subjectId!: string;
  tokenHash!: string;
  expiresAt!: Date;
  lastUsedAt: Opt<Date> = new Date();
  createdAt: Opt<Date> = new Date();
}

export const PortalSessionSchema = new EntitySchema<PortalSession>({
  class: PortalSession,
  tableName: 'portal_session',
  indexes: [{ properties: ['kind', 'subjectId'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    kind: { enum: true, items: [...portalSessionKinds] },
    subjectId: { type: 'uuid' },
    tokenHash: { type: 'string', length: 64, unique: true },
    expiresAt: { type: 'datetime', length: 3 },
    lastUsedAt: { type: 'datetime', length: 3 },
    createdAt: { type: 'datetime', length: 3 },
  },
});

// One change a creator (or the store itself) made by hand, with who made it and the subject's state
// before and after. Written by the service that makes the change, in the same transaction, so a change
// and its entry commit together or not at all. Rows are never updated.
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt } from '@mikro-orm/core';

export const auditActorKinds = ['user', 'api_key', 'system'] as const;
export type AuditActorKind = (typeof auditActorKinds)[number];

export class AuditEntry {
  id: Opt<string> = randomUUID();
  /** What was done, verb-first and dotted by domain: `order.refunded`, `license.revoked`. */
  action!: string;
  /** What it was done to: `order`, `download_grant`, `license`, `email`. */
  subjectType!: string;
  subjectId!: string;
  /** The order the subject belongs to, so an order's page lists everything done to it. */
  orderId: string | null = null;
  actorKind!: AuditActorKind;
  /** The user's, API key's or system task's id. */
  actorId!: string;
  /** For people: the user's email, the API key's name or the system task's name. */
  actorLabel!: string;
  before: Record<string, unknown> | null = null;
  after: Record<string, unknown> | null = null;
  createdAt: Opt<Date> = new Date();
}

export const AuditEntrySchema = new EntitySchema<AuditEntry>({
  class: AuditEntry,
  tableName: 'audit_entry',
  indexes: [
    { properties: ['orderId', 'createdAt'] },
    { properties: ['subjectType', 'subjectId', 'createdAt'] },
  ],
  properties: {
    id: { type: 'uuid', primary: true },
    action: { type: 'string', length: 64 },
    subjectType: { type: 'string', length: 32 },
    subjectId: { type: 'string', length: 64 },
    orderId: { type: 'uuid', nullable: true },
    actorKind: { enum: true, items: [...auditActorKinds] },
    actorId: { type: 'string', length: 100 },
    actorLabel: { type: 'string', length: 320 },
    before: { type: 'json', nullable: true },
    after: { type: 'json', nullable: true },
    createdAt: { type: 'datetime', length: 3 },
  },
});

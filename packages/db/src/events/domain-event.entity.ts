// The domain event outbox: one row for each change worth telling the world (an order paid, a license
// activated), written in the same transaction as the change, so an event exists exactly when its change
// committed. `seq` gives readers (outbound webhooks, reports) a total order to resume from; `dedupeKey`
// keeps a change that is applied twice (a redelivered webhook) from announcing itself twice.
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt } from '@mikro-orm/core';

export const domainEventTypes = [
  'order.paid',
  'order.refunded',
  'subscription.renewed',
  'subscription.canceled',
  'license.activated',
  'license.deactivated',
  'license.revoked',
  'license.reinstated',
  'license.updated',
  'commission.created',
  'commission.reversed',
  'commission.approved',
  'commission.owed_back',
  'payout.recorded',
  'product.published',
  'product.updated',
] as const;
export type DomainEventType = (typeof domainEventTypes)[number];

export class DomainEvent {
  id: Opt<string> = randomUUID();
  seq!: Opt<string>;
  type!: DomainEventType;
  /** The id of the row the event is about (order, subscription, license, commission). */
  subjectId!: string;
  payload!: Record<string, unknown>;
  dedupeKey!: string;
  occurredAt: Opt<Date> = new Date();
}

export const DomainEventSchema = new EntitySchema<DomainEvent>({
  class: DomainEvent,
  tableName: 'domain_event',
  indexes: [{ properties: ['type', 'seq'] }, { properties: ['subjectId'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    seq: { type: 'bigint', unique: true, autoincrement: true, persist: false },
    type: { type: 'string', length: 64 },
    subjectId: { type: 'uuid' },
    payload: { type: 'json' },
    dedupeKey: { type: 'string', length: 200, unique: true },
    occurredAt: { type: 'datetime', length: 3 },
  },
});

// What each reader of the domain event outbox still has to take: one row per consumer and event, written
// in the statement that records the event (so it commits, or not, with the event) and deleted by the
// consumer in the transaction that acts on it. A reader that claims these rows instead of following
// `seq` after a cursor cannot skip an event whose transaction committed late, nor take one twice.
import { EntitySchema } from '@mikro-orm/core';
import type { DomainEvent } from './domain-event.entity.ts';

export class DomainEventPending {
  /** The reader (`domainEventConsumers` in the events module). */
  consumer!: string;
  event!: DomainEvent;
  /** The event's seq, copied so a consumer claims its oldest rows from one index. */
  eventSeq!: string;
}

export const DomainEventPendingSchema = new EntitySchema<DomainEventPending>({
  class: DomainEventPending,
  tableName: 'domain_event_pending',
  indexes: [{ properties: ['consumer', 'eventSeq'] }],
  properties: {
    consumer: { type: 'string', length: 64, primary: true },
    event: { kind: 'm:1', entity: 'DomainEvent', primary: true, deleteRule: 'cascade' },
    eventSeq: { type: 'bigint' },
  },
});

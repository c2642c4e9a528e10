// The domain event outbox and what its readers still have to take. Owned by the API module of the same name.

export { DomainEvent, type DomainEventType, domainEventTypes } from './domain-event.entity.ts';
export { DomainEventPending } from './domain-event-pending.entity.ts';

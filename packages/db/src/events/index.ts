// The domain event outbox. Owned by the API module of the same name.
export { DomainEvent, type DomainEventType, domainEventTypes } from './domain-event.entity.ts';

// One event on its way to one endpoint. The id is the Standard Webhooks message id (`webhook-id`): it
// stays the same across retries and replays, so a receiver can drop repeats. (endpoint, domainEvent) is
// unique, which makes the fan-out from the outbox idempotent.
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt } from '@mikro-orm/core';
import type { DomainEvent } from '../events/domain-event.entity.ts';
import type { WebhookEndpoint } from './webhook-endpoint.entity.ts';

export const webhookDeliveryStatuses = ['pending', 'succeeded', 'failed'] as const;
export type WebhookDeliveryStatus = (typeof webhookDeliveryStatuses)[number];

export class WebhookDelivery {
  id: Opt<string> = randomUUID();
  endpoint!: WebhookEndpoint;
  /** The outbox event delivered; null for a test event. */
  domainEvent: DomainEvent | null = null;
  eventType!: string;
  /** The message's `data`, fixed when the delivery is created so every attempt sends the same body. */
  payload!: Record<string, unknown>;
  /** When the event happened: the message's `timestamp`. */
  occurredAt: Opt<Date> = new Date();
  status: Opt<WebhookDeliveryStatus> = 'pending';
  /** Attempts in the current round (a replay starts a new round); the attempt rows keep them all. */
  attempts: Opt<number> = 0;
  nextAttemptAt: Date | null = new Date();
  /** While set and in the future, one worker is sending this delivery. */
  claimedUntil: Date | null = null;
  lastStatusCode: number | null = null;
  lastDurationMs: number | null = null;
  lastResponse: string | null = null;
  lastError: string | null = null;
  createdAt: Opt<Date> = new Date();
  updatedAt: Opt<Date> = new Date();
}

export const WebhookDeliverySchema = new EntitySchema<WebhookDelivery>({
  class: WebhookDelivery,
  tableName: 'webhook_delivery',
  uniques: [{ properties: ['endpoint', 'domainEvent'] }],
  indexes: [{ properties: ['endpoint', 'createdAt'] }, { properties: ['status', 'nextAttemptAt'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    endpoint: { kind: 'm:1', entity: 'WebhookEndpoint', deleteRule: 'cascade' },
    domainEvent: { kind: 'm:1', entity: 'DomainEvent', nullable: true, deleteRule: 'cascade', index: true },
    eventType: { type: 'string', length: 64 },
    payload: { type: 'json' },
    occurredAt: { type: 'datetime', length: 3 },
    status: { enum: true, items: [...webhookDeliveryStatuses] },
    attempts: { type: 'integer' },
    nextAttemptAt: { type: 'datetime', length: 3, nullable: true },
    claimedUntil: { type: 'datetime', length: 3, nullable: true },
    lastStatusCode: { type: 'integer', nullable: true },
    lastDurationMs: { type: 'integer', nullable: true },
    lastResponse: { type: 'text', nullable: true },
    lastError: { type: 'text', nullable: true },
    createdAt: { type: 'datetime', length: 3 },
    updatedAt: { type: 'datetime', length: 3, onUpdate: () => new Date() },
  },
});

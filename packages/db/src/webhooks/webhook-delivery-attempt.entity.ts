// The log of one HTTP attempt of a delivery: what the receiver answered (status, time taken, the start
// of its body) or why it could not be reached.
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt } from '@mikro-orm/core';
import type { WebhookDelivery } from './webhook-delivery.entity.ts';

export class WebhookDeliveryAttempt {
  id: Opt<string> = randomUUID();
  delivery!: WebhookDelivery;
  succeeded!: boolean;
  statusCode: number | null = null;
  durationMs!: number;
  response: string | null = null;
  error: string | null = null;
  createdAt: Opt<Date> = new Date();
}

export const WebhookDeliveryAttemptSchema = new EntitySchema<WebhookDeliveryAttempt>({
  class: WebhookDeliveryAttempt,
  tableName: 'webhook_delivery_attempt',
  indexes: [{ properties: ['delivery', 'createdAt'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    delivery: { kind: 'm:1', entity: 'WebhookDelivery', deleteRule: 'cascade' },
    succeeded: { type: 'boolean' },
    statusCode: { type: 'integer', nullable: true },
    durationMs: { type: 'integer' },
    response: { type: 'text', nullable: true },
    error: { type: 'text', nullable: true },
    createdAt: { type: 'datetime', length: 3 },
  },
});

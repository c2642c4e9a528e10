// Every provider event we received, keyed by (provider, eventId): the unique constraint is what makes
// webhook handling idempotent across retries and across API processes.
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt } from '@mikro-orm/core';

export const webhookEventStatuses = ['processing', 'processed', 'failed', 'ignored'] as const;
export type WebhookEventStatus = (typeof webhookEventStatuses)[number];

export class WebhookEvent {
  id: Opt<string> = randomUUID();
  provider!: string;
  eventId!: string;
  type!: string;
  status: Opt<WebhookEventStatus> = 'processing';
  attempts: Opt<number> = 1;
  error: string | null = null;
  payload!: Record<string, unknown>;
  receivedAt: Opt<Date> = new Date();
  processedAt: Date | null = null;
}

export const WebhookEventSchema = new EntitySchema<WebhookEvent>({
  class: WebhookEvent,
  tableName: 'webhook_event',
  uniques: [{ properties: ['provider', 'eventId'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    provider: { type: 'string', length: 32 },
    eventId: { type: 'string', length: 255 },
    type: { type: 'string', length: 100 },
    status: { enum: true, items: [...webhookEventStatuses] },
    attempts: { type: 'integer' },
    error: { type: 'text', nullable: true },
    payload: { type: 'json' },
    receivedAt: { type: 'datetime', length: 3 },
    processedAt: { type: 'datetime', length: 3, nullable: true },
  },
});

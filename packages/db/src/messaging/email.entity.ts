// An email Shelf sends, queued in Postgres before any attempt so a provider outage never loses it.
// idempotencyKey is unique: queuing the same email twice (a retried fulfilment) stores it once.
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt } from '@mikro-orm/core';
import type { Order } from '../orders/order.entity.ts';

export const emailStatuses = ['queued', 'sent', 'failed'] as const;
export type EmailStatus = (typeof emailStatuses)[number];

export class Email {
  id: Opt<string> = randomUUID();
  to!: string;
  template!: string;
  subject!: string;
  html!: string;
  text!: string;
  idempotencyKey!: string;
  order: Order | null = null;
  status: Opt<EmailStatus> = 'queued';
  attempts: Opt<number> = 0;
  providerMessageId: string | null = null;
  lastError: string | null = null;
  /** While set and in the future, one worker is sending this email. */
  claimedUntil: Date | null = null;
  createdAt: Opt<Date> = new Date();
  sentAt: Date | null = null;
}

export const EmailSchema = new EntitySchema<Email>({
  class: Email,
  tableName: 'email',
  indexes: [{ properties: ['status', 'createdAt'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    to: { type: 'string', length: 320, fieldName: 'recipient' },
    template: { type: 'string', length: 64 },
    subject: { type: 'string', length: 300 },
    html: { type: 'text' },
    text: { type: 'text' },
    idempotencyKey: { type: 'string', length: 200, unique: true },
    order: { kind: 'm:1', entity: 'Order', nullable: true, deleteRule: 'set null', index: true },
    status: { enum: true, items: [...emailStatuses] },
    claimedUntil: { type: 'datetime', length: 3, nullable: true },
    attempts: { type: 'integer' },
    providerMessageId: { type: 'string', length: 255, nullable: true },
    lastError: { type: 'text', nullable: true },
    createdAt: { type: 'datetime', length: 3 },
    sentAt: { type: 'datetime', length: 3, nullable: true },
  },
});

// An outbound webhook endpoint: a URL of the creator's that receives the domain events it subscribes to,
// signed with its own secret (Standard Webhooks). The secret is kept encrypted with the secrets key
// because it must be read back to sign; `consecutiveFailures` counts deliveries that failed for good in
// a row, and reaching the limit disables the endpoint (webhooks module, webhook-deliveries.service.ts).
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt } from '@mikro-orm/core';

export class WebhookEndpoint {
  id: Opt<string> = randomUUID();
  url!: string;
  description: Opt<string> = '';
  /** Dotted event names (`order.paid`) this endpoint receives. */
  events!: string[];
  /** `v1.<base64url>`: the `whsec_` secret, AES-256-GCM encrypted with the endpoint id as associated data. */
  secretEncrypted!: string;
  enabled: Opt<boolean> = true;
  disabledAt: Date | null = null;
  disabledReason: string | null = null;
  /** Deliveries in a row that exhausted their retries; a success resets it. */
  consecutiveFailures: Opt<number> = 0;
  createdAt: Opt<Date> = new Date();
  updatedAt: Opt<Date> = new Date();
}

export const WebhookEndpointSchema = new EntitySchema<WebhookEndpoint>({
  class: WebhookEndpoint,
  tableName: 'webhook_endpoint',
  properties: {
    id: { type: 'uuid', primary: true },
    url: { type: 'string', length: 2048 },
    description: { type: 'string', length: 500 },
    events: { type: 'text[]' } as never,
    secretEncrypted: { type: 'text' },
    enabled: { type: 'boolean' },
    disabledAt: { type: 'datetime', length: 3, nullable: true },
    disabledReason: { type: 'string', length: 500, nullable: true },
    consecutiveFailures: { type: 'integer' },
    createdAt: { type: 'datetime', length: 3 },
    updatedAt: { type: 'datetime', length: 3, onUpdate: () => new Date() },
  },
});

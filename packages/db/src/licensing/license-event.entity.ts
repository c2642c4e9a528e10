// A license's audit and validation history: activations, deactivations, status changes by the creator,
// and at most one `validated` row per instance per hour (the hot path never writes one per request).
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt } from '@mikro-orm/core';
import type { License } from './license.entity.ts';

export const licenseEventTypes = [
  'activated',
  'deactivated',
  'validated',
  'status_changed',
  'limit_changed',
  'activations_reset',
] as const;
export type LicenseEventType = (typeof licenseEventTypes)[number];

export class LicenseEvent {
  id: Opt<string> = randomUUID();
  license!: License;
  type!: LicenseEventType;
  /** The activation's public instance id, when the event is about one. */
  instanceId: string | null = null;
  /** Who did it: `customer`, `user:<id>`, `system:<name>`... */
  actor: string | null = null;
  detail: Record<string, unknown> | null = null;
  ipTruncated: string | null = null;
  createdAt: Opt<Date> = new Date();
}

export const LicenseEventSchema = new EntitySchema<LicenseEvent>({
  class: LicenseEvent,
  tableName: 'license_event',
  indexes: [{ properties: ['license', 'createdAt'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    license: { kind: 'm:1', entity: 'License', deleteRule: 'cascade' },
    type: { type: 'string', length: 32 },
    instanceId: { type: 'uuid', nullable: true },
    actor: { type: 'string', length: 100, nullable: true },
    detail: { type: 'json', nullable: true },
    ipTruncated: { type: 'string', length: 64, nullable: true },
    createdAt: { type: 'datetime', length: 3, defaultRaw: 'now()' },
  },
});

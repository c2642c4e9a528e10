// One device or installation using a license. Deactivating frees the seat but keeps the history.
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt } from '@mikro-orm/core';
import type { License } from './license.entity.ts';

export class LicenseActivation {
  id: Opt<string> = randomUUID();
  license!: License;
  /** Public identifier handed to the software (Lemon Squeezy's instance.id). */
  instanceId: Opt<string> = randomUUID();
  instanceName!: string;
  firstSeenAt: Opt<Date> = new Date();
  lastSeenAt: Opt<Date> = new Date();
  deactivatedAt: Date | null = null;
}

export const LicenseActivationSchema = new EntitySchema<LicenseActivation>({
  class: LicenseActivation,
  tableName: 'license_activation',
  indexes: [{ properties: ['license', 'deactivatedAt'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    license: { kind: 'm:1', entity: 'License', deleteRule: 'cascade' },
    instanceId: { type: 'uuid', unique: true },
    instanceName: { type: 'string', length: 200 },
    firstSeenAt: { type: 'datetime', length: 3 },
    lastSeenAt: { type: 'datetime', length: 3 },
    deactivatedAt: { type: 'datetime', length: 3, nullable: true },
  },
});

// An integrator's API key: shown once as `shelf_live_<secret>` (`shelf_test_` while payments are in test
// mode), stored as its SHA-256 and a visible prefix (`shelf_live_ab12cd34`). Scopes are from apiKeyScopes.
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt } from '@mikro-orm/core';
import type { User } from './user.entity.ts';

export class ApiKey {
  id: Opt<string> = randomUUID();
  name!: string;
  prefix!: string;
  keyHash!: string;
  scopes: Opt<string[]> = [];
  createdBy: User | null = null;
  lastUsedAt: Date | null = null;
  revokedAt: Date | null = null;
  createdAt: Opt<Date> = new Date();
}

export const ApiKeySchema = new EntitySchema<ApiKey>({
  class: ApiKey,
  tableName: 'api_key',
  properties: {
    id: { type: 'uuid', primary: true },
    name: { type: 'string', length: 200 },
    prefix: { type: 'string', length: 32, unique: true },
    keyHash: { type: 'string', length: 64, unique: true },
    scopes: { type: 'text[]' } as never,
    createdBy: { kind: 'm:1', entity: 'User', nullable: true, deleteRule: 'set null' },
    lastUsedAt: { type: 'datetime', length: 3, nullable: true },
    revokedAt: { type: 'datetime', length: 3, nullable: true },
    createdAt: { type: 'datetime', length: 3 },
  },
});

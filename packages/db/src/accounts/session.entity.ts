// A dashboard sign-in. The bearer token is random; only its SHA-256 is stored.
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt } from '@mikro-orm/core';
import type { User } from './user.entity.ts';

export class Session {
  id: Opt<string> = randomUUID();
  user!: User;
  tokenHash!: string;
  expiresAt!: Date;
  createdAt: Opt<Date> = new Date();
  lastUsedAt: Opt<Date> = new Date();
}

export const SessionSchema = new EntitySchema<Session>({
  class: Session,
  tableName: 'session',
  properties: {
    id: { type: 'uuid', primary: true },
    user: { kind: 'm:1', entity: 'User', deleteRule: 'cascade', index: true },
    tokenHash: { type: 'string', length: 64, unique: true },
    expiresAt: { type: 'datetime', length: 3 },
    createdAt: { type: 'datetime', length: 3 },
    lastUsedAt: { type: 'datetime', length: 3 },
  },
});

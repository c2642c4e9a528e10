// A creator or staff member who signs in to the dashboard. Only a password hash is kept.
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt } from '@mikro-orm/core';

export const userRoles = ['owner', 'staff'] as const;
export type UserRole = (typeof userRoles)[number];

export class User {
  id: Opt<string> = randomUUID();
  email!: string;
  name: Opt<string> = '';
  passwordHash!: string;
  role: Opt<UserRole> = 'staff';
  createdAt: Opt<Date> = new Date();
}

export const UserSchema = new EntitySchema<User>({
  class: User,
  tableName: 'app_user',
  properties: {
    id: { type: 'uuid', primary: true },
    email: { type: 'string', length: 320, unique: true },
    name: { type: 'string', length: 200 },
    passwordHash: { type: 'string', length: 300, hidden: true },
    role: { enum: true, items: [...userRoles] },
    createdAt: { type: 'datetime', length: 3 },
  },
});

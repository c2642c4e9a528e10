// A creator or staff member who signs in to the dashboard. Only a password hash is kept. Two-factor
// sign-in keeps the TOTP secret (a pending one until a first code confirms it), encrypted by the accounts
// module since it must be read back, the last time step used (so each code works once) and the recovery
// codes as SHA-256 hashes, each removed when used.
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
  /** The confirmed TOTP secret, encrypted (`v1.`...); null while two-factor sign-in is off. */
  twoFactorSecret: string | null = null;
  /** A secret being set up, encrypted too: not accepted at sign-in until a code from it confirms it. */
  twoFactorPendingSecret: string | null = null;
  /** The TOTP time step of the last accepted code; codes of this step or earlier are refused. */
  twoFactorLastStep: number | null = null;
  recoveryCodeHashes: Opt<string[]> = [];
  /** The owner's setting: staff must set up two-factor sign-in before they may do anything else. */
  requireStaffTwoFactor: Opt<boolean> = false;
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
    twoFactorSecret: { type: 'string', length: 255, nullable: true, hidden: true },
    twoFactorPendingSecret: { type: 'string', length: 255, nullable: true, hidden: true },
    twoFactorLastStep: { type: 'integer', nullable: true, hidden: true },
    recoveryCodeHashes: { type: 'text[]', hidden: true } as never,
    requireStaffTwoFactor: { type: 'boolean' },
    createdAt: { type: 'datetime', length: 3 },
  },
});

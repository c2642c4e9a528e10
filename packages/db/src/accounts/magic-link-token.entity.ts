// A one-time sign-in link for customers (portal) and affiliates, a creator's password reset link, or the
// challenge between a password and its second factor. Single use, short-lived, hash only.
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt } from '@mikro-orm/core';

export const magicLinkPurposes = ['account', 'affiliate', 'login', 'password_reset', 'two_factor'] as const;
export type MagicLinkPurpose = (typeof magicLinkPurposes)[number];

export class MagicLinkToken {
  id: Opt<string> = randomUUID();
  email!: string;
  purpose!: MagicLinkPurpose;
  tokenHash!: string;
  expiresAt!: Date;
  usedAt: Date | null = null;
  createdAt: Opt<Date> = new Date();
}

export const MagicLinkTokenSchema = new EntitySchema<MagicLinkToken>({
  class: MagicLinkToken,
  tableName: 'magic_link_token',
  properties: {
    id: { type: 'uuid', primary: true },
    email: { type: 'string', length: 320, index: true },
    purpose: { enum: true, items: [...magicLinkPurposes] },
    tokenHash: { type: 'string', length: 64, unique: true },
    expiresAt: { type: 'datetime', length: 3 },
    usedAt: { type: 'datetime', length: 3, nullable: true },
    createdAt: { type: 'datetime', length: 3 },
  },
});

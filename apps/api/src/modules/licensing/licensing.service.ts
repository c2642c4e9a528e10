// License state changes driven by payments: revocation after a refund or lost dispute, and expiry that
// follows a subscription's paid period.
import type { EntityManager } from '@mikro-orm/postgresql';
import { License } from '@shelf/db';

export async function revokeLicensesForOrder(em: EntityManager, orderId: string, now: Date): Promise<number> {
  return em.nativeUpdate(
    License,
    { order: orderId, status: { $ne: 'revoked' } },
    { status: 'revoked', revokedAt: now },
  );
}

/** A renewal moves the expiry forward and re-activates a license that had lapsed (not one that was revoked). */
export async function extendLicensesForOrder(
  em: EntityManager,
  orderId: string,
  until: Date,
): Promise<number> {
  return em.nativeUpdate(
    License,
    { order: orderId, status: { $ne: 'revoked' } },
    { status: 'active', expiresAt: until },
  );
}

/** Brings the expiry forward to `at`, never later than it already is; the status stays, as expiry ends the license. */
export async function expireLicensesForOrder(em: EntityManager, orderId: string, at: Date): Promise<number> {
  return em.nativeUpdate(
    License,
    { order: orderId, $or: [{ expiresAt: null }, { expiresAt: { $gt: at } }] },
    { expiresAt: at },
  );
}

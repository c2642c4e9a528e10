// Licensing: the only code that writes `license`, `license_activation` and `license_event`. Licenses are
// issued by fulfilment (one per licensed order item), revoked by a refund or lost dispute, and for
// subscriptions expire with the paid period and move forward with each renewal. Activation, validation
// and deactivation by software are in license-activation.service.ts.
import { License, type LicenseEventType, type LicenseStatus } from '@shelf/db/licensing';
import { generateLicenseKey } from '@shelf/licensing';
import { type ServiceContext, withTransaction } from '../../context.ts';
import { recordDomainEvent } from '../events/events.service.ts';

export type LicenseRequest = {
  orderItemId: string;
  productId: string;
  activationLimit: number | null;
  /** A subscription's paid period; null for a one-time purchase. */
  expiresAt: Date | null;
};

/** Issues a license per licensed item. Unique per order item, so a repeated fulfilment adds none. */
export async function issueLicenses(
  ctx: ServiceContext,
  input: { orderId: string; customerId: string; items: LicenseRequest[] },
): Promise<void> {
  for (const item of input.items) {
    ctx.em.create(License, {
      key: generateLicenseKey(),
      product: item.productId,
      order: input.orderId,
      orderItem: item.orderItemId,
      customer: input.customerId,
      activationLimit: item.activationLimit,
      expiresAt: item.expiresAt,
    });
  }
  await ctx.em.flush();
}

export type OrderLicense = {
  orderItemId: string;
  key: string;
  activationLimit: number | null;
  expiresAt: Date | null;
  status: string;
};

/** An order's licenses, oldest first, for the success page, the delivery email and the portal. */
export async function listOrderLicenses(ctx: ServiceContext, orderId: string): Promise<OrderLicense[]> {
  const licenses = await ctx.em.find(License, { order: orderId }, { orderBy: { createdAt: 'asc' } });
  return licenses.map((license) => ({
    orderItemId: license.orderItem.id,
    key: license.key,
    activationLimit: license.activationLimit,
    expiresAt: license.expiresAt,
    status: license.status,
  }));
}

export async function revokeLicensesForOrder(
  ctx: ServiceContext,
  orderId: string,
  now: Date,
): Promise<number> {
  return ctx.em.nativeUpdate(
    License,
    { order: orderId, status: { $ne: 'revoked' } },
    { status: 'revoked', revokedAt: now },
  );
}

/**
 * A renewal moves the expiry forward and re-activates a license that had lapsed (not one that was
 * revoked, nor one the creator disabled).
 */
export async function extendLicensesForOrder(
  ctx: ServiceContext,
  orderId: string,
  until: Date,
): Promise<number> {
  return ctx.em.nativeUpdate(
    License,
    { order: orderId, status: { $in: ['active', 'expired'] } },
    { status: 'active', expiresAt: until },
  );
}

/** Brings the expiry forward to `at`, never later than it already is; the status stays, as expiry ends the license. */
export async function expireLicensesForOrder(
  ctx: ServiceContext,
  orderId: string,
  at: Date,
): Promise<number> {
  return ctx.em.nativeUpdate(
    License,
    { order: orderId, $or: [{ expiresAt: null }, { expiresAt: { $gt: at } }] },
    { expiresAt: at },
  );
}

/** How the history names who did something: `software`, `user:<id>`, `system:<name>`... */
export function actorLabel(ctx: Pick<ServiceContext, 'actor'>): string {
  const { actor } = ctx;
  switch (actor.kind) {
    case 'anonymous':
      return 'software';
    case 'system':
      return `system:${actor.name}`.slice(0, 100);
    case 'user':
      return `user:${actor.user.id}`;
    case 'api_key':
      return `api_key:${actor.apiKeyId}`;
    case 'customer':
      return `customer:${actor.customerId}`;
    case 'affiliate':
      return `affiliate:${actor.affiliateId}`;
  }
}

/** One row of a license's audit and validation history, in the caller's transaction. */
export async function recordLicenseEvent(
  ctx: ServiceContext,
  event: {
    licenseId: string;
    type: LicenseEventType;
    instanceId?: string | null;
    detail?: Record<string, unknown> | null;
    ipTruncated?: string | null;
  },
): Promise<void> {
  await ctx.em.getConnection().execute(
    `insert into license_event (id, license_id, type, instance_id, actor, detail, ip_truncated, created_at)
     values (gen_random_uuid(), ?, ?, ?, ?, ?::jsonb, ?, now())`,
    [
      event.licenseId,
      event.type,
      event.instanceId ?? null,
      actorLabel(ctx),
      event.detail ? JSON.stringify(event.detail) : null,
      event.ipTruncated ?? null,
    ],
    'run',
    ctx.em.getTransactionContext(),
  );
}

/** The statuses the creator can set: switch a key off (`disabled`) or on, or revoke it by hand. */
export type SettableLicenseStatus = Extract<LicenseStatus, 'active' | 'disabled' | 'revoked'>;

/**
 * Sets a license's status for the creator (reinstate, disable, revoke), with an audit row and a domain
 * event, in one transaction. Returns false when the license does not exist or already had the status.
 * Reinstating clears revokedAt; an expiry in the past still reads as expired.
 */
export async function setLicenseStatus(
  ctx: ServiceContext,
  licenseId: string,
  status: SettableLicenseStatus,
): Promise<boolean> {
  return withTransaction(ctx, async (tx) => {
    const changed = await tx.em.nativeUpdate(
      License,
      { id: licenseId, status: { $ne: status } },
      { status, revokedAt: status === 'revoked' ? new Date() : null },
    );
    if (changed === 0) return false;
    await recordLicenseEvent(tx, { licenseId, type: 'status_changed', detail: { status } });
    await recordDomainEvent(tx, {
      type: status === 'active' ? 'license.reinstated' : 'license.revoked',
      subjectId: licenseId,
      payload: { licenseId, status },
      dedupeKey: `license.status:${licenseId}:${status}:${Date.now()}`,
    });
    return true;
  });
}

// Licensing: the only code that writes `license` and `license_activation`. Licenses are issued by
// fulfilment (one per licensed order item), revoked by a refund or lost dispute, and for subscriptions
// expire with the paid period and move forward with each renewal.
import { License } from '@shelf/db/licensing';
import { generateLicenseKey } from '@shelf/licensing';
import type { ServiceContext } from '../../context.ts';

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

/** A renewal moves the expiry forward and re-activates a license that had lapsed (not one that was revoked). */
export async function extendLicensesForOrder(
  ctx: ServiceContext,
  orderId: string,
  until: Date,
): Promise<number> {
  return ctx.em.nativeUpdate(
    License,
    { order: orderId, status: { $ne: 'revoked' } },
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

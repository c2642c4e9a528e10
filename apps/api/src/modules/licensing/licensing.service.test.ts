// Licensing against real Postgres: one license per licensed order item (a repeat fails atomically),
// revocation that keeps its first date, renewals that move expiry forward, and endings that only move it
// earlier.
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Product } from '@shelf/db/catalog';
import { License } from '@shelf/db/licensing';
import { createProduct } from '@shelf/db/seed';
import { isWellFormedLicenseKey } from '@shelf/licensing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/harness.ts';
import { arrangePaidOrder } from '../../../test/paid-order-fixture.ts';
import { withTransaction } from '../../context.ts';
import {
  expireLicensesForOrder,
  extendLicensesForOrder,
  issueLicenses,
  type LicenseRequest,
  listOrderLicenses,
  revokeLicensesForOrder,
} from './licensing.service.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ SEED_DEMO: 'false' });
});
afterAll(() => api.close());

/** A paid order for an app (3 activations) and a plugin (unlimited), with no license issued yet. */
async function paidOrderForAppAndPlugin() {
  const ctx = api.ctx();
  const app = await createProduct(ctx.em, {
    name: 'Framecraft',
    requiresLicenseKey: true,
    licenseActivationLimit: 3,
  });
  const plugin = await createProduct(ctx.em, { name: 'Framecraft Pro Pack', requiresLicenseKey: true });
  const { order, customerId, itemOf } = await arrangePaidOrder(ctx, [app, plugin], 'dev@example.com');
  const request = (product: Product, expiresAt: Date | null = null): LicenseRequest => ({
    orderItemId: itemOf(product).id,
    productId: product.id,
    activationLimit: product.licenseActivationLimit,
    expiresAt,
  });
  return {
    orderId: order.id,
    customerId,
    app: (expiresAt?: Date | null) => request(app, expiresAt),
    plugin: (expiresAt?: Date | null) => request(plugin, expiresAt),
  };
}

async function licensedOrder(expiresAt: Date | null = null) {
  const order = await paidOrderForAppAndPlugin();
  await issueLicenses(api.ctx(), {
    orderId: order.orderId,
    customerId: order.customerId,
    items: [order.app(expiresAt), order.plugin(expiresAt)],
  });
  return order;
}

type PaidOrder = Awaited<ReturnType<typeof paidOrderForAppAndPlugin>>;

/** The order's licenses: the app's first, then the plugin's. */
async function licensesOf(order: PaidOrder): Promise<License[]> {
  const licenses = await api.em().find(License, { order: order.orderId });
  const position = (license: License) => (license.orderItem.id === order.app().orderItemId ? 0 : 1);
  return licenses.sort((a, b) => position(a) - position(b));
}

describe('issueLicenses', () => {
  it('issues one well-formed key per item with the limits and period copied', async () => {
    const order = await paidOrderForAppAndPlugin();
    const periodEnd = new Date(Date.now() + 30 * DAY_MS);
    await issueLicenses(api.ctx(), {
      orderId: order.orderId,
      customerId: order.customerId,
      items: [order.app(periodEnd), order.plugin()],
    });

    const listed = await listOrderLicenses(api.ctx(), order.orderId);
    expect(listed.map(({ key: _key, ...rest }) => rest)).toEqual(
      expect.arrayContaining([
        { orderItemId: order.app().orderItemId, activationLimit: 3, expiresAt: periodEnd, status: 'active' },
        { orderItemId: order.plugin().orderItemId, activationLimit: null, expiresAt: null, status: 'active' },
      ]),
    );
    expect(listed).toHaveLength(2);
    for (const license of listed) expect(isWellFormedLicenseKey(license.key)).toBe(true);
    expect(listed[0]!.key).not.toBe(listed[1]!.key);
    const stored = await licensesOf(order);
    expect(stored.every((license) => license.customer.id === order.customerId)).toBe(true);
  });

  it('refuses a second license for the same item, and the transaction keeps nothing of it', async () => {
    const order = await paidOrderForAppAndPlugin();
    await issueLicenses(api.ctx(), {
      orderId: order.orderId,
      customerId: order.customerId,
      items: [order.app()],
    });
    const [first] = await licensesOf(order);

    await expect(
      withTransaction(api.ctx(), async (tx) => {
        await issueLicenses(tx, {
          orderId: order.orderId,
          customerId: order.customerId,
          items: [order.plugin()],
        });
        await issueLicenses(tx, {
          orderId: order.orderId,
          customerId: order.customerId,
          items: [order.app()],
        });
      }),
    ).rejects.toBeInstanceOf(UniqueConstraintViolationException);

    const after = await licensesOf(order);
    expect(after.map((license) => [license.orderItem.id, license.key])).toEqual([
      [order.app().orderItemId, first!.key],
    ]);
  });
});

describe('revokeLicensesForOrder', () => {
  it('revokes every license once; a repeat keeps the first date', async () => {
    const order = await licensedOrder();
    const firstRefund = new Date('2026-12-01T10:00:00.000Z');
    expect(await revokeLicensesForOrder(api.ctx(), order.orderId, firstRefund)).toBe(2);
    expect(await revokeLicensesForOrder(api.ctx(), order.orderId, new Date('2026-12-05T10:00:00.000Z'))).toBe(
      0,
    );
    expect((await licensesOf(order)).map((license) => [license.status, license.revokedAt])).toEqual([
      ['revoked', firstRefund],
      ['revoked', firstRefund],
    ]);
  });

  it('touches no other order', async () => {
    const refunded = await licensedOrder();
    const kept = await licensedOrder();
    await revokeLicensesForOrder(api.ctx(), refunded.orderId, new Date());
    expect((await licensesOf(kept)).map((license) => license.status)).toEqual(['active', 'active']);
  });
});

describe('extendLicensesForOrder', () => {
  it('moves the expiry forward and re-activates a lapsed license, never a revoked one', async () => {
    const periodEnd = new Date('2026-12-01T00:00:00.000Z');
    const order = await licensedOrder(periodEnd);
    const [app, plugin] = await licensesOf(order);
    await api.em().nativeUpdate(License, { id: app!.id }, { status: 'expired' });
    await api.em().nativeUpdate(License, { id: plugin!.id }, { status: 'revoked', revokedAt: periodEnd });

    const renewedUntil = new Date('2027-01-01T00:00:00.000Z');
    expect(await extendLicensesForOrder(api.ctx(), order.orderId, renewedUntil)).toBe(1);
    const after = await licensesOf(order);
    expect(
      after.map((license) => [license.id, license.status, license.expiresAt, license.revokedAt]),
    ).toEqual([
      [app!.id, 'active', renewedUntil, null],
      [plugin!.id, 'revoked', periodEnd, periodEnd],
    ]);
  });
});

describe('expireLicensesForOrder', () => {
  it('brings expiry earlier, never later, and leaves the status alone', async () => {
    const order = await paidOrderForAppAndPlugin();
    const periodEnd = new Date('2027-01-01T00:00:00.000Z');
    await issueLicenses(api.ctx(), {
      orderId: order.orderId,
      customerId: order.customerId,
      items: [order.app(periodEnd), order.plugin(null)],
    });

    const refundedAt = new Date('2026-12-10T00:00:00.000Z');
    expect(await expireLicensesForOrder(api.ctx(), order.orderId, refundedAt)).toBe(2);
    expect(await expireLicensesForOrder(api.ctx(), order.orderId, new Date('2026-12-20T00:00:00.000Z'))).toBe(
      0,
    );
    expect(await expireLicensesForOrder(api.ctx(), order.orderId, refundedAt)).toBe(0);
    const earlier = new Date('2026-12-05T00:00:00.000Z');
    expect(await expireLicensesForOrder(api.ctx(), order.orderId, earlier)).toBe(2);
    expect((await licensesOf(order)).map((license) => [license.status, license.expiresAt])).toEqual([
      ['active', earlier],
      ['active', earlier],
    ]);
  });
});

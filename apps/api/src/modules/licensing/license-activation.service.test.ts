// Activation against real Postgres through the service alone: the counter's conditional UPDATE holds
// the limit under concurrency, an unlimited key takes every activation, deactivation frees exactly one
// seat, and the lifecycle functions never bring back a key the creator disabled.
import { randomUUID } from 'node:crypto';
import { License, LicenseActivation } from '@shelf/db/licensing';
import { createProduct } from '@shelf/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/harness.ts';
import { findOrCreateCustomer } from '../customers/customers.service.ts';
import { createPendingOrder, recordPayment } from '../orders/orders.service.ts';
import {
  activateLicense,
  deactivateLicense,
  resetLicenseActivations,
  setLicenseActivationLimit,
  validateLicense,
} from './license-activation.service.ts';
import {
  extendLicensesForOrder,
  issueLicenses,
  listOrderLicenses,
  setLicenseStatus,
} from './licensing.service.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ SEED_DEMO: 'false' });
});
afterAll(() => api.close());

/** A paid order of a licensed product with `limit` activations, and its key. */
async function licensed(limit: number | null) {
  const ctx = api.ctx();
  const product = await createProduct(ctx.em, { requiresLicenseKey: true, licenseActivationLimit: limit });
  const order = createPendingOrder(ctx, {
    provider: 'test',
    sessionId: `test_cs_${randomUUID()}`,
    product,
    email: null,
    affiliateLinkId: null,
  });
  await ctx.em.flush();
  const customer = await findOrCreateCustomer(ctx, { email: 'dev@example.com', name: null });
  await recordPayment(
    ctx,
    order,
    {
      customerId: customer.id,
      email: 'dev@example.com',
      currency: 'usd',
      subtotalCents: product.priceCents,
      discountCents: 0,
      taxCents: 0,
      totalCents: product.priceCents,
      paymentIntentId: `test_pi_${randomUUID()}`,
      subscriptionId: null,
    },
    new Date(),
  );
  await issueLicenses(ctx, {
    orderId: order.id,
    customerId: customer.id,
    items: [
      {
        orderItemId: order.items.getItems()[0]!.id,
        productId: product.id,
        activationLimit: limit,
        expiresAt: null,
      },
    ],
  });
  const [license] = await listOrderLicenses(ctx, order.id);
  return { key: license!.key, orderId: order.id };
}

describe('activateLicense', () => {
  it('gives exactly the limit under 20 concurrent activations', async () => {
    const { key } = await licensed(3);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => activateLicense(api.ctx(), { key, instanceName: `host-${i}` })),
    );
    expect(results.filter((result) => result.outcome === 'activated')).toHaveLength(3);
    expect(results.filter((result) => result.outcome === 'limit_reached')).toHaveLength(17);
    const license = await api.em().findOneOrFail(License, { key });
    expect(license.activationCount).toBe(3);
  });

  it('reuses an instance name activated concurrently, taking one seat', async () => {
    const { key } = await licensed(3);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => activateLicense(api.ctx(), { key, instanceName: 'same-host' })),
    );
    const ids = new Set(
      results.map((result) => (result.outcome === 'activated' ? result.instance.instanceId : null)),
    );
    expect(ids.size).toBe(1);
    expect(await api.em().count(LicenseActivation, { license: { key } })).toBe(1);
  });

  it('takes every activation on an unlimited key', async () => {
    const { key } = await licensed(null);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => activateLicense(api.ctx(), { key, instanceName: `host-${i}` })),
    );
    expect(results.every((result) => result.outcome === 'activated')).toBe(true);
  });
});

describe('deactivateLicense', () => {
  it('frees one seat once, however often it is repeated', async () => {
    const { key } = await licensed(1);
    const first = await activateLicense(api.ctx(), { key, instanceName: 'old laptop' });
    expect(first.outcome).toBe('activated');
    const instanceId = first.outcome === 'activated' ? first.instance.instanceId : '';
    const repeats = await Promise.all(
      Array.from({ length: 5 }, () => deactivateLicense(api.ctx(), { key, instanceId })),
    );
    expect(repeats.every((result) => result.outcome === 'deactivated')).toBe(true);
    expect((await api.em().findOneOrFail(License, { key })).activationCount).toBe(0);
    expect((await activateLicense(api.ctx(), { key, instanceName: 'new laptop' })).outcome).toBe('activated');
  });
});

describe('lifecycle', () => {
  it('a renewal never re-enables a key the creator disabled', async () => {
    const { key, orderId } = await licensed(3);
    const license = await api.em().findOneOrFail(License, { key });
    await setLicenseStatus(api.ctx(), license.id, 'disabled');
    await extendLicensesForOrder(api.ctx(), orderId, new Date(Date.now() + 86_400_000));
    const result = await validateLicense(api.ctx(), { key });
    expect(result).toMatchObject({ outcome: 'checked', valid: false, state: 'disabled' });
  });
});

describe('creator-side state changes', () => {
  it('resetLicenseActivations frees every seat, setLicenseActivationLimit moves the limit', async () => {
    const { key } = await licensed(2);
    await activateLicense(api.ctx(), { key, instanceName: 'a' });
    await activateLicense(api.ctx(), { key, instanceName: 'b' });
    expect((await activateLicense(api.ctx(), { key, instanceName: 'c' })).outcome).toBe('limit_reached');
    const license = await api.em().findOneOrFail(License, { key });
    expect(await resetLicenseActivations(api.ctx(), license.id)).toBe(2);
    expect((await api.em().findOneOrFail(License, { key })).activationCount).toBe(0);
    expect(await setLicenseActivationLimit(api.ctx(), license.id, 1)).toBe(true);
    expect((await activateLicense(api.ctx(), { key, instanceName: 'c' })).outcome).toBe('activated');
    expect((await activateLicense(api.ctx(), { key, instanceName: 'd' })).outcome).toBe('limit_reached');
    await expect(setLicenseActivationLimit(api.ctx(), license.id, 0)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });
});

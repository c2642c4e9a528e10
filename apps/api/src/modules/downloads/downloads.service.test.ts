// Download grants against real Postgres: one grant per order item with the product's limit and window
// copied (a repeat fails atomically), a link that opens its grant, revocation that keeps its first date,
// renewals that set the expiry, and endings that only move it earlier.
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Product } from '@shelf/db/catalog';
import { DownloadGrant } from '@shelf/db/downloads';
import { attachProductFile, createProduct } from '@shelf/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/harness.ts';
import { arrangePaidOrder } from '../../../test/paid-order-fixture.ts';
import { withTransaction } from '../../context.ts';
import {
  describeGrant,
  expireGrantsForOrder,
  extendGrantsForOrder,
  findGrantByToken,
  type GrantRequest,
  issueDownloadGrants,
  listDownloadPages,
  revokeGrantsForOrder,
} from './downloads.service.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

let api: TestApi;
let kit: Product;
let font: Product;
beforeAll(async () => {
  api = await startTestApi({ SEED_DEMO: 'false' });
  const em = api.em();
  // Five downloads within 30 days of purchase.
  kit = await createProduct(em, { name: 'Aurora UI Kit', downloadLimit: 5, downloadWindowDays: 30 });
  await attachProductFile(em, api.services.storage, kit, {
    name: 'aurora-ui-kit.zip',
    content: Buffer.from('kit'),
    contentType: 'application/zip',
  });
  // Unlimited, forever.
  font = await createProduct(em, { name: 'Mono Font' });
});
afterAll(() => api.close());

/** A paid order for the kit and the font, with no grant issued yet. */
async function paidOrderForKitAndFont() {
  const ctx = api.ctx();
  const [kitRow, fontRow] = await Promise.all([
    ctx.em.findOneOrFail(Product, { id: kit.id }),
    ctx.em.findOneOrFail(Product, { id: font.id }),
  ]);
  const { order, itemOf } = await arrangePaidOrder(ctx, [kitRow, fontRow], 'buyer@example.com');
  const request = (product: Product, accessUntil: Date | null = null): GrantRequest => ({
    orderItemId: itemOf(product).id,
    productId: product.id,
    downloadLimit: product.downloadLimit,
    downloadWindowDays: product.downloadWindowDays,
    accessUntil,
  });
  return {
    orderId: order.id,
    kit: (accessUntil?: Date | null) => request(kitRow, accessUntil),
    font: (accessUntil?: Date | null) => request(fontRow, accessUntil),
  };
}

type KitAndFontOrder = Awaited<ReturnType<typeof paidOrderForKitAndFont>>;

async function grantedOrder(now = new Date()) {
  const order = await paidOrderForKitAndFont();
  await issueDownloadGrants(api.ctx(), { orderId: order.orderId, items: [order.kit(), order.font()] }, now);
  return order;
}

/** The order's grants: the kit's first, then the font's. */
async function grantsOf(order: KitAndFontOrder): Promise<DownloadGrant[]> {
  const grants = await api.em().find(DownloadGrant, { order: order.orderId });
  const position = (grant: DownloadGrant) => (grant.orderItem.id === order.kit().orderItemId ? 0 : 1);
  return grants.sort((a, b) => position(a) - position(b));
}

describe('issueDownloadGrants', () => {
  it('gives each item a grant with the product limit and window copied at purchase', async () => {
    const purchasedAt = new Date('2026-12-01T12:00:00.000Z');
    const order = await grantedOrder(purchasedAt);
    expect(
      (await grantsOf(order)).map((grant) => [
        grant.downloadLimit,
        grant.downloadCount,
        grant.expiresAt,
        grant.revokedAt,
      ]),
    ).toEqual([
      [5, 0, new Date(purchasedAt.getTime() + 30 * DAY_MS), null],
      [null, 0, null, null],
    ]);
  });

  it("uses a subscription's paid period instead of the window", async () => {
    const order = await paidOrderForKitAndFont();
    const periodEnd = new Date(Date.now() + 7 * DAY_MS);
    await issueDownloadGrants(
      api.ctx(),
      { orderId: order.orderId, items: [order.kit(periodEnd)] },
      new Date(),
    );
    expect((await grantsOf(order)).map((grant) => grant.expiresAt)).toEqual([periodEnd]);
  });

  it("hands out a link per item that opens that item's grant", async () => {
    const order = await grantedOrder();
    const pages = await listDownloadPages(api.ctx(), order.orderId);
    const kitPage = pages.get(order.kit().orderItemId)!;
    expect(pages.size).toBe(2);
    expect(kitPage.pageUrl).toMatch(new RegExp(`^${api.url}/download/[A-Za-z0-9_-]{43}$`));
    expect(kitPage.downloadLimit).toBe(5);

    const token = kitPage.pageUrl.split('/').pop()!;
    const grant = await findGrantByToken(api.ctx(), token);
    expect(grant?.orderItem.id).toBe(order.kit().orderItemId);
    expect(describeGrant(grant!)).toMatchObject({
      productName: 'Aurora UI Kit',
      files: [{ name: 'aurora-ui-kit.zip', size: 3 }],
      downloadsLeft: 5,
      state: 'ok',
    });
    const fontToken = pages.get(order.font().orderItemId)!.pageUrl.split('/').pop()!;
    expect(fontToken).not.toBe(token);
  });

  it('refuses a second grant for the same item, and the transaction keeps nothing of it', async () => {
    const order = await paidOrderForKitAndFont();
    await issueDownloadGrants(api.ctx(), { orderId: order.orderId, items: [order.kit()] }, new Date());
    const [first] = await grantsOf(order);

    await expect(
      withTransaction(api.ctx(), async (tx) => {
        await issueDownloadGrants(tx, { orderId: order.orderId, items: [order.font()] }, new Date());
        await issueDownloadGrants(tx, { orderId: order.orderId, items: [order.kit()] }, new Date());
      }),
    ).rejects.toBeInstanceOf(UniqueConstraintViolationException);

    expect((await grantsOf(order)).map((grant) => [grant.id, grant.orderItem.id])).toEqual([
      [first!.id, order.kit().orderItemId],
    ]);
  });
});

describe('revokeGrantsForOrder', () => {
  it('revokes every grant of the order once; a repeat keeps the first date', async () => {
    const order = await grantedOrder();
    const other = await grantedOrder();
    const refundedAt = new Date('2026-12-02T09:00:00.000Z');
    expect(await revokeGrantsForOrder(api.ctx(), order.orderId, refundedAt)).toBe(2);
    expect(await revokeGrantsForOrder(api.ctx(), order.orderId, new Date())).toBe(0);
    expect((await grantsOf(order)).map((grant) => grant.revokedAt)).toEqual([refundedAt, refundedAt]);
    expect((await grantsOf(other)).map((grant) => grant.revokedAt)).toEqual([null, null]);

    const token = (await listDownloadPages(api.ctx(), order.orderId)).get(order.kit().orderItemId)!.pageUrl;
    const grant = await findGrantByToken(api.ctx(), token.split('/').pop()!);
    expect(describeGrant(grant!).state).toBe('revoked');
  });
});

describe('extendGrantsForOrder', () => {
  it("sets every grant's expiry to the renewed period, or none", async () => {
    const order = await grantedOrder();
    const renewedUntil = new Date('2027-02-01T00:00:00.000Z');
    expect(await extendGrantsForOrder(api.ctx(), order.orderId, renewedUntil)).toBe(2);
    expect((await grantsOf(order)).map((grant) => grant.expiresAt)).toEqual([renewedUntil, renewedUntil]);
    expect(await extendGrantsForOrder(api.ctx(), order.orderId, null)).toBe(2);
    expect((await grantsOf(order)).map((grant) => grant.expiresAt)).toEqual([null, null]);
  });

  it('does not bring back a revoked grant', async () => {
    const order = await grantedOrder();
    const refundedAt = new Date('2026-12-02T09:00:00.000Z');
    await revokeGrantsForOrder(api.ctx(), order.orderId, refundedAt);
    await extendGrantsForOrder(api.ctx(), order.orderId, new Date('2027-02-01T00:00:00.000Z'));
    expect((await grantsOf(order)).map((grant) => grant.revokedAt)).toEqual([refundedAt, refundedAt]);
  });
});

describe('expireGrantsForOrder', () => {
  it('brings the expiry earlier, never later', async () => {
    const purchasedAt = new Date('2026-12-01T00:00:00.000Z');
    const order = await grantedOrder(purchasedAt);
    // The kit's window ends on 31 December; the font never expires.
    const refundedAt = new Date('2026-12-10T00:00:00.000Z');
    expect(await expireGrantsForOrder(api.ctx(), order.orderId, refundedAt)).toBe(2);
    expect(await expireGrantsForOrder(api.ctx(), order.orderId, new Date('2026-12-20T00:00:00.000Z'))).toBe(
      0,
    );
    expect(await expireGrantsForOrder(api.ctx(), order.orderId, refundedAt)).toBe(0);
    const earlier = new Date('2026-12-05T00:00:00.000Z');
    expect(await expireGrantsForOrder(api.ctx(), order.orderId, earlier)).toBe(2);
    expect((await grantsOf(order)).map((grant) => [grant.expiresAt, grant.revokedAt])).toEqual([
      [earlier, null],
      [earlier, null],
    ]);
  });

  it('leaves an expiry that is already earlier alone', async () => {
    const purchasedAt = new Date('2026-12-01T00:00:00.000Z');
    const order = await grantedOrder(purchasedAt);
    const windowEnd = new Date(purchasedAt.getTime() + 30 * DAY_MS);
    expect(await expireGrantsForOrder(api.ctx(), order.orderId, new Date('2027-06-01T00:00:00.000Z'))).toBe(
      1,
    );
    expect((await grantsOf(order)).map((grant) => grant.expiresAt)).toEqual([
      windowEnd,
      new Date('2027-06-01T00:00:00.000Z'),
    ]);
  });
});

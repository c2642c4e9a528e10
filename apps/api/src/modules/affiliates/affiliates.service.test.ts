// Affiliates against real Postgres: which links earn on a purchase.
import { randomUUID } from 'node:crypto';
import { Affiliate, AffiliateLink, type AffiliateStatus } from '@shelf/db/affiliates';
import { Product } from '@shelf/db/catalog';
import { createProduct } from '@shelf/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/harness.ts';
import { findEarningLink } from './affiliates.service.ts';

let api: TestApi;
let kit: Product;
let font: Product;
beforeAll(async () => {
  api = await startTestApi({ SEED_DEMO: 'false' });
  const em = api.em();
  kit = await createProduct(em, { name: 'Aurora UI Kit', priceCents: 4900 });
  font = await createProduct(em, { name: 'Mono Font', priceCents: 1900 });
});
afterAll(() => api.close());

/** An affiliate (active unless told otherwise) with one link. */
async function affiliateLink(
  options: { product?: Product; percent?: number; status?: AffiliateStatus; archived?: boolean } = {},
) {
  const em = api.em();
  const affiliate = em.create(Affiliate, {
    email: `fan-${randomUUID()}@example.com`,
    name: 'Fan',
    status: options.status ?? 'active',
  });
  const link = em.create(AffiliateLink, {
    affiliate,
    code: `fan-${randomUUID().slice(0, 8)}`,
    product: options.product ? em.getReference(Product, options.product.id) : null,
    commissionPercent: options.percent ?? 30,
    archivedAt: options.archived ? new Date() : null,
  });
  await em.flush();
  return link;
}

describe('findEarningLink', () => {
  it('finds a whole-store link by code and by id for any product', async () => {
    const link = await affiliateLink();
    for (const products of [[kit.id], [font.id], [kit.id, font.id]]) {
      expect((await findEarningLink(api.ctx(), { code: link.code }, products))?.id).toBe(link.id);
      expect((await findEarningLink(api.ctx(), { id: link.id }, products))?.id).toBe(link.id);
    }
  });

  it('finds a product link only for a purchase of that product', async () => {
    const link = await affiliateLink({ product: kit });
    expect((await findEarningLink(api.ctx(), { code: link.code }, [kit.id]))?.id).toBe(link.id);
    expect((await findEarningLink(api.ctx(), { id: link.id }, [font.id, kit.id]))?.id).toBe(link.id);
    expect(await findEarningLink(api.ctx(), { code: link.code }, [font.id])).toBeNull();
    expect(await findEarningLink(api.ctx(), { id: link.id }, [font.id])).toBeNull();
  });

  it('earns nothing, without an error, for unknown or malformed codes and ids', async () => {
    const link = await affiliateLink();
    const nothing = [
      { code: 'nobody-has-this-code' },
      { code: '' },
      { code: null },
      { code: undefined },
      { code: `${link.code} ` },
      { code: "fan' or 1=1 --" },
      { code: 'x'.repeat(65) },
      { id: randomUUID() },
      { id: 'not-a-uuid' },
      { id: null },
      { id: link.code },
    ];
    for (const where of nothing) {
      expect(await findEarningLink(api.ctx(), where, [kit.id]), JSON.stringify(where)).toBeNull();
    }
  });

  it('earns nothing through an archived link or an affiliate who is not active', async () => {
    const archived = await affiliateLink({ archived: true });
    const paused = await affiliateLink({ status: 'paused' });
    for (const link of [archived, paused]) {
      expect(await findEarningLink(api.ctx(), { code: link.code }, [kit.id])).toBeNull();
      expect(await findEarningLink(api.ctx(), { id: link.id }, [kit.id])).toBeNull();
    }
  });
});

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Product } from './catalog/product.entity.ts';
import { Customer } from './customers/customer.entity.ts';
import { Order } from './orders/order.entity.ts';
import { demoProducts, seedDemoCatalog } from './seed/demo-catalog.ts';
import { createProduct } from './seed/factories.ts';
import { createTestDatabase, type TestDatabase } from './testing/test-database.ts';

let db: TestDatabase;
const stored = new Map<string, { body: Buffer; contentType: string }>();
const memoryStorage = {
  async put(key: string, body: Buffer, options: { contentType: string }) {
    stored.set(key, { body, contentType: options.contentType });
  },
};

beforeAll(async () => {
  db = await createTestDatabase(inject('testDatabase'));
});
afterAll(() => db.close());

describe('database schema', () => {
  it('seeds the demo catalog once, with previews and real files', async () => {
    const em = db.orm.em.fork();
    expect(await seedDemoCatalog(em, memoryStorage)).toBe(demoProducts.length);
    expect(await seedDemoCatalog(em.fork(), memoryStorage)).toBe(0);

    const products = await em
      .fork()
      .find(Product, {}, { populate: ['files', 'images'], orderBy: { position: 'asc' } });
    expect(products.map((p) => [p.slug, p.priceCents])).toEqual([
      ['aurora-figma-ui-kit', 4900],
      ['second-brain-notion-template', 2900],
      ['golden-hour-lightroom-presets', 1900],
      ['framecraft-screenshot-tool', 3900],
      ['design-resources-club', 1200],
    ]);
    const software = products.find((p) => p.requiresLicenseKey);
    expect(software?.licenseActivationLimit).toBe(3);
    expect(products.find((p) => p.kind === 'subscription')?.interval).toBe('month');
    for (const product of products) {
      expect(product.images.length).toBeGreaterThanOrEqual(2);
      expect(product.files.length).toBeGreaterThanOrEqual(1);
      for (const file of product.files) {
        const object = stored.get(file.storageKey);
        expect(object?.body.length).toBe(file.sizeBytes);
      }
    }
    const zip = stored.get(products[0]!.files[0]!.storageKey)!.body;
    expect(zip.subarray(0, 4).toString('hex')).toBe('504b0304');
  });

  it('numbers orders from a sequence starting at 1001', async () => {
    const em = db.orm.em.fork();
    const product = await createProduct(em);
    const base = { provider: 'test' as const, currency: 'usd', subtotalCents: 1900, totalCents: 1900 };
    const first = em.create(Order, { ...base, providerSessionId: 'cs_1' });
    const second = em.create(Order, { ...base, providerSessionId: 'cs_2' });
    await em.flush();
    expect(product.id).toBeTruthy();
    expect(first.number).toBeGreaterThanOrEqual(1001);
    expect(second.number).toBe(first.number + 1);
  });

  it('refuses duplicates where the rules need uniqueness', async () => {
    const em = db.orm.em.fork();
    em.create(Customer, { email: 'dup@example.com' });
    await em.flush();
    const other = db.orm.em.fork();
    other.create(Customer, { email: 'dup@example.com' });
    await expect(other.flush()).rejects.toThrow(/unique/i);

    const orders = db.orm.em.fork();
    const base = { provider: 'stripe' as const, currency: 'usd', subtotalCents: 100, totalCents: 100 };
    orders.create(Order, { ...base, providerSessionId: 'cs_same' });
    await orders.flush();
    const again = db.orm.em.fork();
    again.create(Order, { ...base, providerSessionId: 'cs_same' });
    await expect(again.flush()).rejects.toThrow(/unique/i);
  });

  it('keeps a download count within its limit at the database level', async () => {
    const conn = db.orm.em.getConnection();
    await expect(
      conn.execute(
        "insert into download_grant (id, order_id, order_item_id, product_id, token_hash, download_limit, download_count, created_at) values (gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'x', 1, 2, now())",
      ),
    ).rejects.toThrow(/download_grant_count_within_limit|foreign key/);
  });
});

// Builders for catalog rows, shared by the demo seed and the tests so both arrange data the same way.
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Product } from '../catalog/product.entity.ts';
import { ProductFile } from '../catalog/product-file.entity.ts';
import { ProductImage } from '../catalog/product-image.entity.ts';

/** The part of a storage driver the seed needs: somewhere to put bytes. */
export type ObjectWriter = {
  put(key: string, body: Buffer, options: { contentType: string }): Promise<unknown>;
};

let sequence = 0;

export type ProductInput = Partial<
  Pick<
    Product,
    | 'slug'
    | 'name'
    | 'tagline'
    | 'description'
    | 'priceCents'
    | 'currency'
    | 'kind'
    | 'interval'
    | 'status'
    | 'requiresLicenseKey'
    | 'licenseActivationLimit'
    | 'licenseReactivation'
    | 'downloadLimit'
    | 'downloadWindowDays'
    | 'position'
  >
>;

export function buildProduct(em: EntityManager, input: ProductInput = {}): Product {
  sequence += 1;
  const slug = input.slug ?? `product-${Date.now().toString(36)}-${sequence}`;
  return em.create(Product, {
    name: input.name ?? `Product ${sequence}`,
    priceCents: input.priceCents ?? 1900,
    status: 'published',
    ...input,
    slug,
  });
}

export async function createProduct(em: EntityManager, input: ProductInput = {}): Promise<Product> {
  const product = buildProduct(em, input);
  await em.flush();
  return product;
}

export async function attachProductFile(
  em: EntityManager,
  storage: ObjectWriter,
  product: Product,
  file: { name: string; content: Buffer; contentType: string; position?: number },
): Promise<ProductFile> {
  const sha256 = createHash('sha256').update(file.content).digest('hex');
  const storageKey = `products/${product.id}/${sha256.slice(0, 12)}-${file.name.replace(/[^A-Za-z0-9._-]/g, '-')}`;
  await storage.put(storageKey, file.content, { contentType: file.contentType });
  const row = em.create(ProductFile, {
    product,
    name: file.name,
    sizeBytes: file.content.length,
    contentType: file.contentType,
    sha256,
    storageKey,
    position: file.position ?? product.files.length,
  });
  await em.flush();
  return row;
}

export async function attachProductImage(
  em: EntityManager,
  storage: ObjectWriter,
  product: Product,
  image: { name: string; content: Buffer; contentType: string; alt: string; position: number },
): Promise<ProductImage> {
  const storageKey = `media/${product.slug}/${image.name}`;
  await storage.put(storageKey, image.content, { contentType: image.contentType });
  const row = em.create(ProductImage, {
    product,
    storageKey,
    contentType: image.contentType,
    alt: image.alt,
    position: image.position,
  });
  await em.flush();
  return row;
}

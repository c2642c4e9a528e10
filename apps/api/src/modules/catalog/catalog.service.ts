// The catalog: what shoppers can see and buy. Only published products leave this service, as DTOs.
import { Product, type PublishedProductRow, queryPublishedProducts } from '@shelf/db/catalog';
import type { ServiceContext } from '../../context.ts';
import { notFound } from '../../errors.ts';
import { decodeCursor, encodeCursor, parsePageSize } from '../common/cursor.ts';
import { isUuid } from '../common/ids.ts';
import { type MoneyModel, toMoney } from '../common/money.ts';
import { cachedCatalogRead } from './catalog-cache.ts';
import { renderMarkdown } from './markdown.ts';

export type ProductModel = {
  id: string;
  slug: string;
  name: string;
  tagline: string;
  description: string;
  descriptionHtml: string;
  price: MoneyModel;
  kind: 'ONE_TIME' | 'SUBSCRIPTION';
  interval: 'MONTH' | 'YEAR' | null;
  status: 'DRAFT' | 'PUBLISHED' | 'ARCHIVED';
  previewImages: Array<{ id: string; url: string; alt: string }>;
  files: Array<{
    id: string;
    name: string;
    size: number;
    contentType: string;
    version: number;
    sha256: string;
    updatedAt: string;
  }>;
  requiresLicenseKey: boolean;
  licenseActivationLimit: number | null;
  downloadLimit: number | null;
  downloadWindowDays: number | null;
};

export type ProductPage = {
  nodes: ProductModel[];
  edges: Array<{ cursor: string; node: ProductModel }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
};

const isProductCursor = (value: unknown[]): value is [number, string] =>
  value.length === 2 && Number.isInteger(value[0]) && typeof value[1] === 'string';

/** A product's catalog fields, as the catalog query returns them. */
export type CatalogProduct = Omit<PublishedProductRow, 'position'>;

export function toProductModel(product: CatalogProduct, mediaBaseUrl: string): ProductModel {
  let descriptionHtml: string | undefined;
  return {
    id: product.id,
    slug: product.slug,
    name: product.name,
    tagline: product.tagline,
    description: product.description,
    // Rendering Markdown costs more than the rest of the model: only when asked for, then kept.
    get descriptionHtml() {
      descriptionHtml ??= renderMarkdown(product.description);
      return descriptionHtml;
    },
    price: toMoney(product.priceCents, product.currency),
    kind: product.kind === 'subscription' ? 'SUBSCRIPTION' : 'ONE_TIME',
    interval: product.interval === 'month' ? 'MONTH' : product.interval === 'year' ? 'YEAR' : null,
    status: product.status.toUpperCase() as ProductModel['status'],
    previewImages: product.images.map((image) => ({
      id: image.id,
      url: `${mediaBaseUrl}/${image.storageKey}`,
      alt: image.alt || product.name,
    })),
    files: product.files.map((file) => ({
      id: file.id,
      name: file.name,
      size: file.sizeBytes,
      contentType: file.contentType,
      version: file.version,
      sha256: file.sha256,
      updatedAt: file.updatedAt,
    })),
    requiresLicenseKey: product.requiresLicenseKey,
    licenseActivationLimit: product.licenseActivationLimit,
    downloadLimit: product.downloadLimit,
    downloadWindowDays: product.downloadWindowDays,
  };
}

export async function listPublishedProducts(
  ctx: ServiceContext,
  args: { first?: number | null; after?: string | null },
): Promise<ProductPage> {
  const size = parsePageSize(args.first, 24);
  const after = args.after ? decodeCursor(args.after, isProductCursor) : null;
  return cachedCatalogRead(ctx, `page:${size}:${after ? encodeCursor(after) : ''}`, () =>
    loadPublishedPage(ctx, size, after),
  );
}

async function loadPublishedPage(
  ctx: ServiceContext,
  size: number,
  after: [number, string] | null,
): Promise<ProductPage> {
  const { rows, totalCount } = await queryPublishedProducts(ctx.em, { page: { limit: size + 1, after } });
  const edges = rows.slice(0, size).map((row) => ({
    cursor: encodeCursor([row.position, row.id]),
    node: toProductModel(row, ctx.services.mediaBaseUrl),
  }));
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

export async function getPublishedProduct(ctx: ServiceContext, slug: string): Promise<ProductModel | null> {
  if (slug.length > 120) return null;
  return cachedCatalogRead(ctx, `slug:${slug}`, async () => {
    const { rows } = await queryPublishedProducts(ctx.em, { slug });
    return rows[0] ? toProductModel(rows[0], ctx.services.mediaBaseUrl) : null;
  });
}

/** A product as shoppers see it, whatever its status now: what an order bought stays describable. */
export async function describeProduct(ctx: ServiceContext, id: string): Promise<ProductModel | null> {
  if (!isUuid(id)) return null;
  const { rows } = await queryPublishedProducts(ctx.em, { id, anyStatus: true });
  return rows[0] ? toProductModel(rows[0], ctx.services.mediaBaseUrl) : null;
}

/** A product for sale (published), with its images, to start a checkout for; NOT_FOUND otherwise. */
export async function requireProductForSale(ctx: ServiceContext, id: string): Promise<Product> {
  const product = isUuid(id)
    ? await ctx.em.findOne(Product, { id, status: 'published' }, { populate: ['images'] })
    : null;
  if (!product) throw notFound('There is no product with this id for sale.');
  return product;
}

/** Any product by id, published or not: a paid order for it must be honoured even after it was archived. */
export async function findProductById(
  ctx: ServiceContext,
  id: string | null | undefined,
): Promise<Product | null> {
  return isUuid(id) ? ctx.em.findOne(Product, { id }) : null;
}

/** The public URL of a product image stored under `storageKey`. */
export function mediaUrl(ctx: ServiceContext, storageKey: string): string {
  return `${ctx.services.mediaBaseUrl}/${storageKey}`;
}

// The catalog: what shoppers can see and buy. Only published products leave this service, as DTOs.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Product, type PublishedProductRow, queryPublishedProducts } from '@shelf/db';
import { notFound } from '../../errors.ts';
import { decodeCursor, encodeCursor, parsePageSize } from '../common/cursor.ts';
import { type MoneyModel, toMoney } from '../common/money.ts';
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
  previewImages: Array<{ url: string; alt: string }>;
  files: Array<{ name: string; size: number; contentType: string }>;
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

type CatalogOptions = { mediaBaseUrl: string };

const isProductCursor = (value: unknown[]): value is [number, string] =>
  value.length === 2 && Number.isInteger(value[0]) && typeof value[1] === 'string';

/** A product's catalog fields, from the catalog query or from a loaded entity. */
export type CatalogProduct = Omit<PublishedProductRow, 'position'>;

export function productEntityToCatalog(product: Product): CatalogProduct {
  return {
    id: product.id,
    slug: product.slug,
    name: product.name,
    tagline: product.tagline,
    description: product.description,
    priceCents: product.priceCents,
    currency: product.currency,
    kind: product.kind,
    interval: product.interval,
    requiresLicenseKey: product.requiresLicenseKey,
    licenseActivationLimit: product.licenseActivationLimit,
    downloadLimit: product.downloadLimit,
    downloadWindowDays: product.downloadWindowDays,
    images: product.images.getItems().map((image) => ({ storageKey: image.storageKey, alt: image.alt })),
    files: product.files.getItems().map((file) => ({
      name: file.name,
      sizeBytes: file.sizeBytes,
      contentType: file.contentType,
    })),
  };
}

export function toProductModel(product: CatalogProduct, options: CatalogOptions): ProductModel {
  return {
    id: product.id,
    slug: product.slug,
    name: product.name,
    tagline: product.tagline,
    description: product.description,
    descriptionHtml: renderMarkdown(product.description),
    price: toMoney(product.priceCents, product.currency),
    kind: product.kind === 'subscription' ? 'SUBSCRIPTION' : 'ONE_TIME',
    interval: product.interval === 'month' ? 'MONTH' : product.interval === 'year' ? 'YEAR' : null,
    previewImages: product.images.map((image) => ({
      url: `${options.mediaBaseUrl}/${image.storageKey}`,
      alt: image.alt || product.name,
    })),
    files: product.files.map((file) => ({
      name: file.name,
      size: file.sizeBytes,
      contentType: file.contentType,
    })),
    requiresLicenseKey: product.requiresLicenseKey,
    licenseActivationLimit: product.licenseActivationLimit,
    downloadLimit: product.downloadLimit,
    downloadWindowDays: product.downloadWindowDays,
  };
}

export async function listPublishedProducts(
  em: EntityManager,
  args: { first?: number | null; after?: string | null },
  options: CatalogOptions,
): Promise<ProductPage> {
  const size = parsePageSize(args.first, 24);
  const after = args.after ? decodeCursor(args.after, isProductCursor) : null;
  const { rows, totalCount } = await queryPublishedProducts(em, { page: { limit: size + 1, after } });
  const edges = rows.slice(0, size).map((row) => ({
    cursor: encodeCursor([row.position, row.id]),
    node: toProductModel(row, options),
  }));
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

export async function findPublishedProduct(
  em: EntityManager,
  where: { slug: string } | { id: string },
): Promise<Product | null> {
  if ('id' in where && !/^[0-9a-f-]{36}$/i.test(where.id)) return null;
  return em.findOne(Product, { ...where, status: 'published' }, { populate: ['images', 'files'] });
}

export async function getPublishedProduct(
  em: EntityManager,
  slug: string,
  options: CatalogOptions,
): Promise<ProductModel | null> {
  if (slug.length > 120) return null;
  const { rows } = await queryPublishedProducts(em, { slug });
  return rows[0] ? toProductModel(rows[0], options) : null;
}

export async function requirePublishedProduct(em: EntityManager, id: string): Promise<Product> {
  const product = await findPublishedProduct(em, { id });
  if (!product) throw notFound('There is no product with this id for sale.');
  return product;
}

// The creator's side of the catalog: every product whatever its status, creating and editing them, and
// what each sold. catalog:read to look, catalog:write to change. The public catalog (catalog.service.ts)
// keeps answering published products only; both map rows through the same toProductModel.
//
// Slugs are unique in any case: validation folds them to lower case, a unique index on lower(slug) backs
// it up, and a create or rename that loses a race to the index is answered CONFLICT like one that found
// the slug taken. Prices are read by checkout at the moment a checkout starts (Stripe gets the amount
// inline as price_data, no stored price ids), so a price change applies to the next checkout.
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Product, type ProductStatus, productStatuses, queryPublishedProducts } from '@shelf/db/catalog';
import type { DomainEventType } from '@shelf/db/events';
import { type ServiceContext, withTransaction } from '../../context.ts';
import { AppError, badInput, notFound } from '../../errors.ts';
import { requireCreator } from '../accounts/accounts.service.ts';
import { decodeCursor, encodeCursor, parsePageSize } from '../common/cursor.ts';
import { isUuid } from '../common/ids.ts';
import { type MoneyModel, toMoney } from '../common/money.ts';
import { recordDomainEvent } from '../events/events.service.ts';
import { ORDER_KEEPS_ACCESS_SQL } from '../orders/orders.service.ts';
import { type ProductModel, type ProductPage, toProductModel } from './catalog.service.ts';
import { renderMarkdown } from './markdown.ts';
import {
  EMPTY_PRODUCT,
  mergeProductFields,
  type ProductFields,
  type ProductFieldsInput,
} from './product-input.ts';

export type ProductSalesModel = { count: number; revenue: MoneyModel[] };

const isAdminCursor = (value: unknown[]): value is [string, string] =>
  value.length === 2 &&
  typeof value[0] === 'string' &&
  !Number.isNaN(Date.parse(value[0])) &&
  typeof value[1] === 'string' &&
  isUuid(value[1]);

// Product changes announced to outbound readers; the event payload carries ids and statuses only.
const PRODUCT_PUBLISHED: DomainEventType = 'product.published';
const PRODUCT_UPDATED: DomainEventType = 'product.updated';

/** Every product, newest first, with one status when given and a name or slug search. */
export async function listAdminProducts(
  ctx: ServiceContext,
  args: {
    first?: number | null;
    after?: string | null;
    status?: ProductStatus | null;
    query?: string | null;
  },
): Promise<ProductPage> {
  requireCreator(ctx, 'catalog:read');
  const size = parsePageSize(args.first, 25);
  const after = args.after ? decodeCursor(args.after, isAdminCursor) : null;
  if (args.status != null && !productStatuses.includes(args.status))
    throw badInput('Unknown status.', 'status');
  const search = args.query?.trim() || null;
  if (search && search.length > 200) throw badInput('query is at most 200 characters.', 'query');
  const { rows, totalCount } = await queryPublishedProducts(ctx.em, {
    creator: { limit: size + 1, after, status: args.status ?? null, search },
  });
  const edges = rows.slice(0, size).map((row) => ({
    cursor: encodeCursor([row.createdAt.toISOString(), row.id]),
    node: toProductModel(row, ctx.services.mediaBaseUrl),
  }));
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

/** Any product by id, for the creator; null when there is none. */
export async function getAdminProduct(ctx: ServiceContext, id: string): Promise<ProductModel | null> {
  requireCreator(ctx, 'catalog:read');
  return loadProductModel(ctx, id);
}

/** A description as shoppers will see it, for the editor's preview: the catalog's own Markdown rules. */
export function previewProductDescription(ctx: ServiceContext, markdown: string): string {
  requireCreator(ctx, 'catalog:read');
  if (markdown.length > 100_000) throw badInput('markdown is at most 100000 characters.', 'markdown');
  return renderMarkdown(markdown);
}

/**
 * Products by id whatever their status, as the API answers them, in one statement: for a page of things
 * that each name a product (affiliate links). The caller authorises; ids that name nothing are left out.
 */
export async function loadProductModels(
  ctx: ServiceContext,
  ids: readonly string[],
): Promise<Map<string, ProductModel>> {
  const { rows } = await queryPublishedProducts(ctx.em, { ids: ids.filter(isUuid) });
  return new Map(rows.map((row) => [row.id, toProductModel(row, ctx.services.mediaBaseUrl)]));
}

/** The product as the API answers it, read back after a change. */
export async function loadProductModel(ctx: ServiceContext, id: string): Promise<ProductModel | null> {
  if (!isUuid(id)) return null;
  const { rows } = await queryPublishedProducts(ctx.em, { id, anyStatus: true });
  return rows[0] ? toProductModel(rows[0], ctx.services.mediaBaseUrl) : null;
}

export async function createProduct(ctx: ServiceContext, input: ProductFieldsInput): Promise<ProductModel> {
  requireCreator(ctx, 'catalog:write');
  const fields = mergeProductFields(EMPTY_PRODUCT, input);
  const id = await withTransaction(ctx, async (tx) => {
    await refuseTakenSlug(tx, fields.slug, null);
    // New products go last in the storefront's order.
    const [row] = await tx.em
      .getConnection()
      .execute<Array<{ next: number }>>(
        'select coalesce(max(position), -1) + 1 as next from product',
        [],
        'all',
        tx.em.getTransactionContext(),
      );
    const product = tx.em.create(Product, { ...fields, position: Number(row?.next ?? 0) });
    await flushClaimingSlug(tx);
    if (fields.status === 'published') await announce(tx, product, PRODUCT_PUBLISHED);
    return product.id;
  });
  return (await loadProductModel(ctx, id))!;
}

/** Changes the given fields; the whole result is checked before anything is written. */
export async function updateProduct(
  ctx: ServiceContext,
  id: string,
  input: ProductFieldsInput,
): Promise<ProductModel> {
  requireCreator(ctx, 'catalog:write');
  await withTransaction(ctx, async (tx) => {
    const product = isUuid(id) ? await tx.em.findOne(Product, { id }) : null;
    if (!product) throw notFound('There is no product with this id.');
    const before = product.status;
    const fields = mergeProductFields(currentFields(product), input);
    if (fields.slug !== product.slug) await refuseTakenSlug(tx, fields.slug, product.id);
    tx.em.assign(product, fields);
    await flushClaimingSlug(tx);
    if (fields.status === 'published' && before !== 'published')
      await announce(tx, product, PRODUCT_PUBLISHED);
    else await announce(tx, product, PRODUCT_UPDATED);
  });
  return (await loadProductModel(ctx, id))!;
}

/**
 * What each product sold, for a page of products in one statement: paid orders (including partly
 * refunded and disputed ones, not fully refunded ones) and their net amount after refunds, by currency.
 */
export async function productSales(
  ctx: ServiceContext,
  productIds: readonly string[],
): Promise<Map<string, ProductSalesModel>> {
  requireCreator(ctx, 'catalog:read');
  const sales = new Map<string, ProductSalesModel>(productIds.map((id) => [id, { count: 0, revenue: [] }]));
  const ids = productIds.filter((id) => isUuid(id));
  if (ids.length === 0) return sales;
  const rows = await ctx.em
    .getConnection()
    .execute<Array<{ product_id: string; currency: string; orders: string | number; net: string | number }>>(
      `select i.product_id, o.currency, count(distinct o.id) as orders,
       sum(o.total_cents - o.tax_cents - o.refunded_cents) as net
     from order_item i join shop_order o on o.id = i.order_id
     where i.product_id in (?) and (o.status in ${ORDER_KEEPS_ACCESS_SQL} or o.status = 'disputed')
     group by i.product_id, o.currency
     order by i.product_id, o.currency`,
      [ids],
    );
  for (const row of rows) {
    const entry = sales.get(row.product_id);
    if (!entry) continue;
    entry.count += Number(row.orders);
    entry.revenue.push(toMoney(Number(row.net), row.currency));
  }
  return sales;
}

function currentFields(product: Product): ProductFields {
  return {
    name: product.name,
    slug: product.slug,
    tagline: product.tagline,
    description: product.description,
    priceCents: product.priceCents,
    currency: product.currency,
    kind: product.kind,
    interval: product.interval,
    status: product.status,
    requiresLicenseKey: product.requiresLicenseKey,
    licenseActivationLimit: product.licenseActivationLimit,
    downloadLimit: product.downloadLimit,
    downloadWindowDays: product.downloadWindowDays,
  };
}

const slugTaken = () =>
  new AppError('CONFLICT', 'Another product already uses this slug.', { field: 'slug' });

async function refuseTakenSlug(ctx: ServiceContext, slug: string, exceptId: string | null): Promise<void> {
  const [row] = await ctx.em
    .getConnection()
    .execute<Array<{ taken: boolean }>>(
      'select exists (select 1 from product where lower(slug) = ? and id is distinct from ?) as taken',
      [slug, exceptId],
      'all',
      ctx.em.getTransactionContext(),
    );
  if (row?.taken) throw slugTaken();
}

// The check above cannot see a concurrent transaction's insert; the unique index can.
async function flushClaimingSlug(ctx: ServiceContext): Promise<void> {
  try {
    await ctx.em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException && /slug/.test(error.message)) throw slugTaken();
    throw error;
  }
}

async function announce(ctx: ServiceContext, product: Product, type: DomainEventType): Promise<void> {
  await recordDomainEvent(ctx, {
    type,
    subjectId: product.id,
    payload: {
      productId: product.id,
      status: product.status,
      priceCents: product.priceCents,
      currency: product.currency,
    },
    // Every edit is its own occurrence; a publish is announced once per publishing.
    dedupeKey: `${type}:${product.id}:${Date.now()}`,
  });
}

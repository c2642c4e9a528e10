// The storefront's hot read path as one SQL statement: published products with their ordered preview
// images and files aggregated as JSON, plus the total count, in a single round trip. Measured several
// times faster than loading and populating entities, and the catalog is read far more than it is written.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ProductStatus } from './product.entity.ts';

export type PublishedProductRow = {
  id: string;
  slug: string;
  name: string;
  tagline: string;
  description: string;
  priceCents: number;
  currency: string;
  kind: 'one_time' | 'subscription';
  interval: 'month' | 'year' | null;
  status: 'draft' | 'published' | 'archived';
  requiresLicenseKey: boolean;
  licenseActivationLimit: number | null;
  downloadLimit: number | null;
  downloadWindowDays: number | null;
  position: number;
  createdAt: Date;
  images: Array<{ id: string; storageKey: string; alt: string }>;
  files: Array<{
    id: string;
    name: string;
    sizeBytes: number;
    contentType: string;
    version: number;
    sha256: string;
    updatedAt: string;
  }>;
};

export type PublishedProductFilter =
  | { page: { limit: number; after: [position: number, id: string] | null } }
  | { slug: string }
  /** By id; `anyStatus` also finds a draft or archived product (an order's product shown after the fact). */
  | { id: string; anyStatus?: boolean }
  /** Several products by id, whatever their status, in one statement (a page of links' products). */
  | { ids: readonly string[] }
  /** The creator's list: any status (or one), optionally matching a search, newest first. */
  | {
      creator: {
        limit: number;
        after: [createdAt: string, id: string] | null;
        status: ProductStatus | null;
        search: string | null;
      };
    };

type RawRow = Omit<PublishedProductRow, 'files'> & {
  files: Array<Omit<PublishedProductRow['files'][number], 'sizeBytes'> & { sizeBytes: string | number }>;
  totalCount: string | number;
};

const SELECT = `
  select p.id, p.slug, p.name, p.tagline, p.description,
    p.price_cents as "priceCents", p.currency, p.kind, p.interval, p.status,
    p.requires_license_key as "requiresLicenseKey", p.license_activation_limit as "licenseActivationLimit",
    p.download_limit as "downloadLimit", p.download_window_days as "downloadWindowDays", p.position, p.created_at as "createdAt",
    coalesce((select json_agg(json_build_object('id', i.id, 'storageKey', i.storage_key, 'alt', i.alt) order by i.position, i.id)
      from product_image i where i.product_id = p.id), '[]'::json) as images,
    coalesce((select json_agg(json_build_object('id', f.id, 'name', f.name, 'sizeBytes', f.size_bytes, 'contentType', f.content_type,
        'version', f.version, 'sha256', f.sha256, 'updatedAt', f.updated_at) order by f.position, f.id)
      from product_file f where f.product_id = p.id), '[]'::json) as files,
    (select count(*) from product c where c.status = 'published') as "totalCount"
  from product p
  where (p.status = 'published' or ?::boolean)`;

export async function queryPublishedProducts(
  em: EntityManager,
  filter: PublishedProductFilter,
): Promise<{ rows: PublishedProductRow[]; totalCount: number }> {
  if ('creator' in filter) return queryCreatorProducts(em, filter.creator);
  let sql: string;
  let params: unknown[];
  if ('slug' in filter) {
    sql = `${SELECT} and p.slug = ?`;
    params = [false, filter.slug];
  } else if ('ids' in filter) {
    if (filter.ids.length === 0) return { rows: [], totalCount: 0 };
    sql = `${SELECT} and p.id in (${filter.ids.map(() => '?').join(', ')})`;
    params = [true, ...filter.ids];
  } else if ('id' in filter) {
    sql = `${SELECT} and p.id = ?`;
    params = [filter.anyStatus ?? false, filter.id];
  } else if (filter.page.after) {
    sql = `${SELECT} and (p.position, p.id) > (?, ?) order by p.position, p.id limit ?`;
    params = [false, filter.page.after[0], filter.page.after[1], filter.page.limit];
  } else {
    sql = `${SELECT} order by p.position, p.id limit ?`;
    params = [false, filter.page.limit];
  }
  const raw = await em.getConnection().execute<RawRow[]>(sql, params);
  const rows = raw.map(toRow);
  const paging = 'page' in filter;
  const totalCount = raw[0] ? Number(raw[0].totalCount) : paging ? await countPublished(em) : 0;
  return { rows, totalCount };
}

// The creator's list reads the same columns; its filter is bound twice, once for the page and once for the count.
async function queryCreatorProducts(
  em: EntityManager,
  creator: Extract<PublishedProductFilter, { creator: unknown }>['creator'],
): Promise<{ rows: PublishedProductRow[]; totalCount: number }> {
  const pattern = creator.search ? `%${creator.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const where = `(?::text is null or p.status = ?) and (?::text is null or p.name ilike ? or p.slug ilike ?)`;
  const whereParams = [creator.status, creator.status, pattern, pattern, pattern];
  const after = creator.after ? ` and (p.created_at, p.id) < (?::timestamptz, ?::uuid)` : '';
  const sql = `${SELECT.replace(
    /\(select count\(\*\) from product c where c.status = 'published'\)/,
    `(select count(*) from product p where ${where})`,
  )} and ${where}${after} order by p.created_at desc, p.id desc limit ?`;
  const params = [...whereParams, true, ...whereParams, ...(creator.after ?? []), creator.limit];
  const raw = await em.getConnection().execute<RawRow[]>(sql, params);
  const rows = raw.map(toRow);
  let totalCount = raw[0] ? Number(raw[0].totalCount) : 0;
  if (!raw[0] && creator.after) {
    const [row] = await em
      .getConnection()
      .execute<Array<{ count: string }>>(`select count(*) from product p where ${where}`, whereParams);
    totalCount = Number(row?.count ?? 0);
  }
  return { rows, totalCount };
}

function toRow({ totalCount: _total, ...row }: RawRow): PublishedProductRow {
  return {
    ...row,
    createdAt: new Date(row.createdAt),
    files: row.files.map((file) => ({ ...file, sizeBytes: Number(file.sizeBytes) })),
  };
}

async function countPublished(em: EntityManager): Promise<number> {
  const [row] = await em
    .getConnection()
    .execute<Array<{ count: string }>>("select count(*) from product where status = 'published'");
  return Number(row?.count ?? 0);
}

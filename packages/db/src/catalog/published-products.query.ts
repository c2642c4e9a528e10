// The storefront's hot read path as one SQL statement: published products with their ordered preview
// images and files aggregated as JSON, plus the total count, in a single round trip. Measured several
// times faster than loading and populating entities, and the catalog is read far more than it is written.
import type { EntityManager } from '@mikro-orm/postgresql';

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
  requiresLicenseKey: boolean;
  licenseActivationLimit: number | null;
  downloadLimit: number | null;
  downloadWindowDays: number | null;
  position: number;
  images: Array<{ storageKey: string; alt: string }>;
  files: Array<{ name: string; sizeBytes: number; contentType: string }>;
};

export type PublishedProductFilter =
  | { page: { limit: number; after: [position: number, id: string] | null } }
  | { slug: string }
  /** By id; `anyStatus` also finds a draft or archived product (an order's product shown after the fact). */
  | { id: string; anyStatus?: boolean };

type RawRow = Omit<PublishedProductRow, 'files'> & {
  files: Array<{ name: string; sizeBytes: string | number; contentType: string }>;
  totalCount: string | number;
};

const SELECT = `
  select p.id, p.slug, p.name, p.tagline, p.description,
    p.price_cents as "priceCents", p.currency, p.kind, p.interval,
    p.requires_license_key as "requiresLicenseKey", p.license_activation_limit as "licenseActivationLimit",
    p.download_limit as "downloadLimit", p.download_window_days as "downloadWindowDays", p.position,
    coalesce((select json_agg(json_build_object('storageKey', i.storage_key, 'alt', i.alt) order by i.position, i.id)
      from product_image i where i.product_id = p.id), '[]'::json) as images,
    coalesce((select json_agg(json_build_object('name', f.name, 'sizeBytes', f.size_bytes, 'contentType', f.content_type) order by f.position, f.id)
      from product_file f where f.product_id = p.id), '[]'::json) as files,
    (select count(*) from product c where c.status = 'published') as "totalCount"
  from product p
  where (p.status = 'published' or ?::boolean)`;

export async function queryPublishedProducts(
  em: EntityManager,
  filter: PublishedProductFilter,
): Promise<{ rows: PublishedProductRow[]; totalCount: number }> {
  let sql: string;
  let params: unknown[];
  if ('slug' in filter) {
    sql = `${SELECT} and p.slug = ?`;
    params = [false, filter.slug];
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
  const rows = raw.map(({ totalCount: _total, ...row }) => ({
    ...row,
    files: row.files.map((file) => ({ ...file, sizeBytes: Number(file.sizeBytes) })),
  }));
  const paging = 'page' in filter;
  const totalCount = raw[0] ? Number(raw[0].totalCount) : paging ? await countPublished(em) : 0;
  return { rows, totalCount };
}

async function countPublished(em: EntityManager): Promise<number> {
  const [row] = await em
    .getConnection()
    .execute<Array<{ count: string }>>("select count(*) from product where status = 'published'");
  return Number(row?.count ?? 0);
}

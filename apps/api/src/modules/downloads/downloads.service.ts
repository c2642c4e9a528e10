// Downloads: the only code that writes `download_grant` and `download_event`, and the rules of a download
// link (ARCHITECTURE.md, "The rules"). A grant covers every file of one order item;
// its link token is looked up by hash. Describing a grant never changes it (mail scanners open links);
// taking a download spends one count in a single conditional UPDATE, so no number of concurrent
// requests can serve more than the limit. Revocation and renewal of grants also live here.
import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ProductFile } from '@shelf/db/catalog';
import { DownloadGrant } from '@shelf/db/downloads';
import type { OrderStatus } from '@shelf/db/orders';
import { executePrepared } from '@shelf/db/sql';
import { hashToken, safeEqual } from '@shelf/signing';
import { type ServiceContext, withTransaction } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { ORDER_KEEPS_ACCESS_SQL, orderKeepsAccess } from '../orders/orders.service.ts';
import { deriveDownloadToken, downloadPageUrl, downloadTokenHash } from './download-token.ts';
import { truncateIp } from './truncate-ip.ts';

export type GrantState = 'ok' | 'revoked' | 'expired' | 'exhausted' | 'unpaid';

/** Why a download was refused; carried as `reason` in the AppError's details. */
export type DownloadRefusal = Exclude<GrantState, 'ok'> | 'not_found' | 'unknown_file';

export type DownloadGrantModel = {
  productName: string;
  files: Array<{ id: string; name: string; size: number }>;
  /** Null when the grant has no limit. */
  downloadsLeft: number | null;
  limit: number | null;
  expiresAt: Date | null;
  state: GrantState;
};

export type DownloadableFile = Pick<ProductFile, 'id' | 'name' | 'storageKey' | 'contentType' | 'sizeBytes'>;

export type TakenDownload = { file: DownloadableFile; url: string; downloadsLeft: number | null };

type GrantFacts = {
  revokedAt: Date | null;
  expiresAt: Date | null;
  downloadLimit: number | null;
  downloadCount: number;
  orderStatus: OrderStatus;
};

/** What a download link's page and its downloads need of a grant, read in one narrow statement. */
export type GrantView = GrantFacts & {
  id: string;
  productName: string;
  files: DownloadableFile[];
};

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_USER_AGENT_LENGTH = 500;
// Long enough to start a large download on a slow connection, short enough that a copied URL is useless.
const SIGNED_URL_TTL_SECONDS = 300;
// A second press of the same Download button within this time is the same download.
const REPEAT_WINDOW_SECONDS = 10;
const ATTEMPT_KEY_SHAPE = /^[A-Za-z0-9_-]{16,64}$/;
// deriveDownloadToken yields base64url of a 32-byte HMAC: 43 characters.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

const refusals: Record<DownloadRefusal, () => AppError> = {
  not_found: () => new AppError('NOT_FOUND', 'This download link does not exist.', { reason: 'not_found' }),
  unknown_file: () =>
    new AppError('NOT_FOUND', 'This file is not part of the download.', { reason: 'unknown_file' }),
  revoked: () => new AppError('GONE', 'This download link is no longer valid.', { reason: 'revoked' }),
  expired: () => new AppError('GONE', 'This download link has expired.', { reason: 'expired' }),
  exhausted: () =>
    new AppError('GONE', 'This download link has reached its download limit.', { reason: 'exhausted' }),
  unpaid: () => new AppError('FORBIDDEN', 'This order has not been paid.', { reason: 'unpaid' }),
};

function refuseDownload(reason: DownloadRefusal): AppError {
  return refusals[reason]();
}

function classifyGrant(facts: GrantFacts, now: Date): GrantState {
  if (facts.revokedAt) return 'revoked';
  if (!orderKeepsAccess(facts.orderStatus)) return 'unpaid';
  // Same boundary as the UPDATE in takeDownload: a link is dead from its expiry instant on.
  if (facts.expiresAt && facts.expiresAt.getTime() <= now.getTime()) return 'expired';
  if (facts.downloadLimit !== null && facts.downloadCount >= facts.downloadLimit) return 'exhausted';
  return 'ok';
}

/**
 * The grant a link token opens, or null. Lookup is by the token's SHA-256 (an index hit that reveals
 * nothing about near misses); the token is then checked to be the one derived from that grant's id
 * under the current secret, so a row whose hash was written by anything else opens nothing.
 */
export async function findGrantByToken(ctx: ServiceContext, token: string): Promise<DownloadGrant | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const secret = ctx.services.config.secrets.downloadSigning;
  const grant = await ctx.em.findOne(
    DownloadGrant,
    { tokenHash: hashToken(token) },
    // One joined query instead of one per relation: this runs on every page view and download.
    { populate: ['order', 'orderItem', 'product', 'product.files'], strategy: 'joined' },
  );
  if (!grant || !safeEqual(deriveDownloadToken(grant.id, secret), token)) return null;
  return grant;
}

// The link routes run on every page view and download: the grant's facts, the item's name and the
// product's files as JSON, selected column by column (an entity join would read every column of five tables).
const GRANT_VIEW_SQL = `
  select g.id, g.revoked_at, g.expires_at, g.download_limit, g.download_count, o.status as order_status,
         i.product_name,
         coalesce((select json_agg(json_build_object('id', f.id, 'name', f.name, 'sizeBytes', f.size_bytes,
                    'storageKey', f.storage_key, 'contentType', f.content_type) order by f.position, f.id)
                     from product_file f where f.product_id = g.product_id), '[]'::json) as files
    from download_grant g
    join shop_order o on o.id = g.order_id
    join order_item i on i.id = g.order_item_id
   where g.token_hash = $1`;

// One statement checks for a repeat of this attempt, spends the download and writes its log row, so the
// limit holds whatever runs concurrently and a download is never counted without its row. The UPDATE is
// the only write to download_count; every condition of a valid download is in its WHERE.
// $1 attempt key, $2 grant, $3 file, $4 repeat window in seconds, $5 truncated IP, $6 user agent.
const SPEND_SQL = `
  with recent as (
    select 1 from download_event
     where $1::text is not null and grant_id = $2 and attempt_key = $1 and file_id = $3
       and created_at > now() - $4::float8 * interval '1 second'
     limit 1
  ), spent as (
    update download_grant set download_count = download_count + 1
     where id = $2
       and not exists (select 1 from recent)
       and revoked_at is null
       and (expires_at is null or expires_at > now())
       and (download_limit is null or download_count < download_limit)
       and exists (select 1 from shop_order o where o.id = order_id and o.status in ${ORDER_KEEPS_ACCESS_SQL})
     returning id, download_count
  ), logged as (
    insert into download_event (id, grant_id, file_id, ip_truncated, user_agent, attempt_key, created_at)
    select gen_random_uuid(), spent.id, $3, $5, $6, $1, now() from spent
  )
  select exists (select 1 from recent) as repeated, (select download_count from spent) as download_count`;

/**
 * Where a single statement runs: the caller's transaction if it is in one; otherwise the shared pool,
 * so a download page or a download forks no EntityManager.
 */
function statementEm(ctx: ServiceContext): EntityManager {
  return ctx.inTransaction ? ctx.em : (ctx.services.orm.em as EntityManager);
}

/** Like findGrantByToken, as a GrantView: the same lookup by hash and the same token check. */
export async function findGrantViewByToken(ctx: ServiceContext, token: string): Promise<GrantView | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const secret = ctx.services.config.secrets.downloadSigning;
  const [row] = await executePrepared<{
    id: string;
    revoked_at: Date | null;
    expires_at: Date | null;
    download_limit: number | null;
    download_count: number;
    order_status: OrderStatus;
    product_name: string;
    files: Array<Omit<DownloadableFile, 'sizeBytes'> & { sizeBytes: number | string }>;
  }>(statementEm(ctx), GRANT_VIEW_SQL, [hashToken(token)]);
  if (!row || !safeEqual(deriveDownloadToken(row.id, secret), token)) return null;
  return {
    id: row.id,
    revokedAt: row.revoked_at ? new Date(row.revoked_at) : null,
    expiresAt: row.expires_at ? new Date(row.expires_at) : null,
    downloadLimit: row.download_limit,
    downloadCount: row.download_count,
    orderStatus: row.order_status,
    productName: row.product_name,
    files: row.files.map((file) => ({ ...file, sizeBytes: Number(file.sizeBytes) })),
  };
}

export function describeGrant(grant: DownloadGrant, now: Date = new Date()): DownloadGrantModel {
  return describeGrantView(
    {
      id: grant.id,
      revokedAt: grant.revokedAt,
      expiresAt: grant.expiresAt,
      downloadLimit: grant.downloadLimit,
      downloadCount: grant.downloadCount,
      orderStatus: grant.order.status,
      productName: grant.orderItem.productName,
      files: grant.product.files.getItems(),
    },
    now,
  );
}

export function describeGrantView(grant: GrantView, now: Date = new Date()): DownloadGrantModel {
  return {
    productName: grant.productName,
    files: grant.files.map((file) => ({ id: file.id, name: file.name, size: file.sizeBytes })),
    downloadsLeft:
      grant.downloadLimit === null ? null : Math.max(0, grant.downloadLimit - grant.downloadCount),
    limit: grant.downloadLimit,
    expiresAt: grant.expiresAt,
    state: classifyGrant(grant, now),
  };
}

/** A fresh attempt key for a download page view (see takeDownload). */
export function newAttemptKey(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * Spends one download of the grant behind `token`, records it and returns a short-lived signed URL of the
 * file. The URL is signed first, so a storage failure costs the buyer nothing; a repeat of the same page
 * view's button for the same file within a few seconds (a double click, a browser retry: the same
 * `attemptKey`) gets a URL again without spending a second download. Throws NOT_FOUND for an unknown link or file, FORBIDDEN for an unpaid order
 * and GONE for a revoked, expired or used-up link. Time is the database's, like every other expiry check.
 */
export async function takeDownload(
  ctx: ServiceContext,
  input: {
    token: string;
    fileId?: string | undefined;
    ip: string | null | undefined;
    userAgent: string | null | undefined;
    attemptKey?: string | undefined;
  },
): Promise<TakenDownload> {
  const grant = await findGrantViewByToken(ctx, input.token);
  if (!grant) throw refuseDownload('not_found');
  const { files } = grant;
  const file = input.fileId ? files.find((candidate) => candidate.id === input.fileId) : files[0];
  if (!file) throw refuseDownload('unknown_file');

  const url = await ctx.services.storage.signedDownloadUrl(file.storageKey, {
    filename: file.name,
    expiresInSeconds: SIGNED_URL_TTL_SECONDS,
    contentType: file.contentType,
  });
  const ip = truncateIp(input.ip);
  const attemptKey = input.attemptKey && ATTEMPT_KEY_SHAPE.test(input.attemptKey) ? input.attemptKey : null;
  // SPEND_SQL: the repeat check, the atomic update and the log row in one statement.
  const params = [
    attemptKey,
    grant.id,
    file.id,
    REPEAT_WINDOW_SECONDS,
    ip,
    input.userAgent?.slice(0, MAX_USER_AGENT_LENGTH) || null,
  ];
  const spend = (em: EntityManager) =>
    executePrepared<{ repeated: boolean; download_count: number | null }>(em, SPEND_SQL, params);
  const taken = attemptKey
    ? await withTransaction(ctx, async (tx) => {
        // Requests for one grant take turns from here, so the repeat check of the next statement (whose
        // snapshot is taken after the lock) sees a concurrent request's download once it committed.
        await executePrepared(tx.em, 'select 1 from download_grant where id = $1 for update', [grant.id]);
        const [row] = await spend(tx.em);
        return row;
      })
    : // Without an attempt key there is nothing to repeat: the one statement is its own transaction
      // (or joins the caller's).
      (await spend(statementEm(ctx)))[0];
  if (taken?.repeated) {
    const spent = grant.downloadCount;
    return { file, url, downloadsLeft: limitLeft(grant.downloadLimit, spent) };
  }
  const count = taken?.download_count;
  if (count === undefined || count === null) throw refuseDownload(await explainRefusal(ctx, grant.id));
  return { file, url, downloadsLeft: limitLeft(grant.downloadLimit, count) };
}

function limitLeft(limit: number | null, spent: number): number | null {
  return limit === null ? null : Math.max(0, limit - spent);
}

// The UPDATE only says no; this reads the row again to say why.
async function explainRefusal(ctx: ServiceContext, grantId: string): Promise<Exclude<GrantState, 'ok'>> {
  const [row] = await ctx.em.getConnection().execute<
    Array<{
      revoked_at: Date | null;
      expires_at: Date | null;
      download_limit: number | null;
      download_count: number;
      status: OrderStatus;
      now: Date;
    }>
  >(
    `select g.revoked_at, g.expires_at, g.download_limit, g.download_count, o.status, now() as now
     from download_grant g join shop_order o on o.id = g.order_id where g.id = ?`,
    [grantId],
    'all',
    ctx.em.getTransactionContext(),
  );
  if (!row) return 'revoked';
  const state = classifyGrant(
    {
      revokedAt: row.revoked_at,
      expiresAt: row.expires_at && new Date(row.expires_at),
      downloadLimit: row.download_limit,
      downloadCount: row.download_count,
      orderStatus: row.status,
    },
    new Date(row.now),
  );
  // Valid again by the time we looked (a renewal landed in between): the attempt still lost its race.
  return state === 'ok' ? 'exhausted' : state;
}

/** Revokes every grant of an order (refund, lost dispute). Already revoked grants keep their first date. */
export async function revokeGrantsForOrder(ctx: ServiceContext, orderId: string, now: Date): Promise<number> {
  return ctx.em.nativeUpdate(DownloadGrant, { order: orderId, revokedAt: null }, { revokedAt: now });
}

/** Moves the expiry of every grant of an order, for subscription renewals; null means no expiry. */
export async function extendGrantsForOrder(
  ctx: ServiceContext,
  orderId: string,
  until: Date | null,
): Promise<number> {
  return ctx.em.nativeUpdate(DownloadGrant, { order: orderId }, { expiresAt: until });
}

/** Brings the expiry of an order's grants forward to `at`, never later than it already is. */
export async function expireGrantsForOrder(ctx: ServiceContext, orderId: string, at: Date): Promise<number> {
  return ctx.em.nativeUpdate(
    DownloadGrant,
    { order: orderId, $or: [{ expiresAt: null }, { expiresAt: { $gt: at } }] },
    { expiresAt: at },
  );
}

export type GrantRequest = {
  orderItemId: string;
  productId: string;
  downloadLimit: number | null;
  downloadWindowDays: number | null;
  /** A subscription's paid period, which takes the place of the window. */
  accessUntil: Date | null;
};

/**
 * Issues one grant per order item, with the product's limit and window copied at purchase. Unique per
 * order item, so a repeated fulfilment cannot issue a second link.
 */
export async function issueDownloadGrants(
  ctx: ServiceContext,
  input: { orderId: string; items: GrantRequest[] },
  now: Date,
): Promise<void> {
  const secret = ctx.services.config.secrets.downloadSigning;
  for (const item of input.items) {
    const windowEnd =
      item.downloadWindowDays !== null ? new Date(now.getTime() + item.downloadWindowDays * DAY_MS) : null;
    const grant = ctx.em.create(DownloadGrant, {
      order: input.orderId,
      orderItem: item.orderItemId,
      product: item.productId,
      tokenHash: '',
      downloadLimit: item.downloadLimit,
      expiresAt: item.accessUntil ?? windowEnd,
    });
    grant.tokenHash = downloadTokenHash(grant.id, secret);
  }
  await ctx.em.flush();
}

export type OrderItemDownload = {
  pageUrl: string;
  downloadLimit: number | null;
  expiresAt: Date | null;
};

/** The download page of each item of an order that has one, by order item id. */
export async function listDownloadPages(
  ctx: ServiceContext,
  orderId: string,
): Promise<Map<string, OrderItemDownload>> {
  const grants = await ctx.em.find(DownloadGrant, { order: orderId });
  const { downloadSigning } = ctx.services.config.secrets;
  return new Map(
    grants.map((grant) => [
      grant.orderItem.id,
      {
        pageUrl: downloadPageUrl(ctx.services.config.api.publicUrl, grant.id, downloadSigning),
        downloadLimit: grant.downloadLimit,
        expiresAt: grant.expiresAt,
      },
    ]),
  );
}

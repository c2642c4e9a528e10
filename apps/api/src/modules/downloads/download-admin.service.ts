// The creator's side of download links: an order's grants with their download log, and the two support
// actions, reset the count and extend the window. Each action is one atomic UPDATE (the same row the
// take-a-download UPDATE spends), written down in the audit log in the same transaction.
import { DownloadGrant } from '@shelf/db/downloads';
import { type ServiceContext, withTransaction } from '../../context.ts';
import { AppError, badInput, notFound } from '../../errors.ts';
import { requireCreator } from '../accounts/accounts.service.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { isUuid } from '../common/ids.ts';
import { describeGrant, type GrantState } from './downloads.service.ts';

/** Served downloads listed per grant, newest first. */
const MAX_LOG_PER_GRANT = 100;
const MAX_EXTEND_DAYS = 3650;

export type DownloadLogEntry = {
  id: string;
  fileName: string;
  ipTruncated: string | null;
  userAgent: string | null;
  createdAt: Date;
};

export type DownloadGrantRecord = {
  id: string;
  orderId: string;
  productName: string;
  downloadLimit: number | null;
  downloadCount: number;
  expiresAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
  state: GrantState;
  downloads: DownloadLogEntry[];
};

type GrantRow = {
  id: string;
  order_id: string;
  download_limit: number | null;
  download_count: number;
  expires_at: Date | null;
  previous_count: number;
  previous_expires_at: Date | null;
};

const toIso = (value: Date | string | null): string | null =>
  value === null ? null : new Date(value).toISOString();

/** The grants of many orders with their newest downloads, in two statements whatever the number. */
export async function listGrantsOfOrders(
  ctx: ServiceContext,
  orderIds: readonly string[],
): Promise<Map<string, DownloadGrantRecord[]>> {
  requireCreator(ctx, 'orders:read');
  return loadGrants(ctx, orderIds);
}

async function loadGrants(
  ctx: ServiceContext,
  orderIds: readonly string[],
): Promise<Map<string, DownloadGrantRecord[]>> {
  const byOrder = new Map<string, DownloadGrantRecord[]>(orderIds.map((id) => [id, []]));
  if (orderIds.length === 0) return byOrder;
  // One joined statement: describeGrant needs the order's status (the access rule) and the files.
  const grants = await ctx.em.find(
    DownloadGrant,
    { order: { $in: [...orderIds] } },
    {
      populate: ['order', 'orderItem', 'product', 'product.files'],
      strategy: 'joined',
      orderBy: { createdAt: 'asc', id: 'asc' },
      refresh: true,
    },
  );
  const log = await loadDownloadLog(
    ctx,
    grants.map((grant) => grant.id),
  );
  const now = new Date();
  for (const grant of grants) {
    byOrder.get(grant.order.id)?.push({
      id: grant.id,
      orderId: grant.order.id,
      productName: grant.orderItem.productName,
      downloadLimit: grant.downloadLimit,
      downloadCount: grant.downloadCount,
      expiresAt: grant.expiresAt,
      revokedAt: grant.revokedAt,
      createdAt: grant.createdAt,
      state: describeGrant(grant, now).state,
      downloads: log.get(grant.id) ?? [],
    });
  }
  return byOrder;
}

async function loadDownloadLog(
  ctx: ServiceContext,
  grantIds: string[],
): Promise<Map<string, DownloadLogEntry[]>> {
  const byGrant = new Map<string, DownloadLogEntry[]>();
  if (grantIds.length === 0) return byGrant;
  const rows = await ctx.em.getConnection().execute<
    Array<{
      id: string;
      grant_id: string;
      file_name: string;
      ip_truncated: string | null;
      user_agent: string | null;
      created_at: Date;
    }>
  >(
    `select id, grant_id, file_name, ip_truncated, user_agent, created_at from (
       select e.id, e.grant_id, f.name as file_name, e.ip_truncated, e.user_agent, e.created_at,
              row_number() over (partition by e.grant_id order by e.created_at desc, e.id desc) as n
         from download_event e join product_file f on f.id = e.file_id
        where e.grant_id in (${grantIds.map(() => '?').join(', ')})
     ) ranked where n <= ? order by created_at desc, id desc`,
    [...grantIds, MAX_LOG_PER_GRANT],
    'all',
    ctx.em.getTransactionContext(),
  );
  for (const row of rows) {
    const list = byGrant.get(row.grant_id) ?? [];
    list.push({
      id: row.id,
      fileName: row.file_name,
      ipTruncated: row.ip_truncated,
      userAgent: row.user_agent,
      createdAt: new Date(row.created_at),
    });
    byGrant.set(row.grant_id, list);
  }
  return byGrant;
}

/** Gives a download link its whole limit back: the count goes to zero. */
export async function resetDownloadCount(ctx: ServiceContext, grantId: string): Promise<DownloadGrantRecord> {
  requireCreator(ctx, 'orders:write');
  if (!isUuid(grantId)) throw notFound('There is no download link with this id.');
  return withTransaction(ctx, async (tx) => {
    const row = await updateGrant(tx, grantId, 'download_count = 0', []);
    if (!row) throw notFound('There is no download link with this id.');
    await recordAudit(tx, {
      action: 'download.count_reset',
      subjectType: 'download_grant',
      subjectId: grantId,
      orderId: row.order_id,
      before: { downloadCount: row.previous_count },
      after: { downloadCount: row.download_count },
    });
    return reloadGrant(tx, grantId, row.order_id);
  });
}

/**
 * Lets a download link work `days` longer: from its expiry, or from now when it has already expired. A
 * link without an expiry has nothing to extend (CONFLICT).
 */
export async function extendDownloadWindow(
  ctx: ServiceContext,
  input: { grantId: string; days: number },
): Promise<DownloadGrantRecord> {
  requireCreator(ctx, 'orders:write');
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > MAX_EXTEND_DAYS) {
    throw badInput(`days must be a whole number from 1 to ${MAX_EXTEND_DAYS}.`, 'days');
  }
  if (!isUuid(input.grantId)) throw notFound('There is no download link with this id.');
  return withTransaction(ctx, async (tx) => {
    const row = await updateGrant(
      tx,
      input.grantId,
      `expires_at = greatest(g.expires_at, now()) + make_interval(days => ?)`,
      [input.days],
      'and g.expires_at is not null',
    );
    if (!row) {
      const exists = await tx.em.count(DownloadGrant, { id: input.grantId });
      if (!exists) throw notFound('There is no download link with this id.');
      throw new AppError('CONFLICT', 'This download link never expires; there is no window to extend.');
    }
    await recordAudit(tx, {
      action: 'download.window_extended',
      subjectType: 'download_grant',
      subjectId: input.grantId,
      orderId: row.order_id,
      before: { expiresAt: toIso(row.previous_expires_at) },
      after: { expiresAt: toIso(row.expires_at), days: input.days },
    });
    return reloadGrant(tx, input.grantId, row.order_id);
  });
}

/**
 * One UPDATE of one grant, returning its values before and after: the self-join reads the row as the
 * statement found it, the RETURNING of the target what it wrote.
 */
async function updateGrant(
  ctx: ServiceContext,
  grantId: string,
  set: string,
  params: unknown[],
  extraWhere = '',
): Promise<GrantRow | null> {
  const rows = await ctx.em.getConnection().execute<GrantRow[]>(
    `update download_grant g set ${set}
       from download_grant previous
      where previous.id = g.id and g.id = ? ${extraWhere}
      returning g.id, g.order_id, g.download_limit, g.download_count, g.expires_at,
                previous.download_count as previous_count, previous.expires_at as previous_expires_at`,
    [...params, grantId],
    'all',
    ctx.em.getTransactionContext(),
  );
  return rows[0] ?? null;
}

/**
 * The grant as the creator sees it after a change (the UPDATE went around the identity map); a key that may
 * change grants sees the grant it changed.
 */
async function reloadGrant(
  ctx: ServiceContext,
  grantId: string,
  orderId: string,
): Promise<DownloadGrantRecord> {
  const grants = await loadGrants(ctx, [orderId]);
  return grants.get(orderId)!.find((record) => record.id === grantId)!;
}

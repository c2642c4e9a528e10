// The creator's side of licensing: look a license up by key, list licenses, and the dashboard actions
// (revoke, reinstate, change the activation limit, reset activations). Authorisation is here, not in the
// resolvers: licenses:read for reading, licenses:write for changing. The changes themselves, with their
// audit rows and domain events, are the licensing services' own functions; this file only finds the
// license, calls one of them and reads the result back.
//
// A list page costs a constant number of statements whatever its size: the page and its product, order
// and customer (one joined query), the total, every activation of the page (one query), and, when asked
// for, the history of the page (one windowed query shared by all its licenses).
import type { FilterQuery } from '@mikro-orm/core';
import {
  License,
  LicenseActivation,
  type LicenseEventType,
  type LicenseStatus,
  licenseStatuses,
} from '@shelf/db/licensing';
import { normaliseLicenseKey } from '@shelf/licensing';
import { type ServiceContext, withTransaction } from '../../context.ts';
import { AppError, badInput, notFound } from '../../errors.ts';
import { requireCreator } from '../accounts/accounts.service.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { parsePageSize } from '../common/cursor.ts';
import { isUuid } from '../common/ids.ts';
import { type Page, pageNewestFirst } from '../common/newest-first-page.ts';
import {
  type LicenseState,
  licenseState,
  resetLicenseActivations,
  setLicenseActivationLimit,
} from './license-activation.service.ts';
import { runLicenseSql } from './license-lookup.ts';
import { type SettableLicenseStatus, setLicenseStatus } from './licensing.service.ts';

export type LicenseActivationModel = {
  instanceId: string;
  name: string;
  firstSeenAt: Date;
  lastSeenAt: Date;
  deactivatedAt: Date | null;
};

export type LicenseHistoryModel = {
  id: string;
  type: LicenseEventType;
  instanceId: string | null;
  actor: string | null;
  detail: Record<string, unknown> | null;
  createdAt: Date;
};

/** A license for the creator; `history` loads on demand, once for a whole page. */
export type LicenseRecordModel = {
  id: string;
  key: string;
  status: LicenseStatus;
  state: LicenseState;
  activationLimit: number | null;
  activationUsage: number;
  uses: number;
  expiresAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
  product: { id: string; name: string; slug: string };
  orderId: string;
  orderNumber: number;
  customer: { id: string; email: string; name: string | null };
  activations: LicenseActivationModel[];
  history(first: number): Promise<LicenseHistoryModel[]>;
};

/** Names one license: by its id or by its key, exactly one of them. */
export type LicenseRef = { id?: string | null; key?: string | null };

const POPULATE = ['product', 'order', 'customer'] as const;
const MAX_HISTORY = 200;

/** The license of a key (typed in any case, with or without dashes), or null. */
export async function findLicenseRecord(
  ctx: ServiceContext,
  key: string,
): Promise<LicenseRecordModel | null> {
  requireCreator(ctx, 'licenses:read');
  const canonical = normaliseLicenseKey(key);
  if (!canonical) return null;
  const license = await ctx.em.findOne(License, { key: canonical }, { populate: POPULATE });
  return license ? (await toRecords(ctx, [license]))[0]! : null;
}

/** Licenses newest first, of one product and with one stored status when given. */
export async function listLicenseRecords(
  ctx: ServiceContext,
  args: {
    first?: number | null;
    after?: string | null;
    productId?: string | null;
    status?: LicenseStatus | null;
  },
): Promise<Page<LicenseRecordModel>> {
  requireCreator(ctx, 'licenses:read');
  if (args.productId != null && !isUuid(args.productId))
    throw badInput('productId is not a valid id.', 'productId');
  if (args.status != null && !licenseStatuses.includes(args.status))
    throw badInput('Unknown status.', 'status');
  const filter: FilterQuery<License> = {
    ...(args.productId ? { product: args.productId } : {}),
    ...(args.status ? { status: args.status } : {}),
  };
  const page = await pageNewestFirst(ctx.em, License, {
    first: args.first,
    after: args.after,
    filter,
    populate: [...POPULATE],
  });
  const records = await toRecords(ctx, page.nodes);
  return {
    ...page,
    edges: page.edges.map((edge, index) => ({ cursor: edge.cursor, node: records[index]! })),
    nodes: records,
  };
}

/** Revokes a license: validation answers invalid at once. Revoking a revoked license changes nothing. */
export function revokeLicenseRecord(ctx: ServiceContext, ref: LicenseRef): Promise<LicenseRecordModel> {
  return changeStatus(ctx, ref, 'revoked');
}

/** Switches a revoked or disabled license back on (its order and expiry still decide whether it works). */
export function reinstateLicenseRecord(ctx: ServiceContext, ref: LicenseRef): Promise<LicenseRecordModel> {
  return changeStatus(ctx, ref, 'active');
}

async function changeStatus(
  ctx: ServiceContext,
  ref: LicenseRef,
  status: SettableLicenseStatus,
): Promise<LicenseRecordModel> {
  requireCreator(ctx, 'licenses:write');
  const id = await resolveLicenseId(ctx, ref);
  // The change and its audit entry commit together.
  await withTransaction(ctx, async (tx) => {
    const [before] = await runLicenseSql(tx, 'select status, order_id from license where id = ? for update', [
      id,
    ]);
    const changed = await setLicenseStatus(tx, id, status);
    if (changed) {
      await recordAudit(tx, {
        action: status === 'active' ? 'license.reinstated' : 'license.revoked',
        subjectType: 'license',
        subjectId: id,
        orderId: before!.order_id as string,
        before: { status: before!.status },
        after: { status },
      });
    }
  });
  // Read back outside the transaction: the record loads its history later, through this context.
  return reloadRecord(ctx, id);
}

/** The licenses of many orders, oldest first within each: for the creator's order and customer pages. */
export async function listLicenseRecordsOfOrders(
  ctx: ServiceContext,
  orderIds: readonly string[],
): Promise<Map<string, LicenseRecordModel[]>> {
  requireCreator(ctx, 'licenses:read');
  const byOrder = new Map<string, LicenseRecordModel[]>(orderIds.map((id) => [id, []]));
  if (orderIds.length === 0) return byOrder;
  const licenses = await ctx.em.find(
    License,
    { order: { $in: [...orderIds] } },
    { populate: POPULATE, orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  for (const record of await toRecords(ctx, licenses)) byOrder.get(record.orderId)?.push(record);
  return byOrder;
}

/**
 * Sets the activation limit (1 to 10000, null for unlimited). A limit below the seats in use keeps the
 * active instances working and refuses new activations until usage is under it.
 */
export async function setLicenseRecordActivationLimit(
  ctx: ServiceContext,
  input: { id: string; limit: number | null },
): Promise<LicenseRecordModel> {
  requireCreator(ctx, 'licenses:write');
  const id = await resolveLicenseId(ctx, { id: input.id });
  await setLicenseActivationLimit(ctx, id, input.limit);
  return reloadRecord(ctx, id);
}

/** Deactivates every active instance and frees all seats. */
export async function resetLicenseRecordActivations(
  ctx: ServiceContext,
  input: { id: string },
): Promise<LicenseRecordModel> {
  requireCreator(ctx, 'licenses:write');
  const id = await resolveLicenseId(ctx, { id: input.id });
  await resetLicenseActivations(ctx, id);
  return reloadRecord(ctx, id);
}

/** The id of the license a ref names; coded errors, before any write, for anything else. */
async function resolveLicenseId(ctx: ServiceContext, ref: LicenseRef): Promise<string> {
  const hasId = ref.id != null;
  const hasKey = ref.key != null;
  if (hasId === hasKey) throw badInput('Name the license by exactly one of id or key.', hasId ? 'key' : 'id');
  if (hasId && !isUuid(ref.id)) throw badInput('id is not a valid license id.', 'id');
  const key = hasKey ? normaliseLicenseKey(ref.key!) : null;
  if (hasKey && !key) throw new AppError('NOT_FOUND', 'No license has this key.', { field: 'key' });
  const [row] = await runLicenseSql(
    ctx,
    hasId ? 'select id from license where id = ?' : 'select id from license where key = ?',
    [hasId ? ref.id : key],
  );
  if (!row) throw notFound(hasId ? 'No license has this id.' : 'No license has this key.');
  return row.id as string;
}

async function reloadRecord(ctx: ServiceContext, id: string): Promise<LicenseRecordModel> {
  // The service functions change rows with SQL; refresh so the identity map's copy is not what we answer.
  const license = await ctx.em.findOneOrFail(License, { id }, { populate: POPULATE, refresh: true });
  return (await toRecords(ctx, [license]))[0]!;
}

async function toRecords(ctx: ServiceContext, licenses: License[]): Promise<LicenseRecordModel[]> {
  const ids = licenses.map((license) => license.id);
  const activations = await loadActivations(ctx, ids);
  const history = historyLoader(ctx, ids);
  const now = new Date();
  return licenses.map((license) => ({
    id: license.id,
    key: license.key,
    status: license.status,
    state: licenseState({
      status: license.status,
      orderStatus: license.order.status,
      expiresAt: license.expiresAt,
      now,
    }),
    activationLimit: license.activationLimit,
    activationUsage: license.activationCount,
    uses: license.uses,
    expiresAt: license.expiresAt,
    revokedAt: license.revokedAt,
    createdAt: license.createdAt,
    product: { id: license.product.id, name: license.product.name, slug: license.product.slug },
    orderId: license.order.id,
    orderNumber: license.order.number,
    customer: { id: license.customer.id, email: license.customer.email, name: license.customer.name ?? null },
    activations: activations.get(license.id) ?? [],
    history: (first) => history(first).then((byLicense) => byLicense.get(license.id) ?? []),
  }));
}

/** Every activation of the licenses, in one query: active first, newest first within each group. */
async function loadActivations(
  ctx: ServiceContext,
  licenseIds: string[],
): Promise<Map<string, LicenseActivationModel[]>> {
  const byLicense = new Map<string, LicenseActivationModel[]>();
  if (licenseIds.length === 0) return byLicense;
  const rows = await ctx.em.find(
    LicenseActivation,
    { license: { $in: licenseIds } },
    { orderBy: { firstSeenAt: 'desc', id: 'desc' } },
  );
  const active = rows.filter((row) => row.deactivatedAt === null);
  const inactive = rows.filter((row) => row.deactivatedAt !== null);
  for (const row of [...active, ...inactive]) {
    const list = byLicense.get(row.license.id) ?? [];
    list.push({
      instanceId: row.instanceId,
      name: row.instanceName,
      firstSeenAt: row.firstSeenAt,
      lastSeenAt: row.lastSeenAt,
      deactivatedAt: row.deactivatedAt,
    });
    byLicense.set(row.license.id, list);
  }
  return byLicense;
}

/**
 * The newest `first` history entries of each license, loaded for all of them in one statement the first
 * time any of them is asked (per `first`), so a page of 50 licenses costs one query, not 50.
 */
function historyLoader(
  ctx: ServiceContext,
  licenseIds: string[],
): (first: number) => Promise<Map<string, LicenseHistoryModel[]>> {
  const loaded = new Map<number, Promise<Map<string, LicenseHistoryModel[]>>>();
  return (first) => {
    const size = parsePageSize(first, 50, MAX_HISTORY);
    let batch = loaded.get(size);
    if (!batch) {
      batch = loadHistory(ctx, licenseIds, size);
      loaded.set(size, batch);
    }
    return batch;
  };
}

async function loadHistory(
  ctx: ServiceContext,
  licenseIds: string[],
  first: number,
): Promise<Map<string, LicenseHistoryModel[]>> {
  const byLicense = new Map<string, LicenseHistoryModel[]>();
  if (licenseIds.length === 0) return byLicense;
  const rows = await runLicenseSql(
    ctx,
    `select id, license_id, type, instance_id, actor, detail, created_at from (
       select e.*, row_number() over (partition by e.license_id order by e.created_at desc, e.id desc) as n
       from license_event e where e.license_id in (${licenseIds.map(() => '?').join(', ')})
     ) ranked where n <= ? order by created_at desc, id desc`,
    [...licenseIds, first],
  );
  for (const row of rows) {
    const licenseId = row.license_id as string;
    const list = byLicense.get(licenseId) ?? [];
    list.push({
      id: row.id as string,
      type: row.type as LicenseEventType,
      instanceId: (row.instance_id as string | null) ?? null,
      actor: (row.actor as string | null) ?? null,
      detail: (row.detail as Record<string, unknown> | null) ?? null,
      createdAt: row.created_at instanceof Date ? row.created_at : new Date(String(row.created_at)),
    });
    byLicense.set(licenseId, list);
  }
  return byLicense;
}

// What installed software does with a key: activate an instance (a named seat), validate the key (and
// the instance), deactivate an instance, and the Gumroad-style verify that counts uses. Every transport
// (Lemon Squeezy-compatible REST, Gumroad-compatible REST, GraphQL) calls these, so the rules live here
// once. Keys are normalised and checksummed first, so a typo never reaches the database.
//
// The activation limit: `license.activation_count` counts active instances and changes only in the
// transaction that inserts or deactivates one. The limit is enforced by one conditional UPDATE,
//   update license set activation_count = activation_count + 1
//   where id = $1 and (activation_limit is null or activation_count < activation_limit)
// Postgres locks the row and re-checks the WHERE against the newest committed version, so concurrent
// activations can never both take the last seat. (A CTE that counts license_activation rows after
// `select ... for update` is not enough in READ COMMITTED: the count's snapshot is taken when the
// statement starts, before the lock is granted, so it misses the seat the lock holder just took.)
// Activation still takes the license row FOR UPDATE first, so that re-activating an instance by name
// (reuse_instance) sees the instance a concurrent activation of the same name just committed.
import { normaliseLicenseKey } from '@shelf/licensing';
import { type ServiceContext, withTransaction } from '../../context.ts';
import { badInput } from '../../errors.ts';
import { isUuid } from '../common/ids.ts';
import { recordDomainEvent } from '../events/events.service.ts';
import { orderKeepsAccess } from '../orders/orders.service.ts';
import { issueLicenseCertificate } from './license-certificate.ts';
import {
  type LicenseInstanceRow,
  type LicenseRow,
  type PurchaseExtras,
  runLicenseSql,
  selectActiveInstanceByName,
  selectLicenseByKey,
  selectPurchaseByKey,
} from './license-lookup.ts';
import { actorLabel, recordLicenseEvent } from './licensing.service.ts';

export type { LicenseInstanceRow, LicenseRow, PurchaseExtras };

/** A license as software sees it: `active` only while it may be used right now. */
export type LicenseState = 'active' | 'revoked' | 'expired' | 'disabled';

/**
 * The one rule for whether a license works now: revoked and disabled win; an order that no longer keeps
 * access (refunded, disputed, canceled) revokes it even before the payment event has reached licensing;
 * past its expiry (on the database clock) it is expired.
 */
export function licenseState(
  license: Pick<LicenseRow, 'status' | 'orderStatus' | 'expiresAt' | 'now'>,
): LicenseState {
  if (license.status === 'revoked' || !orderKeepsAccess(license.orderStatus)) return 'revoked';
  if (license.status === 'disabled') return 'disabled';
  if (license.status === 'expired') return 'expired';
  if (license.expiresAt && license.expiresAt.getTime() <= license.now.getTime()) return 'expired';
  return 'active';
}

/** Instance names are what the software sends (a hostname, "MacBook Pro"): trimmed, at most 200 characters. */
const MAX_INSTANCE_NAME_LENGTH = 200;

/** An instance name as activation stores it: trimmed, 1 to 200 characters; BAD_USER_INPUT otherwise. */
function parseInstanceName(raw: string): string {
  const name = raw.trim();
  if (name === '' || name.length > MAX_INSTANCE_NAME_LENGTH) {
    throw badInput(`The instance name must be 1 to ${MAX_INSTANCE_NAME_LENGTH} characters.`, 'instanceName');
  }
  return name;
}

/** Where a request came from, for the history; never stored whole. */
export type LicenseRequestOrigin = { ipTruncated?: string | null };

export type ValidateLicenseResult =
  | { outcome: 'not_found' }
  | { outcome: 'instance_not_found'; license: LicenseRow }
  | {
      outcome: 'checked';
      valid: boolean;
      state: LicenseState;
      license: LicenseRow;
      instance: LicenseInstanceRow | null;
    };

export type ActivateLicenseResult =
  | { outcome: 'not_found' }
  | { outcome: 'invalid'; state: Exclude<LicenseState, 'active'>; license: LicenseRow }
  | { outcome: 'limit_reached'; license: LicenseRow }
  | {
      outcome: 'activated';
      reused: boolean;
      license: LicenseRow;
      instance: LicenseInstanceRow;
      /** A signed certificate of this activation, for the app to check offline (license-certificate.ts). */
      certificate: string;
    };

export type DeactivateLicenseResult =
  | { outcome: 'not_found' }
  | { outcome: 'instance_not_found'; license: LicenseRow }
  | { outcome: 'deactivated'; license: LicenseRow; instance: LicenseInstanceRow };

export type VerifyLicenseResult =
  | { outcome: 'not_found' }
  | { outcome: 'disabled'; license: LicenseRow }
  | { outcome: 'verified'; license: LicenseRow; purchase: PurchaseExtras };

/** The offline certificate of an activation: what the app may trust until it next validates online. */
function certify(ctx: ServiceContext, license: LicenseRow, instance: LicenseInstanceRow): string {
  return issueLicenseCertificate(
    ctx,
    {
      licenseId: license.id,
      licenseKey: license.key,
      productId: license.productId,
      productSlug: license.productSlug,
      instanceId: instance.instanceId,
      instanceName: instance.name,
      expiresAt: license.expiresAt,
      activationLimit: license.activationLimit,
    },
    license.now,
  );
}

/** The canonical key, or null when what was sent cannot be a key we issued (no database round trip). */
export function canonicalLicenseKey(input: unknown): string | null {
  return typeof input === 'string' ? normaliseLicenseKey(input) : null;
}

/**
 * Validates a key and, when given, one of its instances. The hot path: one statement, and a write only
 * when an active instance was last seen over a minute ago (see touchInstance).
 */
export async function validateLicense(
  ctx: ServiceContext,
  input: { key: unknown; instanceId?: unknown } & LicenseRequestOrigin,
): Promise<ValidateLicenseResult> {
  const key = canonicalLicenseKey(input.key);
  if (!key) return { outcome: 'not_found' };
  const askedInstance =
    input.instanceId !== undefined && input.instanceId !== null && input.instanceId !== '';
  if (askedInstance && !isUuid(input.instanceId)) {
    // A malformed instance id matches nothing; the key alone says whether to answer "key not found".
    const license = await selectLicenseByKey(ctx, key);
    return license ? { outcome: 'instance_not_found', license } : { outcome: 'not_found' };
  }
  const license = await selectLicenseByKey(ctx, key, {
    instanceId: askedInstance ? (input.instanceId as string) : null,
  });
  if (!license) return { outcome: 'not_found' };
  if (askedInstance && !license.instance) return { outcome: 'instance_not_found', license };
  const state = licenseState(license);
  const instance = license.instance;
  const valid = state === 'active' && (instance === null || instance.deactivatedAt === null);
  if (valid && instance) await touchInstance(ctx, license, instance, input.ipTruncated ?? null);
  return { outcome: 'checked', valid, state, license, instance };
}

const MINUTE_MS = 60_000;

/**
 * Validation history without a write per validate: last_seen_at moves at most once a minute per
 * instance (the caller skips the statement when the row it just read is fresher), and that same
 * statement records a `validated` event only when the instance has none in the last hour. Thousands of
 * copies validating at start-up cost one small write a minute each at most, and the history still shows
 * every hour an instance was in use.
 */
async function touchInstance(
  ctx: ServiceContext,
  license: LicenseRow,
  instance: LicenseInstanceRow,
  ipTruncated: string | null,
): Promise<void> {
  if (license.now.getTime() - instance.lastSeenAt.getTime() < MINUTE_MS) return;
  await runLicenseSql(
    ctx,
    `with seen as (
       update license_activation set last_seen_at = now()
       where id = ? and last_seen_at < now() - interval '1 minute'
       returning license_id, instance_id)
     insert into license_event (id, license_id, type, instance_id, actor, ip_truncated, created_at)
     select gen_random_uuid(), seen.license_id, 'validated', seen.instance_id, ?, ?, now() from seen
     where not exists (
       select 1 from license_event e where e.license_id = seen.license_id and e.type = 'validated'
         and e.instance_id = seen.instance_id and e.created_at > now() - interval '1 hour')`,
    [instance.activationId, actorLabel(ctx), ipTruncated],
  );
}

/**
 * Activates a named instance on a key, within the key's activation limit (see the header for how the
 * limit holds under concurrency). Activating a name that is already active returns that instance when
 * the product says `reuse_instance` (idempotent), and takes another seat when it says `new_seat`.
 */
export async function activateLicense(
  ctx: ServiceContext,
  input: { key: unknown; instanceName: string } & LicenseRequestOrigin,
): Promise<ActivateLicenseResult> {
  const name = parseInstanceName(input.instanceName);
  const key = canonicalLicenseKey(input.key);
  if (!key) return { outcome: 'not_found' };
  return withTransaction(ctx, async (tx) => {
    const license = await selectLicenseByKey(tx, key, { lock: true });
    if (!license) return { outcome: 'not_found' } as const;
    const state = licenseState(license);
    if (state !== 'active') return { outcome: 'invalid', state, license } as const;

    if (license.reactivation === 'reuse_instance') {
      const existing = await selectActiveInstanceByName(tx, license.id, name);
      if (existing) {
        await runLicenseSql(tx, 'update license_activation set last_seen_at = now() where id = ?', [
          existing.activationId,
        ]);
        return {
          outcome: 'activated',
          reused: true,
          license,
          instance: existing,
          certificate: certify(tx, license, existing),
        } as const;
      }
    }

    const seat = await runLicenseSql(
      tx,
      `update license set activation_count = activation_count + 1
       where id = ? and (activation_limit is null or activation_count < activation_limit)
       returning activation_count`,
      [license.id],
    );
    if (!seat[0]) return { outcome: 'limit_reached', license } as const;
    const [row] = await runLicenseSql(
      tx,
      `insert into license_activation (id, license_id, instance_id, instance_name, first_seen_at, last_seen_at)
       values (gen_random_uuid(), ?, gen_random_uuid(), ?, now(), now())
       returning id, instance_id, first_seen_at`,
      [license.id, name],
    );
    const instance: LicenseInstanceRow = {
      activationId: row!.id as string,
      instanceId: row!.instance_id as string,
      name,
      createdAt: new Date(row!.first_seen_at as string | Date),
      lastSeenAt: new Date(row!.first_seen_at as string | Date),
      deactivatedAt: null,
    };
    const updated: LicenseRow = { ...license, activationCount: Number(seat[0].activation_count), instance };
    await recordActivationChange(tx, 'activated', updated, instance, input.ipTruncated ?? null);
    return {
      outcome: 'activated',
      reused: false,
      license: updated,
      instance,
      certificate: certify(tx, updated, instance),
    } as const;
  });
}

/**
 * Deactivates one instance of a key and frees its seat, in one transaction. Deactivating an instance
 * that is already deactivated answers the same and changes nothing (a retried request).
 */
export async function deactivateLicense(
  ctx: ServiceContext,
  input: { key: unknown; instanceId: unknown } & LicenseRequestOrigin,
): Promise<DeactivateLicenseResult> {
  const key = canonicalLicenseKey(input.key);
  if (!key) return { outcome: 'not_found' };
  if (!isUuid(input.instanceId)) {
    const license = await selectLicenseByKey(ctx, key);
    return license ? { outcome: 'instance_not_found', license } : { outcome: 'not_found' };
  }
  const license = await selectLicenseByKey(ctx, key, { instanceId: input.instanceId });
  if (!license) return { outcome: 'not_found' };
  if (!license.instance) return { outcome: 'instance_not_found', license };
  const freed = await freeInstance(ctx, license, license.instance.activationId, input.ipTruncated ?? null);
  return { outcome: 'deactivated', ...freed };
}

/**
 * Frees the seat of one activation of `license` (the creator side calls this too). Returns the license
 * with its new usage; a repeat finds the activation already deactivated and changes nothing.
 */
export async function freeInstance(
  ctx: ServiceContext,
  license: LicenseRow,
  activationId: string,
  ipTruncated: string | null = null,
): Promise<{ license: LicenseRow; instance: LicenseInstanceRow }> {
  return withTransaction(ctx, async (tx) => {
    const [row] = await runLicenseSql(
      tx,
      `update license_activation set deactivated_at = now()
       where id = ? and license_id = ? and deactivated_at is null
       returning instance_id, instance_name, first_seen_at, last_seen_at, deactivated_at`,
      [activationId, license.id],
    );
    if (!row) {
      return { license, instance: license.instance! };
    }
    const [counted] = await runLicenseSql(
      tx,
      'update license set activation_count = activation_count - 1 where id = ? returning activation_count',
      [license.id],
    );
    const instance: LicenseInstanceRow = {
      activationId,
      instanceId: row.instance_id as string,
      name: row.instance_name as string,
      createdAt: new Date(row.first_seen_at as string | Date),
      lastSeenAt: new Date(row.last_seen_at as string | Date),
      deactivatedAt: new Date(row.deactivated_at as string | Date),
    };
    const updated: LicenseRow = { ...license, activationCount: Number(counted!.activation_count), instance };
    await recordActivationChange(tx, 'deactivated', updated, instance, ipTruncated);
    return { license: updated, instance };
  });
}

async function recordActivationChange(
  ctx: ServiceContext,
  type: 'activated' | 'deactivated',
  license: LicenseRow,
  instance: LicenseInstanceRow,
  ipTruncated: string | null,
): Promise<void> {
  const usage = { activationUsage: license.activationCount, activationLimit: license.activationLimit };
  await recordLicenseEvent(ctx, {
    licenseId: license.id,
    type,
    instanceId: instance.instanceId,
    detail: { name: instance.name, ...usage },
    ipTruncated,
  });
  await recordDomainEvent(ctx, {
    type: `license.${type}`,
    subjectId: license.id,
    payload: {
      licenseId: license.id,
      instanceId: instance.instanceId,
      productId: license.productId,
      ...usage,
    },
    dedupeKey: `license.${type}:${instance.instanceId}`,
  });
}

/**
 * Gumroad's verify: the key's purchase, for the product named by id or slug; `incrementUses` counts the
 * call in the license's `uses` (one atomic UPDATE). A disabled key answers like an unknown one.
 */
export async function verifyLicensePurchase(
  ctx: ServiceContext,
  input: { key: unknown; product: { id?: string; slug?: string }; incrementUses: boolean },
): Promise<VerifyLicenseResult> {
  const key = canonicalLicenseKey(input.key);
  if (!key) return { outcome: 'not_found' };
  const found = await selectPurchaseByKey(ctx, key);
  if (!found) return { outcome: 'not_found' };
  const { license, purchase } = found;
  const matches =
    (input.product.id !== undefined && input.product.id === license.productId) ||
    (input.product.slug !== undefined && input.product.slug === license.productSlug);
  if (!matches) return { outcome: 'not_found' };
  if (license.status === 'disabled') return { outcome: 'disabled', license };
  let uses = license.uses;
  if (input.incrementUses) {
    const [row] = await runLicenseSql(ctx, 'update license set uses = uses + 1 where id = ? returning uses', [
      license.id,
    ]);
    uses = Number(row!.uses);
  }
  return { outcome: 'verified', license: { ...license, uses }, purchase };
}

/**
 * Deactivates every active instance of a license (the creator's "reset activations"), with an audit row
 * and a license.deactivated event per instance, and sets the seat counter to what is left (none).
 * Returns how many instances were deactivated.
 */
export async function resetLicenseActivations(ctx: ServiceContext, licenseId: string): Promise<number> {
  return withTransaction(ctx, async (tx) => {
    const [locked] = await runLicenseSql(
      tx,
      'select product_id, activation_limit from license where id = ? for update',
      [licenseId],
    );
    if (!locked) return 0;
    const freed = await runLicenseSql(
      tx,
      `update license_activation set deactivated_at = now()
       where license_id = ? and deactivated_at is null returning instance_id`,
      [licenseId],
    );
    await runLicenseSql(tx, 'update license set activation_count = 0 where id = ?', [licenseId]);
    await recordLicenseEvent(tx, {
      licenseId,
      type: 'activations_reset',
      detail: { deactivated: freed.length },
    });
    for (const row of freed) {
      await recordDomainEvent(tx, {
        type: 'license.deactivated',
        subjectId: licenseId,
        payload: {
          licenseId,
          instanceId: row.instance_id as string,
          productId: locked.product_id as string,
          activationUsage: 0,
          activationLimit: (locked.activation_limit as number | null) ?? null,
        },
        dedupeKey: `license.deactivated:${row.instance_id as string}`,
      });
    }
    return freed.length;
  });
}

/**
 * Changes a license's activation limit (null: unlimited), with an audit row and a license.updated event.
 * Lowering it below the seats in use keeps the active instances and refuses new activations until enough
 * are deactivated. False for no such license.
 */
export async function setLicenseActivationLimit(
  ctx: ServiceContext,
  licenseId: string,
  limit: number | null,
): Promise<boolean> {
  if (limit !== null && (!Number.isInteger(limit) || limit < 1 || limit > 10_000)) {
    throw badInput('The activation limit must be a whole number from 1 to 10000, or none.', 'limit');
  }
  return withTransaction(ctx, async (tx) => {
    const [changed] = await runLicenseSql(
      tx,
      'update license set activation_limit = ? where id = ? returning product_id, activation_count',
      [limit, licenseId],
    );
    if (!changed) return false;
    await recordLicenseEvent(tx, { licenseId, type: 'limit_changed', detail: { activationLimit: limit } });
    await recordDomainEvent(tx, {
      type: 'license.updated',
      subjectId: licenseId,
      payload: {
        licenseId,
        productId: changed.product_id as string,
        activationLimit: limit,
        activationUsage: Number(changed.activation_count),
      },
      dedupeKey: `license.limit:${licenseId}:${limit ?? 'none'}:${Date.now()}`,
    });
    return true;
  });
}

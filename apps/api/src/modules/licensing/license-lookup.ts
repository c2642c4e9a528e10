// The license lookup behind validate, activate, deactivate and verify: one SQL statement joining the
// license to its product, order, order item, customer and (when asked) one instance, read as plain rows
// without entity hydration, because /v1/licenses/validate is the hottest request Shelf serves. Queries
// only; the rules (what is valid, what a limit means) are in licensing.service.ts.
import type { LicenseReactivation } from '@shelf/db/catalog';
import type { LicenseStatus } from '@shelf/db/licensing';
import type { OrderStatus } from '@shelf/db/orders';
import type { ServiceContext } from '../../context.ts';

export type LicenseInstanceRow = {
  activationId: string;
  instanceId: string;
  name: string;
  createdAt: Date;
  lastSeenAt: Date;
  deactivatedAt: Date | null;
};

export type LicenseRow = {
  id: string;
  key: string;
  status: LicenseStatus;
  activationLimit: number | null;
  activationCount: number;
  uses: number;
  createdAt: Date;
  expiresAt: Date | null;
  productId: string;
  productName: string;
  productSlug: string;
  reactivation: LicenseReactivation;
  orderId: string;
  orderNumber: number;
  orderStatus: OrderStatus;
  orderItemId: string;
  priceCents: number;
  currency: string;
  quantity: number;
  paidAt: Date | null;
  customerId: string;
  customerName: string | null;
  customerEmail: string;
  /** The database's clock at the lookup: expiry is judged by it, like the download links. */
  now: Date;
  /** The instance asked about, when it belongs to this license. */
  instance: LicenseInstanceRow | null;
};

/** What only the Gumroad-style verify reports about the purchase. */
export type PurchaseExtras = {
  disputeWon: boolean;
  subscriptionId: string | null;
  subscriptionStatus: string | null;
  subscriptionCanceledAt: Date | null;
  subscriptionPeriodEnd: Date | null;
};

type RawRow = Record<string, unknown>;

const date = (value: unknown): Date => (value instanceof Date ? value : new Date(String(value)));
const dateOrNull = (value: unknown): Date | null =>
  value === null || value === undefined ? null : date(value);

function toLicenseRow(raw: RawRow): LicenseRow {
  return {
    id: raw.id as string,
    key: raw.key as string,
    status: raw.status as LicenseStatus,
    activationLimit: raw.activation_limit as number | null,
    activationCount: Number(raw.activation_count),
    uses: Number(raw.uses),
    createdAt: date(raw.created_at),
    expiresAt: dateOrNull(raw.expires_at),
    productId: raw.product_id as string,
    productName: raw.product_name as string,
    productSlug: raw.product_slug as string,
    reactivation: raw.license_reactivation as LicenseReactivation,
    orderId: raw.order_id as string,
    orderNumber: Number(raw.order_number),
    orderStatus: raw.order_status as OrderStatus,
    orderItemId: raw.order_item_id as string,
    priceCents: Number(raw.unit_price_cents),
    currency: raw.item_currency as string,
    quantity: Number(raw.quantity),
    paidAt: dateOrNull(raw.paid_at),
    customerId: raw.customer_id as string,
    customerName: raw.customer_name as string | null,
    customerEmail: raw.customer_email as string,
    now: date(raw.db_now),
    instance:
      raw.activation_id === null || raw.activation_id === undefined
        ? null
        : {
            activationId: raw.activation_id as string,
            instanceId: raw.instance_id as string,
            name: raw.instance_name as string,
            createdAt: date(raw.first_seen_at),
            lastSeenAt: date(raw.last_seen_at),
            deactivatedAt: dateOrNull(raw.deactivated_at),
          },
  };
}

const LICENSE_COLUMNS = `l.id, l.key, l.status, l.activation_limit, l.activation_count, l.uses, l.created_at,
  l.expires_at, l.product_id, p.name as product_name, p.slug as product_slug, p.license_reactivation,
  l.order_id, o.number as order_number, o.status as order_status, o.paid_at, l.order_item_id,
  oi.unit_price_cents, oi.currency as item_currency, oi.quantity, l.customer_id, c.name as customer_name,
  c.email as customer_email, now() as db_now,
  a.id as activation_id, a.instance_id, a.instance_name, a.first_seen_at, a.last_seen_at, a.deactivated_at`;

const LICENSE_JOINS = `from license l
  join product p on p.id = l.product_id
  join shop_order o on o.id = l.order_id
  join order_item oi on oi.id = l.order_item_id
  join customer c on c.id = l.customer_id
  left join license_activation a on a.license_id = l.id and a.instance_id = ?::uuid`;

async function run(ctx: ServiceContext, sql: string, params: unknown[]): Promise<RawRow[]> {
  // Outside a transaction a raw statement needs no EntityManager of its own: the shared connection pool
  // answers it, and the hot validate path skips forking one per request.
  if (!ctx.inTransaction) return ctx.services.orm.em.getConnection().execute<RawRow[]>(sql, params, 'all');
  return ctx.em.getConnection().execute<RawRow[]>(sql, params, 'all', ctx.em.getTransactionContext());
}

/**
 * The license of a canonical key with the instance `instanceId` when it is one of its own. `lock` takes
 * the license row FOR UPDATE (activation serialises on it inside its transaction).
 */
export async function selectLicenseByKey(
  ctx: ServiceContext,
  key: string,
  options: { instanceId?: string | null; lock?: boolean } = {},
): Promise<LicenseRow | null> {
  const rows = await run(
    ctx,
    `select ${LICENSE_COLUMNS} ${LICENSE_JOINS} where l.key = ?${options.lock ? ' for update of l' : ''}`,
    [options.instanceId ?? null, key],
  );
  return rows[0] ? toLicenseRow(rows[0]) : null;
}

/** The license and the purchase details only the Gumroad-style verify reports, in one statement. */
export async function selectPurchaseByKey(
  ctx: ServiceContext,
  key: string,
): Promise<{ license: LicenseRow; purchase: PurchaseExtras } | null> {
  const rows = await run(
    ctx,
    `select ${LICENSE_COLUMNS},
       exists (select 1 from dispute d where d.order_id = o.id and d.status = 'won') as dispute_won,
       s.provider_subscription_id, s.status as subscription_status, s.canceled_at as subscription_canceled_at,
       s.current_period_end as subscription_period_end
     ${LICENSE_JOINS}
     left join subscription s on s.order_id = o.id
     where l.key = ?`,
    [null, key],
  );
  const raw = rows[0];
  if (!raw) return null;
  return {
    license: toLicenseRow(raw),
    purchase: {
      disputeWon: raw.dispute_won === true,
      subscriptionId: (raw.provider_subscription_id as string | null) ?? null,
      subscriptionStatus: (raw.subscription_status as string | null) ?? null,
      subscriptionCanceledAt: dateOrNull(raw.subscription_canceled_at),
      subscriptionPeriodEnd: dateOrNull(raw.subscription_period_end),
    },
  };
}

/** Another active instance of the license with this name (re-activation by name), oldest first. */
export async function selectActiveInstanceByName(
  ctx: ServiceContext,
  licenseId: string,
  name: string,
): Promise<LicenseInstanceRow | null> {
  const rows = await run(
    ctx,
    `select id as activation_id, instance_id, instance_name, first_seen_at, last_seen_at, deactivated_at
     from license_activation where license_id = ? and instance_name = ? and deactivated_at is null
     order by first_seen_at, id limit 1`,
    [licenseId, name],
  );
  const raw = rows[0];
  if (!raw) return null;
  return {
    activationId: raw.activation_id as string,
    instanceId: raw.instance_id as string,
    name: raw.instance_name as string,
    createdAt: date(raw.first_seen_at),
    lastSeenAt: date(raw.last_seen_at),
    deactivatedAt: null,
  };
}

export { run as runLicenseSql };

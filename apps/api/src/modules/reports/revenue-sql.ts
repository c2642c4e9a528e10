// The SQL both the rollup job and the live part of a report run, so the two can never count differently.
// One row per paid order: its day in the report's time zone, its amount before tax (gross), the refunded
// share of that amount, and whether it was its customer's first paid order.

/** Named parameters (`:name`) to positional ones; `::type` casts are left alone. */
export function bind(sql: string, params: Record<string, unknown>): [string, unknown[]] {
  const values: unknown[] = [];
  const text = sql.replace(/(?<!:):([a-zA-Z_]\w*)/g, (_match, name: string) => {
    if (!(name in params)) throw new Error(`No value for :${name}`);
    values.push(params[name]);
    return '?';
  });
  return [text, values];
}

/**
 * Paid orders matching `where` (over `o`, shop_order) as facts. Refunds count on the order's paid day and
 * take tax out in proportion, so a full refund is exactly the gross. Needs `:tz`. `wholeHistory` says
 * `where` keeps every order paid before any it keeps (a rebuild up to a moment), so a window over the
 * rows finds first orders in one sort instead of a lookup per order.
 */
export function paidOrderFacts(where: string, options: { wholeHistory?: boolean } = {}): string {
  const firstOrder = options.wholeHistory
    ? 'o.customer_id is not null and row_number() over (partition by o.customer_id order by o.paid_at, o.id) = 1'
    : `o.customer_id is not null and not exists (
         select 1 from shop_order earlier
          where earlier.customer_id = o.customer_id and earlier.paid_at is not null
            and (earlier.paid_at, earlier.id) < (o.paid_at, o.id)
       )`;
  return `select o.id, o.currency, o.customer_id, o.affiliate_link_id,
       (o.paid_at at time zone :tz)::date as day,
       (o.total_cents - o.tax_cents)::bigint as gross,
       case when o.total_cents = 0 then 0::bigint
            else (o.refunded_cents::bigint * (o.total_cents - o.tax_cents)) / o.total_cents end as refunded,
       ${firstOrder} as first_order
  from shop_order o
 where o.paid_at is not null and (${where})`;
}

/**
 * Facts grouped by day and currency, in revenue_day's columns. `offset 0` keeps the facts a subquery of
 * their own, so first_order is worked out once per order rather than once per aggregate that reads it.
 */
export function dayTotals(facts: string): string {
  return `select f.day, f.currency, count(*)::int as orders, sum(f.gross)::bigint as gross_cents,
       sum(f.refunded)::bigint as refunded_cents,
       count(*) filter (where f.first_order)::int as new_customers,
       coalesce(sum(f.gross - f.refunded) filter (where f.first_order), 0)::bigint as new_customer_net_cents,
       count(*) filter (where not f.first_order)::int as returning_orders,
       coalesce(sum(f.gross - f.refunded) filter (where not f.first_order), 0)::bigint as returning_net_cents
  from (${facts} offset 0) f
 group by f.day, f.currency`;
}

/**
 * Facts split over their order's items by each line's share of the items' total (rounded down; an order
 * of free items splits evenly), grouped by day, currency and product.
 */
export function productTotals(facts: string): string {
  return `select l.day, l.currency, l.product_id, count(distinct l.id)::int as orders,
       sum(l.gross)::bigint as gross_cents, sum(l.refunded)::bigint as refunded_cents
  from (
    select f.id, f.day, f.currency, i.product_id,
           case when sum(i.unit_price_cents * i.quantity) over w = 0 then f.gross / count(*) over w
                else f.gross * (i.unit_price_cents * i.quantity) / sum(i.unit_price_cents * i.quantity) over w
           end as gross,
           case when sum(i.unit_price_cents * i.quantity) over w = 0 then f.refunded / count(*) over w
                else f.refunded * (i.unit_price_cents * i.quantity) / sum(i.unit_price_cents * i.quantity) over w
           end as refunded
      from (${facts}) f join order_item i on i.order_id = f.id
    window w as (partition by f.id)
  ) l
 group by l.day, l.currency, l.product_id`;
}

/** Facts of orders an affiliate link brought, grouped by day, currency and affiliate. */
export function affiliateTotals(facts: string): string {
  return `select f.day, f.currency, link.affiliate_id, count(*)::int as orders,
       sum(f.gross)::bigint as gross_cents, sum(f.refunded)::bigint as refunded_cents
  from (${facts}) f join affiliate_link link on link.id = f.affiliate_link_id
 group by f.day, f.currency, link.affiliate_id`;
}

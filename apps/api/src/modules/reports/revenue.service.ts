// Revenue reports for the dashboard and integrators: a range and the period of the same length before it,
// in one currency. Days the rollup covers, and no order changed on since, come from the rollup tables;
// everything else (today, partial days at the range's edges, days with changes the job has not seen) is
// computed from shop_order by the same SQL (revenue-sql.ts), so the answer is always current.

import { formatMoney } from '@shelf/format';
import type { ServiceContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { requireCreator } from '../accounts/accounts.service.ts';
import type { MoneyModel } from '../common/money.ts';
import { ROLLUP_OVERLAP_SQL, readRollupState, reportTimeZone } from './revenue-rollup.service.ts';
import { affiliateTotals, bind, dayTotals, paidOrderFacts, productTotals } from './revenue-sql.ts';

const DAY_MS = 86_400_000;
/** Two years and a day: the longest range one report covers (a year against the year before it). */
export const MAX_RANGE_DAYS = 732;
const TOP_PRODUCTS = 10;
const TOP_AFFILIATES = 20;
const FALLBACK_CURRENCY = 'usd';

export type RevenuePeriodModel = {
  from: Date;
  to: Date;
  gross: MoneyModel;
  refunds: MoneyModel;
  net: MoneyModel;
  orders: number;
  averageOrderValue: MoneyModel;
  newCustomers: number;
  newCustomerNet: MoneyModel;
  returningCustomerOrders: number;
  returningCustomerNet: MoneyModel;
  monthlyRecurringRevenue: MoneyModel;
  activeSubscriptions: number;
};

export type RevenueDayModel = {
  date: string;
  gross: MoneyModel;
  refunds: MoneyModel;
  net: MoneyModel;
  orders: number;
};

export type RevenueShareModel = {
  id: string;
  name: string;
  orders: number;
  gross: MoneyModel;
  refunds: MoneyModel;
  net: MoneyModel;
};

export type RevenueReportModel = {
  currency: string;
  currencies: string[];
  timeZone: string;
  current: RevenuePeriodModel;
  previous: RevenuePeriodModel;
  daily: RevenueDayModel[];
  topProducts: RevenueShareModel[];
  affiliates: RevenueShareModel[];
};

type Totals = {
  orders: number;
  gross: number;
  refunded: number;
  newCustomers: number;
  newNet: number;
  returningOrders: number;
  returningNet: number;
};

type Sql = <T>(sql: string, params: Record<string, unknown>) => Promise<T>;

type DirtyDays = { list: string; ranges: Array<[Date, Date]> };

/**
 * Where a range's answer comes from: the rollup's days [rollupFrom, rollupTo) except the dirty ones, and
 * live the orders paid in `liveRanges` (the edges and the dirty days), each a range the paid_at index
 * serves.
 */
type Plan = {
  tz: string;
  currency: string;
  rollupFrom: string;
  rollupTo: string;
  dirtyDays: string;
  liveRanges: Array<[Date, Date]>;
};

export async function revenueReport(
  ctx: ServiceContext,
  input: { from: Date; to: Date; currency?: string | null },
): Promise<RevenueReportModel> {
  requireCreator(ctx, 'orders:read');
  const { from, to } = input;
  if (Number.isNaN(from.getTime())) throw badInput('from', 'Give the start of the range as a date-time.');
  if (Number.isNaN(to.getTime()) || to <= from) throw badInput('to', 'The range must end after it starts.');
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY_MS) {
    throw badInput('to', `A report covers at most ${MAX_RANGE_DAYS} days.`);
  }
  const asked = input.currency?.trim().toLowerCase();
  if (asked !== undefined && asked !== '' && !/^[a-z]{3}$/.test(asked)) {
    throw badInput('currency', 'Give a three-letter currency code, such as usd.');
  }

  const connection = ctx.em.getConnection();
  const trx = ctx.em.getTransactionContext();
  const sql: Sql = async (text, params) => {
    const [bound, values] = bind(text, params);
    return (await connection.execute(bound, values, 'all', trx)) as never;
  };
  const tz = reportTimeZone(ctx);
  const state = await readRollupState(ctx);
  const usable = state.coveredUntil !== null && state.timeZone === tz;
  const coveredUntil = usable ? state.coveredUntil : null;
  const dirty = usable
    ? await sql<Array<{ day: string; start_ms: number; end_ms: number }>>(
        `select day::text, extract(epoch from day::timestamp at time zone :tz)::float8 * 1000 as start_ms,
                extract(epoch from (day + 1)::timestamp at time zone :tz)::float8 * 1000 as end_ms
           from (select distinct (paid_at at time zone :tz)::date as day from shop_order
                  where paid_at is not null and paid_at < :coveredUntil
                    and updated_at > :changesSince::timestamptz - ${ROLLUP_OVERLAP_SQL}) changed
          order by day`,
        { tz, coveredUntil, changesSince: state.changesSince },
      )
    : [];
  const dirtyDays = {
    list: `{${dirty.map((row) => row.day).join(',')}}`,
    ranges: dirty.map((row): [Date, Date] => [new Date(Number(row.start_ms)), new Date(Number(row.end_ms))]),
  };
  const currencies = await listCurrencies(sql, tz, coveredUntil);
  const currency = asked || currencies[0] || FALLBACK_CURRENCY;

  const previousFrom = new Date(from.getTime() - (to.getTime() - from.getTime()));
  const plan = (start: Date, end: Date) =>
    planRange(sql, { tz, from: start, to: end, currency, coveredUntil, dirty: dirtyDays });
  const currentPlan = await plan(from, to);
  const previousPlan = await plan(previousFrom, from);

  const [current, previous, currentMrr, previousMrr] = await Promise.all([
    breakdown(sql, currentPlan, { shares: true }),
    breakdown(sql, previousPlan, { shares: false }),
    recurringRevenue(sql, currency, to),
    recurringRevenue(sql, currency, from),
  ]);
  const currentDays = current.days;
  const previousDays = previous.days;
  const daily = await fillDays(sql, tz, from, to, currentDays, currency);
  return {
    currency,
    currencies: currencies.includes(currency) ? currencies : [...currencies, currency].sort(),
    timeZone: tz,
    current: period(from, to, sum(currentDays.values()), currentMrr, currency),
    previous: period(previousFrom, from, sum(previousDays.values()), previousMrr, currency),
    daily,
    topProducts: current.products,
    affiliates: current.affiliates,
  };
}

/**
 * Money whose `formatted` is worked out only when read: a year's daily series is a thousand amounts, and
 * a chart asks for none of them formatted.
 */
function toMoney(amount: number, currency: string): MoneyModel {
  return {
    amount,
    currency,
    get formatted() {
      return formatMoney(amount, currency);
    },
  };
}

function badInput(field: string, message: string): AppError {
  return new AppError('BAD_USER_INPUT', message, { field });
}

/** Currencies the store has been paid in, the one with the most orders first (the default). */
async function listCurrencies(sql: Sql, tz: string, coveredUntil: Date | null): Promise<string[]> {
  const rows = await sql<Array<{ currency: string }>>(
    `select currency from (
       select currency, sum(orders)::bigint as orders from revenue_day group by currency
       union all
       select currency, count(*)::bigint from shop_order
        where paid_at is not null and paid_at >= coalesce(:coveredUntil::timestamptz, '-infinity')
        group by currency
     ) paid group by currency order by sum(orders) desc, currency`,
    { tz, coveredUntil },
  );
  return rows.map((row) => row.currency);
}

/**
 * Splits a range into whole days the rollup may answer and the rest: the rollup part runs from the first
 * midnight at or after `from` to the last midnight at or before `to`, but not past what is rolled up.
 */
async function planRange(
  sql: Sql,
  input: { tz: string; from: Date; to: Date; currency: string; coveredUntil: Date | null; dirty: DirtyDays },
): Promise<Plan> {
  const { tz, from, to, coveredUntil } = input;
  const [row] = await sql<Array<{ start_day: string; end_day: string; start_ms: number; end_ms: number }>>(
    `select b.start_day::text, b.end_day::text,
            extract(epoch from b.start_day::timestamp at time zone :tz)::float8 * 1000 as start_ms,
            extract(epoch from b.end_day::timestamp at time zone :tz)::float8 * 1000 as end_ms
       from (
         select s.start_day, greatest(s.start_day, least(s.end_day, s.covered_day)) as end_day
           from (
             select case when date_trunc('day', :from::timestamptz at time zone :tz) = (:from::timestamptz at time zone :tz)
                         then (:from::timestamptz at time zone :tz)::date
                         else (:from::timestamptz at time zone :tz)::date + 1 end as start_day,
                    (:to::timestamptz at time zone :tz)::date as end_day,
                    coalesce((:coveredUntil::timestamptz at time zone :tz)::date, '-infinity'::date) as covered_day
           ) s
       ) b`,
    { tz, from, to, coveredUntil },
  );
  if (!row) throw new Error('planRange returned nothing');
  const whole = row.start_day < row.end_day;
  const startAt = new Date(Number(row.start_ms));
  const endAt = new Date(Number(row.end_ms));
  // Without whole rolled-up days everything is live.
  const liveRanges: Array<[Date, Date]> = whole
    ? [
        [from, startAt],
        [endAt, to],
        ...input.dirty.ranges.filter(([start, end]) => start >= startAt && end <= endAt),
      ]
    : [[from, to]];
  return {
    tz,
    currency: input.currency,
    rollupFrom: row.start_day,
    rollupTo: whole ? row.end_day : row.start_day,
    dirtyDays: input.dirty.list,
    liveRanges: liveRanges.filter(([start, end]) => start < end),
  };
}

/** The facts of a plan's live part: orders paid in its live ranges (none: no rows). */
function liveFacts(plan: Plan): string {
  const ranges = plan.liveRanges.map(
    (_range, i) => `(o.paid_at >= :live${i}from and o.paid_at < :live${i}to)`,
  );
  return paidOrderFacts(`o.currency = :currency and (${ranges.join(' or ') || 'false'})`);
}

function planParams(plan: Plan): Record<string, unknown> {
  const params: Record<string, unknown> = {
    tz: plan.tz,
    currency: plan.currency,
    dirtyDays: plan.dirtyDays,
    rollupFrom: plan.rollupFrom,
    rollupTo: plan.rollupTo,
  };
  plan.liveRanges.forEach(([start, end], i) => {
    params[`live${i}from`] = start;
    params[`live${i}to`] = end;
  });
  return params;
}

const ROLLUP_DAYS = `day >= :rollupFrom::date and day < :rollupTo::date and currency = :currency
  and day <> all(:dirtyDays::date[])`;

type DayRow = {
  day: string;
  orders: number;
  gross_cents: number;
  refunded_cents: number;
  new_customers: number;
  new_customer_net_cents: number;
  returning_orders: number;
  returning_net_cents: number;
};
type ShareRow = { id: string; name: string; orders: number; gross_cents: number; refunded_cents: number };

/** The days of a plan: its clean rollup days and its live orders (`live`, the facts CTE) by day. */
const DAILY_SQL = `select day::text, sum(orders)::int as orders, sum(gross_cents)::bigint as gross_cents,
       sum(refunded_cents)::bigint as refunded_cents, sum(new_customers)::int as new_customers,
       sum(new_customer_net_cents)::bigint as new_customer_net_cents,
       sum(returning_orders)::int as returning_orders, sum(returning_net_cents)::bigint as returning_net_cents
  from (
    select day, orders, gross_cents, refunded_cents, new_customers, new_customer_net_cents,
           returning_orders, returning_net_cents
      from revenue_day where ${ROLLUP_DAYS}
    union all
    select day, orders, gross_cents, refunded_cents, new_customers, new_customer_net_cents,
           returning_orders, returning_net_cents
      from (${dayTotals('select * from live')}) live_days
  ) days
 group by day`;

/** Top products, or every affiliate's orders, by net revenue: rollup days plus the live orders. */
function sharesSql(by: 'product' | 'affiliate'): string {
  const product = by === 'product';
  const key = product ? 'product_id' : 'affiliate_id';
  const live = product ? productTotals('select * from live') : affiliateTotals('select * from live');
  return `select t.${key} as id, ${product ? 'p.name' : 'coalesce(a.name, a.email)'} as name,
       t.orders, t.gross_cents, t.refunded_cents
  from (
    select ${key}, sum(orders)::int as orders, sum(gross_cents)::bigint as gross_cents,
           sum(refunded_cents)::bigint as refunded_cents
      from (
        select ${key}, orders, gross_cents, refunded_cents
          from ${product ? 'revenue_day_product' : 'revenue_day_affiliate'} where ${ROLLUP_DAYS}
        union all
        select ${key}, orders, gross_cents, refunded_cents from (${live}) live_shares
      ) parts
     group by ${key}
  ) t
  ${product ? 'join product p on p.id = t.product_id' : 'join affiliate a on a.id = t.affiliate_id'}
 order by t.gross_cents - t.refunded_cents desc, t.${key}
 limit ${product ? TOP_PRODUCTS : TOP_AFFILIATES}`;
}

/**
 * A plan's days and, when asked, its top products and affiliates, in one statement: the live orders are
 * read once (a materialised CTE) for all three.
 */
async function breakdown(
  sql: Sql,
  plan: Plan,
  options: { shares: boolean },
): Promise<{ days: Map<string, Totals>; products: RevenueShareModel[]; affiliates: RevenueShareModel[] }> {
  const none = "'[]'::json";
  const [row] = await sql<Array<{ days: DayRow[]; products: ShareRow[]; affiliates: ShareRow[] }>>(
    `with live as materialized (${liveFacts(plan)})
     select coalesce((select json_agg(d) from (${DAILY_SQL}) d), ${none}) as days,
            ${options.shares ? `coalesce((select json_agg(s) from (${sharesSql('product')}) s), ${none})` : none} as products,
            ${options.shares ? `coalesce((select json_agg(s) from (${sharesSql('affiliate')}) s), ${none})` : none} as affiliates`,
    planParams(plan),
  );
  const days = new Map(
    (row?.days ?? []).map((day): [string, Totals] => [
      day.day,
      {
        orders: day.orders,
        gross: Number(day.gross_cents),
        refunded: Number(day.refunded_cents),
        newCustomers: day.new_customers,
        newNet: Number(day.new_customer_net_cents),
        returningOrders: day.returning_orders,
        returningNet: Number(day.returning_net_cents),
      },
    ]),
  );
  const toShare = (share: ShareRow): RevenueShareModel => {
    const gross = Number(share.gross_cents);
    const refunded = Number(share.refunded_cents);
    return {
      id: share.id,
      name: share.name,
      orders: share.orders,
      gross: toMoney(gross, plan.currency),
      refunds: toMoney(refunded, plan.currency),
      net: toMoney(gross - refunded, plan.currency),
    };
  };
  return {
    days,
    products: (row?.products ?? []).map(toShare),
    affiliates: (row?.affiliates ?? []).map(toShare),
  };
}

/**
 * Monthly recurring revenue at a moment: subscriptions started before it and not canceled by then, each
 * at what its first order paid before tax (what the provider keeps charging), a yearly one as a twelfth.
 */
async function recurringRevenue(
  sql: Sql,
  currency: string,
  at: Date,
): Promise<{ amount: number; count: number }> {
  const [row] = await sql<Array<{ amount: string | null; count: number }>>(
    `select round(sum(case when p.interval = 'year' then (o.total_cents - o.tax_cents) / 12.0
                           else (o.total_cents - o.tax_cents) end))::bigint as amount,
            count(*)::int as count
       from subscription s
       join product p on p.id = s.product_id
       join shop_order o on o.id = s.order_id
      where o.currency = :currency and s.created_at < :at and s.status <> 'incomplete'
        and (s.canceled_at is null or s.canceled_at >= :at)
        and (s.status in ('active', 'trialing', 'past_due') or s.canceled_at >= :at)`,
    { currency, at },
  );
  return { amount: Number(row?.amount ?? 0), count: row?.count ?? 0 };
}

/** Every day of the range (in the report time zone), with zeros for days without orders. */
async function fillDays(
  sql: Sql,
  tz: string,
  from: Date,
  to: Date,
  totals: Map<string, Totals>,
  currency: string,
): Promise<RevenueDayModel[]> {
  const rows = await sql<Array<{ day: string }>>(
    `select d::date::text as day
       from generate_series((:from::timestamptz at time zone :tz)::date,
                            ((:to::timestamptz - interval '1 millisecond') at time zone :tz)::date,
                            interval '1 day') d`,
    { tz, from, to },
  );
  return rows.map(({ day }) => {
    const t = totals.get(day);
    const gross = t?.gross ?? 0;
    const refunded = t?.refunded ?? 0;
    return {
      date: day,
      gross: toMoney(gross, currency),
      refunds: toMoney(refunded, currency),
      net: toMoney(gross - refunded, currency),
      orders: t?.orders ?? 0,
    };
  });
}

function sum(days: Iterable<Totals>): Totals {
  const total: Totals = {
    orders: 0,
    gross: 0,
    refunded: 0,
    newCustomers: 0,
    newNet: 0,
    returningOrders: 0,
    returningNet: 0,
  };
  for (const day of days) {
    total.orders += day.orders;
    total.gross += day.gross;
    total.refunded += day.refunded;
    total.newCustomers += day.newCustomers;
    total.newNet += day.newNet;
    total.returningOrders += day.returningOrders;
    total.returningNet += day.returningNet;
  }
  return total;
}

function period(
  from: Date,
  to: Date,
  totals: Totals,
  mrr: { amount: number; count: number },
  currency: string,
): RevenuePeriodModel {
  return {
    from,
    to,
    gross: toMoney(totals.gross, currency),
    refunds: toMoney(totals.refunded, currency),
    net: toMoney(totals.gross - totals.refunded, currency),
    orders: totals.orders,
    // Gross per order: what a typical purchase brings in before refunds.
    averageOrderValue: toMoney(totals.orders > 0 ? Math.round(totals.gross / totals.orders) : 0, currency),
    newCustomers: totals.newCustomers,
    newCustomerNet: toMoney(totals.newNet, currency),
    returningCustomerOrders: totals.returningOrders,
    returningCustomerNet: toMoney(totals.returningNet, currency),
    monthlyRecurringRevenue: toMoney(mrr.amount, currency),
    activeSubscriptions: mrr.count,
  };
}

// The daily revenue rollups (decision 009): revenue_day and its product and affiliate breakdowns, derived
// from paid orders. A periodic job recomputes, from shop_order, every day that an order changed on since
// its last run (a refund on an old order included) and the days that closed since; reports add what the
// rollup has not seen yet live (revenue.service.ts), so an answer is never stale.
import type { ServiceContext } from '../../context.ts';
import { withTransaction } from '../../context.ts';
import type { Jobs } from '../jobs/jobs.service.ts';
import { affiliateTotals, bind, dayTotals, paidOrderFacts, productTotals } from './revenue-sql.ts';

/**
 * How far before the rollup's view an order change still counts as unseen: covers a transaction that
 * stamped updated_at before the view was taken but committed after it, and clock differences between
 * API processes (updated_at is stamped by the process, the view by Postgres).
 */
export const ROLLUP_OVERLAP_SQL = "interval '5 minutes'";
const ROLLUP_INTERVAL_SECONDS = 300;

/**
 * The time zone days are cut in. The store settings have no time zone yet, so days are UTC days; when
 * they get one, return it here and the next run rebuilds every day in it.
 */
export function reportTimeZone(_ctx: ServiceContext): string {
  return 'UTC';
}

export type RollupState = { coveredUntil: Date | null; changesSince: Date | null; timeZone: string };

export async function readRollupState(ctx: ServiceContext): Promise<RollupState> {
  const [row] = await ctx.em
    .getConnection()
    .execute<Array<{ covered_until: Date | null; changes_since: Date | null; time_zone: string }>>(
      'select covered_until, changes_since, time_zone from revenue_rollup_state where id = 1',
      [],
      'all',
      ctx.em.getTransactionContext(),
    );
  return {
    coveredUntil: row?.covered_until ?? null,
    changesSince: row?.changes_since ?? null,
    timeZone: row?.time_zone ?? 'UTC',
  };
}

/**
 * Brings the rollups up to date: every day before today (in the report time zone) is rolled up as the
 * orders are now. Runs in one transaction holding the state row's lock, so runs from several worker
 * processes take turns. Returns how many days were recomputed.
 */
export async function rollUpRevenue(ctx: ServiceContext): Promise<number> {
  const timeZone = reportTimeZone(ctx);
  return withTransaction(ctx, async (tx) => {
    const connection = tx.em.getConnection();
    const trx = tx.em.getTransactionContext();
    const run = async <T = unknown>(sql: string, params: Record<string, unknown>): Promise<T> => {
      const [text, values] = bind(sql, params);
      return (await connection.execute(text, values, 'all', trx)) as T;
    };
    const [state] = await run<
      Array<{ covered_until: Date | null; changes_since: Date | null; time_zone: string; until: Date }>
    >(
      `select covered_until, changes_since, time_zone,
              date_trunc('day', now() at time zone :tz) at time zone :tz as until
         from revenue_rollup_state where id = 1 for update`,
      { tz: timeZone },
    );
    if (!state) throw new Error('revenue_rollup_state has no row: run the migrations.');
    const until = state.until;
    const rebuild = state.covered_until === null || state.time_zone !== timeZone;

    let days: string[];
    if (rebuild) {
      for (const table of ['revenue_day', 'revenue_day_product', 'revenue_day_affiliate']) {
        await run(`delete from ${table}`, {});
      }
      days = [];
    } else {
      // Days an order changed on since the last view, and the days that closed since the last run.
      const changed = await run<Array<{ day: string }>>(
        `select distinct (paid_at at time zone :tz)::date::text as day from shop_order
          where paid_at is not null and paid_at < :until
            and (updated_at > :changesSince::timestamptz - ${ROLLUP_OVERLAP_SQL} or paid_at >= :coveredUntil)`,
        { tz: timeZone, until, changesSince: state.changes_since, coveredUntil: state.covered_until },
      );
      days = changed.map((row) => row.day);
      if (days.length === 0) {
        await run(
          'update revenue_rollup_state set covered_until = :until, changes_since = now() where id = 1',
          {
            until,
          },
        );
        return 0;
      }
      const list = `{${days.join(',')}}`;
      for (const table of ['revenue_day', 'revenue_day_product', 'revenue_day_affiliate']) {
        await run(`delete from ${table} where day = any(:days::date[])`, { days: list });
      }
    }

    const where = rebuild
      ? 'o.paid_at < :until'
      : 'o.paid_at < :until and (o.paid_at at time zone :tz)::date = any(:days::date[])';
    // The facts once, for the three tables.
    await run(
      `create temp table revenue_facts on commit drop as ${paidOrderFacts(where, { wholeHistory: rebuild })}`,
      { tz: timeZone, until, days: `{${days.join(',')}}` },
    );
    const facts = 'select * from revenue_facts';
    await run(
      `insert into revenue_day (day, currency, orders, gross_cents, refunded_cents, new_customers,
                                new_customer_net_cents, returning_orders, returning_net_cents)
       ${dayTotals(facts)}`,
      {},
    );
    await run(
      `insert into revenue_day_product (day, currency, product_id, orders, gross_cents, refunded_cents)
       ${productTotals(facts)}`,
      {},
    );
    await run(
      `insert into revenue_day_affiliate (day, currency, affiliate_id, orders, gross_cents, refunded_cents)
       ${affiliateTotals(facts)}`,
      {},
    );
    await run(
      `update revenue_rollup_state set covered_until = :until, changes_since = now(), time_zone = :tz
        where id = 1`,
      { until, tz: timeZone },
    );
    if (rebuild) {
      const [count] = await run<Array<{ days: number }>>(
        'select count(distinct day)::int as days from revenue_day',
        {},
      );
      return count?.days ?? 0;
    }
    return days.length;
  });
}

/** Registers the rollup as a periodic task of the worker processes (jobs.every). */
export function scheduleRevenueRollup(
  jobs: Pick<Jobs, 'every'>,
  context: () => ServiceContext,
  intervalSeconds = ROLLUP_INTERVAL_SECONDS,
): void {
  jobs.every('reports.roll-up-revenue', intervalSeconds, async () => {
    const ctx = context();
    const days = await rollUpRevenue(ctx);
    if (days > 0) ctx.log.info({ days }, 'revenue rollup recomputed days');
  });
}

// Seeds the revenue scenario straight into the API's database: products, customers, a few affiliates and
// `orders` paid orders spread over the last year (a tenth in euros, some with tax, some refunded in full
// or in part, some through an affiliate link), each kind of row in one INSERT ... SELECT over
// generate_series. Ids are md5-derived from the row number, so items and links can name their order
// without a lookup. The orders are stamped as last changed when they were paid, like imported history,
// so the rollup is reset to be rebuilt from scratch. Prices are small (2.00 to 21.00) because a GraphQL
// Int, which Money.amount is, stops at 2^31 - 1 minor units: a year of a million orders at real prices
// passes it.
import pg from 'pg';

const PRODUCTS = 20;
const AFFILIATES = 10;

export async function seedRevenue(
  databaseUrl: string,
  options: { orders: number; customers: number },
): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(
      `insert into product (id, slug, name, tagline, price_cents, status, created_at, updated_at)
       select md5('bench-product-' || p)::uuid, 'bench-revenue-' || p, 'Bench Product ' || p, 'Seeded by pnpm bench',
              100 + p * 100, 'published', now(), now()
         from generate_series(1, $1) p`,
      [PRODUCTS],
    );
    await client.query(
      `insert into customer (id, email, name, created_at)
       select md5('bench-customer-' || c)::uuid, 'customer-' || c || '@bench.example', 'Customer ' || c, now()
         from generate_series(1, $1) c`,
      [options.customers],
    );
    await client.query(
      `insert into affiliate (id, email, name, status, created_at)
       select md5('bench-affiliate-' || a)::uuid, 'affiliate-' || a || '@bench.example', 'Affiliate ' || a,
              'active', now()
         from generate_series(1, $1) a`,
      [AFFILIATES],
    );
    await client.query(
      `insert into affiliate_link (id, affiliate_id, code, commission_percent, created_at)
       select md5('bench-link-' || a)::uuid, md5('bench-affiliate-' || a)::uuid, 'BENCH' || a, 30, now()
         from generate_series(1, $1) a`,
      [AFFILIATES],
    );
    // One row per order with everything derived from n: customer, product, when, currency, tax, refund.
    await client.query(
      `create temp table bench_order on commit drop as
       select n, md5('bench-order-' || n)::uuid as id,
              md5('bench-customer-' || ((n::bigint * 7919) % $2 + 1))::uuid as customer_id,
              (n::bigint * 31) % $3 + 1 as product,
              100 + ((n::bigint * 31) % $3 + 1) * 100 as total,
              now() - ((n::bigint * 104729) % (365 * 86400)) * interval '1 second' as paid_at,
              case when n % 10 = 0 then 'eur' else 'usd' end as currency,
              case when n % 4 = 0 then 1 else 0 end as taxed,
              case when n % 50 = 0 then 2 when n % 33 = 0 then 1 else 0 end as refund,
              case when n % 20 = 0 then md5('bench-link-' || (n % $4 + 1))::uuid end as link_id
         from generate_series(1, $1) n`,
      [options.orders, options.customers, PRODUCTS, AFFILIATES],
    );
    await client.query(
      `insert into shop_order (id, customer_id, email, provider, provider_session_id, status, currency,
                               subtotal_cents, tax_cents, total_cents, refunded_cents, affiliate_link_id,
                               paid_at, fulfilled_at, refunded_at, created_at, updated_at)
       select id, customer_id, 'buyer@bench.example', 'test', 'bench_revenue_' || n,
              case refund when 2 then 'refunded' when 1 then 'partially_refunded' else 'paid' end, currency,
              total - taxed * (total / 10), taxed * (total / 10), total,
              case refund when 2 then total when 1 then total / 2 else 0 end, link_id,
              paid_at, paid_at, case when refund = 2 then paid_at end, paid_at, paid_at
         from bench_order`,
    );
    await client.query(
      `insert into order_item (id, order_id, product_id, product_name, unit_price_cents, quantity, currency)
       select md5('bench-item-' || n)::uuid, id, md5('bench-product-' || product)::uuid, 'Bench Product ' || product,
              total - taxed * (total / 10), 1, currency
         from bench_order`,
    );
    await client.query('update revenue_rollup_state set covered_until = null, changes_since = null');
    await client.query('commit');
    await client.query('analyze shop_order, order_item, customer');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** Waits until the worker's rollup job has rolled up every past day; returns the rows it holds. */
export async function waitForRollup(databaseUrl: string, timeoutMs = 600_000): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const state = await client.query('select covered_until from revenue_rollup_state where id = 1');
      if (state.rows[0]?.covered_until) {
        const rows = await client.query<{ rows: string }>(
          `select (select count(*) from revenue_day) + (select count(*) from revenue_day_product)
                  + (select count(*) from revenue_day_affiliate) as rows`,
        );
        return Number(rows.rows[0]!.rows);
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error('timed out waiting for the revenue rollup');
  } finally {
    await client.end();
  }
}

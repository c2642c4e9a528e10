// Seeds the license-validation scenario straight into the API's database: one licensed product and
// one customer, then an order, an order item and a license per key, and one active instance on the
// first few thousand, each kind of row in a single set-based statement (seconds, not minutes).
// Keys come from @shelf/licensing because the API checks the checksum before it looks anything up.
import { generateLicenseKey } from '@shelf/licensing';
import pg from 'pg';

export type SeededLicense = { key: string; instanceId: string | null };

export async function seedLicenses(
  databaseUrl: string,
  options: { licenses: number; activations: number },
): Promise<SeededLicense[]> {
  const keys = Array.from({ length: options.licenses }, () => generateLicenseKey());
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('begin');
    const product = await client.query<{ id: string }>(
      `insert into product (id, slug, name, tagline, price_cents, status, requires_license_key,
                            license_activation_limit, created_at, updated_at)
       values (gen_random_uuid(), 'bench-licensed-app', 'Bench Licensed App', 'Seeded by pnpm bench', 4900,
               'published', true, 5, now(), now())
       returning id`,
    );
    const customer = await client.query<{ id: string }>(
      `insert into customer (id, email, name, created_at)
       values (gen_random_uuid(), 'bench-licensee@example.com', 'Bench Licensee', now()) returning id`,
    );
    const productId = product.rows[0]!.id;
    const customerId = customer.rows[0]!.id;
    // One row per key with every id it needs, so the inserts below are plain projections of it.
    await client.query(
      `create temp table bench_license on commit drop as
       select n::int as n, key, gen_random_uuid() as order_id, gen_random_uuid() as order_item_id,
              gen_random_uuid() as license_id,
              case when n <= $2 then gen_random_uuid() end as instance_id
         from unnest($1::text[]) with ordinality as k(key, n)`,
      [keys, options.activations],
    );
    await client.query(
      `insert into shop_order (id, customer_id, email, provider, provider_session_id, status, currency,
                               subtotal_cents, total_cents, paid_at, fulfilled_at, created_at, updated_at)
       select order_id, $1, 'bench-licensee@example.com', 'test', 'bench_' || n, 'paid', 'usd', 4900, 4900,
              now(), now(), now(), now()
         from bench_license`,
      [customerId],
    );
    await client.query(
      `insert into order_item (id, order_id, product_id, product_name, unit_price_cents, currency)
       select order_item_id, order_id, $1, 'Bench Licensed App', 4900, 'usd' from bench_license`,
      [productId],
    );
    await client.query(
      `insert into license (id, key, product_id, order_id, order_item_id, customer_id, status,
                            activation_limit, created_at)
       select license_id, key, $1, order_id, order_item_id, $2, 'active', 5, now() from bench_license`,
      [productId, customerId],
    );
    await client.query(
      `insert into license_activation (id, license_id, instance_id, instance_name, first_seen_at, last_seen_at)
       select gen_random_uuid(), license_id, instance_id, 'bench-machine-' || n, now(), now()
         from bench_license where instance_id is not null`,
    );
    // The licensing migration keeps seats in use in a counter; keep it true when it is there.
    const counter = await client.query(
      "select 1 from information_schema.columns where table_name = 'license' and column_name = 'activation_count'",
    );
    if (counter.rowCount) {
      await client.query(
        `update license l set activation_count = 1
           from bench_license b where b.license_id = l.id and b.instance_id is not null`,
      );
    }
    const seeded = await client.query<{ key: string; instance_id: string | null }>(
      'select key, instance_id from bench_license order by n',
    );
    await client.query('commit');
    await client.query('analyze license, license_activation, shop_order, order_item');
    return seeded.rows.map((row) => ({ key: row.key, instanceId: row.instance_id }));
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

// CSV exports of orders and customers: authenticated like GraphQL, filtered like the lists, escaped for
// spreadsheets (quotes, commas, line breaks, formula injection) and streamed: 100,000 orders go out in
// keyset pages while the API's memory stays flat.
import { ApiKey } from '@shelf/db/accounts';
import { Customer } from '@shelf/db/customers';
import { hashToken } from '@shelf/signing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvCell, csvRow } from '../src/http/exports.ts';
import { startTestApi, type TestApi } from './harness.ts';
import { loginAsOwner } from './stripe-fixtures.ts';

let api: TestApi;
let auth: Record<string, string>;

beforeAll(async () => {
  api = await startTestApi({ PUBLIC_URL: 'http://shop.test', PAYMENTS: 'test', EMAIL: 'outbox' });
  auth = await loginAsOwner(api);
});
afterAll(() => api?.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${api.url}${path}`, { headers });

async function apiKey(name: string, scopes: string[]): Promise<Record<string, string>> {
  const token = `shelf_${name}_${'e'.repeat(40)}`;
  const em = api.em();
  em.create(ApiKey, { name, prefix: name, keyHash: hashToken(token), scopes });
  await em.flush();
  return { authorization: `Bearer ${token}` };
}

/** Inserts paid orders in one statement; `marker` goes into each email so a search finds exactly them. */
async function seedOrders(count: number, marker: string): Promise<void> {
  await api
    .em()
    .getConnection()
    .execute(
      `insert into shop_order (id, provider, provider_session_id, provider_payment_intent_id, status, email,
       currency, subtotal_cents, discount_cents, tax_cents, total_cents, refunded_cents, paid_at, fulfilled_at,
       created_at, updated_at)
     select gen_random_uuid(), 'test', '${marker}_cs_' || n, '${marker}_pi_' || n, 'paid',
            'buyer' || n || '@${marker}.example', 'usd', 1900, 0, 0, 1900, 0, now(), now(),
            now() - n * interval '1 second', now()
       from generate_series(1, ${count}) as n`,
    );
  // As autovacuum does after a bulk load: the planner needs to know the table grew.
  await api.em().getConnection().execute('analyze shop_order');
}

describe('csv cells', () => {
  it('quotes separators, quotes and line breaks, and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(42)).toBe('42');
    expect(csvCell(null)).toBe('');
    expect(csvRow(['a', null, 1])).toBe('a,,1\r\n');
  });
});

describe('GET /exports/orders.csv', () => {
  it('refuses anonymous callers, keys without orders:read and bad filters, as JSON with a code', async () => {
    const anonymous = await get('/exports/orders.csv');
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const other = await apiKey('other', ['licenses:read']);
    expect((await get('/exports/orders.csv', other)).status).toBe(403);
    const reader = await apiKey('reader', ['orders:read']);
    expect((await get('/exports/orders.csv?query=nothing-matches-this', reader)).status).toBe(200);
    const bad = await get('/exports/orders.csv?status=lost', auth);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'status',
    });
    expect((await get('/exports/orders.csv?productId=nope', auth)).status).toBe(400);
    expect((await get('/exports/orders.csv?from=yesterday', auth)).status).toBe(400);
  });

  it('writes the filtered orders with escaped, defused cells', async () => {
    await seedOrders(3, 'escape');
    const conn = api.em().getConnection();
    await conn.execute(
      `update shop_order set email = '=cmd|calc@escape.example' where provider_session_id = 'escape_cs_1'`,
    );
    const customer = api.em().create(Customer, { email: 'quoted@escape.example', name: 'Smith, "Bob"' });
    await api.em().persistAndFlush(customer);
    await conn.execute(`update shop_order set customer_id = ? where provider_session_id = 'escape_cs_2'`, [
      customer.id,
    ]);

    const response = await get('/exports/orders.csv?query=escape.example&status=PAID', auth);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="orders-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const body = (await response.text()).replace(/^\uFEFF/, '');
    const lines = body.split('\r\n');
    expect(lines[0]).toBe(
      'number,created_at,paid_at,status,email,customer_name,products,currency,subtotal,discount,tax,total,net,refunded,affiliate_code,provider,provider_payment_id',
    );
    expect(lines).toHaveLength(5);
    expect(lines.at(-1)).toBe('');
    expect(lines[1]).toContain(
      ",paid,'=cmd|calc@escape.example,,,usd,19.00,0.00,0.00,19.00,19.00,0.00,,test,escape_pi_1",
    );
    expect(lines[2]).toContain(',paid,buyer2@escape.example,"Smith, ""Bob""",,usd,');
  });

  it('streams 100,000 orders in constant memory', { timeout: 240_000 }, async () => {
    await seedOrders(100_000, 'bulk');
    // Pages are read one at a time: every statement of the export asks for at most 1000 rows.
    const knex = api.services.orm.em.getConnection().getKnex();
    const pages: string[] = [];
    const listener = (query: { sql: string }) => {
      if (/from shop_order o/.test(query.sql)) pages.push(query.sql);
    };
    knex.on('query', listener);
    const response = await get('/exports/orders.csv?query=bulk.example', auth);
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let rows = 0;
    let last = '';
    let peak = 0;
    const start = process.memoryUsage().heapUsed;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const chunk = decoder.decode(value, { stream: true });
      for (const char of chunk) if (char === '\n') rows += 1;
      last = chunk;
      peak = Math.max(peak, process.memoryUsage().heapUsed - start);
    }
    knex.removeListener('query', listener);
    expect(rows).toBe(100_001);
    // 100 full pages and the empty one that ends the walk.
    expect(pages).toHaveLength(101);
    expect(pages.every((sql) => /limit 1000$/.test(sql.trim()))).toBe(true);
    expect(last.endsWith('\r\n')).toBe(true);
    // The file is 10 MB of text, far more as rows in memory; a page of them and its garbage stay well below.
    expect(peak).toBeLessThan(150 * 1024 * 1024);
  });
});

describe('GET /exports/customers.csv', () => {
  it('writes customers with their order count and lifetime value, searchable', async () => {
    const products = await api.graphql<{ products: { nodes: Array<{ id: string; slug: string }> } }>(
      '{ products { nodes { id slug } } }',
    );
    const productId = products.data!.products.nodes.find(
      (product) => product.slug === 'aurora-figma-ui-kit',
    )!.id;
    for (let index = 0; index < 2; index += 1) {
      const created = await api.graphql<{ createCheckout: { id: string } }>(
        'mutation($input: CreateCheckoutInput!) { createCheckout(input: $input) { id } }',
        { input: { productId } },
      );
      await api.graphql(
        'mutation($id: ID!) { completeTestCheckout(id: $id, email: "+lifetime@example.com") { status } }',
        {
          id: created.data!.createCheckout.id,
        },
      );
    }
    const anonymous = await get('/exports/customers.csv');
    expect(anonymous.status).toBe(401);
    const response = await get('/exports/customers.csv?query=lifetime', auth);
    expect(response.status).toBe(200);
    const lines = (await response.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('email,name,created_at,order_count,last_order_at,lifetime_value');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^'\+lifetime@example\.com,,[^,]+,2,[^,]+,98\.00 USD$/);
  });
});

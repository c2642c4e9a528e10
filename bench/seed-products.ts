// Seeds the catalog scenarios straight into the API's database: 1,000 published products with a
// Markdown description of a realistic length, in one set-based statement, after the demo catalog.
import pg from 'pg';

export async function seedProducts(databaseUrl: string, count: number): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ slug: string }>(
      `insert into product (id, slug, name, tagline, description, price_cents, currency, status, position,
                            created_at, updated_at)
       select gen_random_uuid(), 'bench-product-' || n, 'Bench Product ' || n, 'Seeded by pnpm bench',
              '## Bench product ' || n || E'\\n\\nA **seeded** product with a description long enough to look like ' ||
              E'a real one: what is inside, who it is for and how to use it.\\n\\n- 120 components\\n- Light and dark\\n' ||
              E'- Free updates\\n\\nSee [the documentation](https://example.com/docs) for details.',
              500 + (n * 37) % 9500, 'usd', 'published', 1000 + n, now(), now()
         from generate_series(1, $1::int) as n
       returning slug`,
      [count],
    );
    await client.query('analyze product');
    return rows.map((row) => row.slug);
  } finally {
    await client.end();
  }
}

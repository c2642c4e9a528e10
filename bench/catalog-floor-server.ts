// The floor for the catalog scenarios: the least a server can do to answer the two storefront
// queries the bench sends to POST /graphql. Bare node:http and a pg Pool, the JSON body parsed, one
// statement per request selecting exactly the fields asked for, the answer in GraphQL's JSON shape,
// no caching. A body with `variables.slug` is the product query, anything else the first page of the
// list (the `first` variable, 20 when absent). Run as its own process (DATABASE_URL, PORT).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const listQuery = `
  select id, name, slug, description, price_cents, currency
    from product where status = 'published' order by position, id limit $1`;
const productQuery = `
  select id, name, slug, description, price_cents, currency
    from product where status = 'published' and slug = $1`;

type Row = {
  id: string;
  name: string;
  slug: string;
  description: string;
  price_cents: number;
  currency: string;
};

const toNode = (row: Row) => ({
  id: row.id,
  name: row.name,
  slug: row.slug,
  description: row.description,
  price: { amount: row.price_cents, currency: row.currency },
});

function send(response: ServerResponse, status: number, body: object): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown> | null> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  try {
    const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method === 'GET' && request.url === '/readyz') return send(response, 200, { ok: true });
  if (request.method !== 'POST' || request.url !== '/graphql')
    return send(response, 404, { error: 'not found' });
  const body = await readJson(request);
  if (!body) return send(response, 400, { errors: [{ message: 'malformed body' }] });
  const variables = (body.variables ?? {}) as Record<string, unknown>;
  if (typeof variables.slug === 'string') {
    const { rows } = await pool.query<Row>(productQuery, [variables.slug]);
    return send(response, 200, { data: { product: rows[0] ? toNode(rows[0]) : null } });
  }
  const first = typeof variables.first === 'number' ? Math.min(Math.max(variables.first, 1), 100) : 20;
  const { rows } = await pool.query<Row>(listQuery, [first]);
  send(response, 200, { data: { products: { nodes: rows.map(toNode) } } });
}

createServer((request, response) => {
  handle(request, response).catch(() => send(response, 500, { errors: [{ message: 'internal' }] }));
}).listen(Number(process.env.PORT), '127.0.0.1');

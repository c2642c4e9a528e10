// The floor for the license-validation scenario: the least a server can do to answer
// `POST /v1/licenses/validate` from this database. Bare node:http and a pg Pool, the same key
// normalisation and checksum as Shelf, one query joining the license to the columns a Lemon
// Squeezy-shaped answer needs (product name, order number, customer, the instance asked about).
// Run as its own process (DATABASE_URL, PORT) so it never shares an event loop with the load generator.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { normaliseLicenseKey } from '@shelf/licensing';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

// Once the licensing migration has run, seats in use are a column; before it, they are counted.
const { rowCount } = await pool.query(
  "select 1 from information_schema.columns where table_name = 'license' and column_name = 'activation_count'",
);
const activationUsage = rowCount
  ? 'l.activation_count'
  : '(select count(*) from license_activation a where a.license_id = l.id and a.deactivated_at is null)::int';

const validateQuery = `
  select l.id, l.key, l.status, l.activation_limit, ${activationUsage} as activation_usage,
         l.created_at, l.expires_at, o.number as order_number, l.order_item_id, l.product_id, p.name as product_name,
         c.id as customer_id, c.name as customer_name, c.email as customer_email,
         i.instance_id, i.instance_name, i.first_seen_at
    from license l
    join product p on p.id = l.product_id
    join shop_order o on o.id = l.order_id
    join customer c on c.id = l.customer_id
    left join license_activation i
      on i.license_id = l.id and i.instance_id = $2 and i.deactivated_at is null
   where l.key = $1`;

type ValidateRow = {
  id: string;
  key: string;
  status: string;
  activation_limit: number | null;
  activation_usage: number;
  created_at: Date;
  expires_at: Date | null;
  order_number: number;
  order_item_id: string;
  product_id: string;
  product_name: string;
  customer_id: string;
  customer_name: string | null;
  customer_email: string;
  instance_id: string | null;
  instance_name: string | null;
  first_seen_at: Date | null;
};

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function send(response: ServerResponse, status: number, body: object): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
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

function answer(row: ValidateRow, instanceId: string | null): object {
  const valid = row.status === 'active' && (instanceId === null || row.instance_id !== null);
  return {
    valid,
    error: valid ? null : 'license_key not valid',
    license_key: {
      id: row.id,
      status: row.status,
      key: row.key,
      activation_limit: row.activation_limit,
      activation_usage: row.activation_usage,
      created_at: row.created_at,
      expires_at: row.expires_at,
    },
    instance: row.instance_id
      ? { id: row.instance_id, name: row.instance_name, created_at: row.first_seen_at }
      : null,
    meta: {
      order_id: row.order_number,
      order_item_id: row.order_item_id,
      product_id: row.product_id,
      product_name: row.product_name,
      customer_id: row.customer_id,
      customer_name: row.customer_name,
      customer_email: row.customer_email,
    },
  };
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method === 'GET' && request.url === '/readyz') return send(response, 200, { ok: true });
  if (request.method !== 'POST' || request.url !== '/v1/licenses/validate') {
    return send(response, 404, { error: 'not found' });
  }
  const body = await readJson(request);
  if (!body) return send(response, 400, { valid: false, error: 'malformed body' });
  const key = typeof body.license_key === 'string' ? normaliseLicenseKey(body.license_key) : null;
  const instanceId = typeof body.instance_id === 'string' ? body.instance_id : null;
  if (!key || (instanceId !== null && !uuidPattern.test(instanceId))) {
    return send(response, 404, { valid: false, error: 'license_key not found' });
  }
  const { rows } = await pool.query<ValidateRow>(validateQuery, [key, instanceId]);
  const row = rows[0];
  if (!row) return send(response, 404, { valid: false, error: 'license_key not found' });
  send(response, 200, answer(row, instanceId));
}

createServer((request, response) => {
  handle(request, response).catch(() => send(response, 500, { error: 'internal' }));
}).listen(Number(process.env.PORT), '127.0.0.1');

// Everything the script does besides reading its settings: one GraphQL request (plain fetch), paging
// through a connection with `first`/`after`, and the table and totals it prints. Kept apart from
// list-todays-orders.ts so it can be tested against a local server.

/** The fields this example reads. Adjust the query and this type together. */
export type Order = {
  number: number;
  status: string;
  email: string | null;
  createdAt: string;
  paidAt: string | null;
  total: { amount: number; currency: string; formatted: string };
  refunded: { amount: number; currency: string };
  items: Array<{ productName: string; quantity: number }>;
};

type PageInfo = { hasNextPage: boolean; endCursor: string | null };

/** Orders whose checkout started in [from, to): `from` inclusive, `to` exclusive, newest first. */
export const ORDERS_QUERY = `
  query TodaysOrders($first: Int!, $after: String, $from: DateTime!, $to: DateTime!) {
    orders(first: $first, after: $after, from: $from, to: $to) {
      nodes {
        number
        status
        email
        createdAt
        paidAt
        total { amount currency formatted }
        refunded { amount currency }
        items { productName quantity }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

/** The most a connection returns at once. */
export const PAGE_SIZE = 100;

export type ApiOptions = {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** An API key with the orders:read scope (shelf_live_… or shelf_test_…). */
  apiKey: string;
};

export class ShelfApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly requestId: string | null,
  ) {
    super(message);
    this.name = 'ShelfApiError';
  }
}

type GraphQLResponse<T> = {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; requestId?: string } }>;
};

/** One GraphQL operation. Throws ShelfApiError with the error's code and the request id to quote. */
export async function graphql<T>(
  options: ApiOptions,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const response = await fetch(options.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${options.apiKey}` },
    body: JSON.stringify({ query, variables }),
  });
  const requestId = response.headers.get('x-request-id');
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new ShelfApiError(`HTTP ${response.status} without a GraphQL answer`, undefined, requestId);
  }
  const [error] = body.errors ?? [];
  if (error) {
    throw new ShelfApiError(error.message, error.extensions?.code, error.extensions?.requestId ?? requestId);
  }
  if (!body.data) throw new ShelfApiError(`HTTP ${response.status} without data`, undefined, requestId);
  return body.data;
}

/** Every order that started in [from, to), following `pageInfo.endCursor` until there is no next page. */
export async function listOrders(
  options: ApiOptions,
  range: { from: Date; to: Date },
  pageSize = PAGE_SIZE,
): Promise<Order[]> {
  const orders: Order[] = [];
  let after: string | null = null;
  for (;;) {
    const data: { orders: { nodes: Order[]; pageInfo: PageInfo } } = await graphql(options, ORDERS_QUERY, {
      first: pageSize,
      after,
      from: range.from.toISOString(),
      to: range.to.toISOString(),
    });
    orders.push(...data.orders.nodes);
    if (!data.orders.pageInfo.hasNextPage || !data.orders.pageInfo.endCursor) return orders;
    after = data.orders.pageInfo.endCursor;
  }
}

/** Today in UTC: from midnight to now. */
export function todayUtc(now = new Date()): { from: Date; to: Date } {
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return { from, to: now };
}

/**
 * Money taken per currency, in minor units: what each paid order's buyer paid minus what went back.
 * Orders never paid (pending, canceled) count nothing.
 */
export function totalsByCurrency(orders: Order[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const order of orders) {
    if (!order.paidAt) continue;
    const { currency } = order.total;
    totals.set(currency, (totals.get(currency) ?? 0) + order.total.amount - order.refunded.amount);
  }
  return totals;
}

/** Minor units as money for people: 4900 usd → $49.00 (the currency's own number of decimals). */
export function formatMoney(amount: number, currency: string): string {
  const format = new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amount / 10 ** digits);
}

/** The table and the totals, as printed. */
export function renderReport(orders: Order[]): string {
  if (orders.length === 0) return 'No orders today.';
  const rows = [
    ['Order', 'Time (UTC)', 'Status', 'Buyer', 'Items', 'Total'],
    ...orders.map((order) => [
      `#${order.number}`,
      order.createdAt.slice(11, 16),
      order.status,
      order.email ?? '',
      order.items
        .map((item) => (item.quantity > 1 ? `${item.quantity} × ` : '') + item.productName)
        .join(', '),
      order.total.formatted,
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const lines = rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((width) => '-'.repeat(width)).join('  '));
  const totals = [...totalsByCurrency(orders)].sort(([a], [b]) => a.localeCompare(b));
  lines.push('');
  lines.push(`${orders.length} ${orders.length === 1 ? 'order' : 'orders'}`);
  for (const [currency, amount] of totals) {
    lines.push(`Taken in ${currency.toUpperCase()}: ${formatMoney(amount, currency)}`);
  }
  return lines.join('\n');
}

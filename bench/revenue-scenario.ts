// The revenue report over a million orders: seeds them (seed-revenue.ts), lets a worker process build the
// daily rollup exactly as in production (its periodic job runs at start), then loads the `revenue` query
// for a 30-day and a 365-day range through GraphQL as the signed-in owner.
import type { ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import { seedRevenue, waitForRollup } from './seed-revenue.ts';

export type RevenueBenchDeps = {
  apiUrl: string;
  databaseUrl: string;
  owner: { email: string; password: string };
  orders: number;
  duration: number;
  connections: number;
  startWorker(): Promise<ChildProcess>;
  stopChild(child: ChildProcess): Promise<void>;
  describe(name: string, result: autocannon.Result): string;
};

const REVENUE_QUERY = `query($from: DateTime!, $to: DateTime!) {
  revenue(from: $from, to: $to) {
    currency currencies
    current { gross { amount } refunds { amount } net { amount } orders averageOrderValue { amount }
              newCustomers returningCustomerOrders monthlyRecurringRevenue { amount } }
    previous { gross { amount } net { amount } orders newCustomers }
    daily { date gross { amount } refunds { amount } net { amount } orders }
    topProducts { id name orders net { amount } }
    affiliates { id name orders net { amount } }
  }
}`;

export async function benchRevenue(deps: RevenueBenchDeps): Promise<void> {
  const seedStarted = Date.now();
  await seedRevenue(deps.databaseUrl, { orders: deps.orders, customers: Math.round(deps.orders / 5) });
  console.log(`(revenue: seeded ${deps.orders} paid orders in ${seconds(seedStarted)}s)`);

  const rollupStarted = Date.now();
  const worker = await deps.startWorker();
  const rows = await waitForRollup(deps.databaseUrl);
  console.log(
    `(revenue: the worker rolled up ${rows} daily rows in ${seconds(rollupStarted)}s, start-up included)`,
  );
  await deps.stopChild(worker);

  const login = await fetch(`${deps.apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      variables: deps.owner,
    }),
  });
  const token = ((await login.json()) as { data?: { login: { token: string } } }).data?.login.token;
  if (!token) throw new Error('revenue: the owner could not sign in');

  // Whole UTC days ending with today, as the dashboard asks: the past days come from the rollup, today
  // from the orders.
  const now = new Date();
  const tomorrow = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  for (const days of [30, 365]) {
    const to = new Date(tomorrow);
    const from = new Date(tomorrow - days * 86_400_000);
    const body = JSON.stringify({ query: REVENUE_QUERY, variables: { from, to } });
    const probe = await fetch(`${deps.apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body,
    });
    const answer = (await probe.json()) as {
      data?: { revenue: { current: { orders: number } } };
      errors?: unknown;
    };
    if (!answer.data) throw new Error(`revenue: ${JSON.stringify(answer.errors)}`);
    const options = {
      url: `${deps.apiUrl}/graphql`,
      method: 'POST' as const,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body,
      connections: deps.connections,
    };
    await autocannon({ ...options, duration: 2 });
    // One connection for the latency of a request on its own, then the usual load for throughput.
    const single = await autocannon({ ...options, connections: 1, duration: deps.duration });
    console.log(`${deps.describe(`revenue: ${days} days, 1 conn`, single)}`);
    const result = await autocannon({ ...options, duration: deps.duration });
    console.log(
      `${deps.describe(`revenue: ${days} days`, result)}  (${answer.data.revenue.current.orders} orders in range)`,
    );
  }
}

function seconds(since: number): string {
  return ((Date.now() - since) / 1000).toFixed(1);
}

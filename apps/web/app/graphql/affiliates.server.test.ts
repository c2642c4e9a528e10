// The balances export's reading of the API against a real local HTTP server standing in for it: every page
// of the balances connection, in order, each asked for after the previous page's end cursor.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCookie } from '../lib/session.server.ts';

let server: Server;
let affiliates: typeof import('./affiliates.server.ts');
const asked: Array<{ first: number; after: string | null }> = [];

/** Balance rows as the API answers them, for `count` affiliates from number `from`. */
function balances(from: number, count: number) {
  return Array.from({ length: count }, (_, n) => ({
    affiliate: { id: `a${from + n}`, email: `a${from + n}@example.com`, name: `Affiliate ${from + n}` },
    currency: 'usd',
    approved: { amount: 100, currency: 'usd' },
    owedBack: { amount: 0, currency: 'usd' },
    payable: { amount: 100, currency: 'usd' },
  }));
}

// Three pages: 100, 100 and 5 balances; the cursor of a page's end is the number of rows before it.
const TOTAL = 205;

async function readBody(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) body += chunk;
  return body;
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const { variables } = JSON.parse(await readBody(request)) as {
      variables: { first: number; after: string | null };
    };
    asked.push({ first: variables.first, after: variables.after ?? null });
    const start = variables.after ? Number(variables.after.slice('end-'.length)) : 0;
    const nodes = balances(start, Math.min(variables.first, TOTAL - start));
    const end = start + nodes.length;
    const body = {
      data: {
        affiliateBalancesConnection: {
          nodes,
          pageInfo: { hasNextPage: end < TOTAL, endCursor: nodes.length ? `end-${end}` : null },
          totalCount: TOTAL,
        },
      },
    };
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // The client reads API_URL once, when it is first imported.
  process.env.API_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  affiliates = await import('./affiliates.server.ts');
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('listAllAffiliateBalances', () => {
  it('reads every page of the balances, in order', async () => {
    const [cookie] = (await sessionCookie.serialize('creator-session')).split(';');
    const request = new Request('http://shop.test/dashboard/affiliates/balances.csv', {
      headers: { Cookie: cookie! },
    });
    const all = await affiliates.listAllAffiliateBalances({ request, context: {} });

    expect(all.map((balance) => balance.affiliate.id)).toEqual(
      Array.from({ length: TOTAL }, (_, n) => `a${n}`),
    );
    expect(asked).toEqual([
      { first: 100, after: null },
      { first: 100, after: 'end-100' },
      { first: 100, after: 'end-200' },
    ]);
  });
});

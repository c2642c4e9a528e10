// A GraphQL abuse mix beside legitimate traffic: 1,000 abusive requests (alias floods, deep nesting,
// token floods, oversized and malformed bodies, aliased checkouts and sign-ins), 20 at a time, while 20
// shoppers start, pay for and view their checkouts and browse the catalog. Every abusive request is
// refused with its 4xx code before anything runs (no Stripe session, no order, no session row), nothing
// answers 5xx, and every legitimate purchase completes exactly once.
import { Session } from '@shelf/db/accounts';
import { Order } from '@shelf/db/orders';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StripeTestStore, startStripeTestStore } from '../test/stripe-fixtures.ts';
import { checkInvariants } from './support/invariants.ts';

const ABUSIVE_REQUESTS = 1_000;
const ABUSE_CONCURRENCY = 20;
const SHOPPERS = 20;
const SOFTWARE = 'framecraft-screenshot-tool';

type Abuse = { name: string; body: string; status: number; code: string };

const aliased = (count: number, field: string): string =>
  Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join('\n');
const json = (query: string): string => JSON.stringify({ query });

function abuses(productId: string): Abuse[] {
  return [
    {
      name: 'alias flood of product pages',
      body: json(`{\n${aliased(60, 'products(first: 100) { nodes { id name } }')}\n}`),
      status: 400,
      code: 'OPERATION_TOO_COMPLEX',
    },
    {
      name: 'deep nesting',
      body: json(
        '{ __type(name: "Query") { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } }',
      ),
      status: 400,
      code: 'OPERATION_TOO_COMPLEX',
    },
    {
      name: 'token flood',
      body: json(`{ ${Array.from({ length: 3_000 }, () => '__typename').join(' ')} }`),
      status: 400,
      code: 'OPERATION_TOO_COMPLEX',
    },
    {
      name: 'aliased sign-ins',
      body: json(
        `mutation {\n${aliased(1000, 'login(email: "owner@example.com", password: "guess") { token }')}\n}`,
      ),
      status: 400,
      code: 'OPERATION_TOO_COMPLEX',
    },
    {
      name: 'aliased checkouts',
      body: json(
        `mutation {\n${aliased(4, `createCheckout(input: { productId: "${productId}" }) { id url }`)}\n}`,
      ),
      status: 400,
      code: 'FIELD_LIMIT_EXCEEDED',
    },
    {
      name: 'malformed JSON',
      body: '{"query": "{ products { nodes { id } }',
      status: 400,
      code: 'BAD_REQUEST',
    },
    {
      name: 'oversized document',
      body: json(`{ products { nodes { id } } } # ${'x'.repeat(1_100_000)}`),
      status: 413,
      code: 'BAD_REQUEST',
    },
  ];
}

let store: StripeTestStore;

beforeAll(async () => {
  store = await startStripeTestStore();
});

afterAll(async () => {
  await store?.close();
});

async function post(body: string): Promise<{ status: number; codes: string[] }> {
  const response = await fetch(`${store.api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const text = await response.text();
  let codes: string[] = [];
  try {
    const parsed = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> };
    codes = (parsed.errors ?? []).map((error) => error.extensions?.code ?? '');
  } catch {
    codes = [`unparsable: ${text.slice(0, 80)}`];
  }
  return { status: response.status, codes };
}

/** One shopper: starts a checkout, pays, and sees the completed order on the success page. */
async function shop(index: number): Promise<string> {
  const catalog = await store.api.graphql('{ products(first: 10) { nodes { id slug price { amount } } } }');
  expect(catalog.errors).toBeUndefined();
  const checkout = await store.startCheckout(SOFTWARE);
  const session = store.stripe.completeSession(checkout.id, { email: `shopper${index}@example.com` });
  expect((await store.deliver('checkout.session.completed', session)).status).toBe(200);
  const view = await store.viewCheckout(checkout.id);
  expect(view).toMatchObject({
    status: 'COMPLETE',
    order: { status: 'PAID', email: `shopper${index}@example.com` },
  });
  return checkout.orderId;
}

describe('abuse beside legitimate traffic', () => {
  it('refuses every abusive request with its code while every shopper completes', async () => {
    const kinds = abuses(store.productIds[SOFTWARE]!);
    const ordersBefore = await store.api.em().count(Order, {});
    const sessionsBefore = store.stripe.sessions.size;

    const refusals: Array<{ abuse: Abuse; status: number; codes: string[] }> = [];
    let next = 0;
    const worker = async () => {
      while (next < ABUSIVE_REQUESTS) {
        const index = next++;
        // The oversized document is the heaviest to send; one in fifty is plenty.
        const pool = index % 50 === 0 ? kinds : kinds.filter((kind) => kind.name !== 'oversized document');
        const abuse = pool[index % pool.length]!;
        refusals.push({ abuse, ...(await post(abuse.body)) });
      }
    };
    const started = performance.now();
    const [orderIds] = await Promise.all([
      Promise.all(Array.from({ length: SHOPPERS }, (_, index) => shop(index))),
      Promise.all(Array.from({ length: ABUSE_CONCURRENCY }, worker)),
    ]);
    const elapsed = performance.now() - started;

    expect(refusals).toHaveLength(ABUSIVE_REQUESTS);
    const wrong = refusals.filter(
      ({ abuse, status, codes }) => status !== abuse.status || !codes.includes(abuse.code),
    );
    expect(
      wrong.slice(0, 5).map(({ abuse, status, codes }) => ({ abuse: abuse.name, status, codes })),
    ).toEqual([]);
    expect(new Set(refusals.map(({ abuse }) => abuse.name)).size).toBe(kinds.length);

    // Nothing the abuse asked for happened; every shopper's purchase happened once.
    expect(new Set(orderIds).size).toBe(SHOPPERS);
    expect(await store.api.em().count(Order, {})).toBe(ordersBefore + SHOPPERS);
    expect(await store.api.em().count(Order, { id: { $in: orderIds }, status: 'paid' })).toBe(SHOPPERS);
    expect(store.stripe.sessions.size).toBe(sessionsBefore + SHOPPERS);
    expect(await store.api.em().count(Session, {})).toBe(0);
    expect(elapsed).toBeLessThan(90_000);

    const health = await fetch(`${store.api.url}/readyz`);
    expect(health.status).toBe(200);
  });

  it('keeps every invariant', async () => {
    await checkInvariants(store.api);
  });
});

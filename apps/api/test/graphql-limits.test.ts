// Operation limits from an attacker's side: alias floods, repeated expensive fields and deep nesting
// are refused before anything runs (no scrypt, no Stripe call, no order row), while the storefront's
// own operations still pass; introspection follows the configuration.
import { randomBytes } from 'node:crypto';
import { Session } from '@shelf/db/accounts';
import { Order } from '@shelf/db/orders';
import {
  CheckoutSessionDocument,
  StorefrontProductDocument,
  StorefrontProductsDocument,
  StoreInfoDocument,
} from '@shelf/graphql';
import { type DocumentNode, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from './harness.ts';
import { type StripeTestStore, startStripeTestStore } from './stripe-fixtures.ts';

let store: StripeTestStore;

beforeAll(async () => {
  store = await startStripeTestStore();
});
afterAll(() => store?.close());

const aliased = (count: number, field: string): string =>
  Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join('\n');

const codes = (errors: Array<{ extensions?: { code?: string } }> | undefined): Array<string | undefined> =>
  (errors ?? []).map((error) => error.extensions?.code);

const stripeCalls = (method: string, pathPrefix: string) =>
  store.stripe.requests.filter((request) => request.method === method && request.path.startsWith(pathPrefix))
    .length;

describe('alias floods and repeated expensive fields', () => {
  it('refuses 1,000 aliased logins quickly, before any password is checked or session written', async () => {
    const query = `mutation {\n${aliased(1000, 'login(email: "owner@example.com", password: "guess") { token }')}\n}`;
    const started = performance.now();
    const { status, data, errors } = await store.api.graphql(query);
    const elapsed = performance.now() - started;

    expect(status).toBe(400);
    expect(data).toBeUndefined();
    expect(codes(errors)).toEqual(['OPERATION_TOO_COMPLEX']);
    expect(errors?.[0]?.extensions).toMatchObject({ limit: 'tokens', max: 1000 });
    expect(await store.api.em().count(Session, {})).toBe(0);
    // One scrypt alone takes tens of milliseconds; a thousand would take seconds.
    expect(elapsed).toBeLessThan(1000);
  });

  it('allows one login per operation', async () => {
    const two = `mutation { a: login(email: "owner@example.com", password: "guess") { token }
      b: login(email: "owner@example.com", password: "guess2") { token } }`;
    const { status, errors } = await store.api.graphql(two);
    expect(status).toBe(400);
    expect(codes(errors)).toEqual(['FIELD_LIMIT_EXCEEDED']);
    expect(errors?.[0]?.extensions).toMatchObject({ field: 'login', max: 1 });
    expect(await store.api.em().count(Session, {})).toBe(0);
  });

  it('refuses an alias flood of checkout lookups without asking Stripe', async () => {
    const session = await store.startCheckout('aurora-figma-ui-kit');
    const before = stripeCalls('GET', '/v1/checkout/sessions/');

    const flood = `query {\n${aliased(50, `checkout(id: "${session.id}") { id status }`)}\n}`;
    const { status, data, errors } = await store.api.graphql(flood);
    expect(status).toBe(400);
    expect(data).toBeUndefined();
    expect(codes(errors)).toEqual(expect.arrayContaining(['OPERATION_TOO_COMPLEX', 'FIELD_LIMIT_EXCEEDED']));

    // Under the alias limit, the per-field cap alone: 6 checkouts, also through a fragment.
    const six = `query { ...Four e: checkout(id: "${session.id}") { id } f: checkout(id: "${session.id}") { id } }
      fragment Four on Query { ${aliased(4, `checkout(id: "${session.id}") { id }`)} }`;
    const refused = await store.api.graphql(six);
    expect(refused.status).toBe(400);
    expect(codes(refused.errors)).toEqual(['FIELD_LIMIT_EXCEEDED']);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ field: 'checkout', max: 5 });

    expect(stripeCalls('GET', '/v1/checkout/sessions/')).toBe(before);

    const five = `query {\n${aliased(5, `checkout(id: "${session.id}") { id }`)}\n}`;
    const allowed = await store.api.graphql(five);
    expect(allowed.errors).toBeUndefined();
  });

  it('refuses 4 aliased createCheckouts: no Stripe session, no order row', async () => {
    const ordersBefore = await store.api.em().count(Order, {});
    const creationsBefore = stripeCalls('POST', '/v1/checkout/sessions');
    const four = `mutation($input: CreateCheckoutInput!) {\n${aliased(4, 'createCheckout(input: $input) { id url }')}\n}`;
    const { status, data, errors } = await store.api.graphql(four, {
      input: { productId: store.productIds['aurora-figma-ui-kit'] },
    });

    expect(status).toBe(400);
    expect(data).toBeUndefined();
    expect(codes(errors)).toEqual(['FIELD_LIMIT_EXCEEDED']);
    expect(errors?.[0]?.extensions).toMatchObject({ field: 'createCheckout', max: 3 });
    expect(await store.api.em().count(Order, {})).toBe(ordersBefore);
    expect(stripeCalls('POST', '/v1/checkout/sessions')).toBe(creationsBefore);
  });

  it('refuses 60 aliases of products(first: 100)', async () => {
    const { status, data, errors } = await store.api.graphql(
      `{\n${aliased(60, 'products(first: 100) { nodes { id name } }')}\n}`,
    );
    expect(status).toBe(400);
    expect(data).toBeUndefined();
    expect(codes(errors)).toEqual(['OPERATION_TOO_COMPLEX', 'OPERATION_TOO_COMPLEX']);
    expect(errors?.map((error) => error.extensions)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ limit: 'aliases', max: 15 }),
        expect.objectContaining({ limit: 'cost' }),
      ]),
    );
  });

  it('refuses deep nesting', async () => {
    // The introspection types are the schema's only cycle.
    const deep =
      '{ __type(name: "Query") { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } }';
    const { status, errors } = await store.api.graphql(deep);
    expect(status).toBe(400);
    expect(errors?.map((error) => error.extensions)).toContainEqual({
      code: 'OPERATION_TOO_COMPLEX',
      limit: 'depth',
      max: 8,
    });
  });
});

describe("the storefront's and an integrator's real operations", () => {
  const send = (
    document: DocumentNode,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ) => store.api.graphql(print(document), variables, headers);

  it('pass with their printed documents', async () => {
    const products = await send(StorefrontProductsDocument, { first: 100 });
    expect(products.errors).toBeUndefined();
    expect(await send(StorefrontProductDocument, { slug: 'aurora-figma-ui-kit' })).not.toHaveProperty(
      'errors',
    );
    expect(await send(StoreInfoDocument)).not.toHaveProperty('errors');
    const session = await store.startCheckout('aurora-figma-ui-kit');
    const checkout = await send(CheckoutSessionDocument, { id: session.id });
    expect(checkout.errors).toBeUndefined();
    expect(checkout.data).toMatchObject({ checkout: { id: session.id, status: 'OPEN' } });
  });

  it('lets an integrator page 100 orders with their items', async () => {
    const login = await store.api.graphql<{ login: { token: string } }>(
      'mutation { login(email: "owner@example.com", password: "correct horse battery staple") { token } }',
    );
    const money = '{ amount currency formatted }';
    const { status, errors } = await store.api.graphql(
      `query Orders($after: String) { orders(first: 100, after: $after) { edges { cursor node {
        id number status email customerName provider items { productName productSlug unitPrice ${money} quantity }
        subtotal ${money} discount ${money} tax ${money} total ${money} net ${money} refunded ${money}
        affiliateCode createdAt paidAt } } pageInfo { hasNextPage endCursor } totalCount } }`,
      {},
      { authorization: `Bearer ${login.data!.login.token}` },
    );
    expect(errors).toBeUndefined();
    expect(status).toBe(200);
  });
});

describe('introspection', () => {
  const INTROSPECT = '{ __schema { types { name } } }';

  it('is on outside production', async () => {
    const { data, errors } = await store.api.graphql<{ __schema: { types: unknown[] } }>(INTROSPECT);
    expect(errors).toBeUndefined();
    expect(data?.__schema.types.length).toBeGreaterThan(0);
  });

  it('is off in production, and unknown fields get no suggestions', async () => {
    const production = await startTestApi({
      NODE_ENV: 'production',
      SECRETS_KEY: randomBytes(32).toString('base64'),
    });
    try {
      expect(production.services.config.graphql.introspection).toBe(false);
      const { status, data, errors } = await production.graphql(INTROSPECT);
      expect(status).toBe(400);
      expect(data).toBeUndefined();
      expect(codes(errors)).toEqual(['GRAPHQL_VALIDATION_FAILED']);

      const typo = await production.graphql('{ prodcts { totalCount } }');
      expect(codes(typo.errors)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(typo.errors?.[0]?.message).not.toContain('products');
    } finally {
      await production.close();
    }
  });
});

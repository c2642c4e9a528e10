// Request limits, end to end against real APIs on real databases: sign-in guessing is refused before the
// scrypt with a growing wait, checkouts and downloads are limited per address, the counters are shared by
// every process on one database, X-Forwarded-For is believed only with TRUST_PROXY, RATE_LIMITS=off turns
// it all off, and the success page asks the payment provider at most once per window.
// The harness turns limits off for the other suites; every API here turns them on.
import { createHash } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSecondApi, startTestApi, type TestApi } from './harness.ts';
import { CREATE_CHECKOUT, type StripeTestStore, startStripeTestStore } from './stripe-fixtures.ts';

const OWNER = { email: 'owner@example.com', password: 'correct horse battery staple' };
const LOGIN =
  'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';

type Answer<T = Record<string, unknown>> = {
  status: number;
  retryAfter: string | null;
  body: {
    data?: T | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
};

/** A GraphQL request from `address` (sent as X-Forwarded-For, which only a TRUST_PROXY API believes). */
async function post<T = Record<string, unknown>>(
  base: string,
  query: string,
  variables: Record<string, unknown>,
  address?: string,
): Promise<Answer<T>> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(address ? { 'x-forwarded-for': address } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as Answer<T>['body'],
  };
}

const code = (answer: Answer<unknown>) => answer.body.errors?.[0]?.extensions?.code ?? null;
const signIn = (base: string, address: string | undefined, email: string, password: string) =>
  post(base, LOGIN, { email, password }, address);

/** Ends every running wait of the sign-in limits, as if its minutes had passed. */
async function endSignInWaits(api: TestApi): Promise<void> {
  await api
    .em()
    .getConnection()
    .execute(`update rate_limit_counter set expire = 0 where key like 'sign-in-turn:%'`);
}

let api: TestApi;
let productId: string;

beforeAll(async () => {
  api = await startTestApi({ RATE_LIMITS: 'on', TRUST_PROXY: 'true' });
  const { data } = await api.graphql<{ products: { nodes: Array<{ id: string; slug: string }> } }>(
    '{ products { nodes { id slug } } }',
  );
  productId = data!.products.nodes.find((product) => product.slug === 'aurora-figma-ui-kit')!.id;
});
afterAll(() => api?.close());

// Every attempt that is not refused is a real scrypt: seconds on a busy test machine.
describe('sign-in', { timeout: 120_000 }, () => {
  it('refuses an email and address after 5 wrong passwords with 429, Retry-After and RATE_LIMITED', async () => {
    const address = '203.0.113.10';
    for (let attempt = 1; attempt <= 5; attempt++) {
      const answer = await signIn(api.url, address, OWNER.email, `guess ${attempt}`);
      expect(answer.status).toBe(200);
      expect(code(answer)).toBe('UNAUTHENTICATED');
    }
    const refused = await signIn(api.url, address, OWNER.email, 'guess 6');
    expect(refused.status).toBe(429);
    expect(code(refused)).toBe('RATE_LIMITED');
    const retryAfter = Number(refused.retryAfter);
    expect(retryAfter).toBeGreaterThan(50);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.body.errors?.[0]?.extensions?.retryAfterSeconds).toBe(retryAfter);
    expect(refused.body.errors?.[0]?.message).toMatch(
      /Too many failed sign-ins\. Please try again in \d+ seconds\./,
    );

    // The right password is refused too until the wait is over: the check comes before the password.
    const right = await signIn(api.url, address, OWNER.email, OWNER.password);
    expect(right.status).toBe(429);
    expect(code(right)).toBe('RATE_LIMITED');

    // Another address signs in to the same account, and another email from another address is unaffected.
    expect(code(await signIn(api.url, '203.0.113.11', 'someone@example.com', 'nope'))).toBe(
      'UNAUTHENTICATED',
    );
    const elsewhere = await signIn(api.url, '203.0.113.12', OWNER.email, OWNER.password);
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.body.data?.login).toMatchObject({ token: expect.any(String) });
  });

  it('doubles the wait with each further failure, and a success starts the count again', async () => {
    const address = '203.0.113.20';
    for (let attempt = 1; attempt <= 5; attempt++) await signIn(api.url, address, OWNER.email, 'wrong');
    await endSignInWaits(api);
    expect(code(await signIn(api.url, address, OWNER.email, 'wrong again'))).toBe('UNAUTHENTICATED');
    const second = await signIn(api.url, address, OWNER.email, 'wrong');
    expect(code(second)).toBe('RATE_LIMITED');
    expect(Number(second.retryAfter)).toBeGreaterThan(110);
    expect(Number(second.retryAfter)).toBeLessThanOrEqual(120);

    await endSignInWaits(api);
    const signedIn = await signIn(api.url, address, OWNER.email, OWNER.password);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.data?.login).toMatchObject({ token: expect.any(String) });
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(code(await signIn(api.url, address, OWNER.email, 'wrong'))).toBe('UNAUTHENTICATED');
    }
    expect(code(await signIn(api.url, address, OWNER.email, 'wrong'))).toBe('RATE_LIMITED');
  });

  it('lets at most one attempt past the free ones through when 20 arrive at once', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        signIn(api.url, '203.0.113.30', OWNER.email, `burst ${index}`),
      ),
    );
    const checked = answers.filter((answer) => code(answer) === 'UNAUTHENTICATED');
    const refused = answers.filter((answer) => answer.status === 429 && code(answer) === 'RATE_LIMITED');
    expect(checked.length).toBeLessThanOrEqual(6);
    expect(checked.length + refused.length).toBe(20);
  });

  it('refuses an address after 100 failed sign-ins in a day, whatever the emails', async () => {
    const address = '203.0.113.40';
    expect(code(await signIn(api.url, address, 'guess-1@example.com', 'password'))).toBe('UNAUTHENTICATED');
    // 99 more scrypts would take minutes on a busy test machine: count them straight into the table. Its
    // keys are SHA-256 digests (base64url) of what they count, so the table holds no addresses or emails.
    const key = `sign-in-address:${createHash('sha256').update(address).digest('base64url')}`;
    const connection = api.em().getConnection();
    expect(
      await connection.execute('select count(*)::int as n from rate_limit_counter where key like ?', [
        `%${address}%`,
      ]),
    ).toEqual([{ n: 0 }]);
    await connection.execute('update rate_limit_counter set points = 100 where key = ?', [key]);

    const refused = await signIn(api.url, address, OWNER.email, OWNER.password);
    expect(refused.status).toBe(429);
    expect(code(refused)).toBe('RATE_LIMITED');
    expect(Number(refused.retryAfter)).toBeGreaterThan(23 * 3600);
    expect(code(await signIn(api.url, '203.0.113.41', OWNER.email, OWNER.password))).toBeNull();
  });
});

describe('checkouts and downloads', () => {
  const startCheckout = (base: string, address?: string) =>
    post<{ createCheckout: { id: string } }>(base, CREATE_CHECKOUT, { input: { productId } }, address);

  it('starts 10 checkouts a minute per address', async () => {
    for (let attempt = 1; attempt <= 10; attempt++) {
      const answer = await startCheckout(api.url, '198.51.100.1');
      expect(answer.body.errors).toBeUndefined();
    }
    const refused = await startCheckout(api.url, '198.51.100.1');
    expect(refused.status).toBe(429);
    expect(code(refused)).toBe('RATE_LIMITED');
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    expect((await startCheckout(api.url, '198.51.100.2')).body.errors).toBeUndefined();
  });

  it('takes 30 downloads a minute per address, then answers 429 with Retry-After', async () => {
    const checkout = await startCheckout(api.url, '198.51.100.10');
    const id = checkout.body.data!.createCheckout.id;
    const paid = await post<{ completeTestCheckout: { order: { downloads: Array<{ url: string }> } } }>(
      api.url,
      'mutation($id: ID!) { completeTestCheckout(id: $id, email: "fan@example.com") { order { downloads { url } } } }',
      { id },
      '198.51.100.10',
    );
    const pageUrl = paid.body.data!.completeTestCheckout.order.downloads[0]!.url;
    const download = (address: string) =>
      fetch(pageUrl, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': address },
        body: '',
      });
    for (let attempt = 1; attempt <= 30; attempt++) {
      expect((await download('198.51.100.11')).status).not.toBe(429);
    }
    const refused = await download('198.51.100.11');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.text()).toMatch(
      /^Too many downloads from your address\. Please try again in \d+ seconds\.$/,
    );
    expect((await download('198.51.100.12')).status).not.toBe(429);
  });

  it('shares the counters between two API processes on one database', async () => {
    const second = await startSecondApi(api, { RATE_LIMITS: 'on', TRUST_PROXY: 'true' });
    try {
      for (let attempt = 1; attempt <= 10; attempt++) {
        const base = attempt % 2 ? api.url : second.url;
        expect((await startCheckout(base, '198.51.100.20')).body.errors).toBeUndefined();
      }
      expect(code(await startCheckout(second.url, '198.51.100.20'))).toBe('RATE_LIMITED');
      expect(code(await startCheckout(api.url, '198.51.100.20'))).toBe('RATE_LIMITED');
    } finally {
      await second.close();
    }
  });
});

/** This machine's first address that is not loopback or private, as a client elsewhere would reach it. */
function outsideAddress(): string {
  const candidates = Object.values(networkInterfaces())
    .flat()
    .filter((entry) => entry && !entry.internal && entry.family === 'IPv4');
  const address = candidates[0]?.address;
  if (!address) throw new Error('this test needs a network interface besides loopback');
  return address;
}

describe('without TRUST_PROXY', { timeout: 120_000 }, () => {
  let direct: TestApi;
  let outside: string;
  beforeAll(async () => {
    direct = await startTestApi({ RATE_LIMITS: 'on', HOST: '0.0.0.0' });
    outside = `http://${outsideAddress()}:${new URL(direct.url).port}`;
  });
  afterAll(() => direct?.close());

  it('believes the web server on this host about its shopper, and nobody else', async () => {
    // Through loopback (the web server's way in) each forwarded shopper has a budget of their own.
    for (let attempt = 1; attempt <= 5; attempt++) {
      await signIn(direct.url, `203.0.113.${attempt}`, OWNER.email, 'wrong');
    }
    expect(code(await signIn(direct.url, '203.0.113.99', OWNER.email, OWNER.password))).toBeNull();

    // From another host a forged X-Forwarded-For changes nothing: the connection's address is the key.
    for (let attempt = 1; attempt <= 5; attempt++) {
      await signIn(outside, `198.51.100.${attempt}`, OWNER.email, 'wrong');
    }
    const forged = await signIn(outside, '198.51.100.99', OWNER.email, OWNER.password);
    expect(forged.status).toBe(429);
    expect(code(forged)).toBe('RATE_LIMITED');
  });
});

describe('RATE_LIMITS=off', { timeout: 120_000 }, () => {
  let unlimited: TestApi;
  beforeAll(async () => {
    unlimited = await startTestApi({ RATE_LIMITS: 'off' });
  });
  afterAll(() => unlimited?.close());

  it('limits nothing', async () => {
    const { data } = await unlimited.graphql<{ product: { id: string } }>(
      '{ product(slug: "aurora-figma-ui-kit") { id } }',
    );
    for (let attempt = 1; attempt <= 7; attempt++) {
      expect(code(await signIn(unlimited.url, undefined, OWNER.email, 'wrong'))).toBe('UNAUTHENTICATED');
    }
    for (let attempt = 1; attempt <= 12; attempt++) {
      const answer = await post(unlimited.url, CREATE_CHECKOUT, { input: { productId: data!.product.id } });
      expect(answer.body.errors).toBeUndefined();
    }
  });
});

describe('the success page', () => {
  let store: StripeTestStore;
  beforeAll(async () => {
    store = await startStripeTestStore({ RATE_LIMITS: 'on' });
  });
  afterAll(() => store?.close());

  it('asks the payment provider about a pending checkout at most once per window', async () => {
    const session = await store.startCheckout('aurora-figma-ui-kit');
    const lookups = () =>
      store.stripe.requests.filter(
        (request) => request.method === 'GET' && request.path === `/v1/checkout/sessions/${session.id}`,
      ).length;
    for (let poll = 1; poll <= 5; poll++) expect((await store.viewCheckout(session.id))?.status).toBe('OPEN');
    expect(lookups()).toBe(1);

    // Paid at Stripe, no webhook yet: within the window the page answers from the database...
    store.stripe.completeSession(session.id);
    expect((await store.viewCheckout(session.id))?.status).toBe('OPEN');
    expect(lookups()).toBe(1);
    // ...and once it has passed, it asks again and fulfils.
    await store.api
      .em()
      .getConnection()
      .execute(`update rate_limit_counter set expire = 0 where key like 'provider-lookup:%'`);
    expect((await store.viewCheckout(session.id))?.status).toBe('COMPLETE');
    expect(lookups()).toBe(2);
  });
});

// The creator's affiliate programme over GraphQL, against a real API on its own database: the signed-in
// owner creates links (and affiliates), reads a link's statistics by code in any case, pages through
// affiliates, pauses, resumes and archives; shoppers' clicks go through the public recordAffiliateClick
// and their test-mode purchases through a link show up as conversions and pending commission. Also: who
// may do it, bad input, and the per-address limit on clicks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/harness.ts';
import { createAffiliateLink } from './affiliates.service.ts';

const BROWSER =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';

let api: TestApi;
let auth: Record<string, string>;
const products: Array<{ id: string; slug: string; price: { amount: number; currency: string } }> = [];

beforeAll(async () => {
  api = await startTestApi({ PUBLIC_URL: 'http://shop.test', PAYMENTS: 'test', EMAIL: 'outbox' });
  const { data } = await api.graphql<{ login: { token: string } }>(
    'mutation { login(email: "owner@example.com", password: "correct horse battery staple") { token } }',
  );
  auth = { authorization: `Bearer ${data!.login.token}` };
  const listed = await api.graphql<{ products: { nodes: typeof products } }>(
    '{ products(first: 10) { nodes { id slug price { amount currency } } } }',
  );
  products.push(...listed.data!.products.nodes);
});
afterAll(() => api.close());

const LINK = `id code url commissionPercent renewalCommission archivedAt createdAt
  product { id slug }
  affiliate { id email name status }
  clicks conversions
  pendingCommission { amount currency } approvedCommission { amount currency }
  paidCommission { amount currency } owedBack { amount currency }`;

async function gql<T = Record<string, any>>(
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = auth,
) {
  return api.graphql<T>(query, variables, headers);
}

async function createLink(input: Record<string, unknown>) {
  const result = await gql<{ createAffiliateLink: any }>(
    `mutation($input: CreateAffiliateLinkInput!) { createAffiliateLink(input: $input) { ${LINK} } }`,
    { input },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.createAffiliateLink;
}

async function linkByCode(code: string) {
  const result = await gql<{ affiliateLink: any }>(
    `query($code: String!) { affiliateLink(code: $code) { ${LINK} } }`,
    { code },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.affiliateLink;
}

/** A shopper's visit through `?ref=code`, as the storefront reports it (no credentials). */
async function click(code: string, userAgent = BROWSER) {
  const result = await api.graphql<{ recordAffiliateClick: { valid: boolean; counted: boolean } }>(
    'mutation($input: RecordAffiliateClickInput!) { recordAffiliateClick(input: $input) { valid counted } }',
    { input: { code, landingPath: '/products', referrer: 'https://blog.example.com/post?utm=1' } },
    { 'user-agent': userAgent },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.recordAffiliateClick;
}

/** A test-mode purchase of `productId` carrying `affiliateCode`, as the checkout page starts it. */
async function buy(productId: string, affiliateCode: string) {
  const created = await api.graphql<{ createCheckout: { id: string } }>(
    'mutation($input: CreateCheckoutInput!) { createCheckout(input: $input) { id } }',
    { input: { productId, affiliateCode } },
  );
  expect(created.errors).toBeUndefined();
  const paid = await api.graphql<{ completeTestCheckout: { status: string } }>(
    'mutation($id: ID!) { completeTestCheckout(id: $id, email: "buyer@example.com") { status } }',
    { id: created.data!.createCheckout.id },
  );
  expect(paid.errors).toBeUndefined();
  expect(paid.data!.completeTestCheckout.status).toBe('COMPLETE');
}

describe('links and affiliates', () => {
  it('creates a link and its affiliate, then a second link for the same affiliate', async () => {
    const [product] = products;
    const first = await createLink({
      email: 'Maya@Example.com',
      name: 'Maya',
      code: 'MAYA',
      productId: product!.id,
    });
    expect(first).toMatchObject({
      code: 'MAYA',
      url: `http://shop.test/products/${product!.slug}?ref=MAYA`,
      commissionPercent: 30,
      renewalCommission: 'FIRST_PAYMENT',
      archivedAt: null,
      product: { id: product!.id, slug: product!.slug },
      affiliate: { email: 'maya@example.com', name: 'Maya', status: 'ACTIVE' },
      clicks: 0,
      conversions: 0,
      pendingCommission: [],
      approvedCommission: [],
      paidCommission: [],
      owedBack: [],
    });

    const second = await createLink({
      email: 'maya@example.com',
      code: 'maya-store',
      commissionPercent: 15,
      renewalCommission: 'EVERY_PAYMENT',
    });
    expect(second).toMatchObject({
      url: 'http://shop.test/products?ref=maya-store',
      commissionPercent: 15,
      renewalCommission: 'EVERY_PAYMENT',
      product: null,
      affiliate: { id: first.affiliate.id, name: 'Maya' },
    });

    const { data } = await gql<{ affiliate: any }>(
      'query($id: ID!) { affiliate(id: $id) { id email links { code } clicks conversions balance { amount } } }',
      { id: first.affiliate.id },
    );
    expect(data!.affiliate).toEqual({
      id: first.affiliate.id,
      email: 'maya@example.com',
      links: [{ code: 'maya-store' }, { code: 'MAYA' }],
      clicks: 0,
      conversions: 0,
      balance: [],
    });
  });

  it('counts clicks and purchases through a link, found by its code in any case', async () => {
    const [product, other] = products;
    await createLink({ email: 'leo@example.com', name: 'Leo', code: 'Leo-Picks', productId: product!.id });

    expect(await click('leo-picks')).toEqual({ valid: true, counted: true });
    expect(await click('LEO-PICKS')).toEqual({ valid: true, counted: false });
    expect(await click('Leo-Picks', 'Googlebot/2.1 (+http://www.google.com/bot.html)')).toEqual({
      valid: true,
      counted: false,
    });
    // A purchase of the link's product earns; one of another product does not, and neither blocks.
    await buy(product!.id, 'LEO-PICKS');
    await buy(other!.id, 'leo-picks');
    await buy(other!.id, 'nobody-has-this-code');

    for (const code of ['Leo-Picks', 'leo-picks', 'LEO-PICKS']) {
      const link = await linkByCode(code);
      expect(link, code).toMatchObject({
        code: 'Leo-Picks',
        clicks: 1,
        conversions: 1,
        pendingCommission: [
          {
            amount: Math.floor((product!.price.amount * 30) / 100),
            currency: product!.price.currency,
          },
        ],
        approvedCommission: [],
        paidCommission: [],
        owedBack: [],
      });
    }
    expect(await linkByCode('no-such-link')).toBeNull();
  });

  it('pages through affiliates newest first with a total count, and filters by status', async () => {
    for (const name of ['Ada', 'Bea', 'Cy']) {
      await createLink({ email: `${name.toLowerCase()}@example.com`, name, code: `${name}-code` });
    }
    const query = `query($first: Int, $after: String, $status: AffiliateStatus) {
      affiliates(first: $first, after: $after, status: $status) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name } } nodes { name links { code } }
      }
    }`;
    const seen: string[] = [];
    let after: string | null = null;
    let totalCount = 0;
    for (let page = 0; page < 10; page += 1) {
      type Connection = {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: Array<{ node: { name: string } }>;
        nodes: Array<{ name: string }>;
      };
      const result: { data?: { affiliates: Connection }; errors?: unknown } = await gql<{
        affiliates: Connection;
      }>(query, { first: 2, after });
      expect(result.errors).toBeUndefined();
      const connection: Connection = result.data!.affiliates;
      expect(connection.nodes.length).toBeLessThanOrEqual(2);
      expect(connection.edges.map((edge) => edge.node.name)).toEqual(
        connection.nodes.map((node) => node.name),
      );
      seen.push(...connection.nodes.map((node) => node.name));
      totalCount = connection.totalCount;
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(totalCount).toBeGreaterThanOrEqual(5);
    expect(seen).toHaveLength(totalCount);
    expect(new Set(seen).size).toBe(totalCount);
    expect(seen.slice(0, 3)).toEqual(['Cy', 'Bea', 'Ada']);

    const paused = await gql<{ affiliates: any }>(query, { first: 10, status: 'PAUSED' });
    expect(paused.data!.affiliates).toMatchObject({ totalCount: 0, nodes: [] });
  });

  it('loads links and statistics for a whole page in a fixed number of queries', async () => {
    for (const name of ['Dev', 'Eli', 'Fay', 'Gus', 'Hal']) {
      const email = `${name.toLowerCase()}@example.com`;
      await createLink({ email, name, code: `${name}-store` });
      await createLink({ email, code: `${name}-kit`, productId: products[0]!.id });
      await click(`${name}-kit`);
    }
    const query = `query($first: Int) { affiliates(first: $first) { nodes {
      name clicks conversions pendingCommission { amount } approvedCommission { amount }
      paidCommission { amount } owedBack { amount } balance { amount }
      links { code url affiliate { name } clicks conversions pendingCommission { amount }
        approvedCommission { amount } paidCommission { amount } owedBack { amount } }
    } } }`;
    const { config } = api.services.orm;
    const queriesFor = async (first: number) => {
      let queries = 0;
      config.set('onQuery', (sql: string) => {
        // The session's last-used mark is written once a minute, by whichever request comes then.
        if (!/^update "session"/i.test(sql.trim())) queries += 1;
        return sql;
      });
      try {
        const result = await gql<{ affiliates: { nodes: Array<{ links: unknown[] }> } }>(query, { first });
        expect(result.errors).toBeUndefined();
        expect(result.data!.affiliates.nodes).toHaveLength(first);
      } finally {
        config.set('onQuery', (sql: string) => sql);
      }
      return queries;
    };
    // The store's background work (email queue, webhook fan-out, rollups) shares the ORM and may add a
    // statement to any one run: the fewest of three runs is the page's own count.
    const fewest = async (first: number) =>
      Math.min(await queriesFor(first), await queriesFor(first), await queriesFor(first));
    const small = await fewest(1);
    expect(small).toBeGreaterThan(0);
    expect(await fewest(5)).toBe(small);
  });

  it('pauses and resumes an affiliate, whose links earn nothing meanwhile', async () => {
    const link = await createLink({ email: 'kai@example.com', name: 'Kai', code: 'KAI' });
    const pause = await gql<{ pauseAffiliate: any }>(
      'mutation($id: ID!) { pauseAffiliate(id: $id) { id status } }',
      { id: link.affiliate.id },
    );
    expect(pause.data!.pauseAffiliate).toEqual({ id: link.affiliate.id, status: 'PAUSED' });
    expect(await click('kai')).toEqual({ valid: false, counted: false });
    const pausedList = await gql<{ affiliates: any }>(
      '{ affiliates(status: PAUSED) { totalCount nodes { id } } }',
    );
    expect(pausedList.data!.affiliates).toEqual({ totalCount: 1, nodes: [{ id: link.affiliate.id }] });

    const resume = await gql<{ resumeAffiliate: any }>(
      'mutation($id: ID!) { resumeAffiliate(id: $id) { status } }',
      { id: link.affiliate.id },
    );
    expect(resume.data!.resumeAffiliate.status).toBe('ACTIVE');
    expect(await click('kai')).toEqual({ valid: true, counted: true });
  });

  it('updates a link, and archives it once', async () => {
    const link = await createLink({ email: 'ivy@example.com', code: 'ivy', productId: products[0]!.id });
    const updated = await gql<{ updateAffiliateLink: any }>(
      `mutation($id: ID!, $input: UpdateAffiliateLinkInput!) {
        updateAffiliateLink(id: $id, input: $input) { code commissionPercent product { id } url }
      }`,
      { id: link.id, input: { code: 'IVY-2', commissionPercent: 40, productId: null } },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateAffiliateLink).toEqual({
      code: 'IVY-2',
      commissionPercent: 40,
      product: null,
      url: 'http://shop.test/products?ref=IVY-2',
    });

    const archive = () =>
      gql<{ archiveAffiliateLink: { archivedAt: string | null } }>(
        'mutation($id: ID!) { archiveAffiliateLink(id: $id) { archivedAt } }',
        { id: link.id },
      );
    const first = (await archive()).data!.archiveAffiliateLink.archivedAt;
    expect(first).toEqual(expect.any(String));
    expect((await archive()).data!.archiveAffiliateLink.archivedAt).toBe(first);
    expect(await click('ivy-2')).toEqual({ valid: false, counted: false });
    expect((await linkByCode('ivy-2')).archivedAt).toBe(first);
  });
});

describe('who may do it, and bad input', () => {
  it('answers UNAUTHENTICATED to anonymous callers for every creator field', async () => {
    const { affiliate, id } = await createLink({ email: 'zoe@example.com', code: 'zoe' });
    const operations: Array<[string, Record<string, unknown>]> = [
      ['{ affiliateLink(code: "zoe") { id } }', {}],
      ['query($id: ID!) { affiliate(id: $id) { id } }', { id: affiliate.id }],
      ['{ affiliates { totalCount } }', {}],
      ['mutation { createAffiliateLink(input: { email: "x@example.com", code: "anon" }) { id } }', {}],
      [
        'mutation($id: ID!) { updateAffiliateLink(id: $id, input: { commissionPercent: 99 }) { id } }',
        { id },
      ],
      ['mutation($id: ID!) { archiveAffiliateLink(id: $id) { id } }', { id }],
      ['mutation($id: ID!) { pauseAffiliate(id: $id) { id } }', { id: affiliate.id }],
      ['mutation($id: ID!) { resumeAffiliate(id: $id) { id } }', { id: affiliate.id }],
    ];
    for (const [query, variables] of operations) {
      const result = await api.graphql(query, variables);
      expect(result.errors?.[0]?.extensions?.code, query).toBe('UNAUTHENTICATED');
      expect(
        Object.values(result.data ?? {}).every((value) => value === null),
        query,
      ).toBe(true);
    }
    expect(await linkByCode('zoe')).toMatchObject({ commissionPercent: 30, archivedAt: null });
    expect(await linkByCode('anon')).toBeNull();
  });

  it('answers BAD_USER_INPUT with the field, CONFLICT and NOT_FOUND for what cannot be done', async () => {
    const taken = await createLink({ email: 'uma@example.com', code: 'uma' });
    const create = (input: Record<string, unknown>) =>
      gql('mutation($input: CreateAffiliateLinkInput!) { createAffiliateLink(input: $input) { id } }', {
        input: { email: 'new@example.com', code: 'fresh', ...input },
      });
    const refusals: Array<[Record<string, unknown>, string, string]> = [
      [{ email: 'nope' }, 'BAD_USER_INPUT', 'email'],
      [{ code: 'has spaces' }, 'BAD_USER_INPUT', 'code'],
      [{ commissionPercent: 101 }, 'BAD_USER_INPUT', 'commissionPercent'],
      [{ code: 'UMA' }, 'CONFLICT', 'code'],
      [{ productId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'productId'],
    ];
    for (const [input, code, field] of refusals) {
      const result = await create(input);
      expect(result.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({ code, field });
    }
    const list = await gql('{ affiliates(first: 101) { totalCount } }');
    expect(list.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const badCursor = await gql('{ affiliates(after: "garbage") { totalCount } }');
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const unknown = await gql(
      'mutation { pauseAffiliate(id: "00000000-0000-4000-8000-000000000000") { id } }',
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    // Nothing of the refused attempts was written.
    const affiliates = await gql<{ affiliates: any }>(
      '{ affiliates(first: 100) { nodes { email links { code } } } }',
    );
    const emails = affiliates.data!.affiliates.nodes.map((node: any) => node.email);
    expect(emails).not.toContain('new@example.com');
    expect(await linkByCode('fresh')).toBeNull();
    expect((await linkByCode('uma')).id).toBe(taken.id);
  });
});

describe('the click limit', () => {
  let limited: TestApi;
  beforeAll(async () => {
    limited = await startTestApi({ SEED_DEMO: 'false', RATE_LIMITS: 'on', TRUST_PROXY: 'true' });
    await createAffiliateLink(limited.ctx(), { email: 'nia@example.com', code: 'NIA' });
  });
  afterAll(() => limited.close());

  const clickFrom = (address: string) =>
    limited.graphql<{ recordAffiliateClick: { valid: boolean } }>(
      'mutation { recordAffiliateClick(input: { code: "nia" }) { valid } }',
      {},
      { 'user-agent': BROWSER, 'x-forwarded-for': address },
    );

  it('refuses an address past 60 clicks a minute with RATE_LIMITED, and no other address', async () => {
    for (let visit = 0; visit < 60; visit += 1) {
      const result = await clickFrom('203.0.113.50');
      expect(result.data?.recordAffiliateClick.valid, `visit ${visit}`).toBe(true);
    }
    const refused = await clickFrom('203.0.113.50');
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
    expect((await clickFrom('203.0.113.51')).data?.recordAffiliateClick.valid).toBe(true);
  });
});

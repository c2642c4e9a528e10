// The affiliate portal through GraphQL, as the /affiliate page uses it: asking for a sign-in link answers
// the same for any address and emails only an affiliate; the emailed link signs in once and only in time;
// the account shows the affiliate's links and the sales a real test-mode checkout through their link made,
// without the buyer; signing out ends the session; creators' and portal tokens never stand in for each
// other; and asking for links is rate-limited (on an API with the limits on).
import { MagicLinkToken } from '@shelf/db/accounts';
import { Affiliate } from '@shelf/db/affiliates';
import { Email } from '@shelf/db/messaging';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/harness.ts';
import { createAffiliateLink, recordAffiliateClick } from './affiliates.service.ts';

const WEB = 'http://shop.test';
const BROWSER =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36';
const BUYER = 'quiet.buyer@example.org';
const INVALID_LINK = 'This sign-in link is invalid or has expired. Ask for a new one.';

const REQUEST = 'mutation($email: String!) { requestAffiliateSignIn(email: $email) }';
const SIGN_IN = 'mutation($token: String!) { signInAffiliate(token: $token) { token expiresAt } }';
const SIGN_OUT = 'mutation { signOutAffiliate }';
const ACCOUNT = `query($first: Int!, $after: String) { myAffiliateAccount {
  name email status clicks conversions conversionRate
  links { code url productName commissionPercent renewalCommission archived clicks conversions conversionRate }
  pendingCommission { amount currency formatted } approvedCommission { amount currency }
  paidCommission { amount currency } owedBack { amount currency }
  sales(first: $first, after: $after) {
    edges { cursor node { id } }
    nodes { id kind date productNames amount { amount currency } commission { amount currency formatted }
      owedBack { amount } status linkCode }
    pageInfo { hasNextPage endCursor } totalCount
  }
} }`;
const CREATE_CHECKOUT = 'mutation($input: CreateCheckoutInput!) { createCheckout(input: $input) { id } }';
const PAY = 'mutation($id: ID!, $email: String!) { completeTestCheckout(id: $id, email: $email) { status } }';
const LOGIN =
  'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';

type Account = {
  name: string;
  email: string;
  status: string;
  clicks: number;
  conversions: number;
  conversionRate: number;
  links: Array<Record<string, unknown>>;
  pendingCommission: Array<{ amount: number; currency: string; formatted: string }>;
  sales: {
    nodes: Array<Record<string, unknown>>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount: number;
  };
};

let api: TestApi;
beforeAll(async () => {
  // A public storefront URL: test payments and the outbox are then asked for by name.
  api = await startTestApi({ PUBLIC_URL: WEB, PAYMENTS: 'test', EMAIL: 'outbox', STORE_NAME: 'Pixel Shop' });
});
afterAll(() => api.close());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
let counter = 0;
const uniqueEmail = (name: string) => `${name}-${++counter}-${Date.now()}@example.com`;

/** A creator's new link for a new affiliate (store-wide unless a product is given). */
async function newAffiliate(email: string, productId: string | null = null) {
  return createAffiliateLink(api.ctx(), {
    email,
    name: 'Ada Affiliate',
    code: `ADA${++counter}`,
    productId,
    commissionPercent: 30,
  });
}

/** The sign-in link's token from the one email sent to `to`. */
async function emailedToken(to: string): Promise<string> {
  const emails = await api.em().find(Email, { to, template: 'affiliate-sign-in' });
  expect(emails).toHaveLength(1);
  const token = new URL(/http\S+/.exec(emails[0]!.text)![0]).searchParams.get('token');
  expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  return token!;
}

/** Asks for a link for `email` and signs in with the emailed token; the portal session token. */
async function signIn(email: string): Promise<string> {
  await api.graphql(REQUEST, { email });
  const { data, errors } = await api.graphql<{ signInAffiliate: { token: string } }>(SIGN_IN, {
    token: await emailedToken(email),
  });
  expect(errors).toBeUndefined();
  return data!.signInAffiliate.token;
}

async function account(token: string, first = 25, after?: string | null) {
  return api.graphql<{ myAffiliateAccount: Account | null }>(ACCOUNT, { first, after }, bearer(token));
}

async function ownerToken(): Promise<string> {
  const { data } = await api.graphql<{ login: { token: string } }>(LOGIN, {
    email: 'owner@example.com',
    password: 'correct horse battery staple',
  });
  return data!.login.token;
}

describe('asking for a sign-in link', () => {
  it('answers a known and an unknown address identically and emails only the known one', async () => {
    const known = uniqueEmail('known');
    const unknown = uniqueEmail('unknown');
    await newAffiliate(known);
    const knownAnswer = await api.graphql(REQUEST, { email: known });
    const unknownAnswer = await api.graphql(REQUEST, { email: unknown });
    expect(knownAnswer).toEqual({ status: 200, data: { requestAffiliateSignIn: true } });
    expect(unknownAnswer).toEqual(knownAnswer);

    const em = api.em();
    expect(await em.count(Email, { to: unknown })).toBe(0);
    expect(await em.count(MagicLinkToken, { email: unknown })).toBe(0);
    const [email] = await em.find(Email, { to: known });
    expect(email).toMatchObject({
      template: 'affiliate-sign-in',
      subject: 'Your sign-in link for Pixel Shop affiliates',
    });
    expect(email!.html).toContain(`href="${WEB}/affiliate/sign-in?token=`);
    expect(email!.text).toContain('valid for 15 minutes, once');
  });

  it('refuses a malformed address with BAD_USER_INPUT on email', async () => {
    const { errors } = await api.graphql(REQUEST, { email: 'not-an-address' });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });
});

describe('the magic link', () => {
  /** What signing in with `token` answered: the first error's message and code, or the session. */
  const exchange = async (token: string) => {
    const { data, errors } = await api.graphql<{ signInAffiliate: { token: string } }>(SIGN_IN, { token });
    return errors
      ? { message: errors[0]!.message, code: errors[0]!.extensions?.code }
      : { session: data!.signInAffiliate.token };
  };
  const refused = { message: INVALID_LINK, code: 'UNAUTHENTICATED' };

  it('signs in once; reused, expired and forged links are refused alike', async () => {
    const email = uniqueEmail('once');
    await newAffiliate(email);
    await api.graphql(REQUEST, { email });
    const token = await emailedToken(email);
    expect(await exchange(token)).toEqual({ session: expect.stringMatching(/^portal_/) });
    expect(await exchange(token)).toEqual(refused);

    const late = uniqueEmail('late');
    await newAffiliate(late);
    await api.graphql(REQUEST, { email: late });
    const lateToken = await emailedToken(late);
    // The link's 15 minutes pass.
    await api
      .em()
      .getConnection()
      .execute(`update magic_link_token set expires_at = now() - interval '1 second' where email = ?`, [
        late,
      ]);
    expect(await exchange(lateToken)).toEqual(refused);

    expect(await exchange('A'.repeat(43))).toEqual(refused);
    expect(await exchange(`${token}x`)).toEqual(refused);
  });

  it('lets one of two sign-ins with the same link at the same moment through', async () => {
    const email = uniqueEmail('race');
    await newAffiliate(email);
    await api.graphql(REQUEST, { email });
    const token = await emailedToken(email);
    const answers = await Promise.all([exchange(token), exchange(token), exchange(token)]);
    expect(answers.filter((answer) => 'session' in answer)).toHaveLength(1);
    expect(answers.filter((answer) => 'code' in answer)).toEqual([refused, refused]);
  });
});

describe('the signed-in affiliate', () => {
  it('sees their links and the sales of a real checkout through them, never the buyer', async () => {
    const { data: catalog } = await api.graphql<{
      products: { nodes: Array<{ id: string; slug: string; name: string }> };
    }>('{ products { nodes { id slug name } } }');
    const kit = catalog!.products.nodes.find((product) => product.slug === 'aurora-figma-ui-kit')!;
    const email = uniqueEmail('seller');
    const link = await newAffiliate(email, kit.id);
    expect(
      await recordAffiliateClick(api.ctx(), { code: link.code, ip: '198.51.100.7', userAgent: BROWSER }),
    ).toEqual({ valid: true, counted: true });
    expect(
      await recordAffiliateClick(api.ctx(), { code: link.code, ip: '198.51.100.8', userAgent: BROWSER }),
    ).toEqual({ valid: true, counted: true });

    const checkout = await api.graphql<{ createCheckout: { id: string } }>(CREATE_CHECKOUT, {
      input: { productId: kit.id, affiliateCode: link.code.toLowerCase(), email: BUYER },
    });
    expect(checkout.errors).toBeUndefined();
    const paid = await api.graphql<{ completeTestCheckout: { status: string } }>(PAY, {
      id: checkout.data!.createCheckout.id,
      email: BUYER,
    });
    expect(paid.data?.completeTestCheckout.status).toBe('COMPLETE');

    const token = await signIn(email);
    const answer = await account(token);
    expect(answer.errors).toBeUndefined();
    const mine = answer.data!.myAffiliateAccount!;
    expect(mine).toMatchObject({
      name: 'Ada Affiliate',
      email,
      status: 'ACTIVE',
      clicks: 2,
      conversions: 1,
      conversionRate: 0.5,
      pendingCommission: [{ amount: 1470, currency: 'usd', formatted: '$14.70' }],
    });
    expect(mine.links).toEqual([
      {
        code: link.code,
        url: `${WEB}/products/aurora-figma-ui-kit?ref=${link.code}`,
        productName: kit.name,
        commissionPercent: 30,
        renewalCommission: 'FIRST_PAYMENT',
        archived: false,
        clicks: 2,
        conversions: 1,
        conversionRate: 0.5,
      },
    ]);
    expect(mine.sales.totalCount).toBe(1);
    expect(mine.sales.nodes).toEqual([
      {
        id: expect.any(String),
        kind: 'SALE',
        date: expect.any(String),
        productNames: [kit.name],
        amount: { amount: 4900, currency: 'usd' },
        commission: { amount: 1470, currency: 'usd', formatted: '$14.70' },
        owedBack: { amount: 0 },
        status: 'PENDING',
        linkCode: link.code,
      },
    ]);
    expect(JSON.stringify(answer)).not.toContain(BUYER);
    expect(JSON.stringify(answer)).not.toContain('quiet.buyer');
  });

  it('pages sales with a bounded first', async () => {
    const email = uniqueEmail('pager');
    await newAffiliate(email);
    const token = await signIn(email);
    const empty = await account(token, 10);
    expect(empty.data?.myAffiliateAccount?.sales).toMatchObject({ nodes: [], totalCount: 0 });
    const tooMany = await account(token, 101);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('is null to anonymous callers and creators, and an affiliate is no creator', async () => {
    const anonymous = await api.graphql<{ myAffiliateAccount: unknown }>(ACCOUNT, { first: 5 });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data?.myAffiliateAccount).toBeNull();
    const creator = await ownerToken();
    const asCreator = await account(creator);
    expect(asCreator.errors).toBeUndefined();
    expect(asCreator.data?.myAffiliateAccount).toBeNull();

    const email = uniqueEmail('not-creator');
    await newAffiliate(email);
    const affiliate = await signIn(email);
    const me = await api.graphql<{ me: unknown }>('{ me { email } }', {}, bearer(affiliate));
    expect(me.data?.me).toBeNull();
    const orders = await api.graphql('{ orders(first: 5) { totalCount } }', {}, bearer(affiliate));
    expect(orders.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("signs out: the same token then sees nothing, and a creator's sign-out call ends no session", async () => {
    const email = uniqueEmail('leaving');
    await newAffiliate(email);
    const token = await signIn(email);
    expect((await account(token)).data?.myAffiliateAccount?.email).toBe(email);

    const creator = await ownerToken();
    expect((await api.graphql(SIGN_OUT, {}, bearer(creator))).data).toEqual({ signOutAffiliate: false });
    expect(
      (await api.graphql<{ me: unknown }>('{ me { email } }', {}, bearer(creator))).data?.me,
    ).not.toBeNull();
    expect((await api.graphql(SIGN_OUT)).data).toEqual({ signOutAffiliate: false });

    expect((await api.graphql(SIGN_OUT, {}, bearer(token))).data).toEqual({ signOutAffiliate: true });
    expect((await account(token)).data?.myAffiliateAccount).toBeNull();
    expect((await api.graphql(SIGN_OUT, {}, bearer(token))).data).toEqual({ signOutAffiliate: false });
  });
});

describe('limits on asking for links', () => {
  let limited: TestApi;
  beforeAll(async () => {
    limited = await startTestApi({ RATE_LIMITS: 'on', TRUST_PROXY: 'true' });
  });
  afterAll(() => limited?.close());

  /** Asks for a link for `email` from `address` (X-Forwarded-For, believed with TRUST_PROXY). */
  const ask = (email: string, address: string) =>
    limited.graphql(REQUEST, { email }, { 'x-forwarded-for': address });

  it('refuses a sixth link an hour for one email, known or not, with RATE_LIMITED', async () => {
    const em = limited.em();
    const known = 'limited-known@example.com';
    em.create(Affiliate, { email: known, name: 'Known' });
    await em.flush();
    for (const email of [known, 'limited-unknown@example.com']) {
      for (let attempt = 1; attempt <= 5; attempt++) {
        // From a new address each time: the email's own limit is what refuses.
        const answer = await ask(email, `192.0.2.${attempt + (email === known ? 0 : 10)}`);
        expect(answer.data).toEqual({ requestAffiliateSignIn: true });
      }
      const refused = await ask(email, '192.0.2.99');
      expect(refused.status).toBe(429);
      expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect(refused.errors?.[0]?.message).toMatch(/^Too many sign-in links asked for\./);
    }
    expect(await limited.em().count(Email, { to: known, template: 'affiliate-sign-in' })).toBe(5);
  });

  it('refuses the 21st link an hour from one address, whatever the emails', async () => {
    const address = '192.0.2.200';
    for (let attempt = 1; attempt <= 20; attempt++) {
      const answer = await ask(`someone-${attempt}@example.com`, address);
      expect(answer.data).toEqual({ requestAffiliateSignIn: true });
    }
    const refused = await ask('someone-else@example.com', address);
    expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect((await ask('someone-else@example.com', '192.0.2.201')).data).toEqual({
      requestAffiliateSignIn: true,
    });
  });
});

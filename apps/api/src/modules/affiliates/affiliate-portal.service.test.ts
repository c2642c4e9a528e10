// The affiliate portal's services against real Postgres: asking for a sign-in link (the same answer for
// any well-formed address, an email only for an affiliate's), signing in with the emailed token, and the
// signed-in affiliate's own account and sales, which nobody else sees and which carry no buyer details.
import { randomUUID } from 'node:crypto';
import { MagicLinkToken, PortalSession, User } from '@shelf/db/accounts';
import {
  Affiliate,
  type AffiliateLink,
  Commission,
  type CommissionStatus,
  OwedBack,
} from '@shelf/db/affiliates';
import type { Product } from '@shelf/db/catalog';
import { Email } from '@shelf/db/messaging';
import { Order } from '@shelf/db/orders';
import { createProduct } from '@shelf/db/seed';
import { hashToken } from '@shelf/signing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/harness.ts';
import { arrangePaidOrder } from '../../../test/paid-order-fixture.ts';
import { type Actor, createServiceContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import {
  getAffiliateAccount,
  listAffiliateSales,
  requestAffiliateSignIn,
  signInAffiliate,
} from './affiliate-portal.service.ts';
import { createAffiliateLink, pauseAffiliate, recordAffiliateClick } from './affiliates.service.ts';

const WEB = 'http://shop.test';
const BROWSER =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36';

let api: TestApi;
let kit: Product;
let font: Product;
beforeAll(async () => {
  // A public storefront URL, with the outbox and test payments asked for by name as it then requires.
  api = await startTestApi({
    SEED_DEMO: 'false',
    PUBLIC_URL: WEB,
    EMAIL: 'outbox',
    PAYMENTS: 'test',
    STORE_NAME: 'Pixel Shop',
  });
  kit = await createProduct(api.em(), { name: 'Aurora UI Kit', priceCents: 4900 });
  font = await createProduct(api.em(), { name: 'Mono Font', priceCents: 1900 });
});
afterAll(() => api.close());

const as = (actor: Actor) => createServiceContext(api.services, { requestId: 'test', actor });
const asAffiliate = (affiliateId: string) => as({ kind: 'affiliate', affiliateId });
const uniqueEmail = (name = 'fan') => `${name}-${randomUUID().slice(0, 8)}@example.com`;

/** A new affiliate's link, made as the creator makes it. */
async function newLink(input: { email?: string; name?: string; product?: Product; percent?: number } = {}) {
  return createAffiliateLink(api.ctx(), {
    email: input.email ?? uniqueEmail(),
    name: input.name ?? 'Fan',
    code: `fan-${randomUUID().slice(0, 8)}`,
    productId: input.product?.id ?? null,
    commissionPercent: input.percent ?? 30,
  });
}

/** The error a call fails with, as code, message and extensions. */
async function failure(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return { code: error.code, message: error.message, ...error.details };
}

const emailsTo = (to: string) => api.em().find(Email, { to });
const linksFor = (email: string) => api.em().find(MagicLinkToken, { email });
const tokenIn = (email: Email) => /[?&]token=([A-Za-z0-9_-]+)/.exec(email.text)?.[1];

describe('requestAffiliateSignIn', () => {
  it('refuses a malformed address with BAD_USER_INPUT on email, and writes nothing', async () => {
    const before = await api.em().count(MagicLinkToken, {});
    for (const email of ['not an email', 'fan@', '', '   ']) {
      expect(await failure(requestAffiliateSignIn(api.ctx(), { email, ip: '203.0.113.5' }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'email',
      });
    }
    expect(await api.em().count(MagicLinkToken, {})).toBe(before);
  });

  it("emails a known affiliate, whatever the address's case, a 15-minute link to the web's sign-in page", async () => {
    const address = uniqueEmail('grace');
    const link = await newLink({ email: address, name: 'Grace' });
    const now = new Date();
    const typed = `  ${address.toUpperCase()} `;
    expect(await requestAffiliateSignIn(api.ctx(), { email: typed, ip: '203.0.113.5' }, now)).toBe(true);

    const [email, ...more] = await emailsTo(address);
    expect(more).toEqual([]);
    expect(email).toMatchObject({
      template: 'affiliate-sign-in',
      subject: 'Your sign-in link for Pixel Shop affiliates',
      order: null,
    });
    expect(email!.text).toContain('Hi Grace,');
    expect(email!.text).toContain('valid for 15 minutes, once');
    expect(email!.text).toMatch(new RegExp(`${WEB}/affiliate/sign-in\\?token=[A-Za-z0-9_-]{43}\\n`));
    const token = tokenIn(email!)!;
    const [stored] = await linksFor(address);
    expect(stored).toMatchObject({ purpose: 'affiliate', tokenHash: hashToken(token), usedAt: null });
    expect(stored!.expiresAt.getTime() - now.getTime()).toBe(15 * 60_000);
    expect(link.affiliate.email).toBe(address);
  });

  it('answers an address nobody uses the same, and stores and sends nothing for it', async () => {
    const address = uniqueEmail('nobody');
    expect(await requestAffiliateSignIn(api.ctx(), { email: address, ip: '203.0.113.5' })).toBe(true);
    expect(await emailsTo(address)).toEqual([]);
    expect(await linksFor(address)).toEqual([]);
  });

  it('sends a new link each time, each working on its own', async () => {
    const address = uniqueEmail();
    await newLink({ email: address });
    await requestAffiliateSignIn(api.ctx(), { email: address, ip: null });
    await requestAffiliateSignIn(api.ctx(), { email: address, ip: null });
    const emails = await emailsTo(address);
    expect(emails).toHaveLength(2);
    const tokens = emails.map(tokenIn);
    expect(new Set(tokens).size).toBe(2);
    for (const token of tokens) await signInAffiliate(api.ctx(), { token: token! });
  });
});

describe('signInAffiliate', () => {
  it('exchanges the emailed token for a session of that affiliate, once', async () => {
    const address = uniqueEmail();
    const link = await newLink({ email: address });
    await requestAffiliateSignIn(api.ctx(), { email: address, ip: null });
    const [email] = await emailsTo(address);
    const token = tokenIn(email!)!;
    const session = await signInAffiliate(api.ctx(), { token });
    expect(session.token).toMatch(/^portal_/);
    const [row] = await api.em().find(PortalSession, { subjectId: link.affiliate.id });
    expect(row).toMatchObject({ kind: 'affiliate', tokenHash: hashToken(session.token) });
    expect(await failure(signInAffiliate(api.ctx(), { token }))).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'This sign-in link is invalid or has expired. Ask for a new one.',
    });
  });

  it('signs in a paused affiliate, who still sees their earnings', async () => {
    const address = uniqueEmail();
    const link = await newLink({ email: address });
    await pauseAffiliate(api.ctx(), link.affiliate.id);
    await requestAffiliateSignIn(api.ctx(), { email: address, ip: null });
    const [email] = await emailsTo(address);
    await signInAffiliate(api.ctx(), { token: tokenIn(email!)! });
    expect(await getAffiliateAccount(asAffiliate(link.affiliate.id))).toMatchObject({ status: 'paused' });
  });

  it('refuses a link whose affiliate is gone with the same answer as a bad link', async () => {
    const address = uniqueEmail();
    const em = api.em();
    const affiliate = em.create(Affiliate, { email: address, name: 'Gone' });
    await em.flush();
    await requestAffiliateSignIn(api.ctx(), { email: address, ip: null });
    const [email] = await emailsTo(address);
    await api.em().nativeDelete(Affiliate, { id: affiliate.id });
    expect(await failure(signInAffiliate(api.ctx(), { token: tokenIn(email!)! }))).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'This sign-in link is invalid or has expired. Ask for a new one.',
    });
    expect(await api.em().count(PortalSession, { subjectId: affiliate.id })).toBe(0);
  });
});

/** A commission line on a paid order of `products`, as recorded for `link`. */
async function commissionOn(
  link: AffiliateLink,
  products: readonly [Product, ...Product[]],
  line: { status?: CommissionStatus; kind?: 'sale' | 'renewal'; createdAt: Date; owedBackCents?: number },
) {
  const { order } = await arrangePaidOrder(api.ctx(), products, uniqueEmail('buyer'));
  const em = api.em();
  const net = order.totalCents - order.taxCents;
  const status = line.status ?? 'pending';
  const amountCents = status === 'reversed' ? 0 : Math.floor((net * link.commissionPercent) / 100);
  const commission = em.create(Commission, {
    affiliate: link.affiliate.id,
    link: link.id,
    order: em.getReference(Order, order.id),
    paymentRef: line.kind === 'renewal' ? `test_pi_${randomUUID()}` : 'first',
    kind: line.kind ?? 'sale',
    netCents: net,
    amountCents,
    currency: order.currency,
    percent: link.commissionPercent,
    status,
    availableAt: new Date(line.createdAt.getTime() + 30 * 86_400_000),
    paidCents: status === 'paid' ? amountCents : 0,
    owedBackCents: line.owedBackCents ?? 0,
    createdAt: line.createdAt,
  });
  if (line.owedBackCents) {
    em.create(OwedBack, {
      affiliate: link.affiliate.id,
      commission,
      amountCents: line.owedBackCents,
      currency: order.currency,
      reason: 'refund',
    });
  }
  await em.flush();
  return { commission, order };
}

async function click(link: AffiliateLink, visitor: string) {
  const counted = await recordAffiliateClick(api.ctx(), {
    code: link.code,
    ip: visitor,
    userAgent: BROWSER,
  });
  expect(counted).toEqual({ valid: true, counted: true });
}

describe('getAffiliateAccount', () => {
  it('is null for anyone but a signed-in affiliate', async () => {
    const owner = await api.em().findOneOrFail(User, { role: 'owner' });
    const actors: Actor[] = [
      { kind: 'anonymous' },
      { kind: 'system', name: 'test' },
      { kind: 'user', user: owner, role: 'owner', via: 'session' },
      { kind: 'api_key', user: owner, apiKeyId: randomUUID(), scopes: ['*'] },
      { kind: 'customer', customerId: randomUUID() },
    ];
    for (const actor of actors) expect(await getAffiliateAccount(as(actor))).toBeNull();
    expect(await getAffiliateAccount(asAffiliate(randomUUID()))).toBeNull();
  });

  it("shows the affiliate's own links, newest first, with clicks, conversions and their rate, and totals", async () => {
    const address = uniqueEmail();
    const storeWide = await newLink({ email: address, name: 'Ada', percent: 20 });
    const kitOnly = await newLink({ email: address, product: kit, percent: 50 });
    const stranger = await newLink();
    for (const visitor of ['198.51.100.1', '198.51.100.2', '198.51.100.3', '198.51.100.4']) {
      await click(kitOnly, visitor);
    }
    await click(storeWide, '198.51.100.9');
    await click(stranger, '198.51.100.9');
    const day = (n: number) => new Date(Date.UTC(2026, 10, n));
    await commissionOn(kitOnly, [kit], { createdAt: day(1), status: 'approved' });
    await commissionOn(kitOnly, [kit], { createdAt: day(2), status: 'reversed' });
    await commissionOn(storeWide, [font], { createdAt: day(3), status: 'paid', owedBackCents: 100 });
    await commissionOn(stranger, [kit], { createdAt: day(4) });

    const account = await getAffiliateAccount(asAffiliate(kitOnly.affiliate.id));
    expect(account).toMatchObject({
      name: 'Ada',
      email: address,
      status: 'active',
      clicks: 5,
      conversions: 2,
      conversionRate: 2 / 5,
    });
    expect(account!.links).toEqual([
      {
        code: kitOnly.code,
        url: `${WEB}/products/${kit.slug}?ref=${kitOnly.code}`,
        productName: 'Aurora UI Kit',
        commissionPercent: 50,
        renewalCommission: 'first_payment',
        archived: false,
        clicks: 4,
        conversions: 1,
        conversionRate: 0.25,
      },
      {
        code: storeWide.code,
        url: `${WEB}/products?ref=${storeWide.code}`,
        productName: null,
        commissionPercent: 20,
        renewalCommission: 'first_payment',
        archived: false,
        clicks: 1,
        conversions: 1,
        conversionRate: 1,
      },
    ]);
    // 50% of $49 approved; 20% of $19 paid, with $1 owed back since; the reversed line counts nowhere.
    expect(account!.approvedCommission).toEqual([{ amount: 2450, currency: 'usd', formatted: '$24.50' }]);
    expect(account!.paidCommission).toEqual([{ amount: 380, currency: 'usd', formatted: '$3.80' }]);
    expect(account!.owedBack).toEqual([{ amount: 100, currency: 'usd', formatted: '$1.00' }]);
    expect(account!.pendingCommission).toEqual([]);
  });

  it('gives a rate of 0 without clicks', async () => {
    const link = await newLink();
    await commissionOn(link, [kit], { createdAt: new Date() });
    const account = await getAffiliateAccount(asAffiliate(link.affiliate.id));
    expect(account).toMatchObject({ clicks: 0, conversions: 1, conversionRate: 0 });
    expect(account!.links[0]).toMatchObject({ clicks: 0, conversions: 1, conversionRate: 0 });
  });
});

describe('listAffiliateSales', () => {
  it("lists the affiliate's own commission lines newest first, as sales without buyer details", async () => {
    const link = await newLink({ percent: 10 });
    const other = await newLink();
    const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 12, minute));
    const first = await commissionOn(link, [kit, font], { createdAt: at(1), status: 'approved' });
    const renewal = await commissionOn(link, [font], { createdAt: at(2), kind: 'renewal' });
    const refunded = await commissionOn(link, [kit], {
      createdAt: at(3),
      status: 'paid',
      owedBackCents: 490,
    });
    await commissionOn(other, [kit], { createdAt: at(4) });

    const page = await listAffiliateSales(asAffiliate(link.affiliate.id), { first: 2 });
    expect(page.totalCount).toBe(3);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.nodes).toEqual([
      {
        id: refunded.commission.id,
        kind: 'sale',
        date: at(3),
        productNames: ['Aurora UI Kit'],
        amount: { amount: 4900, currency: 'usd', formatted: '$49.00' },
        commission: { amount: 490, currency: 'usd', formatted: '$4.90' },
        owedBack: { amount: 490, currency: 'usd', formatted: '$4.90' },
        status: 'paid',
        linkCode: link.code,
      },
      expect.objectContaining({ id: renewal.commission.id, kind: 'renewal', status: 'pending' }),
    ]);
    const rest = await listAffiliateSales(asAffiliate(link.affiliate.id), {
      first: 2,
      after: page.pageInfo.endCursor,
    });
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect(rest.nodes).toEqual([
      expect.objectContaining({
        id: first.commission.id,
        productNames: ['Aurora UI Kit', 'Mono Font'],
        amount: expect.objectContaining({ amount: 6800 }),
        commission: expect.objectContaining({ amount: 680 }),
        status: 'approved',
      }),
    ]);
    expect(JSON.stringify([page, rest])).not.toMatch(/buyer-|"number"|"email"|customer/);
  });

  it('bounds the page size and refuses a made-up cursor', async () => {
    const ctx = asAffiliate(randomUUID());
    for (const first of [0, 101]) {
      expect(await failure(listAffiliateSales(ctx, { first }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'first',
      });
    }
    expect(await failure(listAffiliateSales(ctx, { after: 'not-a-cursor' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  it('is UNAUTHENTICATED for anyone but a signed-in affiliate', async () => {
    expect(await failure(listAffiliateSales(as({ kind: 'anonymous' }), {}))).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(await failure(listAffiliateSales(api.ctx(), {}))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

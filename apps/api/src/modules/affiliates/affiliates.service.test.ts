// Affiliates against real Postgres: which links earn on a purchase, the creator's management of affiliates
// and links (its rules and its refusals, which write nothing), counted clicks, and the statistics built
// from real click, commission and owed-back rows.
import { randomUUID } from 'node:crypto';
import {
  Affiliate,
  AffiliateClick,
  AffiliateLink,
  type AffiliateStatus,
  Commission,
  OwedBack,
  Payout,
} from '@shelf/db/affiliates';
import { Product } from '@shelf/db/catalog';
import { Order } from '@shelf/db/orders';
import { createProduct } from '@shelf/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/harness.ts';
import { type Actor, createServiceContext, type ServiceContext, withTransaction } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { findOrCreateCustomer } from '../customers/customers.service.ts';
import { createPendingOrder, lockOrderForCheckout, recordPayment } from '../orders/orders.service.ts';
import {
  affiliateLinkUrl,
  affiliateStatistics,
  archiveAffiliateLink,
  balanceOf,
  createAffiliateLink,
  findEarningLink,
  getAffiliateLinkByCode,
  linkStatistics,
  listAffiliates,
  listLinksOfAffiliates,
  pauseAffiliate,
  recordAffiliateClick,
  resumeAffiliate,
  updateAffiliateLink,
} from './affiliates.service.ts';
import { recordCommission } from './commissions.service.ts';

const BROWSER =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15';
const OTHER_BROWSER = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0';

let api: TestApi;
let kit: Product;
let font: Product;
beforeAll(async () => {
  api = await startTestApi({
    SEED_DEMO: 'false',
    PUBLIC_URL: 'http://shop.test',
    PAYMENTS: 'test',
    EMAIL: 'outbox',
  });
  const em = api.em();
  kit = await createProduct(em, { name: 'Aurora UI Kit', slug: 'aurora-ui-kit', priceCents: 4900 });
  font = await createProduct(em, { name: 'Mono Font', priceCents: 1900, currency: 'eur' });
});
afterAll(() => api.close());

const uniqueCode = (prefix = 'fan') => `${prefix}-${randomUUID().slice(0, 8)}`;
const uniqueEmail = () => `fan-${randomUUID()}@example.com`;

function contextAs(actor: Actor): ServiceContext {
  return createServiceContext(api.services, { requestId: 'test', actor });
}

/** An affiliate (active unless told otherwise) with one link, written directly. */
async function affiliateLink(
  options: {
    product?: Product;
    percent?: number;
    status?: AffiliateStatus;
    archived?: boolean;
    code?: string;
  } = {},
) {
  const em = api.em();
  const affiliate = em.create(Affiliate, {
    email: uniqueEmail(),
    name: 'Fan',
    status: options.status ?? 'active',
  });
  const link = em.create(AffiliateLink, {
    affiliate,
    code: options.code ?? uniqueCode(),
    product: options.product ? em.getReference(Product, options.product.id) : null,
    commissionPercent: options.percent ?? 30,
    archivedAt: options.archived ? new Date() : null,
  });
  await em.flush();
  return link;
}

/** How many affiliates and links there are: a refused change must leave both as they were. */
async function rowCounts() {
  const em = api.em();
  return { affiliates: await em.count(Affiliate), links: await em.count(AffiliateLink) };
}

/** Expects `work` to fail with an AppError of `code` (and `field`) and to write nothing. */
async function expectRefused(work: () => Promise<unknown>, code: string, field?: string) {
  const before = await rowCounts();
  const error = await work().then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (field) expect((error as AppError).details.field).toBe(field);
  expect(await rowCounts()).toEqual(before);
}

describe('findEarningLink', () => {
  it('finds a whole-store link by code and by id for any product', async () => {
    const link = await affiliateLink();
    for (const products of [[kit.id], [font.id], [kit.id, font.id]]) {
      expect((await findEarningLink(api.ctx(), { code: link.code }, products))?.id).toBe(link.id);
      expect((await findEarningLink(api.ctx(), { id: link.id }, products))?.id).toBe(link.id);
    }
  });

  it('matches a code whatever its case', async () => {
    const link = await affiliateLink({ code: `Spring-${randomUUID().slice(0, 8)}` });
    for (const code of [link.code, link.code.toLowerCase(), link.code.toUpperCase()]) {
      expect((await findEarningLink(api.ctx(), { code }, [kit.id]))?.id, code).toBe(link.id);
    }
  });

  it('finds a product link only for a purchase of that product', async () => {
    const link = await affiliateLink({ product: kit });
    expect((await findEarningLink(api.ctx(), { code: link.code }, [kit.id]))?.id).toBe(link.id);
    expect((await findEarningLink(api.ctx(), { id: link.id }, [font.id, kit.id]))?.id).toBe(link.id);
    expect(await findEarningLink(api.ctx(), { code: link.code }, [font.id])).toBeNull();
    expect(await findEarningLink(api.ctx(), { id: link.id }, [font.id])).toBeNull();
  });

  it('earns nothing, without an error, for unknown or malformed codes and ids', async () => {
    const link = await affiliateLink();
    const nothing = [
      { code: 'nobody-has-this-code' },
      { code: '' },
      { code: null },
      { code: undefined },
      { code: `${link.code} ` },
      { code: "fan' or 1=1 --" },
      { code: 'x'.repeat(65) },
      { id: randomUUID() },
      { id: 'not-a-uuid' },
      { id: null },
      { id: link.code },
    ];
    for (const where of nothing) {
      expect(await findEarningLink(api.ctx(), where, [kit.id]), JSON.stringify(where)).toBeNull();
    }
  });

  it('earns nothing through an archived link or an affiliate who is not active', async () => {
    const archived = await affiliateLink({ archived: true });
    const paused = await affiliateLink({ status: 'paused' });
    for (const link of [archived, paused]) {
      expect(await findEarningLink(api.ctx(), { code: link.code }, [kit.id])).toBeNull();
      expect(await findEarningLink(api.ctx(), { id: link.id }, [kit.id])).toBeNull();
    }
  });
});

describe('createAffiliateLink', () => {
  it('creates the affiliate of a new email with the link, at 30 percent by default', async () => {
    const email = uniqueEmail();
    const code = uniqueCode('Ann');
    const link = await createAffiliateLink(api.ctx(), {
      email: ` ${email.toUpperCase()} `,
      name: ' Ann ',
      code,
    });

    const stored = await api.em().findOneOrFail(AffiliateLink, { id: link.id }, { populate: ['affiliate'] });
    expect(stored).toMatchObject({
      code,
      commissionPercent: 30,
      renewalCommission: 'first_payment',
      product: null,
      archivedAt: null,
    });
    expect(stored.affiliate).toMatchObject({ email, name: 'Ann', status: 'active' });
    expect(affiliateLinkUrl(api.ctx(), link)).toBe(`http://shop.test/products?ref=${code}`);
  });

  it('reuses the affiliate of a known email, who keeps their name', async () => {
    const email = uniqueEmail();
    const first = await createAffiliateLink(api.ctx(), { email, name: 'Ann', code: uniqueCode() });
    const second = await createAffiliateLink(api.ctx(), {
      email: email.toUpperCase(),
      name: 'Someone Else',
      code: uniqueCode(),
      commissionPercent: 45,
      productId: kit.id,
      renewalCommission: 'every_payment',
    });

    expect(second.affiliate.id).toBe(first.affiliate.id);
    const affiliates = await api.em().find(Affiliate, { email });
    expect(affiliates).toHaveLength(1);
    expect(affiliates[0]!.name).toBe('Ann');
    const stored = await api.em().findOneOrFail(AffiliateLink, { id: second.id });
    expect(stored).toMatchObject({ commissionPercent: 45, renewalCommission: 'every_payment' });
    expect(stored.product?.id).toBe(kit.id);
    expect(affiliateLinkUrl(api.ctx(), second)).toBe(
      `http://shop.test/products/aurora-ui-kit?ref=${second.code}`,
    );
  });

  it('refuses malformed input with the field, writing nothing', async () => {
    const valid = { email: uniqueEmail(), code: uniqueCode() };
    const cases: Array<[Partial<Parameters<typeof createAffiliateLink>[1]>, string]> = [
      [{ email: 'not-an-email' }, 'email'],
      [{ email: '   ' }, 'email'],
      [{ code: '' }, 'code'],
      [{ code: 'has space' }, 'code'],
      [{ code: 'ümlaut' }, 'code'],
      [{ code: 'x'.repeat(65) }, 'code'],
      [{ commissionPercent: -1 }, 'commissionPercent'],
      [{ commissionPercent: 101 }, 'commissionPercent'],
      [{ commissionPercent: 12.5 }, 'commissionPercent'],
      [{ name: 'n'.repeat(201) }, 'name'],
    ];
    for (const [change, field] of cases) {
      await expectRefused(
        () => createAffiliateLink(api.ctx(), { ...valid, ...change }),
        'BAD_USER_INPUT',
        field,
      );
    }
    expect(await api.em().count(Affiliate, { email: valid.email })).toBe(0);
  });

  it('accepts the edges of the ranges: 0 and 100 percent, a 64-character code', async () => {
    const none = await createAffiliateLink(api.ctx(), {
      email: uniqueEmail(),
      code: uniqueCode(),
      commissionPercent: 0,
    });
    const all = await createAffiliateLink(api.ctx(), {
      email: uniqueEmail(),
      code: `${randomUUID().replaceAll('-', '')}${'_'.repeat(32)}`,
      commissionPercent: 100,
    });
    expect([none.commissionPercent, all.commissionPercent, all.code.length]).toEqual([0, 100, 64]);
  });

  it('refuses a code another link has whatever its case (CONFLICT), writing nothing', async () => {
    const taken = await affiliateLink({ code: `Taken-${randomUUID().slice(0, 8)}` });
    for (const code of [taken.code, taken.code.toLowerCase(), taken.code.toUpperCase()]) {
      await expectRefused(
        () => createAffiliateLink(api.ctx(), { email: uniqueEmail(), code }),
        'CONFLICT',
        'code',
      );
    }
  });

  it('gives one of two links made at once with the same code a CONFLICT', async () => {
    const code = uniqueCode('Race');
    const results = await Promise.allSettled([
      createAffiliateLink(api.ctx(), { email: uniqueEmail(), code }),
      createAffiliateLink(api.ctx(), { email: uniqueEmail(), code: code.toUpperCase() }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((result) => result.status === 'rejected');
    expect((refused as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT' });
    const links = await api.em().find(AffiliateLink, { code: { $in: [code, code.toUpperCase()] } });
    expect(links).toHaveLength(1);
  });

  it('refuses an unknown or malformed product (NOT_FOUND on productId), writing nothing', async () => {
    for (const productId of [randomUUID(), 'not-a-uuid']) {
      await expectRefused(
        () => createAffiliateLink(api.ctx(), { email: uniqueEmail(), code: uniqueCode(), productId }),
        'NOT_FOUND',
        'productId',
      );
    }
  });

  it('is for creators only', async () => {
    const input = { email: uniqueEmail(), code: uniqueCode() };
    await expectRefused(
      () => createAffiliateLink(contextAs({ kind: 'anonymous' }), input),
      'UNAUTHENTICATED',
    );
    await expectRefused(
      () => createAffiliateLink(contextAs({ kind: 'customer', customerId: randomUUID() }), input),
      'UNAUTHENTICATED',
    );
    const reader = contextAs({
      kind: 'api_key',
      user: null,
      apiKeyId: randomUUID(),
      scopes: ['affiliates:read'],
    });
    await expectRefused(() => createAffiliateLink(reader, input), 'FORBIDDEN');
  });
});

describe('updateAffiliateLink', () => {
  it('changes what it is given and leaves the rest', async () => {
    const link = await affiliateLink({ product: kit, percent: 20 });
    const code = uniqueCode('New');
    await updateAffiliateLink(api.ctx(), link.id, { code, renewalCommission: 'every_payment' });
    let stored = await api.em().findOneOrFail(AffiliateLink, { id: link.id });
    expect(stored).toMatchObject({ code, commissionPercent: 20, renewalCommission: 'every_payment' });
    expect(stored.product?.id).toBe(kit.id);

    await updateAffiliateLink(api.ctx(), link.id, { commissionPercent: 55, productId: font.id });
    stored = await api.em().findOneOrFail(AffiliateLink, { id: link.id });
    expect(stored).toMatchObject({ code, commissionPercent: 55, renewalCommission: 'every_payment' });
    expect(stored.product?.id).toBe(font.id);

    // productId: null makes the link store-wide.
    await updateAffiliateLink(api.ctx(), link.id, { productId: null });
    stored = await api.em().findOneOrFail(AffiliateLink, { id: link.id });
    expect(stored.product).toBeNull();
    expect(stored.commissionPercent).toBe(55);
  });

  it("lets a link change its own code's case, but not take another's", async () => {
    const link = await affiliateLink({ code: `mine-${randomUUID().slice(0, 8)}` });
    const other = await affiliateLink({ code: `theirs-${randomUUID().slice(0, 8)}` });
    const updated = await updateAffiliateLink(api.ctx(), link.id, { code: link.code.toUpperCase() });
    expect(updated.code).toBe(link.code.toUpperCase());
    await expectRefused(
      () => updateAffiliateLink(api.ctx(), link.id, { code: other.code.toUpperCase() }),
      'CONFLICT',
      'code',
    );
    expect((await api.em().findOneOrFail(AffiliateLink, { id: link.id })).code).toBe(link.code.toUpperCase());
  });

  it('refuses bad input and unknown ids, changing nothing', async () => {
    const link = await affiliateLink({ percent: 25 });
    const refusals: Array<[string, Parameters<typeof updateAffiliateLink>[2], string, string?]> = [
      [link.id, { commissionPercent: 101, code: uniqueCode() }, 'BAD_USER_INPUT', 'commissionPercent'],
      [link.id, { code: 'bad code' }, 'BAD_USER_INPUT', 'code'],
      [link.id, { productId: randomUUID(), commissionPercent: 10 }, 'NOT_FOUND', 'productId'],
      [randomUUID(), { commissionPercent: 10 }, 'NOT_FOUND'],
      ['not-a-uuid', { commissionPercent: 10 }, 'NOT_FOUND'],
    ];
    for (const [id, input, code, field] of refusals) {
      await expectRefused(() => updateAffiliateLink(api.ctx(), id, input), code, field);
    }
    const stored = await api.em().findOneOrFail(AffiliateLink, { id: link.id });
    expect(stored).toMatchObject({ code: link.code, commissionPercent: 25, product: null });
  });
});

describe('archiveAffiliateLink, pauseAffiliate, resumeAffiliate', () => {
  it('archives once: a second archive keeps the first time, and the link stops earning', async () => {
    const link = await affiliateLink();
    const first = await archiveAffiliateLink(api.ctx(), link.id, new Date('2026-12-01T10:00:00.000Z'));
    const again = await archiveAffiliateLink(api.ctx(), link.id, new Date('2026-12-05T10:00:00.000Z'));
    expect(first.archivedAt?.toISOString()).toBe('2026-12-01T10:00:00.000Z');
    expect(again.archivedAt?.toISOString()).toBe('2026-12-01T10:00:00.000Z');
    expect(await findEarningLink(api.ctx(), { code: link.code }, [kit.id])).toBeNull();
    // The creator still finds it by code.
    expect((await getAffiliateLinkByCode(api.ctx(), link.code.toUpperCase()))?.id).toBe(link.id);
  });

  it('pauses and resumes an affiliate: their links stop earning and earn again', async () => {
    const link = await affiliateLink();
    const paused = await pauseAffiliate(api.ctx(), link.affiliate.id);
    expect(paused.status).toBe('paused');
    expect(await findEarningLink(api.ctx(), { code: link.code }, [kit.id])).toBeNull();
    const resumed = await resumeAffiliate(api.ctx(), link.affiliate.id);
    expect(resumed.status).toBe('active');
    expect((await findEarningLink(api.ctx(), { code: link.code }, [kit.id]))?.id).toBe(link.id);
  });

  it('answers NOT_FOUND for unknown ids', async () => {
    for (const id of [randomUUID(), 'nope']) {
      await expectRefused(() => archiveAffiliateLink(api.ctx(), id), 'NOT_FOUND');
      await expectRefused(() => pauseAffiliate(api.ctx(), id), 'NOT_FOUND');
      await expectRefused(() => resumeAffiliate(api.ctx(), id), 'NOT_FOUND');
    }
  });
});

describe('listAffiliates and listLinksOfAffiliates', () => {
  it('pages newest first, filters by status and bounds the page size', async () => {
    const paused = await affiliateLink({ status: 'paused' });
    const page = await listAffiliates(api.ctx(), { first: 100, status: 'paused' });
    expect(page.nodes.map((affiliate) => affiliate.status)).not.toContain('active');
    expect(page.nodes.map((affiliate) => affiliate.id)).toContain(paused.affiliate.id);
    expect(page.totalCount).toBe(await api.em().count(Affiliate, { status: 'paused' }));

    const all = await listAffiliates(api.ctx(), { first: 100 });
    const times = all.nodes.map((affiliate) => affiliate.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));

    for (const first of [0, 101]) {
      await expectRefused(() => listAffiliates(api.ctx(), { first }), 'BAD_USER_INPUT', 'first');
    }
  });

  it('lists each affiliate’s links newest first, archived ones included', async () => {
    const email = uniqueEmail();
    const older = await createAffiliateLink(api.ctx(), { email, code: uniqueCode() });
    const newer = await createAffiliateLink(api.ctx(), { email, code: uniqueCode(), productId: kit.id });
    await archiveAffiliateLink(api.ctx(), older.id);
    const lonely = await affiliateLink();
    const links = await listLinksOfAffiliates(api.ctx(), [
      older.affiliate.id,
      lonely.affiliate.id,
      randomUUID(),
    ]);
    expect(links.get(older.affiliate.id)?.map((link) => link.id)).toEqual([newer.id, older.id]);
    expect(links.get(lonely.affiliate.id)?.map((link) => link.id)).toEqual([lonely.id]);
    expect([...links.values()].filter((list) => list.length === 0)).toHaveLength(1);
  });
});

describe('recordAffiliateClick', () => {
  const visit = (code: string, options: { ip?: string | null; userAgent?: string | null } = {}, now?: Date) =>
    recordAffiliateClick(
      api.ctx(),
      {
        code,
        landingPath: '/products/aurora-ui-kit',
        referrer: null,
        ip: options.ip === undefined ? '203.0.113.7' : options.ip,
        userAgent: options.userAgent === undefined ? BROWSER : options.userAgent,
      },
      now,
    );
  const clicksOf = (link: AffiliateLink) => api.em().count(AffiliateClick, { link: link.id });

  it('counts a visitor once per link per UTC day; another visitor or the next day counts again', async () => {
    const link = await affiliateLink({ code: `Click-${randomUUID().slice(0, 8)}` });
    const morning = new Date('2026-12-01T00:05:00.000Z');
    const evening = new Date('2026-12-01T23:55:00.000Z');
    const nextDay = new Date('2026-12-02T00:01:00.000Z');

    expect(await visit(link.code, {}, morning)).toEqual({ valid: true, counted: true });
    expect(await visit(link.code.toLowerCase(), {}, evening)).toEqual({ valid: true, counted: false });
    expect(await visit(link.code, { ip: '198.51.100.1' }, evening)).toEqual({ valid: true, counted: true });
    expect(await visit(link.code, { userAgent: OTHER_BROWSER }, evening)).toEqual({
      valid: true,
      counted: true,
    });
    expect(await visit(link.code, {}, nextDay)).toEqual({ valid: true, counted: true });
    expect(await clicksOf(link)).toBe(4);

    const rows = await api.em().find(AffiliateClick, { link: link.id }, { orderBy: { createdAt: 'asc' } });
    expect(rows.map((row) => String(row.day).slice(0, 10))).toEqual([
      '2026-12-01',
      '2026-12-01',
      '2026-12-01',
      '2026-12-02',
    ]);
    for (const row of rows) {
      expect(row.visitorHash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.landingPath).toBe('/products/aurora-ui-kit');
    }
    // The same visitor has the same hash on another day; another visitor has another.
    expect(rows[0]!.visitorHash).toBe(rows[3]!.visitorHash);
    expect(rows[0]!.visitorHash).not.toBe(rows[1]!.visitorHash);
  });

  it('does not count bots or visits without a user agent, but still says whether the code is valid', async () => {
    const link = await affiliateLink();
    for (const userAgent of [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'curl/8.4.0',
      '',
      '   ',
      null,
    ]) {
      expect(await visit(link.code, { userAgent }), String(userAgent)).toEqual({
        valid: true,
        counted: false,
      });
    }
    expect(await clicksOf(link)).toBe(0);
  });

  it('answers valid: false for unknown, malformed, archived and paused codes, and counts nothing', async () => {
    const archived = await affiliateLink({ archived: true });
    const paused = await affiliateLink({ status: 'paused' });
    for (const code of ['no-such-code', '', 'bad code!', 'x'.repeat(65), archived.code, paused.code]) {
      expect(await visit(code), code).toEqual({ valid: false, counted: false });
    }
    expect(await clicksOf(archived)).toBe(0);
    expect(await clicksOf(paused)).toBe(0);
  });

  it('counts a product link whatever page it lands on', async () => {
    const link = await affiliateLink({ product: font });
    expect(await visit(link.code)).toEqual({ valid: true, counted: true });
  });

  it('keeps the referrer without its query string and cuts long values to 500 characters', async () => {
    const link = await affiliateLink();
    await recordAffiliateClick(api.ctx(), {
      code: link.code,
      landingPath: `/products/${'p'.repeat(600)}`,
      referrer: 'https://user:secret@blog.example.com/review?email=ann%40example.com#comments',
      ip: '203.0.113.9',
      userAgent: BROWSER,
    });
    await recordAffiliateClick(api.ctx(), {
      code: link.code,
      referrer: `https://blog.example.com/${'r'.repeat(600)}?q=1`,
      ip: '203.0.113.10',
      userAgent: BROWSER,
    });
    const rows = await api.em().find(AffiliateClick, { link: link.id }, { orderBy: { createdAt: 'asc' } });
    expect(rows[0]!.referrer).toBe('https://blog.example.com/review');
    expect(rows[0]!.landingPath).toHaveLength(500);
    expect(rows[1]!.referrer).toHaveLength(500);
    expect(rows[1]!.referrer).not.toContain('?');
    expect(rows[1]!.landingPath).toBeNull();
  });
});

describe('linkStatistics and affiliateStatistics', () => {
  /** A paid order for `product` through `link`, paid in the product's currency, and its sale commission. */
  async function saleThrough(link: AffiliateLink, product: Product, totalCents: number) {
    const ctx = api.ctx();
    const sessionId = `test_cs_${randomUUID()}`;
    createPendingOrder(ctx, {
      provider: 'test',
      sessionId,
      product: await ctx.em.findOneOrFail(Product, { id: product.id }),
      email: null,
      affiliateLinkId: link.id,
    });
    await ctx.em.flush();
    return withTransaction(api.ctx(), async (tx) => {
      const order = await lockOrderForCheckout(tx, { provider: 'test', sessionId, orderId: null });
      const customer = await findOrCreateCustomer(tx, { email: 'buyer@example.com', name: null });
      await recordPayment(
        tx,
        order!,
        {
          customerId: customer.id,
          email: 'buyer@example.com',
          currency: product.currency,
          subtotalCents: totalCents,
          discountCents: 0,
          taxCents: 0,
          totalCents,
          paymentIntentId: `test_pi_${randomUUID()}`,
          subscriptionId: null,
        },
        new Date(),
      );
      await recordCommission(
        tx,
        { order: order!, productIds: [product.id], refundWindowDays: 30 },
        new Date(),
      );
      return tx.em.findOneOrFail(Commission, { order: order!.id });
    });
  }

  /** Moves a commission on as the approval job and payouts would: approved, or paid (some or all). */
  async function settle(commission: Commission, change: Partial<Pick<Commission, 'status' | 'paidCents'>>) {
    const em = api.em();
    await em.nativeUpdate(Commission, { id: commission.id }, { approvedAt: new Date(), ...change });
  }

  it('counts clicks, conversions and commission per status and currency, for links and affiliates', async () => {
    const email = uniqueEmail();
    const store = await createAffiliateLink(api.ctx(), { email, code: uniqueCode(), commissionPercent: 10 });
    const fonts = await createAffiliateLink(api.ctx(), {
      email,
      code: uniqueCode(),
      commissionPercent: 50,
      productId: font.id,
    });
    const quiet = await createAffiliateLink(api.ctx(), { email, code: uniqueCode() });
    const someoneElse = await affiliateLink();

    // Clicks: three visitors through the store link, one through the font link, one of someone else's.
    for (const ip of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) {
      await recordAffiliateClick(api.ctx(), { code: store.code, ip, userAgent: BROWSER });
    }
    await recordAffiliateClick(api.ctx(), { code: fonts.code, ip: '203.0.113.1', userAgent: BROWSER });
    await recordAffiliateClick(api.ctx(), { code: someoneElse.code, ip: '203.0.113.1', userAgent: BROWSER });

    // The store link: $100 pending (10.00), $200 approved (20.00), $300 paid in part (30.00, 12.00 paid),
    // $400 paid in full (40.00) with 5.00 owed back open and 3.00 already deducted, $500 reversed.
    const pending = await saleThrough(store, kit, 10_000);
    await settle(await saleThrough(store, kit, 20_000), { status: 'approved' });
    await settle(await saleThrough(store, kit, 30_000), { status: 'approved', paidCents: 1200 });
    const paid = await saleThrough(store, kit, 40_000);
    await settle(paid, { status: 'paid', paidCents: 4000 });
    const reversed = await saleThrough(store, kit, 50_000);
    await api.em().nativeUpdate(Commission, { id: reversed.id }, { status: 'reversed', amountCents: 0 });
    const em = api.em();
    const payout = em.create(Payout, {
      affiliate: store.affiliate.id,
      amountCents: 100,
      currency: 'usd',
      settledCents: 400,
      deductedCents: 300,
      status: 'paid',
      paidAt: new Date(),
    });
    em.create(OwedBack, {
      affiliate: store.affiliate.id,
      commission: paid.id,
      amountCents: 500,
      currency: 'usd',
      reason: 'refund',
    });
    em.create(OwedBack, {
      affiliate: store.affiliate.id,
      commission: paid.id,
      amountCents: 300,
      currency: 'usd',
      reason: 'refund',
      payout,
    });
    // A renewal of the pending sale earns again (10.00 pending) but is not another conversion.
    em.create(Commission, {
      affiliate: store.affiliate.id,
      link: store.id,
      order: em.getReference(Order, pending.order.id),
      paymentRef: `test_pi_${randomUUID()}`,
      kind: 'renewal',
      netCents: 10_000,
      amountCents: 1000,
      currency: 'usd',
      percent: 10,
      availableAt: new Date(),
    });
    await em.flush();

    // The font link: one EUR sale, €19.00 at 50 percent = €9.50 pending.
    await saleThrough(fonts, font, 1900);

    const money = (amount: number, currency = 'usd') => expect.objectContaining({ amount, currency });
    const perLink = await linkStatistics(api.ctx(), [store.id, fonts.id, quiet.id, randomUUID(), 'nope']);
    expect(perLink.get(store.id)).toEqual({
      clicks: 3,
      conversions: 4,
      pending: [money(1000 + 1000)],
      approved: [money(2000 + (3000 - 1200))],
      paid: [money(1200 + 4000)],
      owedBack: [money(500)],
    });
    expect(perLink.get(fonts.id)).toEqual({
      clicks: 1,
      conversions: 1,
      pending: [money(950, 'eur')],
      approved: [],
      paid: [],
      owedBack: [],
    });
    const nothing = { clicks: 0, conversions: 0, pending: [], approved: [], paid: [], owedBack: [] };
    expect(perLink.get(quiet.id)).toEqual(nothing);
    expect(perLink.size).toBe(4);

    const perAffiliate = await affiliateStatistics(api.ctx(), [store.affiliate.id, someoneElse.affiliate.id]);
    const totals = perAffiliate.get(store.affiliate.id)!;
    expect(totals).toEqual({
      clicks: 4,
      conversions: 5,
      pending: [money(950, 'eur'), money(2000)],
      approved: [money(3800)],
      paid: [money(5200)],
      owedBack: [money(500)],
    });
    expect(balanceOf(totals)).toEqual([money(3300)]);
    expect(perAffiliate.get(someoneElse.affiliate.id)).toEqual({ ...nothing, clicks: 1 });
    expect((await linkStatistics(api.ctx(), [])).size).toBe(0);
  });
});

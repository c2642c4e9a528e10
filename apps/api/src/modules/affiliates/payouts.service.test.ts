// Payouts against real Postgres: they settle approved commission oldest first (the last line perhaps in
// part), deduct owed-back lines left by refunds after payout, never send more than the payable balance
// (not even two at once), write nothing when refused, and only the owner (or an API key with the scope)
// records them. Balances per affiliate and currency.
import { randomUUID } from 'node:crypto';
import { User } from '@shelf/db/accounts';
import { Affiliate, AffiliateLink, Commission, OwedBack, Payout } from '@shelf/db/affiliates';
import type { Product } from '@shelf/db/catalog';
import { DomainEvent } from '@shelf/db/events';
import { createProduct } from '@shelf/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/harness.ts';
import { arrangePaidOrder } from '../../../test/paid-order-fixture.ts';
import { type Actor, createServiceContext, type ServiceContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { applyPaymentEvent } from '../payments/payment-lifecycle.service.ts';
import {
  listAffiliateBalances,
  listPayouts,
  type RecordPayoutInput,
  recordPayout,
} from './payouts.service.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

let api: TestApi;
let kit: Product;
let owner: User;
let staff: User;
beforeAll(async () => {
  api = await startTestApi({ SEED_DEMO: 'false' });
  const em = api.em();
  kit = await createProduct(em, { name: 'Aurora UI Kit', priceCents: 4900 });
  owner = await em.findOneOrFail(User, { role: 'owner' });
  staff = em.create(User, { email: 'helper@example.com', passwordHash: 'x', role: 'staff' });
  await em.flush();
});
afterAll(() => api.close());

const as = (actor: Actor): ServiceContext =>
  createServiceContext(api.services, { requestId: 'payouts-test', actor });
const asOwner = () => as({ kind: 'user', user: owner, role: 'owner', via: 'session' });

async function newAffiliate(name = 'Fan') {
  const em = api.em();
  const affiliate = em.create(Affiliate, { email: `fan-${randomUUID()}@example.com`, name });
  const link = em.create(AffiliateLink, { affiliate, code: `fan-${randomUUID().slice(0, 8)}` });
  await em.flush();
  return { affiliate, link };
}

type Line = { amountCents: number; approvedDaysAgo: number; currency?: string };

/** An approved commission line on a paid order of its own; approvedDaysAgo orders them. */
async function approvedLine(owner: { affiliate: Affiliate; link: AffiliateLink }, line: Line) {
  const paid = await arrangePaidOrder(api.ctx(), [kit], 'buyer@example.com');
  const em = api.em();
  const approvedAt = new Date(Date.now() - line.approvedDaysAgo * DAY_MS);
  const commission = em.create(Commission, {
    affiliate: em.getReference(Affiliate, owner.affiliate.id),
    link: em.getReference(AffiliateLink, owner.link.id),
    order: paid.order.id,
    netCents: 4900,
    amountCents: line.amountCents,
    currency: line.currency ?? 'usd',
    percent: 30,
    status: 'approved',
    availableAt: approvedAt,
    approvedAt,
  });
  await em.flush();
  return { commission, order: paid.order };
}

const payout = (affiliate: Affiliate, amountCents: number, extra: Partial<RecordPayoutInput> = {}) => ({
  affiliateId: affiliate.id,
  amountCents,
  currency: 'usd',
  method: 'Bank transfer',
  ...extra,
});

async function linesOf(affiliate: Affiliate) {
  const lines = await api
    .em()
    .find(Commission, { affiliate: affiliate.id }, { orderBy: { approvedAt: 'asc' }, populate: ['payout'] });
  return lines.map((line) => [line.amountCents, line.paidCents, line.status]);
}

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const balanceOf = async (affiliate: Affiliate) =>
  (await listAffiliateBalances(asOwner()))
    .filter((balance) => balance.affiliate.id === affiliate.id)
    .map(({ currency, approvedCents, owedBackCents, payableCents }) => ({
      currency,
      approvedCents,
      owedBackCents,
      payableCents,
    }));

describe('recordPayout', () => {
  it('settles approved commission oldest first, the last line in part', async () => {
    const fan = await newAffiliate();
    await approvedLine(fan, { amountCents: 500, approvedDaysAgo: 2 });
    await approvedLine(fan, { amountCents: 1000, approvedDaysAgo: 3 });
    await approvedLine(fan, { amountCents: 800, approvedDaysAgo: 1 });
    const paidAt = new Date('2026-12-01T10:00:00.000Z');

    const first = await recordPayout(
      asOwner(),
      payout(fan.affiliate, 1200, { method: '  PayPal ', reference: 'PP-123', note: 'November' }),
      paidAt,
    );
    expect(first).toMatchObject({
      amountCents: 1200,
      settledCents: 1200,
      deductedCents: 0,
      currency: 'usd',
      status: 'paid',
      method: 'PayPal',
      reference: 'PP-123',
      note: 'November',
      paidAt,
    });
    expect(first.recordedBy?.id).toBe(owner.id);
    expect(await linesOf(fan.affiliate)).toEqual([
      [1000, 1000, 'paid'],
      [500, 200, 'approved'],
      [800, 0, 'approved'],
    ]);
    expect(await balanceOf(fan.affiliate)).toEqual([
      { currency: 'usd', approvedCents: 1100, owedBackCents: 0, payableCents: 1100 },
    ]);

    await recordPayout(asOwner(), payout(fan.affiliate, 1100));
    expect(await linesOf(fan.affiliate)).toEqual([
      [1000, 1000, 'paid'],
      [500, 500, 'paid'],
      [800, 800, 'paid'],
    ]);
    expect(await balanceOf(fan.affiliate)).toEqual([]);
    const payouts = await listPayouts(asOwner(), { affiliateId: fan.affiliate.id });
    expect(payouts.nodes.map((row) => row.amountCents)).toEqual([1100, 1200]);
    expect(payouts.totalCount).toBe(2);
    const lastLines = await api.em().find(Commission, { affiliate: fan.affiliate.id });
    expect(lastLines.every((line) => line.payout !== null)).toBe(true);
    expect(await api.em().count(DomainEvent, { type: 'payout.recorded', subjectId: first.id })).toBe(1);
  });

  it('refuses more than the payable balance, saying what it is, and writes nothing', async () => {
    const fan = await newAffiliate();
    await approvedLine(fan, { amountCents: 1470, approvedDaysAgo: 1 });
    await approvedLine(fan, { amountCents: 900, approvedDaysAgo: 1, currency: 'eur' });

    const error = await errorOf(recordPayout(asOwner(), payout(fan.affiliate, 1471)));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('$14.70');
    expect(error.details).toMatchObject({ payable: 1470 });
    // Another currency's balance does not pay for this one.
    expect(
      (await errorOf(recordPayout(asOwner(), payout(fan.affiliate, 1000, { currency: 'EUR' })))).code,
    ).toBe('CONFLICT');

    expect(await api.em().count(Payout, { affiliate: fan.affiliate.id })).toBe(0);
    expect(await linesOf(fan.affiliate)).toEqual([
      [1470, 0, 'approved'],
      [900, 0, 'approved'],
    ]);
  });

  it('refuses bad input on its field, and an unknown affiliate, before writing anything', async () => {
    const fan = await newAffiliate();
    await approvedLine(fan, { amountCents: 1000, approvedDaysAgo: 1 });
    const bad: Array<[Partial<RecordPayoutInput>, string]> = [
      [{ amountCents: 0 }, 'amount'],
      [{ amountCents: -100 }, 'amount'],
      [{ amountCents: 10.5 }, 'amount'],
      [{ currency: 'us' }, 'currency'],
      [{ currency: 'usd1' }, 'currency'],
      [{ method: '   ' }, 'method'],
      [{ method: 'x'.repeat(51) }, 'method'],
      [{ reference: 'r'.repeat(201) }, 'reference'],
      [{ note: 'n'.repeat(501) }, 'note'],
    ];
    for (const [change, field] of bad) {
      const error = await errorOf(recordPayout(asOwner(), payout(fan.affiliate, 500, change)));
      expect([error.code, error.details.field], JSON.stringify(change)).toEqual(['BAD_USER_INPUT', field]);
    }
    for (const affiliateId of [randomUUID(), 'not-an-id']) {
      const error = await errorOf(recordPayout(asOwner(), { ...payout(fan.affiliate, 500), affiliateId }));
      expect(error.code).toBe('NOT_FOUND');
    }
    expect(await api.em().count(Payout, { affiliate: fan.affiliate.id })).toBe(0);
    expect(await linesOf(fan.affiliate)).toEqual([[1000, 0, 'approved']]);
  });

  it('lets two payouts at once send no more than the balance together', async () => {
    const fan = await newAffiliate();
    await approvedLine(fan, { amountCents: 1000, approvedDaysAgo: 1 });
    const results = await Promise.allSettled([
      recordPayout(asOwner(), payout(fan.affiliate, 700)),
      recordPayout(asOwner(), payout(fan.affiliate, 700)),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((result) => result.status === 'rejected');
    expect((refused as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT' });
    expect(await linesOf(fan.affiliate)).toEqual([[1000, 700, 'approved']]);
    expect(await balanceOf(fan.affiliate)).toEqual([
      { currency: 'usd', approvedCents: 300, owedBackCents: 0, payableCents: 300 },
    ]);
  });

  it('deducts what a refund after payout left owed back from the next payout', async () => {
    const fan = await newAffiliate();
    const { order } = await approvedLine(fan, { amountCents: 1470, approvedDaysAgo: 5 });
    await recordPayout(asOwner(), payout(fan.affiliate, 1470));

    // The buyer gets all the money back after the commission was paid out.
    await applyPaymentEvent(api.ctx(), {
      type: 'payment.refunded',
      provider: 'test',
      paymentId: order.providerPaymentIntentId!,
      refundedCents: 4900,
      fullyRefunded: true,
      at: new Date(),
    });
    const owed = await api.em().find(OwedBack, { affiliate: fan.affiliate.id });
    expect(owed.map((line) => [line.amountCents, line.reason, line.payout])).toEqual([
      [1470, `refund of order #${order.number}`, null],
    ]);
    // Nothing approved, 14.70 owed: a negative balance with its owed-back line in plain sight.
    expect(await balanceOf(fan.affiliate)).toEqual([
      { currency: 'usd', approvedCents: 0, owedBackCents: 1470, payableCents: -1470 },
    ]);
    expect((await errorOf(recordPayout(asOwner(), payout(fan.affiliate, 1)))).code).toBe('CONFLICT');

    await approvedLine(fan, { amountCents: 3000, approvedDaysAgo: 1 });
    const next = await recordPayout(asOwner(), payout(fan.affiliate, 1530));
    expect(next).toMatchObject({ amountCents: 1530, settledCents: 3000, deductedCents: 1470 });
    const deducted = await api.em().find(OwedBack, { affiliate: fan.affiliate.id });
    expect(deducted.map((line) => line.payout?.id)).toEqual([next.id]);
    expect(await linesOf(fan.affiliate)).toEqual([
      [1470, 1470, 'paid'],
      [3000, 3000, 'paid'],
    ]);
    expect(await balanceOf(fan.affiliate)).toEqual([]);
  });

  it('is for the owner, an API key with affiliates:write, or the store; staff may not', async () => {
    const fan = await newAffiliate();
    await approvedLine(fan, { amountCents: 1000, approvedDaysAgo: 1 });
    const refusals: Array<[Actor, string]> = [
      [{ kind: 'user', user: staff, role: 'staff', via: 'session' }, 'FORBIDDEN'],
      [{ kind: 'api_key', user: owner, apiKeyId: randomUUID(), scopes: ['affiliates:read'] }, 'FORBIDDEN'],
      [{ kind: 'anonymous' }, 'UNAUTHENTICATED'],
      [{ kind: 'affiliate', affiliateId: fan.affiliate.id }, 'UNAUTHENTICATED'],
    ];
    for (const [actor, code] of refusals) {
      expect((await errorOf(recordPayout(as(actor), payout(fan.affiliate, 100)))).code, actor.kind).toBe(
        code,
      );
    }
    expect(await api.em().count(Payout, { affiliate: fan.affiliate.id })).toBe(0);

    const key = as({ kind: 'api_key', user: owner, apiKeyId: randomUUID(), scopes: ['affiliates:write'] });
    expect((await recordPayout(key, payout(fan.affiliate, 100))).amountCents).toBe(100);
    const store = await recordPayout(api.ctx(), payout(fan.affiliate, 100));
    expect(store.recordedBy).toBeNull();
  });
});

describe('balances', () => {
  it('lists each affiliate with something approved or owed back, per currency, for creators only', async () => {
    const fan = await newAffiliate('Ada');
    await approvedLine(fan, { amountCents: 1234, approvedDaysAgo: 1 });
    await approvedLine(fan, { amountCents: 500, approvedDaysAgo: 1, currency: 'jpy' });
    const idle = await newAffiliate('Idle');

    const balances = await listAffiliateBalances(asOwner());
    expect(balances.some((balance) => balance.affiliate.id === idle.affiliate.id)).toBe(false);
    expect(await balanceOf(fan.affiliate)).toEqual([
      { currency: 'jpy', approvedCents: 500, owedBackCents: 0, payableCents: 500 },
      { currency: 'usd', approvedCents: 1234, owedBackCents: 0, payableCents: 1234 },
    ]);

    expect((await errorOf(listAffiliateBalances(as({ kind: 'anonymous' })))).code).toBe('UNAUTHENTICATED');
  });
});

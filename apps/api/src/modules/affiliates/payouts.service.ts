// Paying affiliates: the approved balance per affiliate and currency (what the dashboard's CSV for paying
// through a bank or PayPal is built from), the payouts the creator records (settling approved commission
// oldest first and deducting open owed-back lines, decision 008), and the creator's lists of payouts and
// commissions.
import type { CommissionStatus } from '@shelf/db/affiliates';
import { Affiliate, Commission, Payout } from '@shelf/db/affiliates';
import { formatMoney } from '@shelf/format';
import { type ServiceContext, withTransaction } from '../../context.ts';
import { AppError, badInput, notFound } from '../../errors.ts';
import { requireCreator } from '../accounts/accounts.service.ts';
import { isUuid } from '../common/ids.ts';
import { type Page, pageNewestFirst } from '../common/newest-first-page.ts';
import { recordDomainEvent } from '../events/events.service.ts';
import { lockAffiliate } from './commissions.service.ts';

export type RecordPayoutInput = {
  affiliateId: string;
  /** What was sent, in minor units of `currency`. */
  amountCents: number;
  currency: string;
  method: string;
  reference?: string | null;
  note?: string | null;
};

/** One affiliate's balance in one currency; `payableCents` is negative when owed back exceeds approved. */
export type AffiliateBalanceModel = {
  affiliate: Affiliate;
  currency: string;
  approvedCents: number;
  owedBackCents: number;
  payableCents: number;
};

/** Trimmed, with blank as null; BAD_USER_INPUT on `field` when longer than `max`. */
function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  const text = value?.trim() ?? '';
  if (text.length > max) throw badInput(`${field} must be at most ${max} characters.`, field);
  return text === '' ? null : text;
}

function parsePayout(input: RecordPayoutInput) {
  if (!Number.isSafeInteger(input.amountCents) || input.amountCents <= 0) {
    throw badInput('The amount must be a whole number of minor units above zero.', 'amount');
  }
  const currency = input.currency.trim();
  if (!/^[A-Za-z]{3}$/.test(currency)) {
    throw badInput('The currency must be a three-letter code such as usd.', 'currency');
  }
  const method = input.method.trim();
  if (method.length < 1 || method.length > 50) {
    throw badInput('Say how the payout was sent, in 1 to 50 characters.', 'method');
  }
  return {
    amountCents: input.amountCents,
    currency: currency.toLowerCase(),
    method,
    reference: optionalText(input.reference, 'reference', 200),
    note: optionalText(input.note, 'note', 500),
  };
}

/**
 * Records money sent to an affiliate (the owner, an API key with affiliates:write, or the store itself;
 * staff may not). In one transaction under the affiliate's row lock, so two payouts cannot together send
 * more than the balance: it refuses more than approved minus open owed back (CONFLICT), deducts every
 * open owed-back line of the currency and settles approved commission oldest first for the amount plus
 * what it deducted, the last line perhaps in part. Bad input or a refusal writes nothing.
 */
export async function recordPayout(
  ctx: ServiceContext,
  input: RecordPayoutInput,
  now: Date = new Date(),
): Promise<Payout> {
  const actor = requireCreator(ctx, 'affiliates:write');
  if (actor.kind === 'user' && actor.role !== 'owner') {
    throw new AppError('FORBIDDEN', 'Only the store owner records payouts.');
  }
  const payout = parsePayout(input);
  if (!isUuid(input.affiliateId)) throw notFound('There is no affiliate with this id.');
  const recordedBy = actor.kind === 'system' ? null : actor.user;

  return withTransaction(ctx, async (tx) => {
    const sql = tx.em.getConnection();
    const trx = tx.em.getTransactionContext();
    if (!(await lockAffiliate(tx, input.affiliateId))) throw notFound('There is no affiliate with this id.');
    const open = await sql.execute<Array<{ id: string; unpaid: number }>>(
      `select id, amount_cents - paid_cents as unpaid from commission
       where affiliate_id = ? and currency = ? and status = 'approved' and amount_cents > paid_cents
       order by approved_at, created_at, id
       for update`,
      [input.affiliateId, payout.currency],
      'all',
      trx,
    );
    const owed = await sql.execute<Array<{ id: string; amount_cents: number }>>(
      `select id, amount_cents from owed_back
       where affiliate_id = ? and currency = ? and payout_id is null
       for update`,
      [input.affiliateId, payout.currency],
      'all',
      trx,
    );
    const approvedCents = open.reduce((sum, line) => sum + line.unpaid, 0);
    const deductedCents = owed.reduce((sum, line) => sum + line.amount_cents, 0);
    const payableCents = approvedCents - deductedCents;
    if (payout.amountCents > payableCents) {
      throw new AppError(
        'CONFLICT',
        `The affiliate's payable balance is ${formatMoney(Math.max(0, payableCents), payout.currency)}; a payout cannot be more.`,
        { payable: payableCents, currency: payout.currency },
      );
    }

    const affiliate = await tx.em.findOneOrFail(Affiliate, { id: input.affiliateId });
    const settledCents = payout.amountCents + deductedCents;
    const row = tx.em.create(Payout, {
      affiliate,
      amountCents: payout.amountCents,
      currency: payout.currency,
      settledCents,
      deductedCents,
      status: 'paid',
      method: payout.method,
      reference: payout.reference,
      note: payout.note,
      recordedBy,
      paidAt: now,
      createdAt: now,
    });
    await tx.em.flush();

    let left = settledCents;
    for (const line of open) {
      if (left === 0) break;
      const take = Math.min(line.unpaid, left);
      left -= take;
      await sql.execute(
        `update commission set paid_cents = paid_cents + ?, payout_id = ?,
           status = case when paid_cents + ? = amount_cents then 'paid' else status end
         where id = ?`,
        [take, row.id, take, line.id],
        'run',
        trx,
      );
    }
    if (owed.length > 0) {
      await sql.execute(
        `update owed_back set payout_id = ? where id in (${owed.map(() => '?').join(', ')})`,
        [row.id, ...owed.map((line) => line.id)],
        'run',
        trx,
      );
    }
    await recordDomainEvent(tx, {
      type: 'payout.recorded',
      subjectId: row.id,
      payload: {
        payoutId: row.id,
        affiliateId: affiliate.id,
        currency: row.currency,
        amount: row.amountCents,
        settled: settledCents,
        deducted: deductedCents,
      },
    });
    return row;
  });
}

/**
 * Every affiliate with approved commission or open owed-back lines, per currency: approved (not yet paid),
 * owed back, and payable = approved - owed back, which is negative when the affiliate owes the store.
 * Ordered by affiliate name, email, then currency.
 */
export async function listAffiliateBalances(ctx: ServiceContext): Promise<AffiliateBalanceModel[]> {
  requireCreator(ctx, 'affiliates:read');
  const rows = await ctx.em
    .getConnection()
    .execute<Array<{ affiliate_id: string; currency: string; approved: string; owed: string }>>(
      `with approved as (
       select affiliate_id, currency, sum(amount_cents - paid_cents) as cents from commission
       where status = 'approved' group by affiliate_id, currency
     ), owed as (
       select affiliate_id, currency, sum(amount_cents) as cents from owed_back
       where payout_id is null group by affiliate_id, currency
     )
     select coalesce(a.affiliate_id, o.affiliate_id) as affiliate_id, coalesce(a.currency, o.currency) as currency,
       coalesce(a.cents, 0) as approved, coalesce(o.cents, 0) as owed
     from approved a full outer join owed o on o.affiliate_id = a.affiliate_id and o.currency = a.currency
     where coalesce(a.cents, 0) > 0 or coalesce(o.cents, 0) > 0`,
      [],
      'all',
      ctx.em.getTransactionContext(),
    );
  const affiliates = await ctx.em.find(Affiliate, { id: { $in: rows.map((row) => row.affiliate_id) } });
  const byId = new Map(affiliates.map((affiliate) => [affiliate.id, affiliate]));
  return rows
    .map((row) => {
      const approvedCents = Number(row.approved);
      const owedBackCents = Number(row.owed);
      return {
        affiliate: byId.get(row.affiliate_id)!,
        currency: row.currency,
        approvedCents,
        owedBackCents,
        payableCents: approvedCents - owedBackCents,
      };
    })
    .sort(
      (a, b) =>
        a.affiliate.name.localeCompare(b.affiliate.name) ||
        a.affiliate.email.localeCompare(b.affiliate.email) ||
        a.currency.localeCompare(b.currency),
    );
}

/** Turns a malformed affiliate id into a clear error before it reaches SQL. */
function affiliateIdOf(affiliateId: string): string {
  if (!isUuid(affiliateId)) throw badInput('The affiliate id is not valid.', 'affiliateId');
  return affiliateId;
}

/** One affiliate's payouts, newest first. */
export function listPayouts(
  ctx: ServiceContext,
  args: { affiliateId: string; first?: number | null; after?: string | null },
): Promise<Page<Payout>> {
  requireCreator(ctx, 'affiliates:read');
  return pageNewestFirst(ctx.em, Payout, {
    first: args.first,
    after: args.after,
    filter: { affiliate: affiliateIdOf(args.affiliateId) },
    populate: ['affiliate'],
  });
}

/** One affiliate's commission lines, newest first, optionally only those with one status. */
export function listCommissions(
  ctx: ServiceContext,
  args: {
    affiliateId: string;
    first?: number | null;
    after?: string | null;
    status?: CommissionStatus | null;
  },
): Promise<Page<Commission>> {
  requireCreator(ctx, 'affiliates:read');
  return pageNewestFirst(ctx.em, Commission, {
    first: args.first,
    after: args.after,
    filter: {
      affiliate: affiliateIdOf(args.affiliateId),
      ...(args.status ? { status: args.status } : {}),
    },
    populate: ['link', 'order', 'order.items'],
  });
}

// Commission: one formula for a sale, its renewals and their refunds (commissionFor), recorded once per
// payment, approved after the refund window, reversed or reduced by refunds before approval and turned
// into owed-back lines after it (decision 008). Announced as domain events.
//
// Locks, always in this order: the affiliate row (FOR NO KEY UPDATE, which payouts take too), then the
// commission row. So a refund and a payout of the same affiliate take turns and never deadlock, and a
// refund and the approval job never both decide what one pending line becomes.
import { randomUUID } from 'node:crypto';
import { LockMode, type QueryResult } from '@mikro-orm/core';
import type { Affiliate, AffiliateLink } from '@shelf/db/affiliates';
import { Commission, type CommissionKind, FIRST_PAYMENT_REF, OwedBack } from '@shelf/db/affiliates';
import type { Order, PaymentProvider } from '@shelf/db/orders';
import { type ServiceContext, withTransaction } from '../../context.ts';
import { normaliseEmail } from '../common/email-address.ts';
import { recordDomainEvent } from '../events/events.service.ts';
import type { Jobs } from '../jobs/jobs.service.ts';
import { orderNetCents } from '../orders/orders.service.ts';
import { findEarningLink } from './affiliates.service.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How often worker processes approve commissions whose refund window has passed. */
const APPROVAL_INTERVAL_SECONDS = 600;

/** Commission on a net amount (paid after discount, before tax) at a link's percent: floor, in cents. */
export function commissionFor(netCents: number, percent: number): number {
  return Math.floor((netCents * percent) / 100);
}

/** What took money back: a refund (in part or in full) or a lost dispute (always the whole payment). */
export type RefundCause = 'refund' | 'lost_dispute';

/**
 * Records the commission a paid order earns its link: one `sale` line per (order, link), payable after the
 * refund window. An order whose link no longer earns gets none, and neither does a buyer who is the
 * affiliate. Recording again changes nothing.
 */
export async function recordCommission(
  ctx: ServiceContext,
  input: { order: Order; productIds: readonly string[]; refundWindowDays: number },
  now: Date,
): Promise<void> {
  const { order } = input;
  if (!order.affiliateLink) return;
  const link = await findEarningLink(ctx, { id: order.affiliateLink.id }, input.productIds);
  if (!link || (await isSelfReferral(ctx, order, link.affiliate))) return;
  await insertCommissionLine(ctx, {
    link,
    order,
    paymentRef: FIRST_PAYMENT_REF,
    kind: 'sale',
    netCents: orderNetCents(order),
    currency: order.currency,
    availableAt: new Date(now.getTime() + input.refundWindowDays * DAY_MS),
  });
}

/**
 * Records the commission a paid subscription renewal earns, when the order's link says every payment
 * earns and still earns on the order's products: one `renewal` line per provider payment, payable after
 * the refund window counted from the payment. Self-referral earns nothing here either.
 */
export async function recordRenewalCommission(
  ctx: ServiceContext,
  input: {
    order: Order;
    /** The provider's id of the renewal payment; a refund of it finds the line by this. */
    paymentId: string;
    /** What the renewal paid after discount and before tax. */
    netCents: number;
    currency: string;
    paidAt: Date;
    refundWindowDays: number;
  },
): Promise<void> {
  const { order } = input;
  // The subscription hands over its order as a reference: load it, with what the rules below read.
  await ctx.em.populate(order, ['items', 'customer']);
  if (!order.affiliateLink) return;
  const productIds = order.items.getItems().map((item) => item.product.id);
  const link = await findEarningLink(ctx, { id: order.affiliateLink.id }, productIds);
  if (link?.renewalCommission !== 'every_payment' || (await isSelfReferral(ctx, order, link.affiliate))) {
    return;
  }
  await insertCommissionLine(ctx, {
    link,
    order,
    paymentRef: input.paymentId,
    kind: 'renewal',
    netCents: Math.max(0, input.netCents),
    currency: input.currency.toLowerCase(),
    availableAt: new Date(input.paidAt.getTime() + input.refundWindowDays * DAY_MS),
  });
}

/** A buyer earns nothing through their own link: the order's email, or its customer's, is the affiliate's. */
async function isSelfReferral(ctx: ServiceContext, order: Order, affiliate: Affiliate): Promise<boolean> {
  await ctx.em.populate(order, ['customer']);
  const own = normaliseEmail(affiliate.email);
  const buyer = [order.email, order.customer?.email].filter((email): email is string => Boolean(email));
  return buyer.some((email) => normaliseEmail(email) === own);
}

/**
 * Inserts one commission line unless its (order, link, payment) already has one, and announces it. A plain
 * insert would abort the caller's transaction on the unique key; this one simply does nothing.
 */
async function insertCommissionLine(
  ctx: ServiceContext,
  line: {
    link: AffiliateLink;
    order: Order;
    paymentRef: string;
    kind: CommissionKind;
    netCents: number;
    currency: string;
    availableAt: Date;
  },
): Promise<void> {
  const id = randomUUID();
  const { link, order } = line;
  const amountCents = commissionFor(line.netCents, link.commissionPercent);
  const result = await ctx.em.getConnection().execute<QueryResult>(
    `insert into commission (id, affiliate_id, link_id, order_id, payment_ref, kind, net_cents, amount_cents,
       currency, percent, status, available_at, paid_cents, owed_back_cents, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, 0, 0, now())
     on conflict (order_id, link_id, payment_ref) do nothing`,
    [
      id,
      link.affiliate.id,
      link.id,
      order.id,
      line.paymentRef,
      line.kind,
      line.netCents,
      amountCents,
      line.currency,
      link.commissionPercent,
      line.availableAt,
    ],
    'run',
    ctx.em.getTransactionContext(),
  );
  if (result.affectedRows === 0) return;
  await recordDomainEvent(ctx, {
    type: 'commission.created',
    subjectId: id,
    payload: {
      commissionId: id,
      affiliateId: link.affiliate.id,
      linkCode: link.code,
      orderId: order.id,
      kind: line.kind,
      currency: line.currency,
      amount: amountCents,
      percent: link.commissionPercent,
    },
  });
}

/**
 * What a refund or a lost dispute of an order's own payment does to its commission, from the payment's
 * refunded share: before approval a full refund or lost dispute reverses the line and a partial refund
 * lowers it; after approval the line stays and the difference becomes an owed-back line. The order's
 * refunded amount is cumulative, so applying the same refund twice changes nothing.
 */
export async function adjustCommissionForRefund(
  ctx: ServiceContext,
  order: Order,
  now: Date,
  cause: RefundCause = 'refund',
): Promise<void> {
  const lines = await ctx.em.find(Commission, { order: order.id, paymentRef: FIRST_PAYMENT_REF });
  const fullyRefunded = cause === 'lost_dispute' || order.refundedCents >= order.totalCents;
  for (const line of lines) {
    // Refunds come out of the net in proportion: tax goes back to the buyer in the same share, but
    // commission was computed on the net, so what remains is the net less the refunded share of it.
    const remainingNet = fullyRefunded
      ? 0
      : Math.max(0, line.netCents - Math.round((order.refundedCents * line.netCents) / order.totalCents));
    const reason =
      cause === 'lost_dispute'
        ? `lost dispute on order #${order.number}`
        : `refund of order #${order.number}`;
    await applyRemainingNet(ctx, line, { remainingNet, reason, orderId: order.id }, now);
  }
}

/**
 * The same for a renewal payment, whose line is found by the provider's payment id. `paymentCents` is the
 * payment's whole amount (with tax), for the refunded share; without it the refund is taken from the net.
 * Returns whether the payment had a commission line.
 */
export async function adjustRenewalCommissionForRefund(
  ctx: ServiceContext,
  refund: {
    provider: PaymentProvider;
    paymentId: string;
    cause: RefundCause;
    refundedCents: number;
    paymentCents: number | null;
    fullyRefunded: boolean;
  },
  now: Date,
): Promise<boolean> {
  const lines = await ctx.em.find(
    Commission,
    { paymentRef: refund.paymentId, kind: 'renewal', order: { provider: refund.provider } },
    { populate: ['order'] },
  );
  for (const line of lines) {
    const refunded = Math.max(0, refund.refundedCents);
    let remainingNet = 0;
    if (refund.cause === 'refund' && !refund.fullyRefunded) {
      const taken =
        refund.paymentCents && refund.paymentCents > 0
          ? Math.round((Math.min(refunded, refund.paymentCents) * line.netCents) / refund.paymentCents)
          : refunded;
      remainingNet = Math.max(0, line.netCents - taken);
    }
    const what = refund.cause === 'lost_dispute' ? 'lost dispute on' : 'refund of';
    const reason = `${what} a renewal payment of order #${line.order.number}`;
    await applyRemainingNet(ctx, line, { remainingNet, reason, orderId: line.order.id }, now);
  }
  return lines.length > 0;
}

/** Brings one line in line with what its payment still pays: see adjustCommissionForRefund. */
async function applyRemainingNet(
  ctx: ServiceContext,
  found: Commission,
  change: { remainingNet: number; reason: string; orderId: string },
  now: Date,
): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    await lockAffiliate(tx, found.affiliate.id);
    const line = await tx.em.findOne(
      Commission,
      { id: found.id },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    if (!line || line.status === 'reversed') return;
    const earned = commissionFor(change.remainingNet, line.percent);
    if (line.status === 'pending') {
      await adjustPendingLine(tx, line, { ...change, earned }, now);
      return;
    }
    // Approved or paid: final. Only what the refund takes back beyond what is already owed is new.
    const owed = line.amountCents - earned;
    if (owed <= line.owedBackCents) return;
    const owedBack = tx.em.create(OwedBack, {
      affiliate: line.affiliate,
      commission: line,
      amountCents: owed - line.owedBackCents,
      currency: line.currency,
      reason: change.reason.slice(0, 200),
    });
    line.owedBackCents = owed;
    await tx.em.flush();
    await recordDomainEvent(tx, {
      type: 'commission.owed_back',
      subjectId: line.id,
      dedupeKey: `commission.owed_back:${line.id}:${owed}`,
      payload: {
        commissionId: line.id,
        affiliateId: line.affiliate.id,
        orderId: change.orderId,
        owedBackId: owedBack.id,
        currency: line.currency,
        amount: owedBack.amountCents,
        totalOwedBack: owed,
      },
    });
  });
}

async function adjustPendingLine(
  ctx: ServiceContext,
  line: Commission,
  change: { remainingNet: number; earned: number; orderId: string },
  now: Date,
): Promise<void> {
  if (change.remainingNet > 0) {
    // Refunded amounts only grow, so a line only ever goes down.
    if (change.earned < line.amountCents) line.amountCents = change.earned;
    await ctx.em.flush();
    return;
  }
  line.status = 'reversed';
  line.reversedAt = now;
  line.amountCents = 0;
  await ctx.em.flush();
  await recordDomainEvent(ctx, {
    type: 'commission.reversed',
    subjectId: line.id,
    payload: {
      commissionId: line.id,
      affiliateId: line.affiliate.id,
      orderId: change.orderId,
      currency: line.currency,
    },
  });
}

/**
 * Takes the affiliate's row lock for changes to their balance (refunds, payouts). NO KEY UPDATE, not
 * UPDATE: it must not block the inserts of new commission lines, which only take a key-share lock on it.
 */
export async function lockAffiliate(ctx: ServiceContext, affiliateId: string): Promise<boolean> {
  const rows = await ctx.em
    .getConnection()
    .execute<Array<{ id: string }>>(
      'select id from affiliate where id = ? for no key update',
      [affiliateId],
      'all',
      ctx.em.getTransactionContext(),
    );
  return rows.length > 0;
}

/**
 * Approves every pending line whose refund window has passed, in one statement, and announces each once.
 * Running it again, or in two processes at once, approves nothing more. Returns how many it approved.
 */
export async function approveDueCommissions(ctx: ServiceContext, now: Date): Promise<number> {
  return withTransaction(ctx, async (tx) => {
    const approved = await tx.em.getConnection().execute<
      Array<{
        id: string;
        affiliate_id: string;
        order_id: string;
        kind: CommissionKind;
        amount_cents: number;
        currency: string;
      }>
    >(
      `update commission set status = 'approved', approved_at = ?
       where status = 'pending' and available_at <= ?
       returning id, affiliate_id, order_id, kind, amount_cents, currency`,
      [now, now],
      'all',
      tx.em.getTransactionContext(),
    );
    for (const row of approved) {
      await recordDomainEvent(tx, {
        type: 'commission.approved',
        subjectId: row.id,
        dedupeKey: `commission.approved:${row.id}`,
        payload: {
          commissionId: row.id,
          affiliateId: row.affiliate_id,
          orderId: row.order_id,
          kind: row.kind,
          currency: row.currency,
          amount: row.amount_cents,
        },
      });
    }
    return approved.length;
  });
}

/** Registers the approval as a periodic task of the worker processes (jobs.every). */
export function scheduleCommissionApproval(
  jobs: Pick<Jobs, 'every'>,
  context: () => ServiceContext,
  intervalSeconds = APPROVAL_INTERVAL_SECONDS,
): void {
  jobs.every('affiliates.approve-commissions', intervalSeconds, async () => {
    const ctx = context();
    const approved = await approveDueCommissions(ctx, new Date());
    if (approved > 0) ctx.log.info({ approved }, 'commissions approved after their refund window');
  });
}

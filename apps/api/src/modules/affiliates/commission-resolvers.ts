// Commission and payouts over GraphQL, for the creator: an affiliate's commission lines, every
// affiliate's balance, recording a payout and an affiliate's payouts (Affiliate.payouts; the rest of
// Affiliate is resolvers.ts). Thin over commissions.service.ts and payouts.service.ts, which authorise.
import type { CommissionStatus } from '@shelf/db/affiliates';
import type {
  CommissionKind as CommissionKindEnum,
  CommissionStatus as CommissionStatusEnum,
  Resolvers,
} from '../../generated/resolvers-types.ts';
import { pageOfList } from '../common/list-page.ts';
import { toMoney } from '../common/money.ts';
import {
  type AffiliateBalanceModel,
  listAffiliateBalances,
  listCommissions,
  listPayouts,
  recordPayout,
} from './payouts.service.ts';

const balanceOut = (balance: AffiliateBalanceModel) => ({
  affiliate: balance.affiliate,
  currency: balance.currency,
  approved: toMoney(balance.approvedCents, balance.currency),
  owedBack: toMoney(balance.owedBackCents, balance.currency),
  payable: toMoney(balance.payableCents, balance.currency),
});

export const commissionResolvers: Resolvers = {
  Query: {
    commissions: (_parent, args, ctx) =>
      listCommissions(ctx, {
        affiliateId: args.affiliateId,
        first: args.first,
        after: args.after ?? null,
        status: (args.status?.toLowerCase() as CommissionStatus | undefined) ?? null,
      }),
    affiliateBalances: async (_parent, _args, ctx) => (await listAffiliateBalances(ctx)).map(balanceOut),
    affiliateBalancesConnection: async (_parent, args, ctx) =>
      pageOfList(
        (await listAffiliateBalances(ctx)).map(balanceOut),
        args,
        (balance) => `${balance.affiliate.id}:${balance.currency}`,
      ),
  },
  Mutation: {
    recordPayout: (_parent, { input }, ctx) =>
      recordPayout(ctx, {
        affiliateId: input.affiliateId,
        amountCents: input.amount,
        currency: input.currency,
        method: input.method,
        reference: input.reference ?? null,
        note: input.note ?? null,
      }),
  },
  Affiliate: {
    payouts: (affiliate, args, ctx) =>
      listPayouts(ctx, { affiliateId: affiliate.id, first: args.first, after: args.after ?? null }),
  },
  Commission: {
    kind: (commission) => commission.kind.toUpperCase() as CommissionKindEnum,
    status: (commission) => commission.status.toUpperCase() as CommissionStatusEnum,
    linkCode: (commission) => commission.link.code,
    orderNumber: (commission) => commission.order.number,
    productNames: (commission) => commission.order.items.getItems().map((item) => item.productName),
    net: (commission) => toMoney(commission.netCents, commission.currency),
    amount: (commission) => toMoney(commission.amountCents, commission.currency),
    owedBack: (commission) => toMoney(commission.owedBackCents, commission.currency),
  },
  Payout: {
    amount: (payout) => toMoney(payout.amountCents, payout.currency),
    settled: (payout) => toMoney(payout.settledCents, payout.currency),
    deducted: (payout) => toMoney(payout.deductedCents, payout.currency),
    paidAt: (payout) => payout.paidAt ?? payout.createdAt,
  },
};

// The affiliate program: affiliates, their links, clicks, commissions and payouts. Owned by the API module of the same name.

export { Affiliate, type AffiliateStatus, affiliateStatuses } from './affiliate.entity.ts';
export { AffiliateClick } from './affiliate-click.entity.ts';
export { AffiliateLink, type RenewalCommission, renewalCommissions } from './affiliate-link.entity.ts';
export {
  Commission,
  type CommissionKind,
  type CommissionStatus,
  commissionKinds,
  commissionStatuses,
  FIRST_PAYMENT_REF,
} from './commission.entity.ts';
export { OwedBack } from './owed-back.entity.ts';
export { Payout, type PayoutStatus, payoutStatuses } from './payout.entity.ts';

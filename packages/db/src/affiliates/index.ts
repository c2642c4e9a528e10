// The affiliate program: affiliates, their links, clicks, commissions and payouts. Owned by the API module of the same name.

export { Affiliate, type AffiliateStatus, affiliateStatuses } from './affiliate.entity.ts';
export { AffiliateClick } from './affiliate-click.entity.ts';
export { AffiliateLink } from './affiliate-link.entity.ts';
export { Commission, type CommissionStatus, commissionStatuses } from './commission.entity.ts';
export { Payout, type PayoutStatus, payoutStatuses } from './payout.entity.ts';

// Revenue reports for the dashboard overview, sent with the creator's session.
import { DashboardRevenueDocument, type DashboardRevenueQuery } from '@shelf/graphql';
import { type ApiCaller, gql } from './client.server';

export type RevenueReport = DashboardRevenueQuery['revenue'];
export type RevenuePeriod = RevenueReport['current'];
export type RevenueDay = RevenueReport['daily'][number];
export type RevenueShare = RevenueReport['topProducts'][number];

/** Creator: revenue from `from` (inclusive) to `to` (exclusive) and the period before it. */
export async function getRevenueReport(
  caller: Omit<ApiCaller, 'credential'>,
  range: { from: Date; to: Date; currency: string | null },
): Promise<RevenueReport> {
  const { revenue } = await gql({ ...caller, credential: 'creator' }, DashboardRevenueDocument, {
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    currency: range.currency,
  });
  return revenue;
}

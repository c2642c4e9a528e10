// Display formatting for the storefront: file sizes, dates, money totals, rates and the plain-English
// terms of a purchase.
// Dates are formatted in UTC with a fixed locale so the server and the browser render the same text.
import { formatFileSize, formatMoney, formatDate as formatSharedDate } from '@shelf/format';
import type { BillingInterval, ProductKind } from '@shelf/graphql';

/** 1536000 -> "1.5 MB". Decimal units, as Finder and most download pages show them. */
export function formatBytes(bytes: number): string {
  return formatFileSize(bytes, { compact: true });
}

/** "2026-12-27T10:00:00.000Z" -> "27 Dec 2026". */
export function formatDate(iso: string): string {
  return formatSharedDate(iso, { locale: 'en-GB', timeZone: 'UTC' });
}

/** A total kept per currency (the API's Money lists): "$12.00 + €3.50"; `empty` when there is none. */
export function formatMoneyList(
  amounts: ReadonlyArray<{ amount: number; currency: string }>,
  empty = 'None',
): string {
  if (amounts.length === 0) return empty;
  return amounts.map(({ amount, currency }) => formatMoney(amount, currency)).join(' + ');
}

/** What an empty total reads as: zero in the currency the other totals use ("$0.00"), else "None". */
export function emptyMoneyLabel(totals: ReadonlyArray<ReadonlyArray<{ currency: string }>>): string {
  const currency = totals.flat()[0]?.currency;
  return currency ? formatMoney(0, currency) : 'None';
}

/** 0.0625 -> "6.3%"; 0 -> "0%". */
export function formatPercent(ratio: number): string {
  return `${Number.isFinite(ratio) ? Math.round(ratio * 1000) / 10 : 0}%`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** " / month" after a subscription's price; nothing for one-time products. */
export function priceSuffix(kind: ProductKind, interval: BillingInterval | null): string {
  if (kind !== 'SUBSCRIPTION') return '';
  return interval === 'YEAR' ? ' / year' : ' / month';
}

export function kindLabel(kind: ProductKind, interval: BillingInterval | null): string {
  if (kind !== 'SUBSCRIPTION') return 'One-time purchase';
  return interval === 'YEAR' ? 'Yearly subscription' : 'Monthly subscription';
}

/** The product page's download terms: "Download up to 5 times within 30 days of purchase". */
export function describeDownloadTerms(limit: number | null, windowDays: number | null): string {
  const times = limit === null ? 'Unlimited downloads' : `Download up to ${plural(limit, 'time', 'times')}`;
  const window =
    windowDays === null ? ', forever' : ` within ${plural(windowDays, 'day', 'days')} of purchase`;
  return `${times}${window}`;
}

/** "License key for up to 3 devices". */
export function describeLicenseTerms(activationLimit: number | null): string {
  return activationLimit === null
    ? 'License key for unlimited devices'
    : `License key for up to ${plural(activationLimit, 'device', 'devices')}`;
}

/** The success page's limits for what was bought: "5 downloads, until 27 Dec 2026". */
export function describeOrderDownloadLimits(limit: number | null, expiresAt: string | null): string {
  const count = limit === null ? 'Unlimited downloads' : plural(limit, 'download', 'downloads');
  return expiresAt === null ? `${count}, no expiry` : `${count}, until ${formatDate(expiresAt)}`;
}

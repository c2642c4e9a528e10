// Money is integer minor units plus a currency everywhere in Shelf; this is the edge where it becomes text.
import { cachedFormatter } from './cached-formatter.ts';

const currencyFormats = new Map<string, Intl.NumberFormat>();

function currencyFormat(locale: string, currency: string): Intl.NumberFormat {
  return cachedFormatter(currencyFormats, `${locale}|${currency}`, () => {
    return new Intl.NumberFormat(locale, { style: 'currency', currency });
  });
}

// Currencies differ in minor units (JPY has none, KWD has three), so the amount is scaled by the
// currency's own exponent rather than a fixed 100. The exponent is the currency's, not the
// locale's, so it is read from one fixed locale.
// resolvedOptions() builds a fresh object on every call, so each currency's exponent is kept too.
const minorUnits = new Map<string, number>();

function minorUnitDigits(currency: string): number {
  return cachedFormatter(
    minorUnits,
    currency,
    () => currencyFormat('en-US', currency).resolvedOptions().maximumFractionDigits ?? 2,
  );
}

export function formatMoney(amountMinor: number, currency: string, locale = 'en-US'): string {
  return currencyFormat(locale, currency).format(amountMinor / 10 ** minorUnitDigits(currency));
}

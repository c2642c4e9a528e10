// Money is integer minor units plus a currency everywhere in Shelf; this is the edge where it becomes text.
const minorUnitDigits = (currency: string): number =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
  2;

export function formatMoney(cents: number, currency: string, locale = 'en-US'): string {
  // Currencies differ in minor units (JPY has none, KWD has three), so "cents" means the
  // currency's smallest unit and is scaled by its own exponent rather than a fixed 100.
  const digits = minorUnitDigits(currency);
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 10 ** digits);
}

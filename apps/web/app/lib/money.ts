// Money as plain decimals, for the places where a person types an amount or a spreadsheet reads one
// (a payout form, the balances CSV); everywhere else it is shown with @shelf/format's formatMoney. The
// API counts integer minor units, and currencies differ in how many (JPY none, KWD three).
const digitsByCurrency = new Map<string, number>();

/** How many minor-unit digits the currency has (2 for usd), as Intl knows it; 2 for an unknown code. */
export function minorUnitDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits;
    } catch {
      digits = undefined;
    }
    digits ??= 2;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

/** 123456 usd -> "1234.56"; -5 usd -> "-0.05"; 500 jpy -> "500". No grouping, no symbol. */
export function toDecimalAmount(amountMinor: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  const sign = amountMinor < 0 ? '-' : '';
  const units = String(Math.abs(Math.trunc(amountMinor))).padStart(digits + 1, '0');
  if (digits === 0) return `${sign}${units}`;
  return `${sign}${units.slice(0, -digits)}.${units.slice(-digits)}`;
}

/**
 * "12.5" usd -> 1250, "12" -> 1200; null for anything but a plain non-negative decimal with at most the
 * currency's digits ("12.345" usd, "1,000", "-3", "" are all null).
 */
export function parseDecimalAmount(text: string, currency: string): number | null {
  const digits = minorUnitDigits(currency);
  const match = /^(\d{1,12})(?:\.(\d*))?$/.exec(text.trim());
  if (!match) return null;
  const [, whole = '', fraction = ''] = match;
  if (fraction.length > digits) return null;
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
}

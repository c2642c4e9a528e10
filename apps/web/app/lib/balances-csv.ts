// The creator's balances export (/dashboard/affiliates/balances.csv): one row per affiliate and currency
// with what a payout would settle, as RFC 4180 CSV that spreadsheets open as they are.
import { toDecimalAmount } from './money';

export const BALANCES_CSV_COLUMNS = [
  'affiliate_email',
  'affiliate_name',
  'currency',
  'approved',
  'owed_back',
  'payable',
] as const;

export type BalanceRow = {
  affiliate: { email: string; name: string };
  currency: string;
  approved: { amount: number };
  owedBack: { amount: number };
  payable: { amount: number };
};

// A spreadsheet runs a cell that starts like this as a formula; a name such as "=HYPERLINK(...)" must stay
// text (OWASP's CSV injection advice: prefix a quote).
const FORMULA_START = /^[=+\-@\t\r]/;

/** One text field: quoted when it holds a comma, quote or line break (quotes doubled), formulas defused. */
export function csvText(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The rows as CSV text: a header line, CRLF line ends, amounts as plain decimals of their currency. */
export function buildBalancesCsv(balances: ReadonlyArray<BalanceRow>): string {
  const lines = [BALANCES_CSV_COLUMNS.join(',')];
  for (const balance of balances) {
    const amount = (money: { amount: number }) => toDecimalAmount(money.amount, balance.currency);
    lines.push(
      [
        csvText(balance.affiliate.email),
        csvText(balance.affiliate.name),
        csvText(balance.currency.toUpperCase()),
        amount(balance.approved),
        amount(balance.owedBack),
        amount(balance.payable),
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

// Money is integer minor units plus a currency; it is formatted only at the edge.
import { formatMoney } from '@shelf/format';

export type MoneyModel = { amount: number; currency: string; formatted: string };

export function toMoney(amount: number, currency: string): MoneyModel {
  return { amount, currency, formatted: formatMoney(amount, currency) };
}

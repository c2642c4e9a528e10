// Money is integer minor units plus a currency; it is formatted only at the edge.
import { formatMoney } from '@shelf/format';

export type MoneyModel = { amount: number; currency: string; formatted: string };

/** `formatted` is computed the first time it is read: most queries ask for the amount only. */
export function toMoney(amount: number, currency: string): MoneyModel {
  let formatted: string | undefined;
  return {
    amount,
    currency,
    get formatted() {
      formatted ??= formatMoney(amount, currency);
      return formatted;
    },
  };
}

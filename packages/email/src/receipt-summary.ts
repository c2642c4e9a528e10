// The receipt block of the delivery email: what was bought and what was paid, in the order's own
// currency. Discount and tax rows appear only when they apply, so a plain purchase stays one line
// and a total.
import { formatMoney } from '@shelf/format';
import { renderHeading, renderSmallPrint, renderTwoColumnRows, type TableRow } from './email-components.ts';
import { alignTextRows } from './plain-text.ts';
import { html, type SafeHtml } from './safe-html.ts';

export type ReceiptLine = { label: string; amountCents: number };

export type Receipt = {
  lines: readonly ReceiptLine[];
  subtotalCents: number;
  discountCents: number;
  taxCents: number;
  totalCents: number;
  currency: string;
};

type ReceiptRow = { label: string; value: string; kind: 'line' | 'adjustment' | 'total' };

function listReceiptRows(receipt: Receipt, locale: string): ReceiptRow[] {
  const money = (cents: number) => formatMoney(cents, receipt.currency, locale);
  const hasAdjustments = receipt.discountCents !== 0 || receipt.taxCents !== 0;
  const rows: ReceiptRow[] = receipt.lines.map((line) => ({
    label: line.label,
    value: money(line.amountCents),
    kind: 'line',
  }));
  if (hasAdjustments)
    rows.push({ label: 'Subtotal', value: money(receipt.subtotalCents), kind: 'adjustment' });
  // Discounts arrive as a positive amount taken off; the receipt shows them as a deduction.
  if (receipt.discountCents !== 0) {
    rows.push({ label: 'Discount', value: money(-Math.abs(receipt.discountCents)), kind: 'adjustment' });
  }
  if (receipt.taxCents !== 0) rows.push({ label: 'Tax', value: money(receipt.taxCents), kind: 'adjustment' });
  rows.push({ label: 'Total', value: money(receipt.totalCents), kind: 'total' });
  return rows;
}

export function renderReceiptHtml(receipt: Receipt, orderNumber: string, locale: string): SafeHtml {
  const rows = listReceiptRows(receipt, locale);
  const tableRows = rows.map(
    (row, index): TableRow => ({
      label: row.label,
      value: row.value,
      emphasis: row.kind === 'total',
      ruled: row.kind !== 'line' && rows[index - 1]?.kind === 'line',
    }),
  );
  return html`${renderHeading('Receipt', 2)}${renderSmallPrint(`Order ${orderNumber}`)}${renderTwoColumnRows(tableRows)}`;
}

export function renderReceiptText(receipt: Receipt, orderNumber: string, locale: string): string {
  const rows = listReceiptRows(receipt, locale);
  return `Receipt for order ${orderNumber}\n${alignTextRows(rows)}`;
}

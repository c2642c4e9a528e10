// What a webhook message says: Standard Webhooks' `{ type, timestamp, data }`. `data` is the outbox
// event's payload with the id of what it is about; amounts, which the outbox keeps as bare integers of
// minor units, are named `…Cents` beside their `currency`, so a receiver never guesses the unit.
export const WEBHOOK_TEST_EVENT = 'webhook.test';

// Payload keys that hold money in minor units (orders, refunds, payouts).
const MONEY_KEYS: Record<string, string> = {
  subtotal: 'subtotalCents',
  discount: 'discountCents',
  tax: 'taxCents',
  total: 'totalCents',
  refunded: 'refundedCents',
  totalRefunded: 'totalRefundedCents',
  amount: 'amountCents',
  reversed: 'reversedCents',
  settled: 'settledCents',
  deducted: 'deductedCents',
  totalOwedBack: 'totalOwedBackCents',
};

/** The `data` of a message for an outbox event. */
export function webhookData(subjectId: string, payload: Record<string, unknown>): Record<string, unknown> {
  const data: Record<string, unknown> = { id: subjectId };
  for (const [key, value] of Object.entries(payload)) {
    const renamed = typeof value === 'number' ? MONEY_KEYS[key] : undefined;
    data[renamed ?? key] = value;
  }
  return data;
}

/** The exact body sent: the same bytes on every attempt of a delivery, so a replay verifies the same. */
export function webhookBody(type: string, occurredAt: Date, data: Record<string, unknown>): string {
  return JSON.stringify({ type, timestamp: occurredAt.toISOString(), data });
}

// Stripe delivery as Stripe does it under trouble: an event that is not acknowledged (5xx, 503 while
// another delivery holds it, a connection that dropped) is sent again until it is.
import { setTimeout as sleep } from 'node:timers/promises';
import { Email } from '@shelf/db/messaging';
import type { StripeTestStore } from '../../test/stripe-fixtures.ts';

/** Sends a signed event until it is acknowledged (2xx); returns the answers of every attempt. */
export async function deliverUntilAcknowledged(
  store: StripeTestStore,
  event: Record<string, unknown>,
  options: { attempts?: number; retryDelayMs?: number } = {},
): Promise<number[]> {
  const statuses: number[] = [];
  const attempts = options.attempts ?? 20;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const status = await store.send(event).then(
      (response) => response.status,
      () => 0,
    );
    statuses.push(status);
    if (status >= 200 && status < 300) return statuses;
    await sleep((options.retryDelayMs ?? 100) * (attempt + 1));
  }
  throw new Error(`event ${String(event.id)} was never acknowledged: ${statuses.join(', ')}`);
}

/** A checkout the shopper has paid at Stripe; no webhook has been sent yet. */
export async function paidCheckout(
  store: StripeTestStore,
  slug: string,
  extra: Record<string, unknown> = {},
  email = 'buyer@example.com',
) {
  const checkout = await store.startCheckout(slug, extra);
  const session = store.stripe.completeSession(checkout.id, { email });
  return { ...checkout, session, paymentIntentId: session.payment_intent! };
}

/** The templates of the emails queued for an order, sorted. */
export async function emailTemplates(store: StripeTestStore, orderId: string): Promise<string[]> {
  const emails = await store.api.em().find(Email, { order: orderId });
  return emails.map((email) => email.template).sort();
}

/** Fisher-Yates, with Math.random: each run shuffles differently, which is the point. */
export function shuffle<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

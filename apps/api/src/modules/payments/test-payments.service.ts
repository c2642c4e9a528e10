// Test mode's Pay button: pays a test checkout through the same lifecycle as a real provider's webhook.
// Only the built-in test provider offers it; with Stripe configured it is refused.
import type { ServiceContext } from '../../context.ts';
import { AppError, badInput, notFound } from '../../errors.ts';
import { parseEmail } from '../common/email-address.ts';
import { findOrderBySession } from '../orders/orders.service.ts';
import { applyPaymentEvent } from './payment-lifecycle.service.ts';

export async function payTestCheckout(
  ctx: ServiceContext,
  input: { sessionId: string; email: string },
  now = new Date(),
): Promise<void> {
  const { testPayments } = ctx.services.payments;
  if (!testPayments) {
    throw new AppError('FORBIDDEN', 'Test payments are only available while the store is in test mode.');
  }
  const email = parseEmail(input.email);
  if (!email) throw badInput('Enter your email address so we can send your purchase.', 'email');
  const order = await findOrderBySession(ctx, input.sessionId);
  if (order?.provider !== 'test') throw notFound('There is no test checkout with this id.');
  if (order.canceledAt)
    throw new AppError('GONE', 'This checkout has expired. Start again from the product page.');
  const interval = order.items.getItems()[0]?.product.interval ?? null;
  await applyPaymentEvent(ctx, {
    type: 'checkout.completed',
    checkout: testPayments.outcomeFor(order, email, now, interval),
  });
}

// One verified Stripe event, processed once: through the webhook ledger, translated into a
// provider-neutral PaymentEvent and applied by the lifecycle, all in the ledger's one transaction. The
// webhook route and reconciliation's replay of missed events both come through here.
import type Stripe from 'stripe';
import type { ServiceContext } from '../../context.ts';
import { applyPaymentEvent } from './payment-lifecycle.service.ts';
import { translateStripeEvent } from './stripe-events.ts';
import type { StripeGateway } from './stripe-gateway.ts';
import { processWebhookEvent, type WebhookProcessing } from './webhook-events.service.ts';

export function processStripeEvent(
  ctx: ServiceContext,
  gateway: StripeGateway,
  event: Stripe.Event,
): Promise<WebhookProcessing> {
  return processWebhookEvent(
    ctx,
    { provider: 'stripe', eventId: event.id, type: event.type, payload: event },
    async (tx) => {
      const translated = await translateStripeEvent(gateway, event);
      if ('ignored' in translated) return { status: 'ignored', note: translated.ignored };
      return applyPaymentEvent(tx, translated.event);
    },
  );
}

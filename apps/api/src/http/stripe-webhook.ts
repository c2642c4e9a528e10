// POST /webhooks/stripe: Stripe's events enter here. The signature is checked on the raw body (so this
// route must be mounted before any JSON parser); the verified event is translated into a provider-neutral
// payment event and applied once through the webhook ledger. Only work that committed is answered 2xx: a
// failure answers 500, and a delivery that overlaps another of the same event answers 503 with
// Retry-After, so Stripe delivers it again.
import express, { type IRouter } from 'express';
import type Stripe from 'stripe';
import type { AppServices } from '../app-services.ts';
import { createServiceContext, withLog } from '../context.ts';
import { processStripeEvent } from '../modules/payments/stripe-event-handler.ts';
import { isStripeGateway, type StripeGateway } from '../modules/payments/stripe-gateway.ts';

/** Stripe's own default: a signed event older than five minutes may be a replay. */
const SIGNATURE_TOLERANCE_SECONDS = 300;

function verifyEvent(
  gateway: StripeGateway,
  body: unknown,
  signature: string,
  secret: string,
): Stripe.Event | null {
  if (!Buffer.isBuffer(body) || body.length === 0) return null;
  try {
    return gateway.stripe.webhooks.constructEvent(body, signature, secret, SIGNATURE_TOLERANCE_SECONDS);
  } catch {
    return null;
  }
}

export function mountStripeWebhookRoute(app: IRouter, services: AppServices): void {
  const gateway = services.payments;
  const payments = services.config.payments;
  if (payments.provider !== 'stripe' || !isStripeGateway(gateway)) {
    app.post('/webhooks/stripe', (_req, res) => {
      res.status(404).type('text/plain').send('Stripe payments are not configured on this store.');
    });
    return;
  }

  app.post('/webhooks/stripe', express.raw({ type: '*/*', limit: '1mb' }), async (req, res) => {
    const signature = req.header('stripe-signature');
    if (!signature) {
      res.status(400).type('text/plain').send('Missing Stripe-Signature header.');
      return;
    }
    const event = verifyEvent(gateway, req.body, signature, payments.webhookSecret);
    if (!event) {
      res.status(400).type('text/plain').send('Invalid or expired Stripe signature.');
      return;
    }
    const base = createServiceContext(services, {
      requestId: String(res.locals.requestId),
      actor: { kind: 'system', name: 'stripe-webhook' },
    });
    const ctx = withLog(base, base.log.child({ eventId: event.id, eventType: event.type }));
    const outcome = await processStripeEvent(ctx, gateway, event);
    if (outcome.state === 'duplicate') res.json({ received: true, duplicate: true });
    else if (outcome.state === 'done') res.json({ received: true });
    else if (outcome.state === 'busy') {
      res
        .status(503)
        .set('Retry-After', '10')
        .type('text/plain')
        .send('This event is being processed by another delivery; try again.');
    } else res.status(500).type('text/plain').send('Event not processed; it will be retried.');
  });
}

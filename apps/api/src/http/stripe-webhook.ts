// POST /webhooks/stripe: Stripe's events enter here. The signature is checked on the raw body (so this
// route must be mounted before any JSON parser), the event is claimed once in the webhook_event ledger,
// handed to the payments module, and its outcome recorded. A failure answers 500 so Stripe retries.
import express, { type IRouter } from 'express';
import type Stripe from 'stripe';
import type { AppServices } from '../app-services.ts';
import { handleStripeEvent, RetryLaterError } from '../modules/payments/stripe-events.ts';
import { isStripeGateway, type StripeGateway } from '../modules/payments/stripe-gateway.ts';
import { claimWebhookEvent, finishWebhookEvent } from '../modules/payments/webhook-events.ts';

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
    const log = services.log.child({
      requestId: res.locals.requestId,
      eventId: event.id,
      eventType: event.type,
    });

    const claim = await claimWebhookEvent(services, {
      provider: 'stripe',
      eventId: event.id,
      type: event.type,
      payload: event,
    });
    if (!claim) {
      res.json({ received: true, duplicate: true });
      return;
    }

    try {
      const result = await handleStripeEvent(services, gateway, event);
      await finishWebhookEvent(services, claim, result.status, result.note ?? null);
      log.info(
        { outcome: result.status, note: result.note, attempts: claim.attempts },
        'stripe event handled',
      );
      res.json({ received: true });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // A recoverable wait (event ahead of its checkout) is expected; anything else is a bug or an outage.
      if (error instanceof RetryLaterError) log.warn({ reason: message }, 'stripe event deferred');
      else log.error({ err: error }, 'stripe event failed');
      await finishWebhookEvent(services, claim, 'failed', message).catch((markError: unknown) => {
        log.error({ err: markError }, 'could not record the failed stripe event');
      });
      res.status(500).type('text/plain').send('Event not processed; it will be retried.');
    }
  });
}

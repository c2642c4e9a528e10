// Picks the payment gateway from the configuration: Stripe when its keys are set, otherwise the embedded
// test-mode provider. Nothing else in the API knows which one is running.
import type { Config } from '@shelf/config';
import type { Logger } from '../../logger.ts';
import type { PaymentGateway } from './payment-gateway.ts';
import { createStripeGateway } from './stripe-gateway.ts';
import { createTestGateway } from './test-gateway.ts';

export function createPaymentGateway(config: Config, deps: { log: Logger }): PaymentGateway {
  if (config.payments.provider === 'stripe') {
    return createStripeGateway({
      secretKey: config.payments.secretKey,
      apiBase: config.payments.apiBase,
      log: deps.log,
    });
  }
  return createTestGateway({ webPublicUrl: config.web.publicUrl });
}

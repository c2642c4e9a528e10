// Shared arrangements for the Stripe integration tests: a real API whose stripe SDK talks to the local
// Stripe stand-in, the demo catalog's product ids, and delivery of correctly signed webhook events.
import { Order } from '@shelf/db/orders';
import { postStripeEvent, type StripeStandIn, startStripeStandIn } from '@shelf/test-utils/stripe-stand-in';
import { expect } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';

export const WEBHOOK_SECRET = 'whsec_test';

export const CREATE_CHECKOUT =
  'mutation($input: CreateCheckoutInput!) { createCheckout(input: $input) { id url } }';
export const CHECKOUT = `query($id: ID!) { checkout(id: $id) { id status testMode amount { amount }
  order { number status email downloads { filename url } licenses { key } } } }`;

export type CheckoutView = {
  id: string;
  status: 'OPEN' | 'PROCESSING' | 'COMPLETE' | 'EXPIRED';
  testMode: boolean;
  amount: { amount: number };
  order: null | {
    number: number;
    status: string;
    email: string | null;
    downloads: Array<{ filename: string; url: string }>;
    licenses: Array<{ key: string }>;
  };
};

export type StripeTestStore = {
  api: TestApi;
  stripe: StripeStandIn;
  productIds: Record<string, string>;
  startCheckout(
    slug: string,
    extra?: Record<string, unknown>,
  ): Promise<{ id: string; url: string; orderId: string }>;
  /** Signs and posts an event to /webhooks/stripe, as Stripe would. */
  send(
    event: Record<string, unknown>,
    options?: { timestamp?: number; secret?: string },
  ): Promise<{ status: number; body: string }>;
  /** Builds an event around a Stripe object and sends it. */
  deliver(
    type: string,
    object: Record<string, unknown>,
  ): Promise<{ status: number; body: string; eventId: string }>;
  viewCheckout(id: string): Promise<CheckoutView | null>;
  close(): Promise<void>;
};

export async function startStripeTestStore(env: Record<string, string> = {}): Promise<StripeTestStore> {
  const stripe = await startStripeStandIn();
  const api = await startTestApi({
    STRIPE_SECRET_KEY: 'sk_test_123',
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_BASE: stripe.url,
    PUBLIC_URL: 'http://shop.test',
    EMAIL: 'outbox',
    ...env,
  });
  const { data } = await api.graphql<{ products: { nodes: Array<{ id: string; slug: string }> } }>(
    '{ products { nodes { id slug } } }',
  );
  const productIds = Object.fromEntries(data!.products.nodes.map((product) => [product.slug, product.id]));

  const send: StripeTestStore['send'] = (event, options = {}) =>
    postStripeEvent(`${api.url}/webhooks/stripe`, event, {
      secret: options.secret ?? WEBHOOK_SECRET,
      ...(options.timestamp === undefined ? {} : { timestamp: options.timestamp }),
    });

  return {
    api,
    stripe,
    productIds,
    async startCheckout(slug, extra = {}) {
      const { data, errors } = await api.graphql<{ createCheckout: { id: string; url: string } }>(
        CREATE_CHECKOUT,
        {
          input: { productId: productIds[slug], ...extra },
        },
      );
      expect(errors).toBeUndefined();
      const session = data!.createCheckout;
      const order = await api.em().findOneOrFail(Order, { providerSessionId: session.id });
      return { ...session, orderId: order.id };
    },
    send,
    async deliver(type, object) {
      const event = stripe.createEvent(type, object);
      return { ...(await send(event)), eventId: event.id };
    },
    async viewCheckout(id) {
      const { data, errors } = await api.graphql<{ checkout: CheckoutView | null }>(CHECKOUT, { id });
      expect(errors).toBeUndefined();
      return data!.checkout;
    },
    async close() {
      await api.close();
      await stripe.close();
    },
  };
}

export async function loginAsOwner(api: TestApi): Promise<Record<string, string>> {
  const { data } = await api.graphql<{ login: { token: string } }>(
    'mutation { login(email: "owner@example.com", password: "correct horse battery staple") { token } }',
  );
  return { authorization: `Bearer ${data!.login.token}` };
}

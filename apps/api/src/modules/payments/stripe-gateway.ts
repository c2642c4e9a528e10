// Stripe Checkout behind the PaymentGateway seam: sessions are created and read through the real stripe
// SDK and turned into the provider-neutral CheckoutOutcome fulfilment understands. STRIPE_API_BASE points
// the same SDK at a local server (stripe-mock, or the tests' stand-in); nothing else changes for it.
import Stripe from 'stripe';
import { AppError } from '../../errors.ts';
import type { Logger } from '../../logger.ts';
import type { CheckoutOutcome } from '../fulfilment/fulfilment.service.ts';
import type { PaidRenewal } from './payment-events.ts';
import type {
  CheckoutSessionRequest,
  PaymentGateway,
  ProviderCheckoutSession,
  RefundedPayment,
  RefundRequest,
  RenewalPayment,
} from './payment-gateway.ts';

export type StripeGatewayOptions = { secretKey: string; apiBase?: string | undefined; log: Logger };

/** The Stripe gateway plus what its webhook route needs: the SDK (to verify) and session translation. */
export type StripeGateway = PaymentGateway & {
  readonly name: 'stripe';
  readonly stripe: Stripe;
  /** A session from an event payload as an outcome, with the subscription fetched when it is not expanded. */
  outcomeFromSession(session: Stripe.Checkout.Session): Promise<CheckoutOutcome>;
  /**
   * Events of the types Shelf handles created since a moment, oldest first, for reconciliation to replay
   * any whose webhook was lost (Stripe keeps events for 30 days).
   */
  listRecentEvents(since: Date): AsyncIterable<Stripe.Event>;
  /**
   * A paid renewal invoice's payment: its payment intent (the id refunds and disputes name, as in
   * findRenewalPayment) and what it paid before tax. Null when Stripe names no payment intent.
   */
  paidRenewalOf(invoice: Stripe.Invoice, at: Date): Promise<PaidRenewal | null>;
};

/** The events reconciliation replays: everything but checkouts, which it repairs from the sessions. */
export const REPLAYED_EVENT_TYPES = [
  'charge.refunded',
  'charge.dispute.created',
  'charge.dispute.closed',
  'invoice.paid',
  'invoice.payment_failed',
  'customer.subscription.updated',
  'customer.subscription.deleted',
] as const satisfies readonly Stripe.Event.Type[];

export function isStripeGateway(gateway: PaymentGateway): gateway is StripeGateway {
  return gateway.name === 'stripe' && 'outcomeFromSession' in gateway;
}

export function createStripeClient(options: { secretKey: string; apiBase?: string | undefined }): Stripe {
  if (!options.apiBase) return new Stripe(options.secretKey, { maxNetworkRetries: 2, timeout: 20_000 });
  const base = new URL(options.apiBase);
  const protocol = base.protocol === 'http:' ? 'http' : 'https';
  return new Stripe(options.secretKey, {
    host: base.hostname,
    port: base.port || (protocol === 'http' ? 80 : 443),
    protocol,
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
  });
}

function buildSessionParams(request: CheckoutSessionRequest): Stripe.Checkout.SessionCreateParams {
  const { product } = request;
  const metadata: Record<string, string> = { order_id: request.orderId, product_id: product.id };
  if (request.affiliateLinkId) metadata.affiliate_link_id = request.affiliateLinkId;
  // Stripe fetches product images itself, so a URL it cannot reach (http, localhost) is left out.
  const images = product.imageUrl?.startsWith('https://') ? [product.imageUrl] : undefined;
  const subscription = product.kind === 'subscription';
  const params: Stripe.Checkout.SessionCreateParams = {
    mode: subscription ? 'subscription' : 'payment',
    line_items: [
      {
        quantity: 1,
        price_data: {
          currency: product.currency,
          unit_amount: product.priceCents,
          product_data: {
            name: product.name,
            ...(product.tagline ? { description: product.tagline } : {}),
            ...(images ? { images } : {}),
          },
          ...(subscription ? { recurring: { interval: product.interval ?? 'month' } } : {}),
        },
      },
    ],
    client_reference_id: request.orderId,
    metadata,
    success_url: request.successUrl,
    cancel_url: request.cancelUrl,
    ...(request.email ? { customer_email: request.email } : {}),
    ...(request.automaticTax
      ? { automatic_tax: { enabled: true }, tax_id_collection: { enabled: true } }
      : {}),
  };
  // The metadata is copied onto the payment intent or subscription so refunds, disputes and renewals,
  // whose events carry those objects and not the session, can still be traced back to the order.
  if (subscription) params.subscription_data = { metadata };
  else {
    params.payment_intent_data = { metadata };
    params.customer_creation = 'always';
  }
  return params;
}

export function idOf(value: string | { id: string } | null | undefined): string | null {
  if (!value) return null;
  return typeof value === 'string' ? value : value.id;
}

/** Basil and later API versions moved invoice.subscription under parent.subscription_details. */
export function invoiceSubscriptionId(invoice: Stripe.Invoice): string | null {
  const legacy = (invoice as { subscription?: string | { id: string } | null }).subscription;
  const fromLines = invoice.lines?.data?.map((line) => idOf(line.subscription)).find(Boolean);
  return idOf(invoice.parent?.subscription_details?.subscription) ?? idOf(legacy) ?? fromLines ?? null;
}

/** The end of the period an invoice pays for: the latest end among its lines. */
export function invoicePeriodEnd(invoice: Stripe.Invoice): Date | undefined {
  const ends = (invoice.lines?.data ?? [])
    .map((line) => line.period?.end)
    .filter((end) => typeof end === 'number');
  return ends.length > 0 ? new Date(Math.max(...ends) * 1000) : undefined;
}

/**
 * The tax an invoice charged: total_taxes since the Basil API version, the single `tax` amount before it.
 * Inclusive tax is part of amount_paid as much as exclusive tax is, so both count.
 */
export function invoiceTaxCents(invoice: Stripe.Invoice): number {
  if (invoice.total_taxes) return invoice.total_taxes.reduce((sum, tax) => sum + tax.amount, 0);
  return (invoice as { tax?: number | null }).tax ?? 0;
}

/**
 * Recent API versions moved current_period_end from the subscription onto its items; older accounts pinned
 * to an earlier version still send it on the subscription. Either is accepted.
 */
export function subscriptionPeriodEnd(subscription: Stripe.Subscription): Date | null {
  const legacy = (subscription as { current_period_end?: number | null }).current_period_end;
  const fromItems = subscription.items?.data
    ?.map((item) => item.current_period_end)
    .filter((end) => typeof end === 'number');
  const seconds = fromItems && fromItems.length > 0 ? Math.min(...fromItems) : legacy;
  return typeof seconds === 'number' ? new Date(seconds * 1000) : null;
}

function sessionStatus(status: Stripe.Checkout.Session.Status | null): CheckoutOutcome['status'] {
  if (status === 'complete') return 'complete';
  return status === 'expired' ? 'expired' : 'open';
}

function paymentStatus(status: Stripe.Checkout.Session.PaymentStatus): CheckoutOutcome['paymentStatus'] {
  if (status === 'paid') return 'paid';
  return status === 'no_payment_required' ? 'no_payment_required' : 'unpaid';
}

/**
 * Maps a Stripe session to an outcome. A subscription session must come with its subscription expanded
 * (the period end decides how long access lasts); subscriptionPaymentIntentId is the first invoice's
 * payment, recorded on the order so a refund or dispute of it finds the order.
 */
export function toCheckoutOutcome(
  session: Stripe.Checkout.Session,
  subscriptionPaymentIntentId: string | null = null,
): CheckoutOutcome {
  let subscription: CheckoutOutcome['subscription'] = null;
  if (session.subscription) {
    if (typeof session.subscription === 'string') {
      throw new Error(`checkout session ${session.id}: the subscription must be expanded to read its period`);
    }
    const currentPeriodEnd = subscriptionPeriodEnd(session.subscription);
    if (!currentPeriodEnd)
      throw new Error(`subscription ${session.subscription.id} has no current period end`);
    subscription = { id: session.subscription.id, currentPeriodEnd };
  }
  const metadata = session.metadata ?? {};
  return {
    provider: 'stripe',
    sessionId: session.id,
    status: sessionStatus(session.status),
    paymentStatus: paymentStatus(session.payment_status),
    orderId: session.client_reference_id ?? metadata.order_id ?? null,
    productId: metadata.product_id ?? null,
    affiliateLinkId: metadata.affiliate_link_id || null,
    customerEmail: session.customer_details?.email ?? session.customer_email ?? null,
    customerName: session.customer_details?.name ?? null,
    providerCustomerId: idOf(session.customer),
    currency: session.currency ?? 'usd',
    subtotalCents: session.amount_subtotal ?? 0,
    discountCents: session.total_details?.amount_discount ?? 0,
    taxCents: session.total_details?.amount_tax ?? 0,
    totalCents: session.amount_total ?? 0,
    paymentIntentId: idOf(session.payment_intent) ?? subscriptionPaymentIntentId,
    subscription,
  };
}

function isResourceMissing(error: unknown): boolean {
  return (
    error instanceof Stripe.errors.StripeError &&
    (error.code === 'resource_missing' || error.statusCode === 404)
  );
}

export function createStripeGateway(options: StripeGatewayOptions): StripeGateway {
  const stripe = createStripeClient(options);
  const dashboard = /^(sk|rk)_live_/.test(options.secretKey)
    ? 'https://dashboard.stripe.com'
    : 'https://dashboard.stripe.com/test';

  /** The payment intent that paid an invoice (Basil and later keep it on the invoice's payments). */
  async function invoicePaymentIntent(invoiceId: string): Promise<string | null> {
    const payments = await stripe.invoicePayments.list({ invoice: invoiceId, limit: 10 });
    const paid = payments.data.find((payment) => payment.status === 'paid') ?? payments.data[0];
    return idOf(paid?.payment.payment_intent);
  }

  /** A subscription session has no payment intent of its own; its first invoice's payment is the one to record. */
  async function firstInvoicePaymentIntent(session: Stripe.Checkout.Session): Promise<string | null> {
    const invoiceId = idOf(session.invoice);
    if (session.mode !== 'subscription' || !invoiceId || session.status !== 'complete') return null;
    return invoicePaymentIntent(invoiceId);
  }

  async function paidRenewalOf(invoice: Stripe.Invoice, at: Date): Promise<PaidRenewal | null> {
    const legacy = (invoice as { payment_intent?: string | { id: string } | null }).payment_intent;
    const paymentId = idOf(legacy) ?? (invoice.id ? await invoicePaymentIntent(invoice.id) : null);
    if (!paymentId) return null;
    const paidAt = invoice.status_transitions?.paid_at;
    return {
      paymentId,
      netCents: Math.max(0, invoice.amount_paid - invoiceTaxCents(invoice)),
      currency: invoice.currency,
      paidAt: paidAt ? new Date(paidAt * 1000) : at,
    };
  }

  async function outcomeFromSession(session: Stripe.Checkout.Session): Promise<CheckoutOutcome> {
    let full = session;
    if (typeof session.subscription === 'string') {
      full = await stripe.checkout.sessions.retrieve(session.id, { expand: ['subscription'] });
    }
    return toCheckoutOutcome(full, await firstInvoicePaymentIntent(full));
  }

  async function findOne(params: Stripe.Checkout.SessionListParams): Promise<CheckoutOutcome | null> {
    const page = await stripe.checkout.sessions.list({ ...params, limit: 10, expand: ['data.subscription'] });
    // A payment intent or subscription belongs to one completed session; an expired attempt may precede it.
    const session = page.data.find((candidate) => candidate.status === 'complete') ?? page.data[0];
    return session ? outcomeFromSession(session) : null;
  }

  return {
    name: 'stripe',
    stripe,
    outcomeFromSession,
    paidRenewalOf,

    async createCheckoutSession(request: CheckoutSessionRequest): Promise<ProviderCheckoutSession> {
      const session = await stripe.checkout.sessions.create(buildSessionParams(request), {
        idempotencyKey: request.idempotencyKey,
      });
      // The session id alone opens the order's success page, so it is never logged; the order id is enough.
      if (!session.url)
        throw new Error(`Stripe returned a checkout session without a url (order ${request.orderId})`);
      options.log.debug({ orderId: request.orderId }, 'stripe checkout session created');
      return { id: session.id, url: session.url };
    },

    async retrieveCheckoutSession(sessionId: string): Promise<CheckoutOutcome | null> {
      // Our own ids (and anything else that is not a Stripe session id) would only cost a round trip.
      if (!/^cs_[A-Za-z0-9_]{1,250}$/.test(sessionId)) return null;
      try {
        const session = await stripe.checkout.sessions.retrieve(sessionId, { expand: ['subscription'] });
        return toCheckoutOutcome(session, await firstInvoicePaymentIntent(session));
      } catch (error) {
        if (isResourceMissing(error)) return null;
        throw error;
      }
    },

    async *listCompletedCheckoutSessions(since: Date): AsyncIterable<CheckoutOutcome> {
      const created = Math.floor(since.getTime() / 1000);
      const sessions = stripe.checkout.sessions.list({
        status: 'complete',
        created: { gte: created },
        limit: 100,
        expand: ['data.subscription'],
      });
      for await (const session of sessions) {
        yield await outcomeFromSession(session);
      }
    },

    async *listRecentEvents(since: Date): AsyncIterable<Stripe.Event> {
      const list = stripe.events.list({
        types: [...REPLAYED_EVENT_TYPES],
        created: { gte: Math.floor(since.getTime() / 1000) },
        limit: 100,
      });
      // Stripe lists newest first; replaying in the order things happened is the least surprising.
      const events: Stripe.Event[] = [];
      for await (const event of list) events.push(event);
      yield* events.reverse();
    },

    async refundPayment(request: RefundRequest): Promise<RefundedPayment> {
      let refund: Stripe.Refund;
      try {
        refund = await stripe.refunds.create(
          {
            payment_intent: request.paymentId,
            amount: request.amountCents,
            metadata: { order_id: request.orderId },
            expand: ['charge'],
          },
          { idempotencyKey: request.idempotencyKey },
        );
      } catch (error) {
        if (!(error instanceof Stripe.errors.StripeError)) throw error;
        options.log.warn({ orderId: request.orderId, code: error.code }, 'stripe refused a refund');
        throw new AppError('PAYMENT_PROVIDER_ERROR', `Stripe did not refund: ${error.message}`);
      }
      // The charge carries the payment's cumulative refunded amount, as charge.refunded will report it.
      const charge = typeof refund.charge === 'object' && refund.charge ? refund.charge : null;
      const paymentCents = charge?.amount ?? request.paymentCents;
      const refundedCents = charge?.amount_refunded ?? request.refundedCents + refund.amount;
      return {
        type: 'payment.refunded',
        provider: 'stripe',
        paymentId: request.paymentId,
        refundedCents,
        fullyRefunded: refundedCents >= paymentCents,
        paymentCents,
        at: new Date(refund.created * 1000),
      };
    },

    paymentDashboardUrl: (paymentIntentId) => `${dashboard}/payments/${encodeURIComponent(paymentIntentId)}`,

    findCheckoutByPayment: (paymentIntentId) => findOne({ payment_intent: paymentIntentId }),
    findCheckoutBySubscription: (subscriptionId) => findOne({ subscription: subscriptionId }),

    async findRenewalPayment(paymentIntentId: string): Promise<RenewalPayment | null> {
      const invoice = await findInvoiceByPaymentIntent(paymentIntentId);
      const subscriptionId = invoice ? invoiceSubscriptionId(invoice) : null;
      if (!invoice || !subscriptionId) return null;
      return {
        subscriptionId,
        periodEnd: invoicePeriodEnd(invoice) ?? null,
        firstPayment: invoice.billing_reason === 'subscription_create',
      };
    },
  };

  /** The invoice a payment intent paid (a subscription's renewals have no checkout, only an invoice). */
  async function findInvoiceByPaymentIntent(paymentIntentId: string): Promise<Stripe.Invoice | null> {
    const payments = await stripe.invoicePayments.list({
      payment: { type: 'payment_intent', payment_intent: paymentIntentId },
      limit: 10,
      expand: ['data.invoice'],
    });
    const payment = payments.data.find((candidate) => candidate.status === 'paid') ?? payments.data[0];
    if (!payment) return null;
    const invoice = payment.invoice;
    // Expansion is asked for; a server that ignores it still answers with the id.
    if (typeof invoice !== 'string') return 'deleted' in invoice && invoice.deleted ? null : invoice;
    try {
      return await stripe.invoices.retrieve(invoice);
    } catch (error) {
      if (isResourceMissing(error)) return null;
      throw error;
    }
  }
}

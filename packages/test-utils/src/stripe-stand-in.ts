// A local stand-in for the slice of Stripe's REST API that Shelf calls, so the real stripe SDK can be
// exercised end to end through its host/port/protocol options (the way stripe-mock is used). It keeps
// state like Stripe does: sessions are created open, completed by the test (completeSession), and their
// subscriptions, invoices, charges and disputes are built here in Stripe's shapes for webhook events.
// Requests are form-encoded like the SDK sends them; answers are JSON with Stripe's `object` fields,
// `list` envelopes, error bodies and Idempotency-Key replay. Refunds made through the API (POST /v1/refunds)
// record a `charge.refunded` event, which sendEvent posts to the webhook endpoint with a real signature.
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';

type Json = Record<string, unknown>;

export type StripeStandInRequest = {
  method: string;
  path: string;
  headers: Record<string, string>;
  /** The query string (GET) or form body (POST), decoded into nested objects and arrays. */
  params: Json;
  idempotencyKey: string | null;
};

export type StandInSession = Json & {
  id: string;
  object: 'checkout.session';
  mode: 'payment' | 'subscription';
  status: 'open' | 'complete' | 'expired';
  payment_status: 'paid' | 'unpaid' | 'no_payment_required';
  created: number;
  client_reference_id: string | null;
  customer: string | null;
  customer_email: string | null;
  metadata: Record<string, string>;
  currency: string;
  amount_subtotal: number;
  amount_total: number;
  total_details: { amount_discount: number; amount_shipping: number; amount_tax: number };
  payment_intent: string | null;
  subscription: string | null;
  invoice: string | null;
  url: string | null;
};

export type StandInSubscription = Json & {
  id: string;
  object: 'subscription';
  status: string;
  customer: string;
  cancel_at_period_end: boolean;
  canceled_at: number | null;
  ended_at: number | null;
  metadata: Record<string, string>;
  items: {
    object: 'list';
    data: Array<Json & { id: string; current_period_start: number; current_period_end: number }>;
    has_more: boolean;
    url: string;
  };
};

export type CompleteSessionOverrides = {
  paymentStatus?: 'paid' | 'unpaid' | 'no_payment_required';
  email?: string;
  name?: string | null;
  discountCents?: number;
  taxCents?: number;
  paymentIntentId?: string;
  /** Subscription mode: the end of the first paid period (default: one interval from now). */
  currentPeriodEnd?: Date;
  /** Raw session fields, merged last. */
  fields?: Json;
};

export type StripeStandIn = {
  url: string;
  host: string;
  port: number;
  sessions: Map<string, StandInSession>;
  subscriptions: Map<string, StandInSubscription>;
  invoices: Map<string, Json & { id: string }>;
  /** How each invoice was paid, by invoice payment id; `payment.payment_intent` is what a charge refers to. */
  invoicePayments: Map<string, Json & { id: string; invoice: string }>;
  requests: StripeStandInRequest[];
  /** The parameters each session was created with (line_items, payment_intent_data ...), by session id. */
  sessionParams: Map<string, Json>;
  /** Every event createEvent built, oldest first; GET /v1/events lists them newest first like Stripe. */
  events: Array<Json & { id: string; type: string; created: number }>;
  close(): Promise<void>;
  /** Answers the next API request with this error instead of handling it. */
  failNext(status: number, error?: Json): void;
  completeSession(id: string, overrides?: CompleteSessionOverrides): StandInSession;
  expireSession(id: string): StandInSession;
  /** Starts the next period and returns its paid invoice (for invoice.paid) and the subscription. */
  renewSubscription(
    id: string,
    options?: { periodEnd?: Date },
  ): { invoice: Json; subscription: StandInSubscription };
  cancelSubscription(id: string, options?: { atPeriodEnd?: boolean }): StandInSubscription;
  /** Refunds part or all of a payment; the charge carries the cumulative amount_refunded like Stripe's. */
  refundPayment(paymentIntentId: string, amountCents?: number): Json;
  /** Every refund created through POST /v1/refunds, oldest first (idempotent replays are not repeated). */
  refunds: Array<Json & { id: string; amount: number; payment_intent: string }>;
  /** Where sendEvent posts events, and the secret it signs them with (the endpoint's whsec_). */
  setWebhookEndpoint(url: string, secret: string): void;
  /** Posts one recorded event to the webhook endpoint, signed like Stripe signs it. */
  sendEvent(eventId: string): Promise<{ status: number; body: string }>;
  disputePayment(
    paymentIntentId: string,
    status?: 'needs_response' | 'won' | 'lost' | 'warning_closed',
  ): Json;
  createEvent(type: string, object: Json): Json & { id: string; type: string };
};

const DAY_SECONDS = 24 * 60 * 60;

const randomId = (prefix: string): string => `${prefix}_${randomBytes(12).toString('hex')}`;
const nowSeconds = (): number => Math.floor(Date.now() / 1000);
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

class StripeError extends Error {
  constructor(
    readonly status: number,
    readonly body: Json,
  ) {
    super(String(body.message));
  }
}

const invalid = (message: string, param?: string, code = 'parameter_invalid'): StripeError =>
  new StripeError(400, { type: 'invalid_request_error', code, message, ...(param ? { param } : {}) });
const missing = (param: string): StripeError =>
  invalid(`Missing required param: ${param}.`, param, 'parameter_missing');
const notFound = (kind: string, id: string): StripeError =>
  new StripeError(404, {
    type: 'invalid_request_error',
    code: 'resource_missing',
    message: `No such ${kind}: '${id}'`,
    param: 'id',
  });

/** Decodes `a[b][0][c]=1` pairs (the SDK's encoding) into nested objects, numbered keys into arrays. */
export function parseStripeParams(raw: string): Json {
  const root: Json = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    const head = key.match(/^[^[]+/)?.[0];
    if (!head) continue;
    const path = [
      head,
      ...[...key.slice(head.length).matchAll(/\[([^\]]*)\]/g)].map((match) => match[1] ?? ''),
    ];
    let node = root;
    for (const [index, segment] of path.entries()) {
      const name = segment === '' ? String(Object.keys(node).length) : segment;
      if (index === path.length - 1) {
        node[name] = value;
      } else {
        node[name] ??= {};
        node = node[name] as Json;
      }
    }
  }
  return arrayify(root) as Json;
}

function arrayify(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value as Json).map(([key, child]) => [key, arrayify(child)] as const);
  const numeric = entries.length > 0 && entries.every(([key]) => /^\d+$/.test(key));
  if (!numeric) return Object.fromEntries(entries);
  return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, child]) => child);
}

const asRecord = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
const asString = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function toInteger(value: unknown, param: string): number {
  const number = Number(value);
  if (typeof value !== 'string' || !/^-?\d+$/.test(value) || !Number.isSafeInteger(number)) {
    throw invalid(`Invalid integer: ${String(value)}`, param);
  }
  return number;
}

function toMetadata(value: unknown, param: string): Record<string, string> {
  const metadata: Record<string, string> = {};
  for (const [key, entry] of Object.entries(asRecord(value))) {
    if (typeof entry !== 'string') throw invalid('Metadata values must be strings.', `${param}[${key}]`);
    if (entry.length > 500)
      throw invalid('Metadata values can have up to 500 characters.', `${param}[${key}]`);
    metadata[key] = entry;
  }
  return metadata;
}

function listOf<T>(data: T[], url: string, hasMore = false): Json {
  return { object: 'list', data, has_more: hasMore, url };
}

export function signStripePayload(payload: string, secret: string, timestamp?: number): string {
  return Stripe.webhooks.generateTestHeaderString({
    payload,
    secret,
    ...(timestamp === undefined ? {} : { timestamp }),
  });
}

/** Posts an event to a webhook endpoint the way Stripe does: JSON body, Stripe-Signature header. */
export async function postStripeEvent(
  webhookUrl: string,
  event: Json,
  options: { secret: string; timestamp?: number; signature?: string },
): Promise<{ status: number; body: string }> {
  const payload = JSON.stringify(event, null, 2);
  const response = await fetch(webhookUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'stripe-signature': options.signature ?? signStripePayload(payload, options.secret, options.timestamp),
      'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
    },
    body: payload,
  });
  return { status: response.status, body: await response.text() };
}

export async function startStripeStandIn(): Promise<StripeStandIn> {
  const sessions = new Map<string, StandInSession>();
  const sessionParams = new Map<string, Json>();
  const subscriptions = new Map<string, StandInSubscription>();
  const invoices = new Map<string, Json & { id: string }>();
  const invoicePayments = new Map<string, Json & { id: string; invoice: string }>();
  const refunded = new Map<string, number>();
  const requests: StripeStandInRequest[] = [];
  const events: StripeStandIn['events'] = [];
  const failures: Array<{ status: number; error: Json }> = [];
  const idempotent = new Map<string, { fingerprint: string; sessionId: string }>();
  const refunds: StripeStandIn['refunds'] = [];
  const idempotentRefunds = new Map<string, { fingerprint: string; refund: Json }>();
  let webhookEndpoint: { url: string; secret: string } | null = null;

  function validateLineItems(
    params: Json,
    mode: 'payment' | 'subscription',
  ): { currency: string; amount: number } {
    const items = params.line_items;
    if (!Array.isArray(items) || items.length === 0) throw missing('line_items');
    let amount = 0;
    let currency = '';
    for (const [index, raw] of items.entries()) {
      const item = asRecord(raw);
      const param = `line_items[${index}]`;
      const price = asRecord(item.price_data);
      if (!item.price_data && !item.price) throw missing(`${param}[price]`);
      const itemCurrency = asString(price.currency);
      if (!itemCurrency) throw missing(`${param}[price_data][currency]`);
      if (price.unit_amount === undefined) throw missing(`${param}[price_data][unit_amount]`);
      const unitAmount = toInteger(price.unit_amount, `${param}[price_data][unit_amount]`);
      if (unitAmount < 0)
        throw invalid('unit_amount must be non-negative.', `${param}[price_data][unit_amount]`);
      if (!asString(asRecord(price.product_data).name))
        throw missing(`${param}[price_data][product_data][name]`);
      const recurring = asRecord(price.recurring);
      if (mode === 'subscription' && !asString(recurring.interval)) {
        throw invalid('You must specify at least one recurring price in `subscription` mode.', 'line_items');
      }
      if (mode === 'payment' && price.recurring !== undefined) {
        throw invalid('You specified `payment` mode but passed a recurring price.', 'line_items');
      }
      const quantity = item.quantity === undefined ? 1 : toInteger(item.quantity, `${param}[quantity]`);
      amount += unitAmount * quantity;
      currency = itemCurrency.toLowerCase();
    }
    return { currency, amount };
  }

  function createSession(params: Json, baseUrl: string): StandInSession {
    const mode = params.mode;
    if (mode === undefined) throw missing('mode');
    if (mode !== 'payment' && mode !== 'subscription') throw invalid(`Invalid mode: ${String(mode)}`, 'mode');
    if (!asString(params.success_url)) throw missing('success_url');
    if (mode === 'subscription' && params.customer_creation !== undefined) {
      throw invalid('`customer_creation` can only be used in `payment` mode.', 'customer_creation');
    }
    if (mode === 'subscription' && params.payment_intent_data !== undefined) {
      throw invalid('You can not pass `payment_intent_data` in `subscription` mode.', 'payment_intent_data');
    }
    if (mode === 'payment' && params.subscription_data !== undefined) {
      throw invalid('You can not pass `subscription_data` in `payment` mode.', 'subscription_data');
    }
    const { currency, amount } = validateLineItems(params, mode);
    const id = `cs_test_${randomBytes(24).toString('base64url').replaceAll('-', 'a').replaceAll('_', 'b')}`;
    const session: StandInSession = {
      id,
      object: 'checkout.session',
      mode,
      status: 'open',
      payment_status: 'unpaid',
      created: nowSeconds(),
      expires_at: nowSeconds() + DAY_SECONDS,
      livemode: false,
      client_reference_id: asString(params.client_reference_id),
      customer: null,
      customer_creation: asString(params.customer_creation),
      customer_details: null,
      customer_email: asString(params.customer_email),
      metadata: toMetadata(params.metadata, 'metadata'),
      currency,
      amount_subtotal: amount,
      amount_total: amount,
      total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
      automatic_tax: {
        enabled: asRecord(params.automatic_tax).enabled === 'true',
        liability: null,
        status: null,
      },
      tax_id_collection: { enabled: asRecord(params.tax_id_collection).enabled === 'true' },
      payment_intent: null,
      subscription: null,
      invoice: null,
      success_url: asString(params.success_url),
      cancel_url: asString(params.cancel_url),
      ui_mode: 'hosted',
      url: `${baseUrl}/c/pay/${id}`,
    };
    sessions.set(id, session);
    sessionParams.set(id, params);
    return session;
  }

  function intervalOf(sessionId: string): string {
    const items = sessionParams.get(sessionId)?.line_items;
    const first = Array.isArray(items) ? asRecord(items[0]) : {};
    return asString(asRecord(asRecord(first.price_data).recurring).interval) ?? 'month';
  }

  function addInterval(fromSeconds: number, interval: string): number {
    const days = { day: 1, week: 7, month: 30, year: 365 }[interval] ?? 30;
    return fromSeconds + days * DAY_SECONDS;
  }

  function createInvoice(
    subscription: StandInSubscription,
    input: {
      amount: number;
      currency: string;
      start: number;
      end: number;
      reason: string;
      paymentIntentId: string;
    },
  ): Json & { id: string } {
    const id = randomId('in');
    const item = subscription.items.data[0];
    const invoice = {
      id,
      object: 'invoice',
      status: 'paid',
      billing_reason: input.reason,
      customer: subscription.customer,
      currency: input.currency,
      subtotal: input.amount,
      total: input.amount,
      amount_due: input.amount,
      amount_paid: input.amount,
      amount_remaining: 0,
      created: nowSeconds(),
      livemode: false,
      parent: {
        type: 'subscription_details',
        quote_details: null,
        subscription_details: { subscription: subscription.id, metadata: subscription.metadata },
      },
      lines: listOf(
        [
          {
            id: randomId('il'),
            object: 'line_item',
            amount: input.amount,
            currency: input.currency,
            invoice: id,
            period: { start: input.start, end: input.end },
            subscription: subscription.id,
            parent: {
              type: 'subscription_item_details',
              subscription_item_details: {
                subscription: subscription.id,
                subscription_item: item?.id ?? null,
                proration: false,
                invoice_item: null,
              },
            },
          },
        ],
        `/v1/invoices/${id}/lines`,
      ),
    };
    invoices.set(id, invoice);
    const paymentId = randomId('inpay');
    invoicePayments.set(paymentId, {
      id: paymentId,
      object: 'invoice_payment',
      invoice: id,
      status: 'paid',
      amount_paid: input.amount,
      amount_requested: input.amount,
      currency: input.currency,
      is_default: true,
      livemode: false,
      created: nowSeconds(),
      payment: { type: 'payment_intent', payment_intent: input.paymentIntentId },
      status_transitions: { paid_at: nowSeconds(), canceled_at: null },
    });
    return invoice;
  }

  function createSubscription(session: StandInSession, periodEnd: number | undefined): StandInSubscription {
    const start = nowSeconds();
    const end = periodEnd ?? addInterval(start, intervalOf(session.id));
    const subscriptionData = asRecord(sessionParams.get(session.id)?.subscription_data);
    const subscription: StandInSubscription = {
      id: randomId('sub'),
      object: 'subscription',
      status: 'active',
      customer: session.customer ?? randomId('cus'),
      cancel_at_period_end: false,
      cancel_at: null,
      canceled_at: null,
      ended_at: null,
      created: start,
      livemode: false,
      currency: session.currency,
      latest_invoice: null,
      metadata: toMetadata(subscriptionData.metadata, 'subscription_data[metadata]'),
      items: {
        object: 'list',
        data: [
          {
            id: randomId('si'),
            object: 'subscription_item',
            current_period_start: start,
            current_period_end: end,
            quantity: 1,
          },
        ],
        has_more: false,
        url: '/v1/subscription_items',
      },
    };
    subscriptions.set(subscription.id, subscription);
    return subscription;
  }

  function completeSession(id: string, overrides: CompleteSessionOverrides = {}): StandInSession {
    const session = sessions.get(id);
    if (!session) throw new Error(`stand-in has no checkout session ${id}`);
    const discount = overrides.discountCents ?? session.total_details.amount_discount;
    const tax = overrides.taxCents ?? session.total_details.amount_tax;
    session.status = 'complete';
    session.payment_status = overrides.paymentStatus ?? 'paid';
    session.customer ??= randomId('cus');
    session.customer_details = {
      email: overrides.email ?? session.customer_email ?? 'buyer@example.com',
      name: overrides.name === undefined ? 'Test Buyer' : overrides.name,
      address: { country: 'US', postal_code: '94103', city: null, line1: null, line2: null, state: null },
      phone: null,
      tax_exempt: 'none',
      tax_ids: [],
    };
    session.total_details = { amount_discount: discount, amount_shipping: 0, amount_tax: tax };
    session.amount_total = session.amount_subtotal - discount + tax;
    if (session.mode === 'payment') {
      session.payment_intent ??= overrides.paymentIntentId ?? randomId('pi');
    } else if (!session.subscription) {
      const periodEnd = overrides.currentPeriodEnd
        ? Math.floor(overrides.currentPeriodEnd.getTime() / 1000)
        : undefined;
      const subscription = createSubscription(session, periodEnd);
      const item = subscription.items.data[0]!;
      const invoice = createInvoice(subscription, {
        amount: session.amount_total,
        currency: session.currency,
        start: item.current_period_start,
        end: item.current_period_end,
        reason: 'subscription_create',
        paymentIntentId: overrides.paymentIntentId ?? randomId('pi'),
      });
      subscription.latest_invoice = invoice.id;
      session.subscription = subscription.id;
      session.invoice = invoice.id;
    }
    Object.assign(session, overrides.fields ?? {});
    return clone(session);
  }

  function paymentOf(paymentIntentId: string): { amount: number; currency: string; customer: string | null } {
    for (const session of sessions.values()) {
      if (session.payment_intent === paymentIntentId) {
        return { amount: session.amount_total, currency: session.currency, customer: session.customer };
      }
    }
    for (const payment of invoicePayments.values()) {
      if (asRecord(payment.payment).payment_intent === paymentIntentId) {
        const invoice = invoices.get(payment.invoice);
        return {
          amount: Number(payment.amount_paid),
          currency: String(payment.currency),
          customer: asString(invoice?.customer),
        };
      }
    }
    throw new Error(`stand-in has no payment ${paymentIntentId}`);
  }

  const chargeId = (paymentIntentId: string): string => `ch_${paymentIntentId.replace(/^pi_/, '')}`;

  /** The payment's charge as Stripe shows it now, with the cumulative amount_refunded. */
  function chargeOf(paymentIntentId: string): Json {
    const payment = paymentOf(paymentIntentId);
    const total = refunded.get(paymentIntentId) ?? 0;
    return {
      id: chargeId(paymentIntentId),
      object: 'charge',
      amount: payment.amount,
      amount_captured: payment.amount,
      amount_refunded: total,
      refunded: total >= payment.amount,
      captured: true,
      paid: true,
      status: 'succeeded',
      currency: payment.currency,
      customer: payment.customer,
      payment_intent: paymentIntentId,
      created: nowSeconds(),
      livemode: false,
    };
  }

  /** POST /v1/refunds: money back on a payment intent, at most what is left; records charge.refunded. */
  function createRefund(params: Json, idempotencyKey: string | null, raw: string): Json {
    if (idempotencyKey) {
      const fingerprint = createHash('sha256').update(raw).digest('hex');
      const previous = idempotentRefunds.get(idempotencyKey);
      if (previous && previous.fingerprint !== fingerprint) {
        throw new StripeError(400, {
          type: 'idempotency_error',
          message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
        });
      }
      if (previous) return clone(previous.refund);
    }
    const paymentIntentId = asString(params.payment_intent);
    if (!paymentIntentId) throw missing('payment_intent');
    let payment: ReturnType<typeof paymentOf>;
    try {
      payment = paymentOf(paymentIntentId);
    } catch {
      throw notFound('payment_intent', paymentIntentId);
    }
    const already = refunded.get(paymentIntentId) ?? 0;
    const left = payment.amount - already;
    if (left <= 0) {
      throw invalid(
        `Charge ${chargeId(paymentIntentId)} has already been refunded.`,
        undefined,
        'charge_already_refunded',
      );
    }
    const amount = params.amount === undefined ? left : toInteger(params.amount, 'amount');
    if (amount <= 0) throw invalid('Refund amount must be positive.', 'amount');
    if (amount > left) {
      throw invalid(
        `Refund amount (${amount}) is greater than unrefunded amount on charge (${left})`,
        'amount',
        'amount_too_large',
      );
    }
    refunded.set(paymentIntentId, already + amount);
    const charge = chargeOf(paymentIntentId);
    const expand = Array.isArray(params.expand) ? params.expand.map(String) : [];
    const refund = {
      id: randomId('re'),
      object: 'refund',
      amount,
      currency: payment.currency,
      charge: charge.id,
      payment_intent: paymentIntentId,
      metadata: toMetadata(params.metadata, 'metadata'),
      reason: asString(params.reason),
      status: 'succeeded',
      created: nowSeconds(),
    };
    refunds.push(clone(refund));
    createEvent('charge.refunded', charge);
    const answer = expand.includes('charge') ? { ...refund, charge } : refund;
    if (idempotencyKey) {
      idempotentRefunds.set(idempotencyKey, {
        fingerprint: createHash('sha256').update(raw).digest('hex'),
        refund: clone(answer),
      });
    }
    return clone(answer);
  }

  function createEvent(type: string, object: Json): Json & { id: string; type: string; created: number } {
    const event = {
      id: randomId('evt'),
      object: 'event',
      api_version: Stripe.API_VERSION,
      created: nowSeconds(),
      data: { object: clone(object) },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    };
    events.push(event);
    return clone(event);
  }

  function expandOne(object: Json, field: string): Json {
    const id = object[field];
    if (typeof id !== 'string') return object;
    const store: Map<string, Json> | undefined =
      field === 'subscription'
        ? subscriptions
        : field === 'invoice' || field === 'latest_invoice'
          ? invoices
          : undefined;
    const found = store?.get(id);
    return found ? { ...object, [field]: clone(found) } : object;
  }

  function expandAll(object: Json, expand: string[], prefix = ''): Json {
    let result = object;
    for (const path of expand) {
      if (!path.startsWith(prefix)) continue;
      const field = path.slice(prefix.length);
      if (!field.includes('.')) result = expandOne(result, field);
    }
    return result;
  }

  function createdMatches(created: number, filter: unknown): boolean {
    if (typeof filter === 'string') return created === Number(filter);
    const range = asRecord(filter);
    if (range.gte !== undefined && created < Number(range.gte)) return false;
    if (range.gt !== undefined && created <= Number(range.gt)) return false;
    if (range.lte !== undefined && created > Number(range.lte)) return false;
    if (range.lt !== undefined && created >= Number(range.lt)) return false;
    return true;
  }

  function paginate<T extends { id: string }>(all: T[], params: Json, url: string): Json {
    const limit = params.limit === undefined ? 10 : toInteger(params.limit, 'limit');
    if (limit < 1 || limit > 100) throw invalid('This value must be between 1 and 100.', 'limit');
    let start = 0;
    const after = asString(params.starting_after);
    if (after) {
      const index = all.findIndex((item) => item.id === after);
      if (index === -1) throw notFound('object', after);
      start = index + 1;
    }
    const page = all.slice(start, start + limit);
    return listOf(page, url, start + limit < all.length);
  }

  function listSessions(params: Json): Json {
    const expand = Array.isArray(params.expand) ? params.expand.map(String) : [];
    // Stripe lists newest first; insertion order breaks ties within the same second.
    const matching = [...sessions.values()]
      .reverse()
      .filter((session) => params.status === undefined || session.status === params.status)
      .filter(
        (session) => params.payment_intent === undefined || session.payment_intent === params.payment_intent,
      )
      .filter((session) => params.subscription === undefined || session.subscription === params.subscription)
      .filter((session) => params.customer === undefined || session.customer === params.customer)
      .filter((session) => params.created === undefined || createdMatches(session.created, params.created));
    const list = paginate(matching, params, '/v1/checkout/sessions');
    return {
      ...list,
      data: (list.data as Json[]).map((session) => expandAll(clone(session), expand, 'data.')),
    };
  }

  function route(
    method: string,
    path: string,
    params: Json,
    idempotencyKey: string | null,
    raw: string,
    baseUrl: string,
  ): Json {
    const expand = Array.isArray(params.expand) ? params.expand.map(String) : [];
    if (method === 'POST' && path === '/v1/checkout/sessions') {
      if (idempotencyKey) {
        const fingerprint = createHash('sha256').update(raw).digest('hex');
        const previous = idempotent.get(idempotencyKey);
        if (previous && previous.fingerprint !== fingerprint) {
          throw new StripeError(400, {
            type: 'idempotency_error',
            message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
          });
        }
        if (previous) return clone(sessions.get(previous.sessionId)!);
        const session = createSession(params, baseUrl);
        idempotent.set(idempotencyKey, { fingerprint, sessionId: session.id });
        return clone(session);
      }
      return clone(createSession(params, baseUrl));
    }
    if (method === 'GET' && path === '/v1/checkout/sessions') return listSessions(params);
    if (method === 'POST' && path === '/v1/refunds') return createRefund(params, idempotencyKey, raw);
    const sessionMatch = path.match(/^\/v1\/checkout\/sessions\/([^/]+)(\/expire)?$/);
    if (sessionMatch) {
      const id = decodeURIComponent(sessionMatch[1]!);
      const session = sessions.get(id);
      if (!session) throw notFound('checkout.session', id);
      if (method === 'POST' && sessionMatch[2]) return expireSession(id);
      if (method === 'GET' && !sessionMatch[2]) return expandAll(clone(session), expand);
    }
    const subscriptionMatch = path.match(/^\/v1\/subscriptions\/([^/]+)$/);
    if (method === 'GET' && subscriptionMatch) {
      const id = decodeURIComponent(subscriptionMatch[1]!);
      const subscription = subscriptions.get(id);
      if (!subscription) throw notFound('subscription', id);
      return expandAll(clone(subscription), expand);
    }
    const invoiceMatch = path.match(/^\/v1\/invoices\/([^/]+)$/);
    if (method === 'GET' && invoiceMatch) {
      const id = decodeURIComponent(invoiceMatch[1]!);
      const invoice = invoices.get(id);
      if (!invoice) throw notFound('invoice', id);
      return clone(invoice);
    }
    if (method === 'GET' && path === '/v1/events') {
      const types = Array.isArray(params.types) ? params.types.map(String) : null;
      const matching = [...events]
        .reverse()
        .filter((event) => params.type === undefined || event.type === params.type)
        .filter((event) => types === null || types.includes(event.type))
        .filter((event) => params.created === undefined || createdMatches(event.created, params.created));
      return paginate(matching.map(clone), params, '/v1/events');
    }
    if (method === 'GET' && path === '/v1/invoice_payments') {
      const payment = asRecord(params.payment);
      const matching = [...invoicePayments.values()]
        .reverse()
        .filter((entry) => params.invoice === undefined || entry.invoice === params.invoice)
        .filter(
          (entry) =>
            payment.payment_intent === undefined ||
            asRecord(entry.payment).payment_intent === payment.payment_intent,
        );
      const list = paginate(matching, params, '/v1/invoice_payments');
      return {
        ...list,
        data: (list.data as Json[]).map((entry) => expandAll(clone(entry), expand, 'data.')),
      };
    }
    throw new StripeError(404, {
      type: 'invalid_request_error',
      message: `Unrecognized request URL (${method}: ${path}).`,
    });
  }

  function expireSession(id: string): StandInSession {
    const session = sessions.get(id);
    if (!session) throw new Error(`stand-in has no checkout session ${id}`);
    if (session.status !== 'open')
      throw invalid('Only Checkout Sessions with a status of `open` can be expired.');
    session.status = 'expired';
    session.url = null;
    return clone(session);
  }

  async function handle(request: IncomingMessage, response: ServerResponse, baseUrl: string): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url ?? '/', baseUrl);
    const method = request.method ?? 'GET';
    const raw = method === 'GET' || method === 'DELETE' ? url.search.slice(1) : body;
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    const idempotencyKey = headers['idempotency-key'] ?? null;
    const params = parseStripeParams(raw);
    requests.push({ method, path: url.pathname, headers, params, idempotencyKey });

    let status = 200;
    let payload: Json;
    try {
      const failure = failures.shift();
      if (failure) throw new StripeError(failure.status, failure.error);
      if (!headers.authorization?.match(/^Bearer (sk|rk)_(test|live)_\S+$/)) {
        throw new StripeError(401, { type: 'invalid_request_error', message: 'Invalid API Key provided.' });
      }
      payload = route(method, url.pathname, params, idempotencyKey, raw, baseUrl);
    } catch (error) {
      if (!(error instanceof StripeError)) throw error;
      status = error.status;
      payload = { error: error.body };
    }
    response.writeHead(status, {
      'content-type': 'application/json',
      'request-id': randomId('req'),
      ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
    });
    response.end(JSON.stringify(payload));
  }

  let baseUrl = '';
  const server = createServer((request, response) => {
    handle(request, response, baseUrl).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { type: 'api_error', message: String(error) } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    url: baseUrl,
    host: '127.0.0.1',
    port,
    sessions,
    subscriptions,
    invoices,
    invoicePayments,
    requests,
    sessionParams,
    events,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // The SDK keeps connections alive; without this, close would wait for them to time out.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
    failNext(status, error) {
      failures.push({ status, error: error ?? { type: 'api_error', message: `Stand-in failure ${status}` } });
    },
    completeSession,
    expireSession,
    renewSubscription(id, options = {}) {
      const subscription = subscriptions.get(id);
      if (!subscription) throw new Error(`stand-in has no subscription ${id}`);
      const item = subscription.items.data[0]!;
      const start = item.current_period_end;
      const interval = [...sessions.values()].find((session) => session.subscription === id);
      const end = options.periodEnd
        ? Math.floor(options.periodEnd.getTime() / 1000)
        : addInterval(start, interval ? intervalOf(interval.id) : 'month');
      item.current_period_start = start;
      item.current_period_end = end;
      subscription.status = 'active';
      const firstInvoice = invoices.get(String(subscription.latest_invoice));
      const invoice = createInvoice(subscription, {
        amount: Number(firstInvoice?.subtotal ?? 0),
        currency: String(subscription.currency ?? 'usd'),
        start,
        end,
        reason: 'subscription_cycle',
        paymentIntentId: randomId('pi'),
      });
      subscription.latest_invoice = invoice.id;
      return { invoice: clone(invoice), subscription: clone(subscription) };
    },
    cancelSubscription(id, options = {}) {
      const subscription = subscriptions.get(id);
      if (!subscription) throw new Error(`stand-in has no subscription ${id}`);
      subscription.canceled_at = nowSeconds();
      if (options.atPeriodEnd) {
        subscription.cancel_at_period_end = true;
        subscription.cancel_at = subscription.items.data[0]?.current_period_end ?? null;
      } else {
        subscription.status = 'canceled';
        subscription.ended_at = nowSeconds();
      }
      return clone(subscription);
    },
    refunds,
    refundPayment(paymentIntentId, amountCents) {
      const payment = paymentOf(paymentIntentId);
      const total = Math.min(
        payment.amount,
        (refunded.get(paymentIntentId) ?? 0) + (amountCents ?? payment.amount),
      );
      refunded.set(paymentIntentId, total);
      return chargeOf(paymentIntentId);
    },
    disputePayment(paymentIntentId, status = 'needs_response') {
      const payment = paymentOf(paymentIntentId);
      return {
        id: `dp_${paymentIntentId.replace(/^pi_/, '')}`,
        object: 'dispute',
        amount: payment.amount,
        currency: payment.currency,
        charge: chargeId(paymentIntentId),
        payment_intent: paymentIntentId,
        reason: 'fraudulent',
        status,
        is_charge_refundable: false,
        created: nowSeconds(),
        livemode: false,
      };
    },
    createEvent,
    setWebhookEndpoint(url, secret) {
      webhookEndpoint = { url, secret };
    },
    async sendEvent(eventId) {
      if (!webhookEndpoint)
        throw new Error('stand-in has no webhook endpoint; call setWebhookEndpoint first');
      const event = events.find((candidate) => candidate.id === eventId);
      if (!event) throw new Error(`stand-in has no event ${eventId}`);
      return postStripeEvent(webhookEndpoint.url, event, { secret: webhookEndpoint.secret });
    },
  };
}

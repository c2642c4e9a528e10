// The license API installed software calls, in two providers' dialects so software written for either
// moves by changing its base URL:
//   POST /v1/licenses/activate | validate | deactivate   Lemon Squeezy's License API, field by field
//   POST /v2/licenses/verify                             Gumroad's license verify
// JSON and form bodies. Plain Express handlers (no GraphQL on the hottest path) that call the licensing
// service; failed lookups count against the address's `license-lookup-failure` limit, and an address over
// it is answered 429 before its key is looked up. Bad input is a 4xx in the dialect's own error shape,
// never a 5xx.
//
// Ids: Lemon Squeezy's are integers. Where we have a number we send it (`meta.order_id` is the order
// number, `meta.store_id` is 1: one store per Shelf); our uuids go out as strings (`license_key.id`,
// `order_item_id`, `product_id`, `customer_id`), and `variant_id` is null (no variants).
import express, { type ErrorRequestHandler, type Request, type Response, type Router } from 'express';
import type { AppServices } from '../app-services.ts';
import { createServiceContext, type ServiceContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { truncateIp } from '../modules/downloads/truncate-ip.ts';
import {
  activateLicense,
  deactivateLicense,
  type LicenseInstanceRow,
  type LicenseRow,
  type LicenseState,
  licenseState,
  type PurchaseExtras,
  validateLicense,
  verifyLicensePurchase,
} from '../modules/licensing/license-activation.service.ts';
import {
  countFailedLicenseLookup,
  RateLimited,
  refuseBlockedLicenseLookup,
} from '../modules/limits/limits.service.ts';

const BODY_LIMIT = '8kb';
const KEY_NOT_FOUND = 'license_key not found.';
const GUMROAD_NOT_FOUND = 'That license does not exist for the provided product.';

type Body = Record<string, unknown>;
type Verb = 'activated' | 'valid' | 'deactivated';

// ---- Lemon Squeezy shapes ----

/** Lemon Squeezy's key statuses: `inactive` is an active key with no activations yet. */
function lemonStatus(license: LicenseRow, state: LicenseState): string {
  if (state === 'revoked' || state === 'disabled') return 'disabled';
  if (state === 'expired') return 'expired';
  return license.activationCount === 0 ? 'inactive' : 'active';
}

function lemonLicenseKey(license: LicenseRow) {
  return {
    id: license.id,
    status: lemonStatus(license, licenseState(license)),
    key: license.key,
    activation_limit: license.activationLimit,
    activation_usage: license.activationCount,
    created_at: license.createdAt.toISOString(),
    expires_at: license.expiresAt?.toISOString() ?? null,
  };
}

function lemonInstance(instance: LicenseInstanceRow | null) {
  return instance
    ? { id: instance.instanceId, name: instance.name, created_at: instance.createdAt.toISOString() }
    : null;
}

function lemonMeta(license: LicenseRow) {
  return {
    store_id: 1,
    order_id: license.orderNumber,
    order_item_id: license.orderItemId,
    product_id: license.productId,
    product_name: license.productName,
    variant_id: null,
    variant_name: 'Default',
    customer_id: license.customerId,
    customer_name: license.customerName ?? '',
    customer_email: license.customerEmail,
  };
}

const stateErrors: Record<Exclude<LicenseState, 'active'>, string> = {
  revoked: 'This license key has been disabled.',
  disabled: 'This license key has been disabled.',
  expired: 'This license key has expired.',
};

// ---- Gumroad shape ----

function gumroadPurchase(license: LicenseRow, purchase: PurchaseExtras, webUrl: string) {
  const ended =
    purchase.subscriptionStatus === 'canceled' &&
    purchase.subscriptionPeriodEnd &&
    purchase.subscriptionPeriodEnd.getTime() <= license.now.getTime()
      ? purchase.subscriptionPeriodEnd.toISOString()
      : null;
  const soldAt = (license.paidAt ?? license.createdAt).toISOString();
  return {
    seller_id: '1',
    product_id: license.productId,
    product_name: license.productName,
    permalink: license.productSlug,
    product_permalink: `${webUrl}/products/${license.productSlug}`,
    email: license.customerEmail,
    price: license.priceCents * license.quantity,
    gumroad_fee: 0,
    currency: license.currency,
    quantity: license.quantity,
    discover_fee: 0,
    can_contact: true,
    referrer: 'direct',
    card: { visual: null, type: null, bin: null, expiry_month: null, expiry_year: null },
    order_number: license.orderNumber,
    sale_id: license.orderId,
    sale_timestamp: soldAt,
    purchaser_id: license.customerId,
    subscription_id: purchase.subscriptionId ?? '',
    variants: '',
    license_key: license.key,
    is_multiseat_license: false,
    ip_country: '',
    recurrence: '',
    is_gift_receiver_purchase: false,
    refunded: license.orderStatus === 'refunded',
    disputed: license.orderStatus === 'disputed' || purchase.disputeWon,
    dispute_won: purchase.disputeWon,
    id: license.orderItemId,
    created_at: soldAt,
    custom_fields: [],
    chargebacked: license.orderStatus === 'disputed',
    subscription_ended_at: ended,
    subscription_cancelled_at: purchase.subscriptionCanceledAt?.toISOString() ?? null,
    subscription_failed_at: null,
  };
}

// ---- request parsing ----

function bodyOf(req: Request): Body | null {
  const body: unknown = req.body;
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Body) : null;
}

/** A present, non-empty string field; anything else (an array from a form, a number) counts as missing. */
function text(body: Body, field: string): string | null {
  const value = body[field];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function flag(value: unknown, fallback: boolean): boolean {
  if (value === undefined || value === null || value === '') return fallback;
  if (value === false || value === 'false' || value === '0' || value === 0) return false;
  return true;
}

export function mountLicenseApi(router: Router, services: AppServices): void {
  const contextFor = (res: Response): ServiceContext =>
    createServiceContext(services, { requestId: String(res.locals.requestId), actor: { kind: 'anonymous' } });

  // Two routers under their own prefixes, so their body parsers and error answers touch nothing else.
  const lemon = express.Router();
  const gumroad = express.Router();
  for (const api of [lemon, gumroad]) {
    api.use(
      express.json({ limit: BODY_LIMIT }),
      express.urlencoded({ extended: false, limit: BODY_LIMIT, parameterLimit: 20 }),
    );
    // Answers are about one key at one moment: never cached by anything in between. These routes run
    // ahead of the API's general security headers (see server.ts), so they set the ones JSON needs.
    api.use((_req, res, next) => {
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
      res.setHeader('Referrer-Policy', 'no-referrer');
      next();
    });
  }

  type Handler = (req: Request, res: Response, ctx: ServiceContext, body: Body) => Promise<unknown>;
  /** The common frame: parse the body, refuse a blocked address, answer the unexpected with a 500. */
  const route = (verb: Verb | 'success', handler: Handler) => async (req: Request, res: Response) => {
    const ctx = contextFor(res);
    const refuse = (status: number, error: string) =>
      res
        .status(status)
        .json(verb === 'success' ? { success: false, message: error } : { [verb]: false, error });
    const body = bodyOf(req);
    if (!body) {
      return refuse(
        400,
        'Send a JSON or form-encoded body (application/json or application/x-www-form-urlencoded).',
      );
    }
    try {
      refuseBlockedLicenseLookup(ctx, req.ip ?? null);
      await handler(req, res, ctx, body);
    } catch (error) {
      if (error instanceof RateLimited) {
        res.setHeader('Retry-After', String(error.retryAfterSeconds));
        return refuse(429, error.message);
      }
      // The service's own input rules (an instance name too long, say): the client's to fix.
      if (error instanceof AppError && error.code === 'BAD_USER_INPUT') return refuse(422, error.message);
      ctx.log.error({ err: error }, 'license api failed');
      refuse(500, 'Something went wrong on our side.');
    }
  };

  /** A lookup that found nothing counts against the address; over the limit it throws RateLimited. */
  const failedLookup = (req: Request, ctx: ServiceContext) => countFailedLicenseLookup(ctx, req.ip ?? null);
  const origin = (req: Request) => ({ ipTruncated: truncateIp(req.ip) });

  lemon.post(
    '/activate',
    route('activated', async (req, res, ctx, body) => {
      const key = text(body, 'license_key');
      const instanceName = text(body, 'instance_name');
      if (!key || !instanceName) {
        return res.status(422).json({
          activated: false,
          error: `The ${key ? 'instance_name' : 'license_key'} field is required.`,
        });
      }
      const result = await activateLicense(ctx, { key, instanceName, ...origin(req) });
      switch (result.outcome) {
        case 'not_found':
          await failedLookup(req, ctx);
          return res.status(404).json({ activated: false, error: KEY_NOT_FOUND });
        case 'invalid':
          return res.status(400).json({ activated: false, error: stateErrors[result.state] });
        case 'limit_reached':
          return res
            .status(400)
            .json({ activated: false, error: 'This license key has reached the activation limit.' });
        case 'activated':
          return res.json({
            activated: true,
            error: null,
            license_key: lemonLicenseKey(result.license),
            instance: lemonInstance(result.instance),
            meta: lemonMeta(result.license),
            // Ours, beyond Lemon Squeezy's shape (clients written for it ignore it): the signed offline
            // certificate, verifiable with the key at /.well-known/shelf-license-key.
            certificate: result.certificate,
          });
      }
    }),
  );

  lemon.post(
    '/validate',
    route('valid', async (req, res, ctx, body) => {
      const key = text(body, 'license_key');
      if (!key) return res.status(422).json({ valid: false, error: 'The license_key field is required.' });
      const result = await validateLicense(ctx, {
        key,
        instanceId: body.instance_id,
        ...origin(req),
      });
      switch (result.outcome) {
        case 'not_found':
          await failedLookup(req, ctx);
          return res.status(404).json({ valid: false, error: KEY_NOT_FOUND });
        case 'instance_not_found':
          await failedLookup(req, ctx);
          return res.status(404).json({ valid: false, error: 'instance_id not found.' });
        case 'checked': {
          const error = result.valid
            ? null
            : result.state === 'active'
              ? 'This instance has been deactivated.'
              : stateErrors[result.state];
          return res.json({
            valid: result.valid,
            error,
            license_key: lemonLicenseKey(result.license),
            instance: lemonInstance(result.instance),
            meta: lemonMeta(result.license),
          });
        }
      }
    }),
  );

  lemon.post(
    '/deactivate',
    route('deactivated', async (req, res, ctx, body) => {
      const key = text(body, 'license_key');
      const instanceId = text(body, 'instance_id');
      if (!key || !instanceId) {
        return res.status(422).json({
          deactivated: false,
          error: `The ${key ? 'instance_id' : 'license_key'} field is required.`,
        });
      }
      const result = await deactivateLicense(ctx, { key, instanceId, ...origin(req) });
      switch (result.outcome) {
        case 'not_found':
          await failedLookup(req, ctx);
          return res.status(404).json({ deactivated: false, error: KEY_NOT_FOUND });
        case 'instance_not_found':
          await failedLookup(req, ctx);
          return res.status(404).json({ deactivated: false, error: 'instance_id not found.' });
        case 'deactivated':
          return res.json({
            deactivated: true,
            error: null,
            license_key: lemonLicenseKey(result.license),
            meta: lemonMeta(result.license),
          });
      }
    }),
  );

  gumroad.post(
    '/verify',
    route('success', async (req, res, ctx, body) => {
      const key = text(body, 'license_key');
      const productId = text(body, 'product_id');
      const permalink = text(body, 'product_permalink');
      if (!key || (!productId && !permalink)) {
        return res.status(422).json({
          success: false,
          message: key
            ? 'The product_id or product_permalink field is required.'
            : 'The license_key field is required.',
        });
      }
      const result = await verifyLicensePurchase(ctx, {
        key,
        product: { ...(productId ? { id: productId } : {}), ...(permalink ? { slug: permalink } : {}) },
        incrementUses: flag(body.increment_uses_count, true),
      });
      switch (result.outcome) {
        case 'not_found':
          await failedLookup(req, ctx);
          return res.status(404).json({ success: false, message: GUMROAD_NOT_FOUND });
        case 'disabled':
          return res.status(404).json({ success: false, message: 'This license key has been disabled.' });
        case 'verified':
          return res.json({
            success: true,
            uses: result.license.uses,
            purchase: gumroadPurchase(result.license, result.purchase, services.config.web.publicUrl),
          });
      }
    }),
  );

  // Body parser refusals (malformed JSON, too large, unsupported charset) in each dialect's shape.
  const bodyErrors =
    (answer: (req: Request, message: string) => Record<string, unknown>): ErrorRequestHandler =>
    (error, req, res, next) => {
      const status = error?.status;
      if (typeof status !== 'number' || status < 400 || status >= 500) return next(error);
      const message =
        error?.type === 'entity.too.large'
          ? 'The request body is too large.'
          : error?.type === 'entity.parse.failed'
            ? 'The request body is not valid JSON.'
            : 'The request body could not be read.';
      res.status(status).json(answer(req, message));
    };
  lemon.use(
    bodyErrors((req, error) => {
      const verb = req.path.endsWith('/activate')
        ? 'activated'
        : req.path.endsWith('/deactivate')
          ? 'deactivated'
          : 'valid';
      return { [verb]: false, error };
    }),
  );
  gumroad.use(bodyErrors((_req, message) => ({ success: false, message })));
  router.use('/v1/licenses', lemon);
  router.use('/v2/licenses', gumroad);
}

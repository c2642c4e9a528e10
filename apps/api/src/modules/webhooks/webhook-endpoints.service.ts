// The owner's webhook endpoints: registering a URL with the events it receives, changing it, switching
// it off and on, its signing secret (shown on creation, readable again by the owner, rotatable) and
// deleting it with its delivery log. Every URL passes the SSRF guard when it is saved.
import { randomBytes } from 'node:crypto';
import { WebhookEndpoint } from '@shelf/db/webhooks';
import { openSecret, sealSecret } from '@shelf/signing';
import { type ServiceContext, withTransaction } from '../../context.ts';
import { AppError, badInput, notFound } from '../../errors.ts';
import { requireOwner } from '../accounts/accounts.service.ts';
import { isUuid } from '../common/ids.ts';
import { type Page, pageNewestFirst } from '../common/newest-first-page.ts';
import { isWebhookEventType, type WebhookEventTypeInfo, webhookEventTypes } from './webhook-event-types.ts';
import { resolveSafeAddresses, UnsafeTargetError, urlHost } from './webhook-url-guard.ts';

export const WEBHOOKS_READ = 'webhooks:read';
export const WEBHOOKS_WRITE = 'webhooks:write';
const MAX_URL_LENGTH = 2048;
const MAX_DESCRIPTION_LENGTH = 500;
// Signing secrets are kept sealed (they must be read back to sign, so they cannot be hashed), bound to
// the endpoint id so a value copied to another endpoint does not open. Part of every stored value.
const SECRET_PURPOSE = 'webhook-secret';

export type EndpointWithSecret = { endpoint: WebhookEndpoint; secret: string };

/** A new Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** The URL to store, or BAD_USER_INPUT (field `url`) when it is malformed or reaches an internal address. */
export async function checkEndpointUrl(ctx: ServiceContext, raw: string): Promise<string> {
  const { allowPrivate } = ctx.services.config.webhooks;
  const trimmed = raw.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw badInput('Enter an absolute URL such as https://example.com/webhooks.', 'url');
  }
  if (trimmed.length > MAX_URL_LENGTH)
    throw badInput(`The URL is longer than ${MAX_URL_LENGTH} characters.`, 'url');
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw badInput('Only http and https URLs can receive webhooks.', 'url');
  }
  if (url.username || url.password)
    throw badInput('The URL must not contain a user name or password.', 'url');
  if (ctx.services.config.env === 'production' && !allowPrivate && url.protocol !== 'https:') {
    throw badInput('Webhook URLs must use https.', 'url');
  }
  if (!allowPrivate) {
    try {
      await resolveSafeAddresses(urlHost(url), { allowPrivate });
    } catch (error) {
      if (error instanceof UnsafeTargetError)
        throw badInput(`This URL cannot receive webhooks: ${error.message}`, 'url');
      throw error;
    }
  }
  url.hash = '';
  return url.toString();
}

function checkEvents(events: readonly string[]): string[] {
  const unique = [...new Set(events.map((event) => event.trim()))];
  if (unique.length === 0) throw badInput('Choose at least one event.', 'events');
  const unknown = unique.find((event) => !isWebhookEventType(event));
  if (unknown !== undefined) throw badInput(`There is no event named ${unknown}.`, 'events');
  return unique.sort();
}

function checkDescription(description: string | null | undefined): string {
  const trimmed = (description ?? '').trim();
  if (trimmed.length > MAX_DESCRIPTION_LENGTH) {
    throw badInput(`The description is longer than ${MAX_DESCRIPTION_LENGTH} characters.`, 'description');
  }
  return trimmed;
}

/** The events an endpoint may subscribe to, with their descriptions. */
export function listWebhookEventTypes(ctx: ServiceContext): WebhookEventTypeInfo[] {
  requireOwner(ctx, WEBHOOKS_READ);
  return webhookEventTypes;
}

/** The endpoint of `id`, or NOT_FOUND. */
export async function findWebhookEndpoint(ctx: ServiceContext, id: string): Promise<WebhookEndpoint> {
  const endpoint = isUuid(id) ? await ctx.em.findOne(WebhookEndpoint, { id }) : null;
  if (!endpoint) throw notFound('There is no such webhook endpoint.');
  return endpoint;
}

export async function createWebhookEndpoint(
  ctx: ServiceContext,
  input: { url: string; events: readonly string[]; description?: string | null },
): Promise<EndpointWithSecret> {
  requireOwner(ctx, WEBHOOKS_WRITE);
  const events = checkEvents(input.events);
  const description = checkDescription(input.description);
  const url = await checkEndpointUrl(ctx, input.url);
  const secret = generateWebhookSecret();
  const endpoint = new WebhookEndpoint();
  Object.assign(endpoint, {
    url,
    events,
    description,
    secretEncrypted: sealSecret(ctx.services.config.secrets.secretsKey, SECRET_PURPOSE, endpoint.id, secret),
  });
  await ctx.em.persistAndFlush(endpoint);
  ctx.log.info({ endpointId: endpoint.id, events }, 'webhook endpoint created');
  return { endpoint, secret };
}

export async function updateWebhookEndpoint(
  ctx: ServiceContext,
  input: { id: string; url?: string | null; events?: readonly string[] | null; description?: string | null },
): Promise<WebhookEndpoint> {
  requireOwner(ctx, WEBHOOKS_WRITE);
  const endpoint = await findWebhookEndpoint(ctx, input.id);
  // Everything is checked before anything changes, so bad input leaves the endpoint as it was.
  const events = input.events != null ? checkEvents(input.events) : endpoint.events;
  const description = input.description != null ? checkDescription(input.description) : endpoint.description;
  const url = input.url != null ? await checkEndpointUrl(ctx, input.url) : endpoint.url;
  Object.assign(endpoint, { url, events, description });
  await ctx.em.flush();
  return endpoint;
}

export async function deleteWebhookEndpoint(ctx: ServiceContext, id: string): Promise<boolean> {
  requireOwner(ctx, WEBHOOKS_WRITE);
  const endpoint = await findWebhookEndpoint(ctx, id);
  // Deliveries and their attempts go with it (on delete cascade).
  await ctx.em.nativeDelete(WebhookEndpoint, { id: endpoint.id });
  return true;
}

/** Switches an endpoint back on; its failure count starts again from zero. */
export async function enableWebhookEndpoint(ctx: ServiceContext, id: string): Promise<WebhookEndpoint> {
  requireOwner(ctx, WEBHOOKS_WRITE);
  const endpoint = await findWebhookEndpoint(ctx, id);
  Object.assign(endpoint, { enabled: true, disabledAt: null, disabledReason: null, consecutiveFailures: 0 });
  await ctx.em.flush();
  return endpoint;
}

/** Switches an endpoint off by hand: new events are no longer delivered to it. */
export async function disableWebhookEndpoint(ctx: ServiceContext, id: string): Promise<WebhookEndpoint> {
  requireOwner(ctx, WEBHOOKS_WRITE);
  const endpoint = await findWebhookEndpoint(ctx, id);
  if (endpoint.enabled) {
    Object.assign(endpoint, {
      enabled: false,
      disabledAt: new Date(),
      disabledReason: 'Disabled by the owner.',
    });
    await ctx.em.flush();
  }
  return endpoint;
}

/** A new signing secret; the old one stops working at once. */
export async function rotateWebhookSecret(ctx: ServiceContext, id: string): Promise<EndpointWithSecret> {
  requireOwner(ctx, WEBHOOKS_WRITE);
  return withTransaction(ctx, async (tx) => {
    const endpoint = await findWebhookEndpoint(tx, id);
    const secret = generateWebhookSecret();
    endpoint.secretEncrypted = sealSecret(
      tx.services.config.secrets.secretsKey,
      SECRET_PURPOSE,
      endpoint.id,
      secret,
    );
    await tx.em.flush();
    return { endpoint, secret };
  });
}

/** The endpoint's signing secret; for the owner (and the store itself, which signs with it). */
export function revealWebhookSecret(ctx: ServiceContext, endpoint: WebhookEndpoint): string {
  requireOwner(ctx, WEBHOOKS_WRITE);
  return webhookSigningSecret(ctx, endpoint);
}

/** The secret to sign with, decrypted; a value that does not decrypt (another SECRETS_KEY) is an error. */
export function webhookSigningSecret(
  ctx: ServiceContext,
  endpoint: Pick<WebhookEndpoint, 'id' | 'secretEncrypted'>,
): string {
  const secret = openSecret(
    ctx.services.config.secrets.secretsKey,
    SECRET_PURPOSE,
    endpoint.id,
    endpoint.secretEncrypted,
  );
  if (secret === null) {
    throw new AppError('CONFLICT', 'The signing secret of this endpoint cannot be read: rotate it.');
  }
  return secret;
}

export function listWebhookEndpoints(
  ctx: ServiceContext,
  args: { first?: number | null; after?: string | null },
): Promise<Page<WebhookEndpoint>> {
  requireOwner(ctx, WEBHOOKS_READ);
  return pageNewestFirst(ctx.em, WebhookEndpoint, { first: args.first, after: args.after, filter: {} });
}

export async function getWebhookEndpoint(ctx: ServiceContext, id: string): Promise<WebhookEndpoint | null> {
  requireOwner(ctx, WEBHOOKS_READ);
  return isUuid(id) ? ctx.em.findOne(WebhookEndpoint, { id }) : null;
}

// The owner's API keys: scripts and integrations send `Authorization: Bearer <key>` and may do what the
// key's scopes allow (requireCreator). A key is 32 random bytes shown once, at creation; only its SHA-256
// and a visible prefix are kept. `shelf_test_` keys belong to a store whose payments are in test mode,
// `shelf_live_` to a live one, so a key pasted into the wrong script is easy to spot. Only the owner,
// signed in with a session, manages keys: a key can neither mint, list nor revoke keys.
import { randomBytes } from 'node:crypto';
import { ApiKey, type ApiKeyScope, isApiKeyScope, User } from '@shelf/db/accounts';
import { hashToken } from '@shelf/signing';
import { type ServiceContext, withTransaction } from '../../context.ts';
import { badInput, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { isUuid } from '../common/ids.ts';
import { type Page, pageNewestFirst } from '../common/newest-first-page.ts';
import { API_KEY_PREFIX, requireOwnerSession } from './accounts.service.ts';

/** Hex characters of the secret shown after `shelf_live_` in the visible prefix. */
const VISIBLE_SECRET_CHARS = 8;
const MAX_NAME_LENGTH = 200;

export type CreatedApiKey = { apiKey: ApiKey; key: string };

/** `shelf_test_` while payments are in test mode (Store.testMode), `shelf_live_` otherwise. */
function keyMode(ctx: ServiceContext): 'test' | 'live' {
  return ctx.services.payments.name === 'test' ? 'test' : 'live';
}

/** The key's name, trimmed: 1 to 200 characters (BAD_USER_INPUT, field `name`). */
function parseName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > MAX_NAME_LENGTH) {
    throw badInput(`The name must be 1 to ${MAX_NAME_LENGTH} characters.`, 'name');
  }
  return trimmed;
}

/** At least one scope, each from apiKeyScopes (BAD_USER_INPUT, field `scopes`); duplicates dropped. */
function parseScopes(scopes: readonly string[]): ApiKeyScope[] {
  if (scopes.length === 0) throw badInput('Choose at least one scope.', 'scopes');
  const unknown = scopes.find((scope) => !isApiKeyScope(scope));
  if (unknown !== undefined) throw badInput(`${unknown} is not a scope.`, 'scopes');
  return [...new Set(scopes as ApiKeyScope[])];
}

function auditState(key: ApiKey): Record<string, unknown> {
  return {
    name: key.name,
    prefix: key.prefix,
    scopes: key.scopes,
    revokedAt: key.revokedAt?.toISOString() ?? null,
  };
}

/**
 * Makes a key with a name and scopes and returns it with its secret, which is never shown again. Owner
 * with a session only; BAD_USER_INPUT (with `field`) for a bad name or scopes. Audited as api_key.created.
 */
export async function createApiKey(
  ctx: ServiceContext,
  input: { name: string; scopes: readonly string[] },
  now = new Date(),
): Promise<CreatedApiKey> {
  const owner = requireOwnerSession(ctx);
  const name = parseName(input.name);
  const scopes = parseScopes(input.scopes);
  const mode = keyMode(ctx);
  return withTransaction(ctx, async (tx) => {
    // The visible prefix is unique (a 32-bit start of the secret); a clash is drawn again.
    let key = '';
    let prefix = '';
    for (let attempt = 0; attempt < 5 && !prefix; attempt++) {
      key = `${API_KEY_PREFIX}${mode}_${randomBytes(32).toString('hex')}`;
      const candidate = key.slice(0, API_KEY_PREFIX.length + mode.length + 1 + VISIBLE_SECRET_CHARS);
      if ((await tx.em.count(ApiKey, { prefix: candidate })) === 0) prefix = candidate;
    }
    if (!prefix) throw new Error('could not draw an unused API key prefix');
    const apiKey = tx.em.create(ApiKey, {
      name,
      prefix,
      keyHash: hashToken(key),
      scopes,
      createdBy: tx.em.getReference(User, owner.id),
      createdAt: now,
    });
    await tx.em.flush();
    await recordAudit(tx, {
      action: 'api_key.created',
      subjectType: 'api_key',
      subjectId: apiKey.id,
      before: null,
      after: auditState(apiKey),
    });
    return { apiKey, key };
  });
}

/** The store's keys, newest first, revoked ones included; never their secrets. Owner with a session. */
export async function listApiKeys(
  ctx: ServiceContext,
  args: { first?: number | null; after?: string | null },
): Promise<Page<ApiKey>> {
  requireOwnerSession(ctx);
  return pageNewestFirst(ctx.em, ApiKey, { ...args, filter: {}, populate: ['createdBy'] });
}

/**
 * Revokes a key: from now on it is refused with UNAUTHENTICATED. Revoking a revoked key changes nothing
 * and returns it as it is (its first revocation time, no second audit entry), so a retried request is
 * harmless. Owner with a session; NOT_FOUND for an unknown id. Audited as api_key.revoked.
 */
export async function revokeApiKey(
  ctx: ServiceContext,
  input: { id: string },
  now = new Date(),
): Promise<ApiKey> {
  requireOwnerSession(ctx);
  if (!isUuid(input.id)) throw notFound('No such API key.');
  return withTransaction(ctx, async (tx) => {
    const key = await tx.em.findOne(ApiKey, { id: input.id }, { populate: ['createdBy'], refresh: true });
    if (!key) throw notFound('No such API key.');
    // Conditional, so two revocations at once write (and audit) one.
    const revoked = await tx.em.nativeUpdate(ApiKey, { id: key.id, revokedAt: null }, { revokedAt: now });
    if (revoked === 0) {
      await tx.em.refresh(key);
      return key;
    }
    const before = auditState(key);
    key.revokedAt = now;
    await recordAudit(tx, {
      action: 'api_key.revoked',
      subjectType: 'api_key',
      subjectId: key.id,
      before,
      after: auditState(key),
    });
    return key;
  });
}

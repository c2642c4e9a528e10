// Creator accounts: the owner created on first start, password sign-in to bearer sessions, and who the
// caller is (the actor) for every request. Tokens are random and stored only as SHA-256 hashes; password
// checks are constant-time (scrypt), and an unknown email costs the same scrypt as a wrong password.
import { randomBytes } from 'node:crypto';
import { ApiKey, Session, User } from '@shelf/db/accounts';
import { generateToken, hashPassword, hashToken, verifyPassword } from '@shelf/signing';
import type { Actor, ServiceContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { normaliseEmail } from '../common/email-address.ts';
import { beginSignIn, finishSignIn } from '../limits/limits.service.ts';
import { findPortalSession, PORTAL_TOKEN_PREFIX } from './portal-sessions.service.ts';

const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
export const DEFAULT_OWNER_EMAIL = 'owner@shelf.local';
let dummyHash: Promise<string> | undefined;

export type OwnerSetup = { email: string; generatedPassword: string | null; created: boolean };

/** Creates the owner account on first start; a generated password is returned once, to be printed. */
export async function ensureOwner(
  ctx: ServiceContext,
  options: { email: string | undefined; password: string | undefined },
): Promise<OwnerSetup> {
  const { em } = ctx;
  const existing = await em.findOne(User, { role: 'owner' });
  if (existing) return { email: existing.email, generatedPassword: null, created: false };
  const email = normaliseEmail(options.email ?? DEFAULT_OWNER_EMAIL);
  const generatedPassword = options.password ? null : randomBytes(12).toString('base64url');
  const password = options.password ?? generatedPassword!;
  em.create(User, { email, name: 'Owner', role: 'owner', passwordHash: await hashPassword(password) });
  await em.flush();
  return { email, generatedPassword, created: true };
}

/**
 * Password sign-in from the client at `ip`. The sign-in limits are counted before the scrypt: repeated
 * failures from an address, or for an email from an address, are refused with RATE_LIMITED.
 */
export async function login(
  ctx: ServiceContext,
  input: { email: string; password: string; ip: string | null },
  now = new Date(),
): Promise<{ token: string; expiresAt: Date; user: User }> {
  const { em } = ctx;
  const email = normaliseEmail(input.email);
  const ticket = await beginSignIn(ctx, { email, ip: input.ip });
  const user = await em.findOne(User, { email });
  // Verify against a dummy hash when the user is unknown so timing does not reveal which emails exist.
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  const valid = await verifyPassword(input.password, user?.passwordHash ?? (await dummyHash));
  await finishSignIn(ctx, ticket, Boolean(user && valid));
  if (!user || !valid) throw new AppError('UNAUTHENTICATED', 'The email or password is not correct.');
  const token = generateToken();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  em.create(Session, { user, tokenHash: hashToken(token), expiresAt });
  await em.flush();
  return { token, expiresAt, user };
}

export async function logout(ctx: ServiceContext, authorization: string | undefined): Promise<boolean> {
  requireCreator(ctx, 'sessions:write');
  const token = bearerToken(authorization);
  if (!token) return false;
  return (await ctx.em.nativeDelete(Session, { tokenHash: hashToken(token) })) > 0;
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(authorization: string | undefined): string | null {
  const match = authorization?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1] ?? null;
}

/**
 * The actor behind an Authorization header: a signed-in creator, an API key, an affiliate (or customer)
 * signed in to a portal, or anonymous.
 */
export async function authenticate(
  ctx: Pick<ServiceContext, 'em'>,
  authorization: string | undefined,
  now = new Date(),
): Promise<Actor> {
  const token = bearerToken(authorization);
  if (!token) return { kind: 'anonymous' };
  const { em } = ctx;
  if (token.startsWith('shelf_')) {
    const key = await em.findOne(
      ApiKey,
      { keyHash: hashToken(token), revokedAt: null },
      { populate: ['createdBy'] },
    );
    if (!key) return { kind: 'anonymous' };
    await em.nativeUpdate(ApiKey, { id: key.id }, { lastUsedAt: now });
    return { kind: 'api_key', user: key.createdBy, apiKeyId: key.id, scopes: key.scopes };
  }
  if (token.startsWith(PORTAL_TOKEN_PREFIX)) {
    const portal = await findPortalSession(ctx, token, now);
    if (!portal) return { kind: 'anonymous' };
    return portal.kind === 'affiliate'
      ? { kind: 'affiliate', affiliateId: portal.subjectId }
      : { kind: 'customer', customerId: portal.subjectId };
  }
  const session = await em.findOne(
    Session,
    { tokenHash: hashToken(token), expiresAt: { $gt: now } },
    { populate: ['user'] },
  );
  if (!session) return { kind: 'anonymous' };
  return { kind: 'user', user: session.user, role: session.user.role, via: 'session' };
}

/** The signed-in creator (or the user an API key belongs to), or null. */
export function currentUser(ctx: ServiceContext): User | null {
  const { actor } = ctx;
  return actor.kind === 'user' || actor.kind === 'api_key' ? actor.user : null;
}

/**
 * Refuses anyone but a creator: UNAUTHENTICATED without credentials, FORBIDDEN for an API key without
 * `scope`. Signed-in owners and staff hold every scope for now; roles narrow this with the dashboard. The
 * store itself (a system context: the worker, a command, a webhook) may do what a creator may.
 */
export function requireCreator(
  ctx: ServiceContext,
  scope: string,
): Extract<Actor, { kind: 'user' | 'api_key' | 'system' }> {
  const { actor } = ctx;
  if (actor.kind === 'user' || actor.kind === 'system') return actor;
  if (actor.kind !== 'api_key')
    throw new AppError('UNAUTHENTICATED', 'Sign in or send an API key to do this.');
  if (!actor.scopes.includes('*') && !actor.scopes.includes(scope)) {
    throw new AppError('FORBIDDEN', `This API key lacks the ${scope} scope.`);
  }
  return actor;
}

// Creator accounts: the owner created on first start, password sign-in to bearer sessions (with a second
// factor for those who set one up), and who the caller is (the actor) for every request. Tokens are random
// and stored only as SHA-256 hashes; password checks are constant-time (scrypt), and an unknown email costs
// the same scrypt as a wrong password. A session ends 14 days after sign-in, or after 12 hours unused.
import { randomBytes } from 'node:crypto';
import { ApiKey, type ApiKeyScope, Session, User } from '@shelf/db/accounts';
import { generateToken, hashPassword, hashToken, needsRehash, verifyPassword } from '@shelf/signing';
import type { Actor, ServiceContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { normaliseEmail } from '../common/email-address.ts';
import { beginSignIn, finishSignIn } from '../limits/limits.service.ts';
import { findPortalSession, issueMagicLink, PORTAL_TOKEN_PREFIX } from './portal-sessions.service.ts';

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;

/** A session ends this long after sign-in, however busy. */
export const SESSION_TTL_MS = 14 * 24 * HOUR_MS;
/** ... or earlier, once unused for this long. */
export const SESSION_IDLE_MS = 12 * HOUR_MS;
/** How long the step between a right password and its second factor may take. */
export const TWO_FACTOR_CHALLENGE_TTL_MS = 5 * MINUTE_MS;
// lastUsedAt only has to be right to the idle limit, so a busy session writes it at most once a minute.
const LAST_USED_PRECISION_MS = MINUTE_MS;

export const DEFAULT_OWNER_EMAIL = 'owner@shelf.local';
/** Every API key starts with this (then `live_` or `test_`); a bearer token with it is a key or nothing. */
export const API_KEY_PREFIX = 'shelf_';
let dummyHash: Promise<string> | undefined;

// Staff signed in while the owner requires two-factor sign-in and who have not set it up yet: they may
// set it up (and sign out), nothing else. Marked on the request's User by authenticate.
const mustSetUpTwoFactor = new WeakSet<User>();

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

export type SessionGrant = { token: string; expiresAt: Date; user: User };
export type TwoFactorChallenge = { challenge: string; expiresAt: Date };
/** What a right password gives: a session, or (with two-factor sign-in on) a challenge for the code. */
export type SignInOutcome = { session: SessionGrant } | { twoFactor: TwoFactorChallenge };

/**
 * Password sign-in from the client at `ip`. The sign-in limits are counted before the scrypt: repeated
 * failures from an address, or for an email from an address, are refused with RATE_LIMITED. A hash of an
 * older cost is replaced after a successful check. A user with two-factor sign-in gets no session but a
 * single-use challenge for completeTwoFactorSignIn; that attempt stays counted until the code is right.
 */
export async function signIn(
  ctx: ServiceContext,
  input: { email: string; password: string; ip: string | null },
  now = new Date(),
): Promise<SignInOutcome> {
  const { em } = ctx;
  const email = normaliseEmail(input.email);
  const ticket = await beginSignIn(ctx, { email, ip: input.ip });
  const user = await em.findOne(User, { email }, { refresh: true });
  // Verify against a dummy hash when the user is unknown so timing does not reveal which emails exist.
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  const valid = await verifyPassword(input.password, user?.passwordHash ?? (await dummyHash));
  if (!user || !valid) {
    await finishSignIn(ctx, ticket, false);
    throw new AppError('UNAUTHENTICATED', 'The email or password is not correct.');
  }
  if (needsRehash(user.passwordHash)) {
    // Conditional on the old hash, so a password changed meanwhile is not overwritten.
    await em.nativeUpdate(
      User,
      { id: user.id, passwordHash: user.passwordHash },
      { passwordHash: await hashPassword(input.password) },
    );
  }
  if (user.twoFactorSecret) {
    const issued = await issueMagicLink(
      ctx,
      { email: user.email, purpose: 'two_factor', ttlMs: TWO_FACTOR_CHALLENGE_TTL_MS },
      now,
    );
    return { twoFactor: { challenge: issued.token, expiresAt: issued.expiresAt } };
  }
  await finishSignIn(ctx, ticket, true);
  return { session: await createSession(ctx, user, now) };
}

/**
 * Password sign-in for callers that expect a session at once. A user with two-factor sign-in is refused
 * with UNAUTHENTICATED and `reason: 'TWO_FACTOR_REQUIRED'`: such a client must use signIn.
 */
export async function login(
  ctx: ServiceContext,
  input: { email: string; password: string; ip: string | null },
  now = new Date(),
): Promise<SessionGrant> {
  const outcome = await signIn(ctx, input, now);
  if ('session' in outcome) return outcome.session;
  throw new AppError('UNAUTHENTICATED', 'Enter the code from your authenticator app to sign in.', {
    reason: 'TWO_FACTOR_REQUIRED',
  });
}

/** Starts a session for `user` with a new random token (every sign-in gets its own) and returns it, once. */
export async function createSession(
  ctx: ServiceContext,
  user: User,
  now = new Date(),
): Promise<SessionGrant> {
  const token = generateToken();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  // By reference: the user may have been read by another EntityManager than the transaction's.
  ctx.em.create(Session, {
    user: ctx.em.getReference(User, user.id),
    tokenHash: hashToken(token),
    expiresAt,
    createdAt: now,
    lastUsedAt: now,
  });
  await ctx.em.flush();
  return { token, expiresAt, user };
}

/** Ends the session the request carries (signing out); true when there was one to end. */
export async function logout(ctx: ServiceContext, authorization: string | undefined): Promise<boolean> {
  requireSignedInUser(ctx);
  const token = bearerToken(authorization);
  if (!token) return false;
  return (await ctx.em.nativeDelete(Session, { tokenHash: hashToken(token) })) > 0;
}

/** Ends every session of the signed-in user, this one included; returns how many ended. */
export async function logoutEverywhere(ctx: ServiceContext): Promise<number> {
  const user = requireSignedInUser(ctx);
  return endSessionsOf(ctx, user.id);
}

/** Ends the sessions of a user, except the one of `keepToken` (the request that asked). */
export async function endSessionsOf(
  ctx: ServiceContext,
  userId: string,
  keepToken: string | null = null,
): Promise<number> {
  const where = keepToken ? { user: userId, tokenHash: { $ne: hashToken(keepToken) } } : { user: userId };
  return ctx.em.nativeDelete(Session, where);
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(authorization: string | undefined): string | null {
  const match = authorization?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1] ?? null;
}

/**
 * The actor behind an Authorization header: a signed-in creator, an API key, an affiliate (or customer)
 * signed in to a portal, or anonymous. A creator's session past its end or idle for longer than
 * SESSION_IDLE_MS is no session; a live one is marked used (at most once a minute), and so is an API key.
 * An unknown or revoked API key is UNAUTHENTICATED (thrown), never anonymous.
 */
export async function authenticate(
  ctx: Pick<ServiceContext, 'em'>,
  authorization: string | undefined,
  now = new Date(),
): Promise<Actor> {
  const token = bearerToken(authorization);
  if (!token) return { kind: 'anonymous' };
  const { em } = ctx;
  if (token.startsWith(API_KEY_PREFIX)) {
    // A key that does not work is refused outright rather than treated as anonymous, so a script with a
    // revoked or mistyped key learns why instead of meeting FORBIDDEN or empty answers.
    const key = await em.findOne(ApiKey, { keyHash: hashToken(token) }, { populate: ['createdBy'] });
    if (!key)
      throw new AppError('UNAUTHENTICATED', 'This API key is not valid.', { reason: 'UNKNOWN_API_KEY' });
    if (key.revokedAt) {
      throw new AppError('UNAUTHENTICATED', 'This API key has been revoked.', { reason: 'REVOKED_API_KEY' });
    }
    if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
      // Conditional like a session's, so a busy key (or concurrent requests) writes it once a minute.
      await em.nativeUpdate(
        ApiKey,
        {
          id: key.id,
          $or: [
            { lastUsedAt: null },
            { lastUsedAt: { $lt: new Date(now.getTime() - LAST_USED_PRECISION_MS) } },
          ],
        },
        { lastUsedAt: now },
      );
    }
    return { kind: 'api_key', user: key.createdBy, apiKeyId: key.id, name: key.name, scopes: key.scopes };
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
    {
      tokenHash: hashToken(token),
      expiresAt: { $gt: now },
      lastUsedAt: { $gt: new Date(now.getTime() - SESSION_IDLE_MS) },
    },
    // One joined statement; a session that ended since this EntityManager last saw it matches no row.
    { populate: ['user'], strategy: 'joined' },
  );
  if (!session) return { kind: 'anonymous' };
  if (now.getTime() - session.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
    // Conditional, so concurrent requests of one session write it once.
    await em.nativeUpdate(
      Session,
      { id: session.id, lastUsedAt: { $lt: new Date(now.getTime() - LAST_USED_PRECISION_MS) } },
      { lastUsedAt: now },
    );
  }
  const { user } = session;
  if (user.role === 'staff' && !user.twoFactorSecret) {
    const required = await em.count(User, { role: 'owner', requireStaffTwoFactor: true });
    if (required > 0) mustSetUpTwoFactor.add(user);
  }
  return { kind: 'user', user, role: user.role, via: 'session' };
}

/** The signed-in creator (or the user an API key belongs to), or null. */
export function currentUser(ctx: ServiceContext): User | null {
  const { actor } = ctx;
  return actor.kind === 'user' || actor.kind === 'api_key' ? actor.user : null;
}

/** True when the signed-in staff member must set up two-factor sign-in before anything else. */
export function twoFactorSetupRequired(ctx: ServiceContext): boolean {
  return ctx.actor.kind === 'user' && mustSetUpTwoFactor.has(ctx.actor.user);
}

/**
 * The user signed in with a session (not an API key): for what only a person does to their own account
 * (sign out, password, two-factor sign-in). Allowed while two-factor setup is still required.
 */
export function requireSignedInUser(ctx: ServiceContext): User {
  const { actor } = ctx;
  if (actor.kind !== 'user') throw new AppError('UNAUTHENTICATED', 'Sign in to do this.');
  return actor.user;
}

function refuseUntilTwoFactorSetUp(ctx: ServiceContext): void {
  if (twoFactorSetupRequired(ctx)) {
    throw new AppError('FORBIDDEN', 'Set up two-factor sign-in first: the store owner requires it.', {
      reason: 'TWO_FACTOR_SETUP_REQUIRED',
    });
  }
}

/**
 * Refuses anyone but a creator: UNAUTHENTICATED without credentials, FORBIDDEN for an API key without
 * `scope` (named in the message and in `extensions.scope`), and FORBIDDEN (`reason:
 * 'TWO_FACTOR_SETUP_REQUIRED'`) for staff who must set up two-factor sign-in first. Signed-in owners and
 * staff hold every scope; what only the owner may do asks requireOwner. The store itself (a system
 * context: the worker, a command, a webhook) may do what a creator may.
 */
export function requireCreator(
  ctx: ServiceContext,
  scope: ApiKeyScope,
): Extract<Actor, { kind: 'user' | 'api_key' | 'system' }> {
  const { actor } = ctx;
  if (actor.kind === 'system') return actor;
  if (actor.kind === 'user') {
    refuseUntilTwoFactorSetUp(ctx);
    return actor;
  }
  if (actor.kind !== 'api_key')
    throw new AppError('UNAUTHENTICATED', 'Sign in or send an API key to do this.');
  if (!actor.scopes.includes(scope)) {
    throw new AppError('FORBIDDEN', `This API key lacks the ${scope} scope.`, {
      reason: 'MISSING_SCOPE',
      scope,
    });
  }
  return actor;
}

/**
 * Refuses anyone but the owner for what staff may not do (users, payouts, settings): UNAUTHENTICATED
 * without credentials, FORBIDDEN for staff, for an API key without `scope`, and for a key a staff member
 * made. The store itself may.
 */
export function requireOwner(
  ctx: ServiceContext,
  scope: ApiKeyScope,
): Extract<Actor, { kind: 'user' | 'api_key' | 'system' }> {
  const actor = requireCreator(ctx, scope);
  if (actor.kind === 'user' && actor.role !== 'owner') {
    throw new AppError('FORBIDDEN', 'Only the store owner may do this.');
  }
  if (actor.kind === 'api_key' && actor.user && actor.user.role !== 'owner') {
    throw new AppError('FORBIDDEN', 'Only an API key of the store owner may do this.');
  }
  return actor;
}

/**
 * The owner, signed in with a session: for managing API keys, which no key may do (a leaked key must not
 * be able to mint, list or revoke keys). UNAUTHENTICATED without credentials, FORBIDDEN for an API key
 * (`reason: 'SESSION_REQUIRED'`) and for staff.
 */
export function requireOwnerSession(ctx: ServiceContext): User {
  const { actor } = ctx;
  if (actor.kind === 'api_key') {
    throw new AppError(
      'FORBIDDEN',
      'API keys cannot manage API keys: sign in to the dashboard as the owner.',
      {
        reason: 'SESSION_REQUIRED',
      },
    );
  }
  if (actor.kind !== 'user') throw new AppError('UNAUTHENTICATED', 'Sign in to do this.');
  refuseUntilTwoFactorSetUp(ctx);
  if (actor.role !== 'owner') throw new AppError('FORBIDDEN', 'Only the store owner may do this.');
  return actor.user;
}

// Sign-in by magic link for the portals (affiliates now, customers later), and the portal sessions it
// starts, apart from creators' sessions so a portal token can never act as a creator. Only SHA-256 hashes
// of links and session tokens are stored. A link works once within its 15 minutes: using it is one
// conditional UPDATE, so two uses at the same moment cannot both succeed (docs/decisions/008).
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  type MagicLinkPurpose,
  MagicLinkToken,
  PortalSession,
  type PortalSessionKind,
} from '@shelf/db/accounts';
import { generateToken, hashToken } from '@shelf/signing';
import type { ServiceContext } from '../../context.ts';
import { AppError } from '../../errors.ts';

const MINUTE_MS = 60 * 1000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** How long a sign-in link works after it was sent. */
export const MAGIC_LINK_TTL_MS = 15 * MINUTE_MS;
/** A portal session ends this long after sign-in, however busy. */
export const PORTAL_SESSION_TTL_MS = 30 * DAY_MS;
/** ... or earlier, once unused for this long. */
export const PORTAL_SESSION_IDLE_MS = 7 * DAY_MS;
// lastUsedAt only has to be right to the idle limit, so a busy session writes it at most once a minute and
// every other request costs one indexed read.
const LAST_USED_PRECISION_MS = MINUTE_MS;

/**
 * Portal session tokens start with this, API keys with `shelf_` and creators' sessions with neither, so
 * authenticate looks each up only where it can be.
 */
export const PORTAL_TOKEN_PREFIX = 'portal_';

const INVALID_LINK = 'This sign-in link is invalid or has expired. Ask for a new one.';

/** The one answer for a link that is unknown, used, expired, forged or for another portal. */
export function invalidMagicLink(): AppError {
  return new AppError('UNAUTHENTICATED', INVALID_LINK);
}

export type IssuedMagicLink = { id: string; token: string; expiresAt: Date };

/**
 * Stores a new single-use token for `email` (already normalised): a sign-in link (15 minutes unless
 * `ttlMs` says otherwise), a password link or a two-factor challenge. Returns its token, once.
 */
export async function issueMagicLink(
  ctx: ServiceContext,
  input: { email: string; purpose: MagicLinkPurpose; ttlMs?: number },
  now = new Date(),
): Promise<IssuedMagicLink> {
  const token = generateToken();
  const expiresAt = new Date(now.getTime() + (input.ttlMs ?? MAGIC_LINK_TTL_MS));
  const link = ctx.em.create(MagicLinkToken, {
    email: input.email,
    purpose: input.purpose,
    tokenHash: hashToken(token),
    expiresAt,
    createdAt: now,
  });
  await ctx.em.flush();
  return { id: link.id, token, expiresAt };
}

/**
 * Uses a sign-in link and returns the email it was sent to. The check and the use are one statement, so
 * of two uses at once exactly one succeeds. UNAUTHENTICATED, with one message for every reason, otherwise.
 */
export async function consumeMagicLink(
  ctx: ServiceContext,
  input: { token: string; purpose: MagicLinkPurpose },
  now = new Date(),
): Promise<string> {
  const rows = await ctx.em.getConnection().execute<Array<{ email: string }>>(
    `update magic_link_token set used_at = ?
     where token_hash = ? and purpose = ? and used_at is null and expires_at > ?
     returning email`,
    [now, hashToken(input.token), input.purpose, now],
    'all',
    ctx.em.getTransactionContext(),
  );
  const email = rows[0]?.email;
  if (!email) throw invalidMagicLink();
  return email;
}

export type PortalSessionGrant = { token: string; expiresAt: Date };

/** Starts a portal session for an affiliate (or customer) and returns its bearer token, once. */
export async function createPortalSession(
  ctx: ServiceContext,
  input: { kind: PortalSessionKind; subjectId: string },
  now = new Date(),
): Promise<PortalSessionGrant> {
  const token = `${PORTAL_TOKEN_PREFIX}${generateToken()}`;
  const expiresAt = new Date(now.getTime() + PORTAL_SESSION_TTL_MS);
  ctx.em.create(PortalSession, {
    kind: input.kind,
    subjectId: input.subjectId,
    tokenHash: hashToken(token),
    expiresAt,
    lastUsedAt: now,
    createdAt: now,
  });
  await ctx.em.flush();
  return { token, expiresAt };
}

export type PortalSessionView = { kind: PortalSessionKind; subjectId: string; expiresAt: Date };

/**
 * The live session behind a bearer token, or null: unknown, past its absolute end or idle for longer
 * than PORTAL_SESSION_IDLE_MS are all absent. Marks it used (at most once a minute).
 */
export async function findPortalSession(
  ctx: { em: EntityManager },
  token: string,
  now = new Date(),
): Promise<PortalSessionView | null> {
  if (!token.startsWith(PORTAL_TOKEN_PREFIX)) return null;
  const { em } = ctx;
  const session = await em.findOne(
    PortalSession,
    {
      tokenHash: hashToken(token),
      expiresAt: { $gt: now },
      lastUsedAt: { $gt: new Date(now.getTime() - PORTAL_SESSION_IDLE_MS) },
    },
    // Read afresh: the session may have ended in another request since this EntityManager saw it.
    { refresh: true },
  );
  if (!session) return null;
  if (now.getTime() - session.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
    // Conditional, so concurrent requests of one session write it once.
    await em.nativeUpdate(
      PortalSession,
      { id: session.id, lastUsedAt: { $lt: new Date(now.getTime() - LAST_USED_PRECISION_MS) } },
      { lastUsedAt: now },
    );
  }
  return { kind: session.kind, subjectId: session.subjectId, expiresAt: session.expiresAt };
}

/** Ends the portal session of a bearer token (signing out); true when there was one to end. */
export async function endPortalSession(ctx: ServiceContext, token: string): Promise<boolean> {
  if (!token.startsWith(PORTAL_TOKEN_PREFIX)) return false;
  return (await ctx.em.nativeDelete(PortalSession, { tokenHash: hashToken(token) })) > 0;
}

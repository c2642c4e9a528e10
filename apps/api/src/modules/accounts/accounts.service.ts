// Creator accounts: the owner created on first start, password sign-in to bearer sessions, API keys.
// Tokens are random and stored only as SHA-256 hashes; password checks are constant-time (scrypt).
import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiKey, normaliseEmail, Session, User } from '@shelf/db';
import { generateToken, hashPassword, hashToken, verifyPassword } from '@shelf/signing';
import type { Viewer } from '../../context.ts';
import { AppError } from '../../errors.ts';

const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
export const DEFAULT_OWNER_EMAIL = 'owner@shelf.local';
let dummyHash: Promise<string> | undefined;

export type OwnerSetup = { email: string; generatedPassword: string | null; created: boolean };

/** Creates the owner account on first start; a generated password is returned once, to be printed. */
export async function ensureOwner(
  em: EntityManager,
  options: { email: string | undefined; password: string | undefined },
): Promise<OwnerSetup> {
  const existing = await em.findOne(User, { role: 'owner' });
  if (existing) return { email: existing.email, generatedPassword: null, created: false };
  const email = normaliseEmail(options.email ?? DEFAULT_OWNER_EMAIL);
  const generatedPassword = options.password ? null : randomBytes(12).toString('base64url');
  const password = options.password ?? generatedPassword!;
  em.create(User, { email, name: 'Owner', role: 'owner', passwordHash: await hashPassword(password) });
  await em.flush();
  return { email, generatedPassword, created: true };
}

export async function login(
  em: EntityManager,
  input: { email: string; password: string },
  now = new Date(),
): Promise<{ token: string; expiresAt: Date; user: User }> {
  const user = await em.findOne(User, { email: normaliseEmail(input.email) });
  // Verify against a dummy hash when the user is unknown so timing does not reveal which emails exist.
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  const valid = await verifyPassword(input.password, user?.passwordHash ?? (await dummyHash));
  if (!user || !valid) throw new AppError('UNAUTHENTICATED', 'The email or password is not correct.');
  const token = generateToken();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  em.create(Session, { user, tokenHash: hashToken(token), expiresAt });
  await em.flush();
  return { token, expiresAt, user };
}

export async function logout(em: EntityManager, authorization: string | undefined): Promise<boolean> {
  const token = bearerToken(authorization);
  if (!token) return false;
  const deleted = await em.nativeDelete(Session, { tokenHash: hashToken(token) });
  return deleted > 0;
}

function bearerToken(authorization: string | undefined): string | null {
  const match = authorization?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1] ?? null;
}

export async function authenticateBearer(
  em: EntityManager,
  authorization: string | undefined,
  now = new Date(),
): Promise<Viewer | null> {
  const token = bearerToken(authorization);
  if (!token) return null;
  if (token.startsWith('shelf_')) {
    const key = await em.findOne(
      ApiKey,
      { keyHash: hashToken(token), revokedAt: null },
      { populate: ['createdBy'] },
    );
    if (!key) return null;
    await em.nativeUpdate(ApiKey, { id: key.id }, { lastUsedAt: now });
    return { user: key.createdBy, scopes: key.scopes, via: 'api_key' };
  }
  const session = await em.findOne(
    Session,
    { tokenHash: hashToken(token), expiresAt: { $gt: now } },
    { populate: ['user'] },
  );
  if (!session) return null;
  return { user: session.user, scopes: ['*'], via: 'session' };
}

/** Creates an API key; the full key is returned once and never stored. */
export async function createApiKey(
  em: EntityManager,
  input: { name: string; scopes: string[]; createdBy: User | null },
): Promise<{ key: string; apiKey: ApiKey }> {
  const prefix = randomBytes(6).toString('hex');
  const key = `shelf_${prefix}_${generateToken()}`;
  const apiKey = em.create(ApiKey, { ...input, prefix, keyHash: hashToken(key) });
  await em.flush();
  return { key, apiKey };
}

export function hasScope(viewer: Viewer, scope: string): boolean {
  return viewer.scopes.includes('*') || viewer.scopes.includes(scope);
}

export async function requireCreator(viewerPromise: Promise<Viewer | null>, scope: string): Promise<Viewer> {
  const viewer = await viewerPromise;
  if (!viewer) throw new AppError('UNAUTHENTICATED', 'Sign in or send an API key to do this.');
  if (!hasScope(viewer, scope)) throw new AppError('FORBIDDEN', `This API key lacks the ${scope} scope.`);
  return viewer;
}

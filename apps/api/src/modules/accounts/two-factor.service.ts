// Two-factor sign-in with an authenticator app (TOTP, RFC 6238: SHA-1, 6 digits, 30 s) and recovery
// codes. Setting it up stores a pending secret that does nothing until a code from it confirms it. At
// sign-in a code is accepted one step either side of now and only once: the user row remembers the last
// accepted time step, moved forward by one conditional UPDATE, so a code seen over a shoulder (or sent
// twice at once) does not work again. Secrets are stored sealed (sealSecret, @shelf/signing): one that does
// not decrypt accepts no code. Recovery codes are stored as SHA-256 hashes; using one removes it in one
// conditional UPDATE, so of two uses at once exactly one succeeds.
import { randomInt } from 'node:crypto';
import { User } from '@shelf/db/accounts';
import { hashToken, openSecret, sealSecret, verifyPassword } from '@shelf/signing';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import { type ServiceContext, withTransaction } from '../../context.ts';
import { AppError, badInput } from '../../errors.ts';
import { beginSignIn, finishSignIn } from '../limits/limits.service.ts';
import { readStoreSettings } from '../settings/settings.service.ts';
import { createSession, requireSignedInUser, type SessionGrant } from './accounts.service.ts';
import { consumeMagicLink } from './portal-sessions.service.ts';

/** How many recovery codes confirming two-factor sign-in gives. */
export const RECOVERY_CODE_COUNT = 10;
// Seconds either side of now a code is accepted: one 30 s step, for clocks a little off.
const TOLERANCE_SECONDS = 30;
// Crockford's alphabet without look-alikes: 10 characters are 50 bits, read aloud or typed easily.
const RECOVERY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TOTP_CODE = /^\d{6}$/;
// The purpose secrets are sealed for: part of the associated data of every stored value, never to change.
const SECRET_PURPOSE = 'totp-secret';

const WRONG_CODE = 'The code is not correct.';
const CHALLENGE_ENDED = 'This sign-in has expired. Enter your email and password again.';

export type TwoFactorSetup = { secret: string; otpauthUri: string; qrSvg: string };

/**
 * Starts setting up two-factor sign-in for the signed-in user: a new secret, its otpauth:// URI and that
 * URI as an SVG QR code. The secret is pending until confirmTwoFactor; asking again replaces it. CONFLICT
 * when two-factor sign-in is already on.
 */
export async function startTwoFactorSetup(ctx: ServiceContext): Promise<TwoFactorSetup> {
  const user = await freshUser(ctx, requireSignedInUser(ctx).id);
  if (user.twoFactorSecret) throw new AppError('CONFLICT', 'Two-factor sign-in is already on.');
  const secret = generateSecret();
  const settings = await readStoreSettings(ctx);
  const otpauthUri = generateURI({ issuer: settings.storeName, label: user.email, secret });
  const qrSvg = await QRCode.toString(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  const stored = sealSecret(ctx.services.config.secrets.secretsKey, SECRET_PURPOSE, user.id, secret);
  await ctx.em.nativeUpdate(User, { id: user.id }, { twoFactorPendingSecret: stored });
  return { secret, otpauthUri, qrSvg };
}

/**
 * Confirms the pending secret with a code from the app and turns two-factor sign-in on. Returns the
 * recovery codes, once: only their hashes are kept. BAD_USER_INPUT (field `code`) for a wrong code.
 */
export async function confirmTwoFactor(
  ctx: ServiceContext,
  input: { code: string },
  now = new Date(),
): Promise<string[]> {
  const user = await freshUser(ctx, requireSignedInUser(ctx).id);
  if (user.twoFactorSecret) throw new AppError('CONFLICT', 'Two-factor sign-in is already on.');
  if (!user.twoFactorPendingSecret) {
    throw new AppError('CONFLICT', 'Start setting up two-factor sign-in first.');
  }
  const pending = readSecret(ctx, user, user.twoFactorPendingSecret);
  if (pending === null) throw new AppError('CONFLICT', 'Start setting up two-factor sign-in again.');
  const step = await verifiedStep(pending, input.code, null, now);
  if (step === null) throw badInput(WRONG_CODE, 'code');
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, generateRecoveryCode);
  const updated = await ctx.em.nativeUpdate(
    User,
    { id: user.id, twoFactorPendingSecret: user.twoFactorPendingSecret, twoFactorSecret: null },
    {
      twoFactorSecret: user.twoFactorPendingSecret,
      twoFactorPendingSecret: null,
      twoFactorLastStep: step,
      recoveryCodeHashes: codes.map(hashRecoveryCode),
    },
  );
  if (updated === 0) throw new AppError('CONFLICT', 'Two-factor setup changed meanwhile; start again.');
  return codes;
}

/**
 * Turns two-factor sign-in off after the password and a current code (or a recovery code). Wrong ones
 * count against the sign-in limits of the user's email and the address, and answer BAD_USER_INPUT.
 */
export async function disableTwoFactor(
  ctx: ServiceContext,
  input: { password: string; code: string; ip: string | null },
  now = new Date(),
): Promise<boolean> {
  const user = await freshUser(ctx, requireSignedInUser(ctx).id);
  if (!user.twoFactorSecret) throw new AppError('CONFLICT', 'Two-factor sign-in is already off.');
  const ticket = await beginSignIn(ctx, { email: user.email, ip: input.ip });
  if (!(await verifyPassword(input.password, user.passwordHash))) {
    await finishSignIn(ctx, ticket, false);
    throw badInput('The password is not correct.', 'password');
  }
  const accepted = await withTransaction(ctx, (tx) => acceptSecondFactor(tx, user, input.code, now));
  await finishSignIn(ctx, ticket, accepted);
  if (!accepted) throw badInput(WRONG_CODE, 'code');
  await ctx.em.nativeUpdate(
    User,
    { id: user.id },
    { twoFactorSecret: null, twoFactorPendingSecret: null, twoFactorLastStep: null, recoveryCodeHashes: [] },
  );
  return true;
}

/**
 * The second step of signing in: the challenge signIn gave for a right password, and a code from the app
 * or a recovery code. Starts the session and uses up the challenge; a wrong code leaves the challenge
 * for another try within its 5 minutes and counts against the sign-in limits (RATE_LIMITED past them).
 * UNAUTHENTICATED for a wrong code and for an unknown, used or expired challenge.
 */
export async function completeTwoFactorSignIn(
  ctx: ServiceContext,
  input: { challenge: string; code: string; ip: string | null },
  now = new Date(),
): Promise<SessionGrant> {
  const email = await challengeEmail(ctx, input.challenge, now);
  const user = email ? await ctx.em.findOne(User, { email }, { refresh: true }) : null;
  if (!user?.twoFactorSecret) throw new AppError('UNAUTHENTICATED', CHALLENGE_ENDED);
  const ticket = await beginSignIn(ctx, { email: user.email, ip: input.ip });
  const grant = await withTransaction(ctx, async (tx) => {
    if (!(await acceptSecondFactor(tx, user, input.code, now))) return null;
    // Rolls the code's use back with it when another request used the challenge first.
    await consumeMagicLink(tx, { token: input.challenge, purpose: 'two_factor' }, now).catch(
      (error: unknown) => {
        throw error instanceof AppError ? new AppError('UNAUTHENTICATED', CHALLENGE_ENDED) : error;
      },
    );
    return createSession(tx, user, now);
  });
  await finishSignIn(ctx, ticket, grant !== null);
  if (!grant) throw new AppError('UNAUTHENTICATED', WRONG_CODE);
  return grant;
}

// The email of a live challenge, without using it up.
async function challengeEmail(ctx: ServiceContext, challenge: string, now: Date): Promise<string | null> {
  const rows = await ctx.em.getConnection().execute<Array<{ email: string }>>(
    `select email from magic_link_token
     where token_hash = ? and purpose = 'two_factor' and used_at is null and expires_at > ?`,
    [hashToken(challenge), now],
    'all',
    ctx.em.getTransactionContext(),
  );
  return rows[0]?.email ?? null;
}

/**
 * Uses a code for `user`: a TOTP code of a step later than the last accepted one, or one of the recovery
 * codes. Each use is one conditional UPDATE, so a code works once even when sent twice at the same time.
 */
async function acceptSecondFactor(
  ctx: ServiceContext,
  user: User,
  code: string,
  now: Date,
): Promise<boolean> {
  const typed = code.replace(/[\s-]/g, '').toUpperCase();
  const connection = ctx.em.getConnection();
  const transaction = ctx.em.getTransactionContext();
  if (TOTP_CODE.test(typed)) {
    const secret = readSecret(ctx, user, user.twoFactorSecret);
    if (secret === null) return false;
    const step = await verifiedStep(secret, typed, user.twoFactorLastStep, now);
    if (step === null) return false;
    const rows = await connection.execute<Array<{ id: string }>>(
      `update app_user set two_factor_last_step = ?
       where id = ? and two_factor_secret is not null
         and (two_factor_last_step is null or two_factor_last_step < ?)
       returning id`,
      [step, user.id, step],
      'all',
      transaction,
    );
    return rows.length === 1;
  }
  if (typed.length !== 10) return false;
  const hash = hashRecoveryCode(typed);
  const rows = await connection.execute<Array<{ id: string }>>(
    `update app_user set recovery_code_hashes = array_remove(recovery_code_hashes, ?)
     where id = ? and ? = any(recovery_code_hashes)
     returning id`,
    [hash, user.id, hash],
    'all',
    transaction,
  );
  return rows.length === 1;
}

// A stored secret of `user`, decrypted; null (and a warning: the key changed, or the row was edited) when
// it does not decrypt.
function readSecret(ctx: ServiceContext, user: User, stored: string | null): string | null {
  if (stored === null) return null;
  const secret = openSecret(ctx.services.config.secrets.secretsKey, SECRET_PURPOSE, user.id, stored);
  if (secret === null) {
    ctx.log.warn(
      { userId: user.id },
      'a two-factor secret does not decrypt with SECRETS_KEY; refusing its codes',
    );
  }
  return secret;
}

// The time step of a code valid now (±1 step) and later than `afterStep`, or null.
async function verifiedStep(
  secret: string,
  code: string,
  afterStep: number | null,
  now: Date,
): Promise<number | null> {
  if (!TOTP_CODE.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOLERANCE_SECONDS,
    ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
  }).catch(() => null);
  if (!result?.valid || !('timeStep' in result)) return null;
  return result.timeStep;
}

function generateRecoveryCode(): string {
  const characters = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
  return `${characters.slice(0, 5).join('')}-${characters.slice(5).join('')}`;
}

// Hashed as typed without the dash and in capitals, so `abcde fghij` matches `ABCDE-FGHIJ`.
function hashRecoveryCode(code: string): string {
  return hashToken(`recovery:${code.replace(/[\s-]/g, '').toUpperCase()}`);
}

async function freshUser(ctx: ServiceContext, id: string): Promise<User> {
  const user = await ctx.em.findOne(User, { id }, { refresh: true });
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in to do this.');
  return user;
}

// Creators' passwords: changing one (the current password first), and resetting a forgotten one through
// a link emailed by the email queue. A reset link works once within its 30 minutes (one conditional
// UPDATE) and asking for one answers the same for an address nobody uses. A new password ends the user's
// other sessions (a reset ends all of them), so a stolen session does not outlive the password.
import { User } from '@shelf/db/accounts';
import { renderPasswordResetEmail } from '@shelf/email';
import { hashPassword, verifyPassword } from '@shelf/signing';
import { type ServiceContext, withTransaction } from '../../context.ts';
import { AppError, badInput } from '../../errors.ts';
import { parseEmail } from '../common/email-address.ts';
import { beginSignIn, consumeLimit, finishSignIn } from '../limits/limits.service.ts';
import { queueEmail } from '../messaging/messaging.service.ts';
import { readStoreSettings } from '../settings/settings.service.ts';
import { bearerToken, endSessionsOf, requireSignedInUser } from './accounts.service.ts';
import { consumeMagicLink, issueMagicLink } from './portal-sessions.service.ts';

const MINUTE_MS = 60 * 1000;

/** How long a password reset link works after it was sent. */
export const PASSWORD_RESET_TTL_MS = 30 * MINUTE_MS;
/** How long the link of an invitation to the dashboard works. */
export const INVITATION_TTL_MS = 3 * 24 * 60 * MINUTE_MS;
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

const TOO_MANY_RESETS = 'Too many password resets asked for.';
const INVALID_RESET_LINK = 'This password link is invalid or has expired. Ask for a new one.';

/** BAD_USER_INPUT on `field` unless the password is 12 to 256 characters. */
export function checkNewPassword(password: string, field = 'newPassword'): void {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH || length > MAX_PASSWORD_LENGTH) {
    throw badInput(
      `The password must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.`,
      field,
    );
  }
}

/**
 * Changes the signed-in user's password after checking the current one (a wrong one counts against the
 * sign-in limits and is BAD_USER_INPUT on `currentPassword`), and ends their other sessions.
 */
export async function changePassword(
  ctx: ServiceContext,
  input: {
    currentPassword: string;
    newPassword: string;
    authorization: string | undefined;
    ip: string | null;
  },
): Promise<boolean> {
  const signedIn = requireSignedInUser(ctx);
  checkNewPassword(input.newPassword);
  const user = await ctx.em.findOneOrFail(User, { id: signedIn.id }, { refresh: true });
  const ticket = await beginSignIn(ctx, { email: user.email, ip: input.ip });
  const valid = await verifyPassword(input.currentPassword, user.passwordHash);
  await finishSignIn(ctx, ticket, valid);
  if (!valid) throw badInput('The current password is not correct.', 'currentPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await withTransaction(ctx, async (tx) => {
    await tx.em.nativeUpdate(User, { id: user.id }, { passwordHash });
    await endSessionsOf(tx, user.id, bearerToken(input.authorization));
  });
  return true;
}

/**
 * Emails a password reset link to the creator or staff member with this address, if there is one, and
 * answers true either way: the answer and the limits counted are the same for an address nobody uses. A
 * malformed address is BAD_USER_INPUT. Limited per client address and per email (RATE_LIMITED).
 */
export async function requestPasswordReset(
  ctx: ServiceContext,
  input: { email: string; ip: string | null },
  now = new Date(),
): Promise<true> {
  const email = parseEmail(input.email);
  if (!email) throw badInput('Enter your email address.', 'email');
  await consumeLimit(ctx, 'password-reset-address', input.ip, TOO_MANY_RESETS);
  await consumeLimit(ctx, 'password-reset-email', email, TOO_MANY_RESETS);
  const user = await ctx.em.findOne(User, { email });
  if (!user) return true;
  await sendPasswordLink(ctx, user, { invitation: false }, now);
  return true;
}

/**
 * Stores a single-use password link for `user` and queues the email that carries it (in one transaction:
 * the email goes out only for a stored link). An invitation's link lasts longer and is worded as one.
 */
export async function sendPasswordLink(
  ctx: ServiceContext,
  user: User,
  options: { invitation: boolean },
  now = new Date(),
): Promise<void> {
  const ttlMs = options.invitation ? INVITATION_TTL_MS : PASSWORD_RESET_TTL_MS;
  await withTransaction(ctx, async (tx) => {
    const link = await issueMagicLink(tx, { email: user.email, purpose: 'password_reset', ttlMs }, now);
    const settings = await readStoreSettings(tx);
    // Appended, not resolved: a store served under a path keeps it.
    const resetUrl = new URL(`${tx.services.config.web.publicUrl}/dashboard/reset-password`);
    resetUrl.searchParams.set('token', link.token);
    await queueEmail(tx, {
      to: user.email,
      template: options.invitation ? 'staff-invitation' : 'password-reset',
      ...renderPasswordResetEmail({
        storeName: settings.storeName,
        userName: user.name,
        resetUrl: resetUrl.toString(),
        validMinutes: ttlMs / MINUTE_MS,
        invitation: options.invitation,
        supportEmail: settings.supportEmail ?? undefined,
      }),
      idempotencyKey: `password-link:${link.id}`,
    });
  });
}

/**
 * Sets a new password with a reset link's token and ends every session of that user. The link works
 * once: using it is one conditional UPDATE, and the user's other unused reset links are used up with it.
 * UNAUTHENTICATED, with one message, for a link that is unknown, used or expired.
 */
export async function resetPassword(
  ctx: ServiceContext,
  input: { token: string; newPassword: string },
  now = new Date(),
): Promise<boolean> {
  checkNewPassword(input.newPassword);
  const passwordHash = await hashPassword(input.newPassword);
  await withTransaction(ctx, async (tx) => {
    const email = await consumeMagicLink(tx, { token: input.token, purpose: 'password_reset' }, now).catch(
      (error: unknown) => {
        throw error instanceof AppError ? new AppError('UNAUTHENTICATED', INVALID_RESET_LINK) : error;
      },
    );
    const user = await tx.em.findOne(User, { email });
    if (!user) throw new AppError('UNAUTHENTICATED', INVALID_RESET_LINK);
    await tx.em
      .getConnection()
      .execute(
        `update magic_link_token set used_at = ? where email = ? and purpose = 'password_reset' and used_at is null`,
        [now, email],
        'run',
        tx.em.getTransactionContext(),
      );
    await tx.em.nativeUpdate(User, { id: user.id }, { passwordHash });
    await endSessionsOf(tx, user.id);
  });
  return true;
}

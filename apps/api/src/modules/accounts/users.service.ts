// The owner's user management: who may sign in to the dashboard, inviting staff (who choose their own
// password through an emailed link), removing them (which ends their sessions) and whether staff must use
// two-factor sign-in. Only the owner may do any of it (requireOwner).
import { randomBytes } from 'node:crypto';
import { User } from '@shelf/db/accounts';
import { hashPassword } from '@shelf/signing';
import { type ServiceContext, withTransaction } from '../../context.ts';
import { AppError, badInput, notFound } from '../../errors.ts';
import { parseEmail } from '../common/email-address.ts';
import { isUuid } from '../common/ids.ts';
import { endSessionsOf, requireOwner } from './accounts.service.ts';
import { sendPasswordLink } from './password-reset.service.ts';

/** Everyone who may sign in to the dashboard, the owner first, then by when they joined. */
export async function listUsers(ctx: ServiceContext): Promise<User[]> {
  requireOwner(ctx, 'users:read');
  const users = await ctx.em.find(User, {}, { orderBy: { createdAt: 'asc', id: 'asc' } });
  return users.sort((a, b) => Number(b.role === 'owner') - Number(a.role === 'owner'));
}

/**
 * Adds a staff member and emails them a link to choose their password. BAD_USER_INPUT for a malformed
 * email or a name that is empty or longer than 200 characters; CONFLICT when the email already has an
 * account.
 */
export async function inviteStaff(
  ctx: ServiceContext,
  input: { email: string; name: string },
  now = new Date(),
): Promise<User> {
  requireOwner(ctx, 'users:write');
  const email = parseEmail(input.email);
  if (!email) throw badInput('Enter an email address.', 'email');
  const name = input.name.trim();
  if (!name || name.length > 200) throw badInput('The name must be 1 to 200 characters.', 'name');
  if (await ctx.em.findOne(User, { email })) {
    throw new AppError('CONFLICT', 'Someone with this email can already sign in.', { field: 'email' });
  }
  // A random password nobody knows until the invitation's link sets one; signing in with a guess costs
  // the same scrypt as for everyone else.
  const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
  return withTransaction(ctx, async (tx) => {
    const user = tx.em.create(User, { email, name, role: 'staff', passwordHash, createdAt: now });
    await tx.em.flush();
    await sendPasswordLink(tx, user, { invitation: true }, now);
    return user;
  });
}

/**
 * Removes a staff member: their sessions and unused password links end with them. FORBIDDEN for the
 * owner (themself included); NOT_FOUND for an unknown id.
 */
export async function removeUser(ctx: ServiceContext, input: { id: string }): Promise<boolean> {
  requireOwner(ctx, 'users:write');
  if (!isUuid(input.id)) throw notFound('No such user.');
  const user = await ctx.em.findOne(User, { id: input.id });
  if (!user) throw notFound('No such user.');
  if (user.role === 'owner') throw new AppError('FORBIDDEN', 'The store owner cannot be removed.');
  await withTransaction(ctx, async (tx) => {
    await endSessionsOf(tx, user.id);
    await tx.em
      .getConnection()
      .execute(
        `delete from magic_link_token where email = ? and purpose in ('password_reset', 'two_factor')`,
        [user.email],
        'run',
        tx.em.getTransactionContext(),
      );
    await tx.em.nativeDelete(User, { id: user.id });
  });
  return true;
}

/** The owner's setting: whether staff must set up two-factor sign-in before doing anything else. */
export async function setStaffTwoFactorRequired(
  ctx: ServiceContext,
  input: { required: boolean },
): Promise<boolean> {
  requireOwner(ctx, 'settings:write');
  await ctx.em.nativeUpdate(User, { role: 'owner' }, { requireStaffTwoFactor: input.required });
  return input.required;
}

/** Whether the owner requires staff to use two-factor sign-in. */
export async function staffTwoFactorRequired(ctx: ServiceContext): Promise<boolean> {
  requireOwner(ctx, 'settings:read');
  return (await ctx.em.count(User, { role: 'owner', requireStaffTwoFactor: true })) > 0;
}

/** The store owner's email address, for notices only the owner gets; null before the owner exists. */
export async function ownerEmailAddress(ctx: ServiceContext): Promise<string | null> {
  const owner = await ctx.em.findOne(User, { role: 'owner' });
  return owner?.email ?? null;
}

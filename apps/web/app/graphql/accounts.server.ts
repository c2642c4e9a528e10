// Creator accounts from the dashboard: signing in (password, then a code when two-factor sign-in is on),
// forgotten passwords (signed out), the signed-in creator's own account, and the owner's users. Sign-in
// and password reset are sent with no session; everything else with the creator's.
import {
  ChangePasswordDocument,
  CompleteTwoFactorSignInDocument,
  ConfirmTwoFactorDocument,
  CreatorLogoutDocument,
  CreatorSignInDocument,
  type CreatorSignInMutation,
  DashboardUsersDocument,
  type DashboardUsersQuery,
  DisableTwoFactorDocument,
  InviteStaffDocument,
  LogoutEverywhereDocument,
  RemoveUserDocument,
  RequestPasswordResetDocument,
  ResetPasswordDocument,
  SetStaffTwoFactorRequiredDocument,
  StartTwoFactorSetupDocument,
  type StartTwoFactorSetupMutation,
} from '@shelf/graphql';
import { type ApiCaller, gql } from './client.server';

/** A loader's or action's arguments; each function below picks the sign-in its operation is sent with. */
type Caller = Omit<ApiCaller, 'credential'>;

const signedOut = (caller: Caller): ApiCaller => ({ ...caller, credential: 'none' });
const asCreator = (caller: Caller): ApiCaller => ({ ...caller, credential: 'creator' });

export type CreatorSession = { token: string; expiresAt: string };
export type SignInStep = CreatorSignInMutation['signIn'];
export type TwoFactorSetup = StartTwoFactorSetupMutation['startTwoFactorSetup'];
export type DashboardUser = DashboardUsersQuery['users'][number];

/**
 * The password step: a session, or (two-factor sign-in on) a challenge for completeSignIn.
 * UNAUTHENTICATED for a wrong email or password, RATE_LIMITED after too many.
 */
export async function signInCreator(
  caller: Caller,
  credentials: { email: string; password: string },
): Promise<SignInStep> {
  const { signIn } = await gql(signedOut(caller), CreatorSignInDocument, credentials);
  return signIn;
}

/** The second step: the challenge and a code from the app or a recovery code. */
export async function completeSignIn(
  caller: Caller,
  input: { challenge: string; code: string },
): Promise<CreatorSession> {
  const { completeTwoFactorSignIn } = await gql(signedOut(caller), CompleteTwoFactorSignInDocument, input);
  return completeTwoFactorSignIn;
}

/** Ends the creator session the request's cookie holds. */
export async function logoutCreator(caller: Caller): Promise<void> {
  await gql(asCreator(caller), CreatorLogoutDocument);
}

/** Ends every session of the signed-in creator, this one included; how many ended. */
export async function logoutEverywhere(caller: Caller): Promise<number> {
  return (await gql(asCreator(caller), LogoutEverywhereDocument)).logoutEverywhere;
}

/** Emails a reset link if the address belongs to a dashboard user; the answer is the same either way. */
export async function requestPasswordReset(caller: Caller, email: string): Promise<void> {
  await gql(signedOut(caller), RequestPasswordResetDocument, { email });
}

/** Sets a new password with a reset (or invitation) link's token. */
export async function resetPassword(
  caller: Caller,
  input: { token: string; newPassword: string },
): Promise<void> {
  await gql(signedOut(caller), ResetPasswordDocument, input);
}

export async function changePassword(
  caller: Caller,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  await gql(asCreator(caller), ChangePasswordDocument, input);
}

export async function startTwoFactorSetup(caller: Caller): Promise<TwoFactorSetup> {
  return (await gql(asCreator(caller), StartTwoFactorSetupDocument)).startTwoFactorSetup;
}

/** Turns two-factor sign-in on; the recovery codes, which the API gives only now. */
export async function confirmTwoFactor(caller: Caller, code: string): Promise<string[]> {
  return (await gql(asCreator(caller), ConfirmTwoFactorDocument, { code })).confirmTwoFactor;
}

export async function disableTwoFactor(
  caller: Caller,
  input: { password: string; code: string },
): Promise<void> {
  await gql(asCreator(caller), DisableTwoFactorDocument, input);
}

/** Everyone who may sign in to the dashboard, and whether staff must use two-factor sign-in. Owner only. */
export async function listDashboardUsers(
  caller: Caller,
): Promise<{ users: DashboardUser[]; staffTwoFactorRequired: boolean }> {
  return gql(asCreator(caller), DashboardUsersDocument);
}

export async function inviteStaff(caller: Caller, input: { email: string; name: string }): Promise<void> {
  await gql(asCreator(caller), InviteStaffDocument, input);
}

export async function removeUser(caller: Caller, id: string): Promise<void> {
  await gql(asCreator(caller), RemoveUserDocument, { id });
}

export async function setStaffTwoFactorRequired(caller: Caller, required: boolean): Promise<void> {
  await gql(asCreator(caller), SetStaffTwoFactorRequiredDocument, { required });
}

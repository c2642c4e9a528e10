// Creator sign-in for the dashboard: a password login that starts an API session, and ending it.
import { CreatorLoginDocument, type CreatorLoginMutation, CreatorLogoutDocument } from '@shelf/graphql';
import { type ApiCaller, gql } from './client.server';

export type CreatorSession = CreatorLoginMutation['login'];

/** Signs a creator in (UNAUTHENTICATED for a wrong email or password, RATE_LIMITED after too many). */
export async function loginCreator(
  caller: Omit<ApiCaller, 'credential'>,
  credentials: { email: string; password: string },
): Promise<CreatorSession> {
  const { login } = await gql({ ...caller, credential: 'none' }, CreatorLoginDocument, credentials);
  return login;
}

/** Ends the creator session the request's cookie holds. */
export async function logoutCreator(caller: Omit<ApiCaller, 'credential'>): Promise<void> {
  await gql({ ...caller, credential: 'creator' }, CreatorLogoutDocument);
}

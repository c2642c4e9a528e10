// The owner's API keys from the dashboard, sent with the owner's session (keys cannot manage keys).
import {
  type ApiKeyScope,
  CreateApiKeyDocument,
  type CreateApiKeyMutation,
  DashboardApiKeysDocument,
  type DashboardApiKeysQuery,
  RevokeApiKeyDocument,
} from '@shelf/graphql';
import { type ApiCaller, gql } from './client.server';

type Caller = Omit<ApiCaller, 'credential'>;
const asCreator = (caller: Caller): ApiCaller => ({ ...caller, credential: 'creator' });

export type ApiKeyPage = DashboardApiKeysQuery['apiKeys'];
export type ApiKeyRow = ApiKeyPage['nodes'][number];
export type CreatedApiKey = CreateApiKeyMutation['createApiKey'];

/** A page of keys, newest first. FORBIDDEN for staff. */
export async function listApiKeys(
  caller: Caller,
  page: { first: number; after: string | null },
): Promise<ApiKeyPage> {
  return (await gql(asCreator(caller), DashboardApiKeysDocument, page)).apiKeys;
}

/** Makes a key; the answer holds its whole secret, the only time it is shown. */
export async function createApiKey(
  caller: Caller,
  input: { name: string; scopes: ApiKeyScope[] },
): Promise<CreatedApiKey> {
  return (await gql(asCreator(caller), CreateApiKeyDocument, { input })).createApiKey;
}

/** Revokes a key at once; revoking a revoked key changes nothing. */
export async function revokeApiKey(caller: Caller, id: string): Promise<void> {
  await gql(asCreator(caller), RevokeApiKeyDocument, { id });
}

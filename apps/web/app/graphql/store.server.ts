// The store's public identity (its name and whether payments are in test mode), and the owner's store
// settings (sent with the creator's session).
import {
  StoreInfoDocument,
  type StoreInfoQuery,
  StoreSettingsFormDocument,
  type StoreSettingsFormQuery,
  UpdateStoreSettingsDocument,
  type UpdateStoreSettingsInput,
} from '@shelf/graphql';
import { type ApiCaller, gql } from './client.server';

export type StoreInfo = StoreInfoQuery['store'];
export type StoreSettings = StoreSettingsFormQuery['storeSettings'];

export async function getStoreInfo(caller: ApiCaller): Promise<StoreInfo> {
  const { store } = await gql(caller, StoreInfoDocument);
  return store;
}

export async function getStoreSettings(caller: Omit<ApiCaller, 'credential'>): Promise<StoreSettings> {
  const { storeSettings } = await gql({ ...caller, credential: 'creator' }, StoreSettingsFormDocument);
  return storeSettings;
}

/** BAD_USER_INPUT (extensions.field: input.<name> or <name>) for a bad field; nothing changes then. */
export async function updateStoreSettings(
  caller: Omit<ApiCaller, 'credential'>,
  input: UpdateStoreSettingsInput,
): Promise<StoreSettings> {
  const { updateStoreSettings } = await gql(
    { ...caller, credential: 'creator' },
    UpdateStoreSettingsDocument,
    { input },
  );
  return updateStoreSettings;
}

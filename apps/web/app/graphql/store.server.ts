// The store's public identity: its name and whether payments are in test mode.
import { StoreInfoDocument, type StoreInfoQuery } from '@shelf/graphql';
import { type ApiCaller, gql } from './client.server';

export type StoreInfo = StoreInfoQuery['store'];

export async function getStoreInfo(caller: ApiCaller): Promise<StoreInfo> {
  const { store } = await gql(caller, StoreInfoDocument);
  return store;
}

// The store's public identity: its name and whether payments are in test mode.
import { StoreInfoDocument, type StoreInfoQuery } from '@shelf/graphql';
import { gql } from './client.server';

export type StoreInfo = StoreInfoQuery['store'];

export async function getStoreInfo(request: Request): Promise<StoreInfo> {
  const { store } = await gql(request, StoreInfoDocument);
  return store;
}

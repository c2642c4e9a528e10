// The dashboard's frame: the signed-in creator, sent with the creator's session.
import { DashboardViewerDocument, type DashboardViewerQuery } from '@shelf/graphql';
import { type ApiCaller, gql } from './client.server';

export type DashboardViewer = NonNullable<DashboardViewerQuery['me']>;

/** The signed-in creator, or null when the session is missing, expired or ended. */
export async function getDashboardViewer(
  caller: Omit<ApiCaller, 'credential'>,
): Promise<DashboardViewer | null> {
  const { me } = await gql({ ...caller, credential: 'creator' }, DashboardViewerDocument, {});
  return me ?? null;
}

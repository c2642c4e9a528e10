// The dashboard's customers, sent with the creator's session: the list with search and one customer with
// their orders, license keys and subscriptions. The CSV export is orders.server.ts's fetchExport.
import {
  DashboardCustomerDocument,
  type DashboardCustomerQuery,
  DashboardCustomersDocument,
  type DashboardCustomersQuery,
} from '@shelf/graphql';
import { type ApiCaller, gql } from './client.server';

type Caller = Omit<ApiCaller, 'credential'>;
const asCreator = (caller: Caller): ApiCaller => ({ ...caller, credential: 'creator' });

export type DashboardCustomerPage = DashboardCustomersQuery['customers'];
export type DashboardCustomerRow = DashboardCustomerPage['nodes'][number];
export type DashboardCustomerDetail = NonNullable<DashboardCustomerQuery['customer']>;

export async function listCustomers(
  caller: Caller,
  variables: { first: number; after: string | null; query: string | null },
): Promise<DashboardCustomerPage> {
  const { customers } = await gql(asCreator(caller), DashboardCustomersDocument, variables);
  return customers;
}

export async function getCustomer(caller: Caller, id: string): Promise<DashboardCustomerDetail | null> {
  const { customer } = await gql(asCreator(caller), DashboardCustomerDocument, { id });
  return customer ?? null;
}

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

type Page = { first: number; after: string | null };

/** Creator: one customer with one page each of their orders, license keys and subscriptions. */
export async function getCustomer(
  caller: Caller,
  id: string,
  pages: { orders: Page; licenses: Page; subscriptions: Page },
): Promise<DashboardCustomerDetail | null> {
  const { customer } = await gql(asCreator(caller), DashboardCustomerDocument, {
    id,
    ordersFirst: pages.orders.first,
    ordersAfter: pages.orders.after,
    licensesFirst: pages.licenses.first,
    licensesAfter: pages.licenses.after,
    subscriptionsFirst: pages.subscriptions.first,
    subscriptionsAfter: pages.subscriptions.after,
  });
  return customer ?? null;
}

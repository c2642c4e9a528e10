// /dashboard/orders.csv: the orders the list's filters match, as a spreadsheet. The API streams the rows;
// they pass through here as they arrive, with the creator's session.
import type { LoaderFunctionArgs } from '@remix-run/node';
import {
  csvResponse,
  exportParams,
  exportRefusal,
  fetchExport,
  orderFiltersFrom,
} from '../graphql/orders.server';
import { asCreator } from '../lib/dashboard.server';

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { filters } = orderFiltersFrom(new URL(request.url));
  try {
    const upstream = await asCreator(request, () =>
      fetchExport({ request, context }, 'orders', exportParams(filters)),
    );
    return csvResponse(upstream);
  } catch (error) {
    throw exportRefusal(error) ?? error;
  }
}

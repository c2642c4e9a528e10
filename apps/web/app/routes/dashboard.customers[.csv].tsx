// /dashboard/customers.csv: the customers the list's search matches, as a spreadsheet, streamed through
// from the API with the creator's session.
import type { LoaderFunctionArgs } from '@remix-run/node';
import { csvResponse, exportRefusal, fetchExport } from '../graphql/orders.server';
import { asCreator } from '../lib/dashboard.server';

export async function loader({ request, context }: LoaderFunctionArgs) {
  const query = new URL(request.url).searchParams.get('query')?.trim() ?? '';
  const params = new URLSearchParams(query ? { query } : {});
  try {
    const upstream = await asCreator(request, () => fetchExport({ request, context }, 'customers', params));
    return csvResponse(upstream);
  } catch (error) {
    throw exportRefusal(error) ?? error;
  }
}

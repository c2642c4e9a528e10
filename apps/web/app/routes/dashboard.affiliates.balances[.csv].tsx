// /dashboard/affiliates/balances.csv: every affiliate balance with something approved or owed back, per
// currency, as a spreadsheet to pay from (see lib/balances-csv.ts for the columns): every page of them, not
// only the first the dashboard shows.
import type { LoaderFunctionArgs } from '@remix-run/node';
import { listAllAffiliateBalances } from '../graphql/affiliates.server';
import { buildBalancesCsv } from '../lib/balances-csv';
import { asCreator } from '../lib/dashboard.server';

export async function loader({ request, context }: LoaderFunctionArgs) {
  const balances = await asCreator(request, () => listAllAffiliateBalances({ request, context }));
  const day = new Date().toISOString().slice(0, 10);
  return new Response(buildBalancesCsv(balances), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="affiliate-balances-${day}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
}

// Lists today's orders (UTC midnight to now) with an API key: every page of the `orders` connection, a
// table, and the money taken per currency. Run it with `pnpm start` in this folder (README.md).
import { listOrders, renderReport, ShelfApiError, todayUtc } from './orders.ts';

const url = process.env.SHELF_API_URL?.trim() || 'http://localhost:4000/graphql';
const apiKey = process.env.SHELF_API_KEY?.trim();
if (!apiKey) {
  console.error('Set SHELF_API_KEY to an API key with the orders:read scope (Dashboard → API keys).');
  process.exit(1);
}

try {
  const orders = await listOrders({ url, apiKey }, todayUtc());
  console.log(renderReport(orders));
} catch (error) {
  if (error instanceof ShelfApiError) {
    console.error(
      `Shelf refused: ${error.message}${error.code ? ` (${error.code})` : ''}` +
        (error.requestId ? `; request id ${error.requestId}` : ''),
    );
  } else {
    console.error(`Could not reach ${url}: ${(error as Error).message}`);
  }
  process.exit(1);
}

// CSV exports for the creator: GET /exports/orders.csv and /exports/customers.csv, authenticated like
// GraphQL (a bearer session token or an API key with orders:read) and filtered like the lists (the same
// query parameters as the `orders` and `customers` queries). Rows stream out in keyset pages read one at a
// time, written as the client reads them (backpressure), so 100,000 rows take the memory of one page.
// Cells are escaped per RFC 4180, and a cell a spreadsheet would read as a formula (=, +, -, @, tab, CR
// first) is prefixed with an apostrophe.
import { once } from 'node:events';
import type { OrderStatus } from '@shelf/db/orders';
import { orderStatuses } from '@shelf/db/orders';
import type { Request, Response, Router } from 'express';
import type { AppServices } from '../app-services.ts';
import { createServiceContext, type ServiceContext } from '../context.ts';
import { AppError, badInput } from '../errors.ts';
import { authenticate } from '../modules/accounts/accounts.service.ts';
import { type CustomerRecordModel, streamCustomers } from '../modules/customers/customers-admin.service.ts';
import {
  type OrderExportRow,
  type OrderListFilter,
  orderNetCents,
  streamOrders,
} from '../modules/orders/orders.service.ts';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: formula-looking text defused, quoted when it holds a separator, quote or line break. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvRow = (cells: Array<string | number | null | undefined>): string =>
  `${cells.map(csvCell).join(',')}\r\n`;

const fractionDigits = new Map<string, number>();
/** Minor units as a plain decimal in the currency's own digits (4900 usd is 49.00, 500 jpy is 500). */
function decimal(amountCents: number, currency: string): string {
  const code = currency.toUpperCase();
  let digits = fractionDigits.get(code);
  if (digits === undefined) {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
        .maximumFractionDigits ?? 2;
    fractionDigits.set(code, digits);
  }
  return (amountCents / 10 ** digits).toFixed(digits);
}

const iso = (date: Date | string | null): string => (date ? new Date(date).toISOString() : '');

const ORDER_HEADER = [
  'number',
  'created_at',
  'paid_at',
  'status',
  'email',
  'customer_name',
  'products',
  'currency',
  'subtotal',
  'discount',
  'tax',
  'total',
  'net',
  'refunded',
  'affiliate_code',
  'provider',
  'provider_payment_id',
];

function orderRow(order: OrderExportRow): string {
  const money = (cents: number) => decimal(cents, order.currency);
  const net = orderNetCents({ totalCents: order.total_cents, taxCents: order.tax_cents });
  return csvRow([
    order.number,
    iso(order.created_at),
    iso(order.paid_at),
    order.status,
    order.email,
    order.customer_name,
    order.products,
    order.currency,
    money(order.subtotal_cents),
    money(order.discount_cents),
    money(order.tax_cents),
    money(order.total_cents),
    money(net),
    money(order.refunded_cents),
    order.affiliate_code,
    order.provider,
    order.provider_payment_intent_id,
  ]);
}

const CUSTOMER_HEADER = ['email', 'name', 'created_at', 'order_count', 'last_order_at', 'lifetime_value'];

function customerRow(customer: CustomerRecordModel): string {
  return csvRow([
    customer.email,
    customer.name,
    iso(customer.createdAt),
    customer.orderCount,
    iso(customer.lastOrderAt),
    customer.lifetimeValue
      .map((value) => `${decimal(value.amount, value.currency)} ${value.currency.toUpperCase()}`)
      .join('; '),
  ]);
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

function date(value: unknown, field: string): Date | null {
  const raw = text(value);
  if (!raw) return null;
  const parsed = new Date(raw);
  if (Number.isNaN(parsed.getTime())) throw badInput(`${field} is not a date.`, field);
  return parsed;
}

/** The order list's filters from the query string, as the `orders` query takes them. */
function orderFilter(query: Request['query']): OrderListFilter {
  const status = text(query.status)?.toLowerCase() ?? null;
  if (status && !(orderStatuses as readonly string[]).includes(status))
    throw badInput('Unknown status.', 'status');
  return {
    status: status as OrderStatus | null,
    productId: text(query.productId),
    from: date(query.from, 'from'),
    to: date(query.to, 'to'),
    affiliateCode: text(query.affiliateCode),
    query: text(query.query),
  };
}

/**
 * Streams `pages` as CSV. The first page is read before any header is sent, so a refused caller or a bad
 * filter is answered with its 4xx; a failure later can only cut the download short.
 */
async function sendCsv<T>(
  ctx: ServiceContext,
  res: Response,
  name: string,
  header: string[],
  pages: AsyncGenerator<T[]>,
  row: (item: T) => string,
): Promise<void> {
  const first = await pages.next();
  const day = new Date().toISOString().slice(0, 10);
  res.status(200);
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${name}-${day}.csv"`);
  res.setHeader('Cache-Control', 'private, no-store');
  res.write(`\uFEFF${csvRow(header)}`);
  let page = first;
  while (!page.done) {
    if (res.destroyed) {
      await pages.return(undefined);
      return;
    }
    const chunk = page.value.map(row).join('');
    if (!res.write(chunk)) await once(res, 'drain');
    page = await pages.next();
  }
  res.end();
  ctx.log.info({ export: name }, 'csv export sent');
}

export function mountExportRoutes(router: Router, services: AppServices): void {
  const contextFor = async (req: Request, res: Response): Promise<ServiceContext> => {
    const em = services.orm.em.fork();
    const actor = await authenticate({ em }, req.headers.authorization);
    return createServiceContext(services, { requestId: String(res.locals.requestId), actor, em });
  };

  const handle =
    (send: (ctx: ServiceContext, req: Request, res: Response) => Promise<void>) =>
    async (req: Request, res: Response) => {
      let ctx: ServiceContext | null = null;
      try {
        ctx = await contextFor(req, res);
        await send(ctx, req, res);
      } catch (error) {
        if (res.headersSent) {
          (ctx?.log ?? services.log).error({ err: error }, 'csv export failed midway');
          res.destroy();
          return;
        }
        const known = error instanceof AppError;
        if (!known) (ctx?.log ?? services.log).error({ err: error }, 'csv export failed');
        res
          .status(known ? error.httpStatus : 500)
          .setHeader('Cache-Control', 'no-store')
          .json({
            errors: [
              {
                message: known ? error.message : 'Something went wrong on our side.',
                extensions: known
                  ? { code: error.code, ...error.details }
                  : { code: 'INTERNAL_SERVER_ERROR' },
              },
            ],
          });
      }
    };

  router.get(
    '/exports/orders.csv',
    handle((ctx, req, res) =>
      sendCsv(ctx, res, 'orders', ORDER_HEADER, streamOrders(ctx, orderFilter(req.query)), orderRow),
    ),
  );
  router.get(
    '/exports/customers.csv',
    handle((ctx, req, res) =>
      sendCsv(
        ctx,
        res,
        'customers',
        CUSTOMER_HEADER,
        streamCustomers(ctx, text(req.query.query)),
        customerRow,
      ),
    ),
  );
}

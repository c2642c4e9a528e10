// The dashboard's orders, sent with the creator's session: the list with its filters, one order with
// everything about it, the support actions, and the CSV export (the API's stream, passed through).
import {
  DashboardOrderDocument,
  type DashboardOrderQuery,
  DashboardOrdersDocument,
  type DashboardOrdersQuery,
  type DashboardOrdersQueryVariables,
  ExtendDownloadWindowDocument,
  type MoneyInput,
  RefundOrderDocument,
  ReinstateOrderLicenseDocument,
  ResendDeliveryEmailDocument,
  ResetDownloadCountDocument,
  RevokeOrderLicenseDocument,
} from '@shelf/graphql';
import { env } from '../lib/env.server';
import { readSessionToken } from '../lib/session.server';
import { type ApiCaller, ApiError, gql } from './client.server';

type Caller = Omit<ApiCaller, 'credential'>;
const asCreator = (caller: Caller): ApiCaller => ({ ...caller, credential: 'creator' });

export type DashboardOrderPage = DashboardOrdersQuery['orders'];
export type DashboardOrderRow = DashboardOrderPage['nodes'][number];
export type OrderProductOption = DashboardOrdersQuery['products']['nodes'][number];
export type DashboardOrderDetail = NonNullable<DashboardOrderQuery['order']>;
export type OrderListFilters = Omit<DashboardOrdersQueryVariables, 'first' | 'after'>;

/** Creator: one page of orders with the list's filters, and the products for the product filter. */
export async function listOrders(
  caller: Caller,
  variables: DashboardOrdersQueryVariables,
): Promise<{ orders: DashboardOrderPage; products: OrderProductOption[] }> {
  const { orders, products } = await gql(asCreator(caller), DashboardOrdersDocument, variables);
  return { orders, products: products.nodes };
}

/**
 * How much of an order's nested lists the order page asks for. Emails, provider events and a key's
 * activations stay short (a handful per order): one page of 100 holds them all in practice, and the page
 * says how many it left out when it does not. The audit log grows with every change by hand, so it pages.
 */
export const ORDER_DETAIL_PAGE = { activations: 100, emails: 100, paymentEvents: 100, audit: 50 } as const;

/** Creator: one order with everything about it and one page of its audit log; null when there is none. */
export async function getOrder(
  caller: Caller,
  id: string,
  auditAfter: string | null = null,
): Promise<DashboardOrderDetail | null> {
  const { order } = await gql(asCreator(caller), DashboardOrderDocument, {
    id,
    activationsFirst: ORDER_DETAIL_PAGE.activations,
    emailsFirst: ORDER_DETAIL_PAGE.emails,
    paymentEventsFirst: ORDER_DETAIL_PAGE.paymentEvents,
    auditFirst: ORDER_DETAIL_PAGE.audit,
    auditAfter,
  });
  return order ?? null;
}

/** Creator: refunds the rest of an order (no amount) or part of it. */
export async function refundOrder(caller: Caller, id: string, amount: MoneyInput | null): Promise<void> {
  await gql(asCreator(caller), RefundOrderDocument, { id, amount });
}

export async function resendDeliveryEmail(caller: Caller, orderId: string): Promise<string> {
  const { resendDeliveryEmail } = await gql(asCreator(caller), ResendDeliveryEmailDocument, { orderId });
  return resendDeliveryEmail.email.to;
}

export async function resetDownloadCount(caller: Caller, grantId: string): Promise<void> {
  await gql(asCreator(caller), ResetDownloadCountDocument, { grantId });
}

export async function extendDownloadWindow(caller: Caller, grantId: string, days: number): Promise<void> {
  await gql(asCreator(caller), ExtendDownloadWindowDocument, { grantId, days });
}

export async function revokeLicense(caller: Caller, id: string): Promise<void> {
  await gql(asCreator(caller), RevokeOrderLicenseDocument, { id });
}

export async function reinstateLicense(caller: Caller, id: string): Promise<void> {
  await gql(asCreator(caller), ReinstateOrderLicenseDocument, { id });
}

/**
 * The API's CSV export (`/exports/orders.csv` or `/exports/customers.csv`) with the creator's session,
 * streamed through as it arrives: the body is never held here. A refusal is an ApiError like gql's.
 */
export async function fetchExport(
  caller: Caller,
  name: 'orders' | 'customers',
  params: URLSearchParams,
): Promise<Response> {
  const token = await readSessionToken(caller.request);
  const headers = new Headers({ Accept: 'text/csv' });
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const requestId = caller.request.headers.get('X-Request-Id');
  if (requestId && /^[\w.-]{1,100}$/.test(requestId)) headers.set('X-Request-Id', requestId);
  const operation = `export ${name}`;
  let response: Response;
  try {
    response = await fetch(`${env.apiUrl}/exports/${name}.csv?${params}`, {
      headers,
      signal: caller.request.signal,
    });
  } catch (cause) {
    throw new ApiError('The store API did not answer the export', {
      code: 'API_UNAVAILABLE',
      operation,
      cause,
    });
  }
  if (response.ok && response.body) return response;
  const body = (await response.json().catch(() => null)) as {
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  } | null;
  const first = body?.errors?.[0];
  const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
  throw new ApiError(first?.message ?? `The export answered HTTP ${response.status}`, {
    code: code as ApiError['code'],
    operation,
    extensions: first?.extensions ?? {},
  });
}

/** The CSV answer of a dashboard resource route: the API's stream with the download's own headers. */
export function csvResponse(upstream: Response): Response {
  return new Response(upstream.body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': upstream.headers.get('Content-Disposition') ?? 'attachment',
      'Cache-Control': 'private, no-store',
    },
  });
}

const STATUSES = ['PENDING', 'PAID', 'REFUNDED', 'PARTIALLY_REFUNDED', 'DISPUTED', 'CANCELED'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The list page's filters as its form sends them (`?status=PAID&from=2026-12-01...`), trimmed. */
export type OrderFilterForm = {
  status: string;
  productId: string;
  from: string;
  to: string;
  affiliateCode: string;
  query: string;
};

/** The filter form's values from a URL, and the same filters for the API (`to` is a whole day, inclusive). */
export function orderFiltersFrom(url: URL): { form: OrderFilterForm; filters: OrderListFilters } {
  const read = (name: string) => (url.searchParams.get(name) ?? '').trim();
  const form: OrderFilterForm = {
    status: read('status').toUpperCase(),
    productId: read('productId'),
    from: read('from'),
    to: read('to'),
    affiliateCode: read('affiliateCode'),
    query: read('query'),
  };
  const status = (STATUSES as readonly string[]).includes(form.status)
    ? (form.status as (typeof STATUSES)[number])
    : null;
  const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString();
  return {
    form,
    filters: {
      status,
      productId: form.productId || null,
      from: DAY.test(form.from) ? `${form.from}T00:00:00.000Z` : null,
      to: DAY.test(form.to) ? nextDay(form.to) : null,
      affiliateCode: form.affiliateCode || null,
      query: form.query || null,
    },
  };
}

/** The same filters as the export's query string. */
export function exportParams(filters: OrderListFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (typeof value === 'string' && value !== '') params.set(name, value);
  }
  return params;
}

/** An export the API refused (a filter it cannot read, a key's missing scope) as a plain-text answer. */
export function exportRefusal(error: unknown): Response | null {
  if (!(error instanceof ApiError)) return null;
  const status = error.code === 'BAD_USER_INPUT' ? 400 : error.code === 'FORBIDDEN' ? 403 : null;
  if (status === null) return null;
  return new Response(error.message, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' },
  });
}

// /dashboard: the overview. Revenue for a range (7 days, 30 days, 90 days, 12 months or custom dates, up to
// today) against the period of the same length before it: KPI cards with their change, the daily chart,
// top products and revenue by affiliate, in one currency (the store's main one unless picked).
import type { HeadersFunction, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { data } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { formatDate as formatSharedDate } from '@shelf/format';
import uplotStyles from 'uplot/dist/uPlot.min.css?url';
import { RevenueChart } from '../components/revenue-chart';
import { isApiError } from '../graphql/client.server';
import {
  getRevenueReport,
  type RevenuePeriod,
  type RevenueReport,
  type RevenueShare,
} from '../graphql/reports.server';
import { asCreator } from '../lib/dashboard.server';
import { formatPercent } from '../lib/format';
import { pageTitle, storeNameFrom } from '../lib/meta';
import dashboardStyles from '../styles/dashboard.css?url';
import overviewStyles from '../styles/dashboard-overview.css?url';

const DAY_MS = 86_400_000;
const PRESETS = [
  { id: '7d', label: '7 days', days: 7 },
  { id: '30d', label: '30 days', days: 30 },
  { id: '90d', label: '90 days', days: 90 },
  { id: '12m', label: '12 months', days: null },
] as const;
type RangeId = (typeof PRESETS)[number]['id'] | 'custom';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: dashboardStyles },
  { rel: 'stylesheet', href: overviewStyles },
  { rel: 'stylesheet', href: uplotStyles },
];

export const headers: HeadersFunction = () => ({ 'Cache-Control': 'private, no-store' });

export const meta: MetaFunction = ({ matches }) => [
  { title: pageTitle('Overview', storeNameFrom(matches)) },
  { name: 'robots', content: 'noindex' },
];

type Range = { id: RangeId; from: Date; to: Date; fromDate: string; toDate: string };
type RangeError = { field: 'from' | 'to'; message: string };

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The range the query string asks for, in whole UTC days ending with today; custom dates are inclusive. */
export function readRange(params: URLSearchParams, now = new Date()): Range | RangeError {
  const tomorrow = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
  const id = (params.get('range') ?? '30d') as RangeId;
  if (id === 'custom') {
    const fromDate = params.get('from') ?? '';
    const toDate = params.get('to') ?? '';
    const from = new Date(`${fromDate}T00:00:00.000Z`);
    const last = new Date(`${toDate}T00:00:00.000Z`);
    if (!DATE.test(fromDate) || Number.isNaN(from.getTime())) {
      return { field: 'from', message: 'Pick the first day of the range.' };
    }
    if (!DATE.test(toDate) || Number.isNaN(last.getTime())) {
      return { field: 'to', message: 'Pick the last day of the range.' };
    }
    if (last < from) return { field: 'to', message: 'The last day can’t be before the first.' };
    const to = new Date(last.getTime() + DAY_MS);
    return { id, from, to, fromDate, toDate };
  }
  const preset = PRESETS.find((p) => p.id === id) ?? PRESETS[1];
  const from =
    preset.days === null
      ? new Date(Date.UTC(tomorrow.getUTCFullYear() - 1, tomorrow.getUTCMonth(), tomorrow.getUTCDate()))
      : new Date(tomorrow.getTime() - preset.days * DAY_MS);
  return {
    id: preset.id,
    from,
    to: tomorrow,
    fromDate: isoDay(from),
    toDate: isoDay(new Date(tomorrow.getTime() - DAY_MS)),
  };
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const range = readRange(params);
  const currency = params.get('currency') || null;
  if ('field' in range) {
    return data(
      { report: null, range: null, error: range, values: Object.fromEntries(params) },
      { status: 400 },
    );
  }
  try {
    const report = await asCreator(request, () =>
      getRevenueReport({ request, context }, { from: range.from, to: range.to, currency }),
    );
    return {
      report,
      range: { id: range.id, fromDate: range.fromDate, toDate: range.toDate },
      error: null,
      values: null,
    };
  } catch (error) {
    if (error instanceof Response || !isApiError(error, 'BAD_USER_INPUT')) throw error;
    const field = error.extensions.field === 'currency' ? 'currency' : 'to';
    return data(
      {
        report: null,
        range: null,
        error: { field, message: error.message },
        values: Object.fromEntries(params),
      },
      { status: 400 },
    );
  }
}

export default function DashboardOverview() {
  const { report, range, error, values } = useLoaderData<typeof loader>();
  const activeId = (range?.id ?? values?.range ?? '30d') as RangeId;
  return (
    <div className="container dashboard-page">
      <header className="dashboard-header">
        <div>
          <p className="eyebrow">Dashboard</p>
          <h1>Overview</h1>
          <p className="muted">
            {range
              ? `${formatDay(range.fromDate)} – ${formatDay(range.toDate)}, against the ${
                  range.id === '12m' ? 'year' : 'period'
                } before. Days are ${report?.timeZone ?? 'UTC'} days; amounts are before tax.`
              : 'Pick a range.'}
          </p>
        </div>
      </header>

      <RangePicker
        activeId={activeId}
        fromDate={range?.fromDate ?? values?.from ?? ''}
        toDate={range?.toDate ?? values?.to ?? ''}
        currency={report?.currency ?? values?.currency ?? ''}
        currencies={report?.currencies ?? []}
        error={error}
      />

      {report ? <Report report={report} /> : null}
    </div>
  );
}

function formatDay(day: string): string {
  return formatSharedDate(`${day}T00:00:00.000Z`, { locale: 'en-GB', timeZone: 'UTC' });
}

function RangePicker(props: {
  activeId: RangeId;
  fromDate: string;
  toDate: string;
  currency: string;
  currencies: string[];
  error: RangeError | { field: string; message: string } | null;
}) {
  const { error } = props;
  const currencyParam = props.currency ? `&currency=${encodeURIComponent(props.currency)}` : '';
  return (
    <section className="dashboard-card overview-range" aria-label="Range">
      <nav aria-label="Preset ranges">
        <ul className="overview-presets">
          {PRESETS.map((preset) => (
            <li key={preset.id}>
              <Link
                to={`/dashboard?range=${preset.id}${currencyParam}`}
                className={`button button-small ${props.activeId === preset.id ? 'button-primary' : 'button-secondary'}`}
                aria-current={props.activeId === preset.id ? 'page' : undefined}
              >
                {preset.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Form method="get" className="overview-custom" noValidate>
        <input type="hidden" name="range" value="custom" />
        <RangeField name="from" label="From" value={props.fromDate} error={error} />
        <RangeField name="to" label="To" value={props.toDate} error={error} />
        {props.currencies.length > 1 ? (
          <div className="field">
            <label htmlFor="overview-currency">Currency</label>
            <select id="overview-currency" name="currency" defaultValue={props.currency}>
              {props.currencies.map((currency) => (
                <option key={currency} value={currency}>
                  {currency.toUpperCase()}
                </option>
              ))}
            </select>
          </div>
        ) : props.currency ? (
          <input type="hidden" name="currency" value={props.currency} />
        ) : null}
        <button type="submit" className="button button-secondary">
          Show
        </button>
      </Form>
      {error && error.field === 'currency' ? (
        <p className="form-error" role="alert">
          {error.message}
        </p>
      ) : null}
    </section>
  );
}

function RangeField(props: {
  name: 'from' | 'to';
  label: string;
  value: string;
  error: { field: string; message: string } | null;
}) {
  const id = `overview-${props.name}`;
  const invalid = props.error?.field === props.name;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="date"
        name={props.name}
        defaultValue={props.value}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
      />
      {invalid ? (
        <p id={`${id}-error`} className="form-error" role="alert">
          {props.error?.message}
        </p>
      ) : null}
    </div>
  );
}

type Kpi = { label: string; value: string; current: number; previous: number; previousLabel: string };

function kpis(current: RevenuePeriod, previous: RevenuePeriod): Kpi[] {
  const money = (label: string, pick: (p: RevenuePeriod) => { amount: number; formatted: string }) => ({
    label,
    value: pick(current).formatted,
    current: pick(current).amount,
    previous: pick(previous).amount,
    previousLabel: pick(previous).formatted,
  });
  const count = (label: string, pick: (p: RevenuePeriod) => number) => ({
    label,
    value: String(pick(current)),
    current: pick(current),
    previous: pick(previous),
    previousLabel: String(pick(previous)),
  });
  return [
    money('Net revenue', (p) => p.net),
    money('Gross', (p) => p.gross),
    money('Refunds', (p) => p.refunds),
    count('Orders', (p) => p.orders),
    money('Average order', (p) => p.averageOrderValue),
    count('New customers', (p) => p.newCustomers),
    count('Returning customers’ orders', (p) => p.returningCustomerOrders),
    money('Monthly recurring revenue', (p) => p.monthlyRecurringRevenue),
  ];
}

function Change({ current, previous }: { current: number; previous: number }) {
  if (previous === 0) {
    return <span className="kpi-change">{current === 0 ? 'No change' : 'New this period'}</span>;
  }
  const ratio = (current - previous) / Math.abs(previous);
  const direction = ratio > 0 ? 'up' : ratio < 0 ? 'down' : 'flat';
  return (
    <span className={`kpi-change kpi-change-${direction}`}>
      {direction === 'up' ? '▲ ' : direction === 'down' ? '▼ ' : ''}
      {formatPercent(Math.abs(ratio))}
      <span className="visually-hidden">
        {direction === 'down' ? ' down' : direction === 'up' ? ' up' : ''}
      </span>
    </span>
  );
}

function Report({ report }: { report: RevenueReport }) {
  const days = report.daily.map((day) => ({
    date: day.date,
    net: day.net.amount,
    refunds: day.refunds.amount,
    orders: day.orders,
  }));
  return (
    <>
      <section className="dashboard-section" aria-labelledby="kpi-title">
        <h2 id="kpi-title" className="visually-hidden">
          Key figures
        </h2>
        <ul className="kpi-grid">
          {kpis(report.current, report.previous).map((kpi) => (
            <li key={kpi.label} className="kpi-card">
              <p className="kpi-label">{kpi.label}</p>
              <p className="kpi-value">{kpi.value}</p>
              <p className="kpi-compare">
                <Change current={kpi.current} previous={kpi.previous} />{' '}
                <span className="muted">vs {kpi.previousLabel}</span>
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section className="dashboard-card" aria-labelledby="chart-title">
        <h2 id="chart-title">Net revenue per day</h2>
        <RevenueChart days={days} currency={report.currency} />
      </section>

      <div className="overview-columns">
        <ShareTable
          title="Top products"
          id="products-title"
          rows={report.topProducts}
          empty="No sales in this range."
        />
        <ShareTable
          title="Revenue by affiliate"
          id="affiliates-title"
          rows={report.affiliates}
          empty="No sales through affiliate links in this range."
        />
      </div>
    </>
  );
}

function ShareTable(props: { title: string; id: string; rows: RevenueShare[]; empty: string }) {
  return (
    <section className="dashboard-card" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.rows.length === 0 ? (
        <p className="empty-state">{props.empty}</p>
      ) : (
        <table className="overview-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Orders</th>
              <th scope="col">Refunds</th>
              <th scope="col">Net</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.name}</th>
                <td>{row.orders}</td>
                <td>{row.refunds.formatted}</td>
                <td>{row.net.formatted}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

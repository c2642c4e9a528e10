// /dashboard/licenses: license keys, newest first, filtered by product and status, or one key looked up
// as typed (any case, with or without dashes); each with its seats and instances, and a form to revoke
// it or switch it back on.
import type {
  ActionFunctionArgs,
  HeadersFunction,
  LinksFunction,
  LoaderFunctionArgs,
  MetaFunction,
} from '@remix-run/node';
import { data } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import type { LicenseKeyState, LicenseStatus } from '@shelf/graphql';
import { CsrfField } from '../components/csrf-field';
import { Pager } from '../components/pager';
import { isApiError, shopperMessage } from '../graphql/client.server';
import {
  type DashboardLicense,
  findLicense,
  listLicenseProducts,
  listLicenses,
  reinstateLicense,
  revokeLicense,
} from '../graphql/licenses.server';
import { requireCsrf } from '../lib/csrf.server';
import { asCreator } from '../lib/dashboard.server';
import { formatDate } from '../lib/format';
import { pageTitle, storeNameFrom } from '../lib/meta';
import dashboardStyles from '../styles/dashboard.css?url';
import overviewStyles from '../styles/dashboard-overview.css?url';

const LICENSES_PER_PAGE = 50;
const STATUSES: Array<[LicenseStatus, string]> = [
  ['ACTIVE', 'Active'],
  ['REVOKED', 'Revoked'],
  ['DISABLED', 'Disabled'],
  ['EXPIRED', 'Expired'],
];

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: dashboardStyles },
  { rel: 'stylesheet', href: overviewStyles },
];

export const headers: HeadersFunction = () => ({ 'Cache-Control': 'private, no-store' });

export const meta: MetaFunction = ({ matches }) => [
  { title: pageTitle('Licenses', storeNameFrom(matches)) },
  { name: 'robots', content: 'noindex' },
];

function readStatus(value: string | null): LicenseStatus | null {
  return STATUSES.some(([status]) => status === value) ? (value as LicenseStatus) : null;
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const caller = { request, context };
  const key = params.get('key')?.trim() || '';
  const productId = params.get('product') || null;
  const status = readStatus(params.get('status'));
  const after = params.get('after') || null;
  const products = await asCreator(request, () => listLicenseProducts(caller));
  if (key) {
    try {
      const license = await asCreator(request, () => findLicense(caller, key));
      return {
        products,
        key,
        productId,
        status,
        found: license,
        licenses: null,
        firstPage: true,
        keyError: null,
      };
    } catch (error) {
      if (error instanceof Response || !isApiError(error, 'BAD_USER_INPUT')) throw error;
      return data(
        {
          products,
          key,
          productId,
          status,
          found: null,
          licenses: null,
          firstPage: true,
          keyError: error.message,
        },
        { status: 400 },
      );
    }
  }
  const licenses = await asCreator(request, () =>
    listLicenses(caller, { first: LICENSES_PER_PAGE, after, productId, status }),
  );
  return { products, key, productId, status, found: null, licenses, firstPage: !after, keyError: null };
}

type ActionResult = { id: string; notice?: string; error?: string };

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  await requireCsrf(request, form);
  const id = String(form.get('id') ?? '');
  const intent = form.get('intent');
  if ((intent !== 'revoke' && intent !== 'reinstate') || !id) {
    return data<ActionResult>({ id, error: 'Unknown action.' }, { status: 400 });
  }
  try {
    const caller = { request, context };
    const license = await asCreator(request, () =>
      intent === 'revoke' ? revokeLicense(caller, id) : reinstateLicense(caller, id),
    );
    return data<ActionResult>({
      id,
      notice: intent === 'revoke' ? `${license.key} is revoked.` : `${license.key} is switched back on.`,
    });
  } catch (error) {
    if (error instanceof Response) throw error;
    const status = isApiError(error, 'NOT_FOUND') ? 404 : isApiError(error, 'FORBIDDEN') ? 403 : 400;
    const message = isApiError(error, 'FORBIDDEN')
      ? error.message
      : shopperMessage(error, 'That didn’t work just now. Please try again in a moment.');
    return data<ActionResult>({ id, error: message }, { status });
  }
}

export default function DashboardLicenses() {
  const { products, key, productId, status, found, licenses, firstPage, keyError } =
    useLoaderData<typeof loader>();
  const query = new URLSearchParams();
  if (productId) query.set('product', productId);
  if (status) query.set('status', status);
  return (
    <div className="container dashboard-page">
      <header className="dashboard-header">
        <div>
          <p className="eyebrow">Dashboard</p>
          <h1>Licenses</h1>
          <p className="muted">
            {licenses
              ? `${licenses.totalCount} ${licenses.totalCount === 1 ? 'license' : 'licenses'}${
                  productId || status ? ' match the filters' : ''
                }.`
              : 'One key looked up.'}{' '}
            A revoked key stops validating at once; its instances stay listed.
          </p>
        </div>
      </header>

      <section className="dashboard-card" aria-label="Find licenses">
        <Form method="get" className="license-filters" noValidate>
          <div className="field">
            <label htmlFor="license-key">Key</label>
            <input
              id="license-key"
              name="key"
              defaultValue={key}
              placeholder="SHELF-XXXXX-…"
              autoComplete="off"
              spellCheck={false}
              aria-invalid={keyError ? true : undefined}
              aria-describedby={keyError ? 'license-key-error' : undefined}
            />
            {keyError ? (
              <p id="license-key-error" className="form-error" role="alert">
                {keyError}
              </p>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor="license-product">Product</label>
            <select id="license-product" name="product" defaultValue={productId ?? ''}>
              <option value="">All products</option>
              {products.map((product) => (
                <option key={product.id} value={product.id}>
                  {product.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="license-status">Status</label>
            <select id="license-status" name="status" defaultValue={status ?? ''}>
              <option value="">Any status</option>
              {STATUSES.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button-secondary">
            Show
          </button>
          {key || productId || status ? (
            <Link to="/dashboard/licenses" className="text-link">
              Clear
            </Link>
          ) : null}
        </Form>
      </section>

      <section className="dashboard-section" aria-label="Licenses">
        {key && !found && !keyError ? <p className="empty-state">No license has the key {key}.</p> : null}
        {found ? (
          <ul className="license-list">
            <LicenseEntry license={found} />
          </ul>
        ) : null}
        {licenses ? (
          licenses.nodes.length === 0 ? (
            <p className="empty-state">No licenses here.</p>
          ) : (
            <ul className="license-list">
              {licenses.nodes.map((license) => (
                <LicenseEntry key={license.id} license={license} />
              ))}
            </ul>
          )
        ) : null}
        {licenses ? (
          <Pager
            firstHref={firstPage ? null : `/dashboard/licenses?${query}`}
            nextHref={
              licenses.pageInfo.hasNextPage && licenses.pageInfo.endCursor
                ? `/dashboard/licenses?${new URLSearchParams([...query, ['after', licenses.pageInfo.endCursor]])}`
                : null
            }
          />
        ) : null}
      </section>
    </div>
  );
}

const STATE_BADGES: Record<LicenseKeyState, string> = {
  ACTIVE: 'badge badge-approved',
  REVOKED: 'badge badge-reversed',
  DISABLED: 'badge badge-muted',
  EXPIRED: 'badge badge-pending',
};

function LicenseEntry({ license }: { license: DashboardLicense }) {
  const result = useActionData<typeof action>();
  const mine = result?.id === license.id ? result : undefined;
  const navigation = useNavigation();
  const busy = navigation.state !== 'idle' && navigation.formData?.get('id') === license.id;
  const activations = license.activationsConnection;
  // Counted by the API rather than from the listed instances, which are only the first page of them.
  const active = license.activationUsage;
  const revocable = license.status === 'ACTIVE' || license.status === 'EXPIRED';
  return (
    <li className="dashboard-card">
      <div className="license-head">
        <div>
          <p className="license-key">{license.key}</p>
          <p className="muted">
            {license.product.name} · {license.customer.name ? `${license.customer.name}, ` : ''}
            {license.customer.email} · order #{license.orderNumber} · issued {formatDate(license.createdAt)}
            {license.expiresAt ? ` · expires ${formatDate(license.expiresAt)}` : ''}
          </p>
        </div>
        <span className={STATE_BADGES[license.state]}>
          {license.state === 'ACTIVE' ? 'works' : license.state.toLowerCase()}
        </span>
      </div>
      <p>
        {license.activationUsage} of {license.activationLimit ?? 'unlimited'} seats in use
        {license.status !== 'ACTIVE' ? ` · stored status ${license.status.toLowerCase()}` : ''}
        {license.revokedAt ? ` since ${formatDate(license.revokedAt)}` : ''}
      </p>
      {activations.totalCount > 0 ? (
        <details>
          <summary>
            Instances ({active} active, {activations.totalCount - active} deactivated)
          </summary>
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">First seen</th>
                  <th scope="col">Last seen</th>
                  <th scope="col">Deactivated</th>
                </tr>
              </thead>
              <tbody>
                {activations.nodes.map((activation) => (
                  <tr key={activation.instanceId}>
                    <th scope="row">{activation.name}</th>
                    <td>{formatDate(activation.firstSeenAt)}</td>
                    <td>{formatDate(activation.lastSeenAt)}</td>
                    <td>{activation.deactivatedAt ? formatDate(activation.deactivatedAt) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {activations.totalCount > activations.nodes.length && (
            <p className="muted small">
              And {activations.totalCount - activations.nodes.length} more instances not shown.
            </p>
          )}
        </details>
      ) : null}
      <Form method="post" className="inline-form">
        <CsrfField />
        <input type="hidden" name="id" value={license.id} />
        <input type="hidden" name="intent" value={revocable ? 'revoke' : 'reinstate'} />
        <button type="submit" className="button button-small button-secondary" disabled={busy}>
          {revocable ? 'Revoke' : 'Reinstate'}
        </button>
      </Form>
      {mine?.notice ? (
        <p className="form-notice" role="status">
          {mine.notice}
        </p>
      ) : null}
      {mine?.error ? (
        <p className="form-error" role="alert">
          {mine.error}
        </p>
      ) : null}
    </li>
  );
}

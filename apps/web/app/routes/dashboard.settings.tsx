// The owner's store settings: the store's name and support email, Stripe Tax, the refund window and the
// renewal grace period. One form; a bad field is shown beside itself and nothing is saved. Staff get a 403
// page (the API lets them read the settings, not change them).
import type {
  ActionFunctionArgs,
  HeadersFunction,
  LinksFunction,
  LoaderFunctionArgs,
  MetaFunction,
} from '@remix-run/node';
import { data } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import type { ReactNode } from 'react';
import { CsrfField } from '../components/csrf-field';
import { type FieldControlProps, FormField } from '../components/form-feedback';
import { isApiError, shopperMessage } from '../graphql/client.server';
import { getDashboardViewer } from '../graphql/dashboard.server';
import { getStoreSettings, type StoreSettings, updateStoreSettings } from '../graphql/store.server';
import { requireCsrf } from '../lib/csrf.server';
import { asCreator, loginRedirect } from '../lib/dashboard.server';
import { pageTitle, storeNameFrom } from '../lib/meta';
import dashboardStyles from '../styles/dashboard.css?url';
import accountStyles from '../styles/dashboard-account.css?url';

const SAVE_FAILED = 'The settings couldn’t be saved just now. Please try again in a moment.';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: dashboardStyles },
  { rel: 'stylesheet', href: accountStyles },
];

export const headers: HeadersFunction = () => ({ 'Cache-Control': 'private, no-store' });

export const meta: MetaFunction = ({ matches }) => [
  { title: pageTitle('Settings', storeNameFrom(matches)) },
  { name: 'robots', content: 'noindex' },
];

type SettingsPage = { forbidden: false; settings: StoreSettings } | { forbidden: true };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const caller = { request, context };
  const [viewer, settings] = await asCreator(request, () =>
    Promise.all([getDashboardViewer(caller), getStoreSettings(caller)]),
  );
  if (!viewer) throw loginRedirect(request);
  if (viewer.role !== 'OWNER') return data<SettingsPage>({ forbidden: true }, { status: 403 });
  return data<SettingsPage>({ forbidden: false, settings });
}

type FieldName = 'storeName' | 'supportEmail' | 'refundWindowDays' | 'renewalGraceDays';
type Values = Record<FieldName, string> & { taxEnabled: boolean };
type ActionResult =
  | { saved: true; doneAt: number }
  | { saved: false; error: string; field?: FieldName; values: Values };

const FIELDS: ReadonlyArray<FieldName> = [
  'storeName',
  'supportEmail',
  'refundWindowDays',
  'renewalGraceDays',
];

function wholeDays(value: string): number | null {
  return /^\d{1,4}$/.test(value) ? Number(value) : null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  await requireCsrf(request, form);
  const values = {
    ...(Object.fromEntries(FIELDS.map((name) => [name, String(form.get(name) ?? '').trim()])) as Record<
      FieldName,
      string
    >),
    taxEnabled: form.get('taxEnabled') === 'on',
  };
  const refuse = (field: FieldName, error: string) =>
    data<ActionResult>({ saved: false, field, error, values }, { status: 400 });
  if (!values.storeName) return refuse('storeName', 'Enter the store’s name.');
  const refundWindowDays = wholeDays(values.refundWindowDays);
  if (refundWindowDays === null) return refuse('refundWindowDays', 'Enter a whole number of days, 0 to 365.');
  const renewalGraceDays = wholeDays(values.renewalGraceDays);
  if (renewalGraceDays === null) return refuse('renewalGraceDays', 'Enter a whole number of days, 0 to 30.');
  try {
    await asCreator(request, () =>
      updateStoreSettings(
        { request, context },
        {
          storeName: values.storeName,
          supportEmail: values.supportEmail || null,
          taxEnabled: values.taxEnabled,
          refundWindowDays,
          renewalGraceDays,
        },
      ),
    );
    return data<ActionResult>({ saved: true, doneAt: Date.now() });
  } catch (error) {
    if (error instanceof Response) throw error;
    const raw = isApiError(error) ? error.extensions.field : undefined;
    const name = typeof raw === 'string' ? raw.replace(/^input\./, '') : '';
    const field = FIELDS.find((candidate) => candidate === name);
    const message = isApiError(error, 'FORBIDDEN') ? error.message : shopperMessage(error, SAVE_FAILED);
    const status = isApiError(error, 'FORBIDDEN') ? 403 : 400;
    return data<ActionResult>({ saved: false, error: message, field, values }, { status });
  }
}

export default function Settings() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state !== 'idle' && navigation.formMethod === 'POST';
  if (page.forbidden) {
    return (
      <div className="container dashboard-page">
        <section className="dashboard-card account-forbidden" aria-labelledby="forbidden-title">
          <p className="eyebrow">403</p>
          <h1 id="forbidden-title">Only the store owner changes settings</h1>
          <p className="muted">Ask the owner if something here needs to change.</p>
        </section>
      </div>
    );
  }
  const { settings } = page;
  const failed = result && !result.saved ? result : undefined;
  // After a refusal the form shows what was typed; otherwise what is stored.
  const shown: Values = failed?.values ?? {
    storeName: settings.storeName,
    supportEmail: settings.supportEmail ?? '',
    taxEnabled: settings.taxEnabled,
    refundWindowDays: String(settings.refundWindowDays),
    renewalGraceDays: String(settings.renewalGraceDays),
  };
  const errorOf = (name: FieldName) => (failed?.field === name ? failed.error : undefined);
  return (
    <div className="container dashboard-page">
      <header className="dashboard-header">
        <div>
          <h1>Settings</h1>
          <p className="muted">How the store presents itself and the rules its orders follow.</p>
        </div>
      </header>
      <section className="dashboard-card account-section" aria-labelledby="settings-title">
        <h2 id="settings-title" className="visually-hidden">
          Store settings
        </h2>
        {result?.saved && (
          <p className="form-notice" role="status">
            Settings saved.
          </p>
        )}
        {failed && !failed.field && (
          <p className="form-error" role="alert">
            {failed.error}
          </p>
        )}
        <Form method="post" noValidate className="account-form" key={result?.saved ? result.doneAt : 'form'}>
          <CsrfField />
          <SettingsField
            name="storeName"
            label="Store name"
            error={errorOf('storeName')}
            hint="Shown in page titles, the header and emails."
          >
            {(props) => (
              <input {...props} type="text" maxLength={200} required defaultValue={shown.storeName} />
            )}
          </SettingsField>
          <SettingsField
            name="supportEmail"
            label="Support email"
            error={errorOf('supportEmail')}
            hint="Where customers can write for help; shown in emails. Leave empty for none."
          >
            {(props) => (
              <input {...props} type="email" autoComplete="off" defaultValue={shown.supportEmail} />
            )}
          </SettingsField>
          <SettingsField
            name="refundWindowDays"
            label="Refund window (days)"
            error={errorOf('refundWindowDays')}
            hint="Days after a purchase during which refunds are expected. Affiliate commission becomes payable after it."
          >
            {(props) => (
              <input
                {...props}
                type="number"
                min={0}
                max={365}
                step={1}
                inputMode="numeric"
                required
                defaultValue={shown.refundWindowDays}
              />
            )}
          </SettingsField>
          <SettingsField
            name="renewalGraceDays"
            label="Renewal grace (days)"
            error={errorOf('renewalGraceDays')}
            hint="Days a subscriber keeps access while a failed renewal payment is retried, 0 to 30."
          >
            {(props) => (
              <input
                {...props}
                type="number"
                min={0}
                max={30}
                step={1}
                inputMode="numeric"
                required
                defaultValue={shown.renewalGraceDays}
              />
            )}
          </SettingsField>
          <div className="field account-checkbox">
            <input
              id="taxEnabled"
              name="taxEnabled"
              type="checkbox"
              defaultChecked={shown.taxEnabled}
              aria-describedby="taxEnabled-hint"
            />
            <label htmlFor="taxEnabled">Collect tax with Stripe Tax</label>
            <p id="taxEnabled-hint" className="field-hint">
              Automatic tax at checkout and tax ID collection. Tax is recorded apart from the net amount.
            </p>
          </div>
          <div className="account-form-submit">
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? 'Saving…' : 'Save settings'}
            </button>
          </div>
        </Form>
      </section>
    </div>
  );
}

function SettingsField({
  name,
  label,
  error,
  hint,
  children,
}: {
  name: FieldName;
  label: string;
  error: string | undefined;
  hint?: string;
  children: (props: FieldControlProps & { name: string }) => ReactNode;
}) {
  return (
    <FormField id={name} label={label} error={error} hint={hint}>
      {(props) => children({ ...props, name })}
    </FormField>
  );
}

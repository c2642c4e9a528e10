// The owner's users page: everyone who may sign in to the dashboard (role, two-factor sign-in on or off),
// inviting staff (the API emails them a link to choose their password, which opens
// /dashboard/reset-password), removing a staff member (their sessions end), and whether staff must use
// two-factor sign-in. Staff get a 403 page: the API refuses them all of it.
import type {
  ActionFunctionArgs,
  HeadersFunction,
  LinksFunction,
  LoaderFunctionArgs,
  MetaFunction,
} from '@remix-run/node';
import { data } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import type { FormEvent } from 'react';
import { CsrfField } from '../components/csrf-field';
import { FormMessage } from '../components/form-feedback';
import {
  type DashboardUser,
  inviteStaff,
  listDashboardUsers,
  removeUser,
  setStaffTwoFactorRequired,
} from '../graphql/accounts.server';
import { isApiError, shopperMessage } from '../graphql/client.server';
import { requireCsrf } from '../lib/csrf.server';
import { asCreator } from '../lib/dashboard.server';
import { pageTitle, storeNameFrom } from '../lib/meta';
import dashboardStyles from '../styles/dashboard.css?url';
import accountStyles from '../styles/dashboard-account.css?url';

const CHANGE_FAILED = 'That didn’t work just now. Please try again in a moment.';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: dashboardStyles },
  { rel: 'stylesheet', href: accountStyles },
];

export const headers: HeadersFunction = () => ({ 'Cache-Control': 'private, no-store' });

export const meta: MetaFunction = ({ matches }) => [
  { title: pageTitle('Users', storeNameFrom(matches)) },
  { name: 'robots', content: 'noindex' },
];

type UsersPage =
  | { forbidden: false; users: DashboardUser[]; staffTwoFactorRequired: boolean }
  | { forbidden: true; message: string };

export async function loader({ request, context }: LoaderFunctionArgs) {
  try {
    const page = await asCreator(request, () => listDashboardUsers({ request, context }));
    return data<UsersPage>({ forbidden: false, ...page });
  } catch (error) {
    if (isApiError(error, 'FORBIDDEN')) {
      return data<UsersPage>({ forbidden: true, message: error.message }, { status: 403 });
    }
    throw error;
  }
}

type ActionResult = {
  form: string;
  notice?: string;
  doneAt?: number;
  error?: string;
  field?: string;
  values?: { email: string; name: string };
};

async function perform(
  request: Request,
  form: string,
  work: () => Promise<string>,
  values?: ActionResult['values'],
) {
  try {
    const notice = await asCreator(request, work);
    return data<ActionResult>({ form, notice, doneAt: Date.now() });
  } catch (error) {
    if (error instanceof Response) throw error;
    const field =
      isApiError(error) && typeof error.extensions.field === 'string' ? error.extensions.field : undefined;
    const message = isApiError(error, 'FORBIDDEN') ? error.message : shopperMessage(error, CHANGE_FAILED);
    const status = isApiError(error, 'FORBIDDEN') ? 403 : isApiError(error, 'RATE_LIMITED') ? 429 : 400;
    return data<ActionResult>({ form, error: message, field, values }, { status });
  }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  await requireCsrf(request, form);
  const caller = { request, context };
  switch (String(form.get('intent') ?? '')) {
    case 'invite': {
      const values = {
        email: String(form.get('email') ?? '').trim(),
        name: String(form.get('name') ?? '').trim(),
      };
      if (!values.email) {
        return data<ActionResult>(
          { form: 'invite', field: 'email', error: 'Enter their email address.', values },
          { status: 400 },
        );
      }
      if (!values.name) {
        return data<ActionResult>(
          { form: 'invite', field: 'name', error: 'Enter their name.', values },
          { status: 400 },
        );
      }
      return perform(
        request,
        'invite',
        async () => {
          await inviteStaff(caller, values);
          return `Invitation sent to ${values.email}. Its link lets them choose a password within 3 days.`;
        },
        values,
      );
    }
    case 'remove': {
      const id = String(form.get('id') ?? '');
      const who = String(form.get('who') ?? 'The staff member');
      return perform(request, `remove:${id}`, async () => {
        await removeUser(caller, id);
        return `${who} can no longer sign in.`;
      });
    }
    case 'require-2fa': {
      const required = form.get('required') === 'true';
      return perform(request, 'require-2fa', async () => {
        await setStaffTwoFactorRequired(caller, required);
        return required
          ? 'Staff must now set up two-factor sign-in before doing anything else.'
          : 'Staff no longer have to use two-factor sign-in.';
      });
    }
    default:
      throw new Response('Unknown action', { status: 400 });
  }
}

export default function Users() {
  const page = useLoaderData<typeof loader>();
  if (page.forbidden) {
    return (
      <div className="container dashboard-page">
        <section className="dashboard-card account-forbidden" aria-labelledby="forbidden-title">
          <p className="eyebrow">403</p>
          <h1 id="forbidden-title">Only the store owner manages users</h1>
          <p className="muted">{page.message} Ask the owner if someone needs to be added or removed.</p>
        </section>
      </div>
    );
  }
  return (
    <div className="container dashboard-page">
      <header className="dashboard-header">
        <div>
          <h1>Users</h1>
          <p className="muted">
            Everyone who can sign in to this dashboard. Staff can do everything but this page, settings and
            payouts.
          </p>
        </div>
      </header>
      <UserTable users={page.users} />
      <InviteForm />
      <RequireTwoFactor required={page.staffTwoFactorRequired} />
    </div>
  );
}

function useResultFor(form: string): ActionResult | undefined {
  const result = useActionData<typeof action>();
  return result?.form === form ? result : undefined;
}

function useBusy(intent: string): boolean {
  const navigation = useNavigation();
  return navigation.state !== 'idle' && navigation.formData?.get('intent') === intent;
}

function UserTable({ users }: { users: DashboardUser[] }) {
  const result = useActionData<typeof action>();
  const removal = result?.form.startsWith('remove:') ? result : undefined;
  return (
    <section className="dashboard-card account-section" aria-labelledby="users-title">
      <h2 id="users-title">People</h2>
      <FormMessage result={removal} />
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Two-factor sign-in</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <td>{user.name || '—'}</td>
                <td>{user.email}</td>
                <td>{user.role === 'OWNER' ? 'Owner' : 'Staff'}</td>
                <td>
                  <span className={`badge ${user.twoFactorEnabled ? 'badge-approved' : 'badge-muted'}`}>
                    {user.twoFactorEnabled ? 'On' : 'Off'}
                  </span>
                </td>
                <td>{user.role === 'STAFF' && <RemoveButton user={user} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function RemoveButton({ user }: { user: DashboardUser }) {
  const who = user.name || user.email;
  const confirmRemoval = (event: FormEvent<HTMLFormElement>) => {
    if (!window.confirm(`Remove ${who}? They are signed out at once and can no longer sign in.`)) {
      event.preventDefault();
    }
  };
  return (
    <Form method="post" className="inline-form" onSubmit={confirmRemoval}>
      <CsrfField />
      <input type="hidden" name="intent" value="remove" />
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="who" value={who} />
      <button type="submit" className="button button-secondary button-small" aria-label={`Remove ${who}`}>
        Remove
      </button>
    </Form>
  );
}

function InviteForm() {
  const result = useResultFor('invite');
  const busy = useBusy('invite');
  const values = result?.error ? result.values : undefined;
  const errorOf = (name: string) => (result?.field === name ? result.error : undefined);
  return (
    <section className="dashboard-card account-section" aria-labelledby="invite-title">
      <h2 id="invite-title">Invite staff</h2>
      <p className="muted">They get an email with a link to choose their password.</p>
      <FormMessage result={result} />
      <Form method="post" noValidate className="account-form account-form-row" key={result?.doneAt ?? 'form'}>
        <CsrfField />
        <input type="hidden" name="intent" value="invite" />
        {(['email', 'name'] as const).map((name) => {
          const error = errorOf(name);
          const id = `invite-${name}`;
          return (
            <div className="field" key={name}>
              <label htmlFor={id}>{name === 'email' ? 'Email address' : 'Name'}</label>
              <input
                id={id}
                name={name}
                type={name === 'email' ? 'email' : 'text'}
                autoComplete="off"
                required
                defaultValue={values?.[name] ?? ''}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
              />
              {error && (
                <p id={`${id}-error`} className="form-error" role="alert">
                  {error}
                </p>
              )}
            </div>
          );
        })}
        <div className="account-form-submit">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Inviting…' : 'Send invitation'}
          </button>
        </div>
      </Form>
    </section>
  );
}

function RequireTwoFactor({ required }: { required: boolean }) {
  const result = useResultFor('require-2fa');
  const busy = useBusy('require-2fa');
  return (
    <section className="dashboard-card account-section" aria-labelledby="require-title">
      <div className="section-head">
        <h2 id="require-title">Two-factor sign-in for staff</h2>
        <span className={`badge ${required ? 'badge-approved' : 'badge-muted'}`}>
          {required ? 'Required' : 'Optional'}
        </span>
      </div>
      <p className="muted">
        When required, staff without two-factor sign-in can do nothing but set it up on their account page.
      </p>
      <FormMessage result={result} />
      <Form method="post">
        <CsrfField />
        <input type="hidden" name="intent" value="require-2fa" />
        <input type="hidden" name="required" value={required ? 'false' : 'true'} />
        <button
          type="submit"
          className={`button ${required ? 'button-secondary' : 'button-primary'}`}
          disabled={busy}
        >
          {required ? 'Stop requiring it' : 'Require two-factor sign-in for staff'}
        </button>
      </Form>
    </section>
  );
}

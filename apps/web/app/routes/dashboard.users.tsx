// The owner's users page: everyone who may sign in to the dashboard (role, two-factor sign-in on or off),
// inviting staff (the API emails them a link to choose their password, which opens
// /dashboard/reset-password), removing a staff member (their sessions end), and whether staff must use
// two-factor sign-in. Staff get a 403 page: the API refuses them all of it.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { Form, useLoaderData } from '@remix-run/react';
import { CsrfField } from '../components/csrf-field';
import { DataTable } from '../components/data-table';
import { FormField, FormMessage, fieldError } from '../components/form-feedback';
import { IntentForm } from '../components/intent-form';
import { OwnerOnlyNotice } from '../components/owner-only-notice';
import {
  type DashboardUser,
  inviteStaff,
  listDashboardUsers,
  removeUser,
  setStaffTwoFactorRequired,
} from '../graphql/accounts.server';
import { requireCsrf } from '../lib/csrf.server';
import { invalid, performChange } from '../lib/dashboard-action.server';
import { dashboardMeta, privateHeaders } from '../lib/dashboard-route';
import { useBusy, useResultFor, useResultForAny } from '../lib/form-result';
import { loadOwnerOnly } from '../lib/owner-only.server';
import dashboardStyles from '../styles/dashboard.css?url';
import accountStyles from '../styles/dashboard-account.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: dashboardStyles },
  { rel: 'stylesheet', href: accountStyles },
];

export const headers = privateHeaders;

export const meta = dashboardMeta('Users');

export async function loader({ request, context }: LoaderFunctionArgs) {
  return loadOwnerOnly(request, () => listDashboardUsers({ request, context }));
}

type ActionResult = {
  form: string;
  notice?: string;
  doneAt?: number;
  error?: string;
  field?: string;
  values?: { email: string; name: string };
};

/** Runs one change and answers its form with the notice it returns. */
function perform(
  request: Request,
  form: string,
  work: () => Promise<string>,
  values?: ActionResult['values'],
) {
  return performChange(request, form, async () => ({ notice: await work() }), values);
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
      if (!values.email) return invalid('invite', 'email', 'Enter their email address.', values);
      if (!values.name) return invalid('invite', 'name', 'Enter their name.', values);
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
      <OwnerOnlyNotice title="Only the store owner manages users">
        {page.message} Ask the owner if someone needs to be added or removed.
      </OwnerOnlyNotice>
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

function UserTable({ users }: { users: DashboardUser[] }) {
  const removal = useResultForAny<ActionResult>('remove:');
  return (
    <section className="dashboard-card account-section" aria-labelledby="users-title">
      <h2 id="users-title">People</h2>
      <FormMessage result={removal} />
      <DataTable columns={['Name', 'Email', 'Role', 'Two-factor sign-in']} actions>
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
      </DataTable>
    </section>
  );
}

function RemoveButton({ user }: { user: DashboardUser }) {
  const who = user.name || user.email;
  return (
    <IntentForm
      intent="remove"
      fields={{ id: user.id, who }}
      confirm={`Remove ${who}? They are signed out at once and can no longer sign in.`}
      label="Remove"
      accessibleLabel={`Remove ${who}`}
    />
  );
}

function InviteForm() {
  const result = useResultFor<ActionResult>('invite');
  const busy = useBusy('invite');
  const values = result?.error ? result.values : undefined;
  return (
    <section className="dashboard-card account-section" aria-labelledby="invite-title">
      <h2 id="invite-title">Invite staff</h2>
      <p className="muted">They get an email with a link to choose their password.</p>
      <FormMessage result={result} />
      <Form method="post" noValidate className="account-form account-form-row" key={result?.doneAt ?? 'form'}>
        <CsrfField />
        <input type="hidden" name="intent" value="invite" />
        {(['email', 'name'] as const).map((name) => (
          <FormField
            key={name}
            id={`invite-${name}`}
            label={name === 'email' ? 'Email address' : 'Name'}
            error={fieldError(result, name)}
          >
            {(props) => (
              <input
                {...props}
                name={name}
                type={name === 'email' ? 'email' : 'text'}
                autoComplete="off"
                required
                defaultValue={values?.[name] ?? ''}
              />
            )}
          </FormField>
        ))}
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
  const result = useResultFor<ActionResult>('require-2fa');
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

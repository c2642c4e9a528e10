// The test-mode payment page: what the API's test provider sends shoppers to instead of Stripe.
// Paying here fulfils the order through the same path as a real payment.
import type {
  ActionFunctionArgs,
  HeadersFunction,
  LinksFunction,
  LoaderFunctionArgs,
  MetaFunction,
} from '@remix-run/node';
import { data, redirect } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { CheckoutSummary } from '../components/checkout-summary';
import { completeTestCheckout, getCheckout } from '../graphql/checkout.server';
import { isApiError, shopperMessage } from '../graphql/client.server';
import { notFound } from '../lib/http.server';
import { pageTitle, storeNameFrom } from '../lib/meta';
import checkoutStyles from '../styles/checkout.css?url';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: checkoutStyles }];

export const headers: HeadersFunction = () => ({ 'Cache-Control': 'private, no-store' });

export const meta: MetaFunction = ({ matches }) => [
  { title: pageTitle('Test checkout', storeNameFrom(matches)) },
  { name: 'robots', content: 'noindex' },
  // The session id in the URL is the key to the order once paid: never send it on as a Referer.
  { name: 'referrer', content: 'no-referrer' },
];

const PAYMENT_FAILED = 'The test payment didn’t go through. Please try again in a moment.';

function successUrl(id: string): string {
  return `/checkout/success?session_id=${encodeURIComponent(id)}`;
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const id = params.id ?? '';
  const checkout = await getCheckout({ request, context }, id);
  // Real (Stripe) checkouts are paid on Stripe's page, never here.
  if (!checkout?.testMode) throw notFound();
  if (checkout.status === 'COMPLETE' || checkout.status === 'PROCESSING') throw redirect(successUrl(id));
  return { checkout };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const id = params.id ?? '';
  const form = await request.formData();
  const email = String(form.get('email') ?? '').trim();
  try {
    await completeTestCheckout({ request, context }, id, email);
  } catch (error) {
    if (isApiError(error, 'NOT_FOUND') || isApiError(error, 'FORBIDDEN')) throw notFound();
    return data({ error: shopperMessage(error, PAYMENT_FAILED), email }, { status: 400 });
  }
  return redirect(successUrl(id));
}

export default function TestCheckout() {
  const { checkout } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const paying = navigation.state !== 'idle' && navigation.formMethod === 'POST';
  const expired = checkout.status === 'EXPIRED';
  return (
    <div className="container checkout-page">
      <section className="checkout-card" aria-labelledby="checkout-title">
        <div className="test-banner" role="note">
          <span className="test-badge">Test mode</span>
          <p>
            This is a simulated payment page. No card is needed and nothing is charged. Connect Stripe to take
            real payments.
          </p>
        </div>
        <h1 id="checkout-title">Checkout</h1>
        <CheckoutSummary checkout={checkout} />
        {expired ? (
          <div className="notice">
            <p>This checkout has expired. Start again from the product page.</p>
            <Link to={`/products/${checkout.product.slug}`} className="button button-secondary">
              Back to {checkout.product.name}
            </Link>
          </div>
        ) : (
          <Form method="post" className="pay-form" noValidate>
            <div className="field">
              <label htmlFor="email">Email address</label>
              <p id="email-hint" className="field-hint">
                Your receipt and download links go here.
              </p>
              <input
                id="email"
                name="email"
                type="email"
                autoComplete="email"
                inputMode="email"
                required
                defaultValue={actionData?.email ?? checkout.email ?? ''}
                aria-invalid={actionData?.error ? true : undefined}
                aria-describedby={actionData?.error ? 'email-hint email-error' : 'email-hint'}
              />
              {actionData?.error && (
                <p id="email-error" className="form-error" role="alert">
                  {actionData.error}
                </p>
              )}
            </div>
            <button
              type="submit"
              className="button button-primary button-large button-block"
              disabled={paying}
            >
              {paying ? 'Processing…' : `Pay ${checkout.amount.formatted}`}
            </button>
          </Form>
        )}
      </section>
    </div>
  );
}

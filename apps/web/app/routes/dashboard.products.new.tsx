// A new product: its fields, saved as a draft; files and preview images are added on its page next.
import type {
  ActionFunctionArgs,
  HeadersFunction,
  LinksFunction,
  LoaderFunctionArgs,
  MetaFunction,
} from '@remix-run/node';
import { data, redirect } from '@remix-run/node';
import { Link, useActionData, useNavigation } from '@remix-run/react';
import {
  formFieldOf,
  type ProductFormValues,
  parseProductForm,
  productFormValues,
} from '../components/product-editor/parse-product-form';
import { type FormResult, ProductForm } from '../components/product-editor/product-form';
import { isApiError, shopperMessage } from '../graphql/client.server';
import { createProduct } from '../graphql/products.server';
import { requireCsrf } from '../lib/csrf.server';
import { asCreator, loginRedirect } from '../lib/dashboard.server';
import { pageTitle, storeNameFrom } from '../lib/meta';
import { readSessionToken } from '../lib/session.server';
import dashboardStyles from '../styles/dashboard.css?url';
import productStyles from '../styles/dashboard-products.css?url';

const SAVE_FAILED = 'That didn’t work just now. Please try again in a moment.';
const EMPTY: ProductFormValues = {
  name: '',
  slug: '',
  tagline: '',
  description: '',
  price: '',
  currency: 'usd',
  kind: 'ONE_TIME',
  interval: '',
  requiresLicenseKey: '',
  licenseActivationLimit: '',
  downloadLimit: '',
  downloadWindowDays: '',
};

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: dashboardStyles },
  { rel: 'stylesheet', href: productStyles },
];

export const headers: HeadersFunction = () => ({ 'Cache-Control': 'private, no-store' });

export const meta: MetaFunction = ({ matches }) => [
  { title: pageTitle('New product', storeNameFrom(matches)) },
  { name: 'robots', content: 'noindex' },
];

export async function loader({ request }: LoaderFunctionArgs) {
  if (!(await readSessionToken(request))) throw loginRedirect(request);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  await requireCsrf(request, form);
  const values = productFormValues(form);
  const parsed = parseProductForm(values);
  if ('error' in parsed) return data<FormResult>({ ...parsed, values }, { status: 400 });
  try {
    const id = await asCreator(request, () =>
      createProduct({ request, context }, { ...parsed.input, status: 'DRAFT' }),
    );
    return redirect(`/dashboard/products/${id}`);
  } catch (error) {
    if (error instanceof Response) throw error;
    const field = formFieldOf(isApiError(error) ? error.extensions.field : undefined);
    const message = isApiError(error, 'FORBIDDEN') ? error.message : shopperMessage(error, SAVE_FAILED);
    return data<FormResult>(
      { error: message, field, values },
      { status: isApiError(error, 'FORBIDDEN') ? 403 : 400 },
    );
  }
}

export default function NewProduct() {
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  return (
    <div className="container dashboard-page">
      <header className="dashboard-header">
        <div>
          <p className="eyebrow">
            <Link to="/dashboard/products" className="text-link">
              Products
            </Link>
          </p>
          <h1>New product</h1>
          <p className="muted">It starts as a draft: add its files and images, then publish it.</p>
        </div>
      </header>
      <ProductForm
        values={result?.values ?? EMPTY}
        result={result}
        submitLabel="Create draft"
        busy={navigation.state === 'submitting'}
      />
    </div>
  );
}

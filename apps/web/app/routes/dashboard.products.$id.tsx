// One product in the dashboard: its fields (saved together), its status (publish, unpublish, archive),
// its files and preview images. Uploads go through the upload route beside this one; everything else is a
// form post checked for its origin and CSRF token.
import type {
  ActionFunctionArgs,
  HeadersFunction,
  LinksFunction,
  LoaderFunctionArgs,
  MetaFunction,
} from '@remix-run/node';
import { data } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import type { ProductStatus } from '@shelf/graphql';
import { CsrfField } from '../components/csrf-field';
import { FilesPanel, ImagesPanel } from '../components/product-editor/media-panels';
import {
  formFieldOf,
  type ProductFormValues,
  parseProductForm,
  productFormValues,
  STATUS_LABELS,
} from '../components/product-editor/parse-product-form';
import { type FormResult, ProductForm } from '../components/product-editor/product-form';
import { isApiError, shopperMessage } from '../graphql/client.server';
import {
  type EditableProduct,
  getDashboardProduct,
  removePreviewImage,
  removeProductFile,
  reorderPreviewImages,
  updateProduct,
} from '../graphql/products.server';
import { requireCsrf } from '../lib/csrf.server';
import { asCreator } from '../lib/dashboard.server';
import { pageTitle, storeNameFrom } from '../lib/meta';
import { toDecimalAmount } from '../lib/money';
import dashboardStyles from '../styles/dashboard.css?url';
import productStyles from '../styles/dashboard-products.css?url';

const CHANGE_FAILED = 'That didn’t work just now. Please try again in a moment.';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: dashboardStyles },
  { rel: 'stylesheet', href: productStyles },
];

export const headers: HeadersFunction = () => ({ 'Cache-Control': 'private, no-store' });

export const meta: MetaFunction<typeof loader> = ({ data: loaded, matches }) => [
  { title: pageTitle(loaded?.product.name ?? 'Product', storeNameFrom(matches)) },
  { name: 'robots', content: 'noindex' },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const id = params.id ?? '';
  const product = UUID.test(id)
    ? await asCreator(request, () => getDashboardProduct({ request, context }, id))
    : null;
  if (!product) throw new Response('There is no such product.', { status: 404 });
  return { product };
}

function valuesOf(product: EditableProduct): ProductFormValues {
  const count = (value: number | null) => (value === null ? '' : String(value));
  return {
    name: product.name,
    slug: product.slug,
    tagline: product.tagline,
    description: product.description,
    price: toDecimalAmount(product.price.amount, product.price.currency),
    currency: product.price.currency,
    kind: product.kind,
    interval: product.interval ?? '',
    requiresLicenseKey: product.requiresLicenseKey ? 'on' : '',
    licenseActivationLimit: count(product.licenseActivationLimit),
    downloadLimit: count(product.downloadLimit),
    downloadWindowDays: count(product.downloadWindowDays),
  };
}

type ActionResult = FormResult & { form: string };

const STATUS_INTENTS: Record<string, ProductStatus> = {
  publish: 'PUBLISHED',
  unpublish: 'DRAFT',
  archive: 'ARCHIVED',
};

export async function action({ request, context, params }: ActionFunctionArgs) {
  const form = await request.formData();
  await requireCsrf(request, form);
  const id = params.id ?? '';
  const caller = { request, context };
  const intent = String(form.get('intent') ?? '');
  const formKey = intent === 'save' ? 'save' : 'media';
  const values = intent === 'save' ? productFormValues(form) : undefined;
  try {
    return await asCreator(request, async () => {
      if (intent === 'save' && values) {
        const parsed = parseProductForm(values);
        if ('error' in parsed)
          return data<ActionResult>({ form: formKey, ...parsed, values }, { status: 400 });
        await updateProduct(caller, id, parsed.input);
        return data<ActionResult>({ form: formKey, notice: 'Saved.' });
      }
      const status = STATUS_INTENTS[intent];
      if (status) {
        await updateProduct(caller, id, { status });
        return data<ActionResult>({
          form: 'status',
          notice: `The product is now ${STATUS_LABELS[status].toLowerCase()}.`,
        });
      }
      if (intent === 'remove-file') {
        await removeProductFile(caller, String(form.get('fileId') ?? ''));
        return data<ActionResult>({ form: formKey, notice: 'File removed.' });
      }
      if (intent === 'remove-image') {
        await removePreviewImage(caller, String(form.get('imageId') ?? ''));
        return data<ActionResult>({ form: formKey, notice: 'Image removed.' });
      }
      if (intent === 'move-image') {
        const product = await getDashboardProduct(caller, id);
        const ids = product?.previewImages.map((image) => image.id) ?? [];
        const from = ids.indexOf(String(form.get('imageId') ?? ''));
        const to = from + (form.get('direction') === 'up' ? -1 : 1);
        if (from >= 0 && to >= 0 && to < ids.length) {
          [ids[from], ids[to]] = [ids[to]!, ids[from]!];
          await reorderPreviewImages(caller, id, ids);
        }
        return data<ActionResult>({ form: formKey, notice: 'Images reordered.' });
      }
      return data<ActionResult>({ form: formKey, error: 'Unknown action.' }, { status: 400 });
    });
  } catch (error) {
    if (error instanceof Response) throw error;
    const field = formFieldOf(isApiError(error) ? error.extensions.field : undefined);
    const message = isApiError(error, 'FORBIDDEN') ? error.message : shopperMessage(error, CHANGE_FAILED);
    const status = isApiError(error, 'FORBIDDEN') ? 403 : 400;
    return data<ActionResult>(
      { form: intent in STATUS_INTENTS ? 'status' : formKey, error: message, field, values },
      { status },
    );
  }
}

function StatusActions({ status }: { status: ProductStatus }) {
  const actions: Array<[string, string]> =
    status === 'PUBLISHED'
      ? [
          ['unpublish', 'Unpublish'],
          ['archive', 'Archive'],
        ]
      : status === 'DRAFT'
        ? [
            ['publish', 'Publish'],
            ['archive', 'Archive'],
          ]
        : [
            ['publish', 'Publish again'],
            ['unpublish', 'Back to draft'],
          ];
  return (
    <div className="product-status-actions">
      {actions.map(([intent, label]) => (
        <Form method="post" key={intent} className="inline-form">
          <CsrfField />
          <input type="hidden" name="intent" value={intent} />
          <button
            type="submit"
            className={intent === 'publish' ? 'button button-primary' : 'button button-secondary'}
          >
            {label}
          </button>
        </Form>
      ))}
    </div>
  );
}

export default function EditProduct() {
  const { product } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const saving = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'save';
  const saveResult = result?.form === 'save' ? result : undefined;
  const otherResult = result && result.form !== 'save' ? result : undefined;
  return (
    <div className="container dashboard-page">
      <header className="dashboard-header">
        <div>
          <p className="eyebrow">
            <Link to="/dashboard/products" className="text-link">
              Products
            </Link>
          </p>
          <h1>{product.name}</h1>
          <p className="muted">
            <span className={`product-status product-status-${product.status.toLowerCase()}`}>
              {STATUS_LABELS[product.status]}
            </span>{' '}
            {product.price.formatted} · {product.sales.count} {product.sales.count === 1 ? 'sale' : 'sales'}
            {product.sales.revenue.length > 0 &&
              ` · ${product.sales.revenue.map((money) => money.formatted).join(', ')}`}
            {product.status === 'PUBLISHED' && (
              <>
                {' · '}
                <a href={`/products/${product.slug}`} className="text-link">
                  View in the store
                </a>
              </>
            )}
          </p>
        </div>
        <StatusActions status={product.status} />
      </header>
      {otherResult?.notice && (
        <p className="form-notice" role="status">
          {otherResult.notice}
        </p>
      )}
      {otherResult?.error && (
        <p className="form-error" role="alert">
          {otherResult.error}
        </p>
      )}
      {saveResult?.notice && (
        <p className="form-notice" role="status">
          {saveResult.notice}
        </p>
      )}
      <section className="dashboard-card" aria-labelledby="details-title">
        <h2 id="details-title">Details</h2>
        <ProductForm
          key={product.id}
          values={saveResult?.error ? (saveResult.values ?? valuesOf(product)) : valuesOf(product)}
          result={saveResult}
          submitLabel="Save"
          busy={saving}
        />
      </section>
      <FilesPanel productId={product.id} files={product.files} />
      <ImagesPanel productId={product.id} images={product.previewImages} />
    </div>
  );
}

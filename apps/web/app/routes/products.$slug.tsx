// A product page: gallery, description, what the buyer receives, and the Buy button that starts a checkout.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { data, redirect } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { ClockIcon, FileIcon, KeyIcon } from '../components/icons';
import { Price } from '../components/price';
import { ProductGallery } from '../components/product-gallery';
import { getProduct, type ProductDetail } from '../graphql/catalog.server';
import { createCheckout } from '../graphql/checkout.server';
import { shopperMessage } from '../graphql/client.server';
import { affiliateCodeForRequest } from '../lib/affiliate-ref';
import { describeDownloadTerms, describeLicenseTerms, formatBytes, kindLabel } from '../lib/format';
import { notFound } from '../lib/http.server';
import { pageTitle, storeNameFrom } from '../lib/meta';
import { publicPageHeaders } from '../lib/public-cache';
import catalogStyles from '../styles/catalog.css?url';

export const headers = publicPageHeaders;

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: catalogStyles }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const product = await getProduct({ request, context }, params.slug ?? '');
  if (!product) throw notFound();
  return { product };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const storeName = storeNameFrom(matches);
  if (!data) return [{ title: pageTitle('Product not found', storeName) }];
  const { product } = data;
  const [image] = product.previewImages;
  return [
    { title: pageTitle(product.name, storeName) },
    { name: 'description', content: product.tagline },
    { property: 'og:site_name', content: storeName },
    { property: 'og:type', content: 'product' },
    { property: 'og:title', content: product.name },
    { property: 'og:description', content: product.tagline },
    ...(image
      ? [
          { property: 'og:image', content: image.url },
          { property: 'og:image:alt', content: image.alt },
        ]
      : []),
    { name: 'twitter:card', content: image ? 'summary_large_image' : 'summary' },
  ];
};

const CHECKOUT_UNAVAILABLE = 'We couldn’t start the checkout just now. Please try again in a moment.';

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const productId = String(form.get('productId') ?? '');
  if (!productId) return data({ error: 'This product can’t be bought right now.' }, { status: 400 });
  try {
    const session = await createCheckout(
      { request, context },
      {
        productId,
        affiliateCode: affiliateCodeForRequest(request),
      },
    );
    return redirect(session.url);
  } catch (error) {
    return data({ error: shopperMessage(error, CHECKOUT_UNAVAILABLE) }, { status: 400 });
  }
}

export default function ProductPage() {
  const { product } = useLoaderData<typeof loader>();
  return (
    <div className="container">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to="/products">← All products</Link>
      </nav>
      <div className="product-layout">
        <div className="product-media">
          <ProductGallery images={product.previewImages} productName={product.name} />
        </div>
        <PurchasePanel product={product} />
        <section className="product-description" aria-label="Description">
          {/* The API renders the Markdown and sanitises it (descriptionHtml is documented as safe HTML). */}
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the API */}
          <div className="prose" dangerouslySetInnerHTML={{ __html: product.descriptionHtml }} />
        </section>
      </div>
    </div>
  );
}

function PurchasePanel({ product }: { product: ProductDetail }) {
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state !== 'idle' && navigation.formMethod === 'POST';
  const subscription = product.kind === 'SUBSCRIPTION';
  return (
    <aside className="purchase-panel" aria-labelledby="product-title">
      <p className="eyebrow">{kindLabel(product.kind, product.interval)}</p>
      <h1 id="product-title">{product.name}</h1>
      <p className="product-tagline">{product.tagline}</p>
      <p className="product-price">
        <Price price={product.price} kind={product.kind} interval={product.interval} />
      </p>
      <Form method="post" className="buy-form">
        <input type="hidden" name="productId" value={product.id} />
        {actionData?.error && (
          <p className="form-error" role="alert">
            {actionData.error}
          </p>
        )}
        <button type="submit" className="button button-primary button-large button-block" disabled={busy}>
          {busy ? 'Starting checkout…' : subscription ? 'Subscribe now' : 'Buy now'}
        </button>
      </Form>
      <p className="reassurance">Secure checkout · Instant download · Receipt by email</p>
      <WhatsIncluded product={product} />
    </aside>
  );
}

function WhatsIncluded({ product }: { product: ProductDetail }) {
  return (
    <section className="included" aria-labelledby="included-title">
      <h2 id="included-title">What’s included</h2>
      <ul className="included-list">
        {product.files.map((file) => (
          <li key={file.name} className="included-file">
            <span className="included-icon">
              <FileIcon />
            </span>
            <span className="included-name">{file.name}</span>
            <span className="included-size">{formatBytes(file.size)}</span>
          </li>
        ))}
        {product.requiresLicenseKey && (
          <li className="included-term">
            <span className="included-icon">
              <KeyIcon />
            </span>
            {describeLicenseTerms(product.licenseActivationLimit)}
          </li>
        )}
        <li className="included-term">
          <span className="included-icon">
            <ClockIcon />
          </span>
          {describeDownloadTerms(product.downloadLimit, product.downloadWindowDays)}
        </li>
      </ul>
    </section>
  );
}

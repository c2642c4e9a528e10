// The document shell: header with the store's name, the TEST MODE ribbon, and the friendly error page.
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  type ShouldRevalidateFunction,
  useRouteError,
  useRouteLoaderData,
} from '@remix-run/react';
import type { ReactNode } from 'react';
import { ErrorPage, errorTitle } from './components/error-page';
import { SiteFooter, SiteHeader, TestModeRibbon } from './components/site-header';
import { FALLBACK_STORE_NAME, pageTitle } from './lib/meta';
import { useNonce } from './lib/nonce';
import { storeInfoForPage } from './lib/store-info.server';
import baseStyles from './styles/base.css?url';

export const links: LinksFunction = () => [
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
  { rel: 'stylesheet', href: baseStyles },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  return { store: await storeInfoForPage({ request, context }) };
}

// The store's name and mode change rarely: refetch them after form submissions, not on every navigation.
export const shouldRevalidate: ShouldRevalidateFunction = ({ formMethod, defaultShouldRevalidate }) =>
  formMethod ? defaultShouldRevalidate : false;

export const meta: MetaFunction<typeof loader> = ({ data, error }) => {
  const storeName = data?.store.name ?? FALLBACK_STORE_NAME;
  if (error) {
    const status = isRouteErrorResponse(error) ? error.status : 500;
    return [{ title: pageTitle(errorTitle(status), storeName) }];
  }
  return [{ title: storeName }];
};

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>('root');
  const storeName = data?.store.name ?? FALLBACK_STORE_NAME;
  const nonce = useNonce();
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <Meta />
        <Links />
      </head>
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        {data?.store.testMode && <TestModeRibbon />}
        <SiteHeader storeName={storeName} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter storeName={storeName} />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  if (!isRouteErrorResponse(error)) console.error(error);
  return <ErrorPage status={status} />;
}

import { Link, useLocation } from '@remix-run/react';

const COPY = {
  404: {
    title: 'Page not found',
    message:
      'We looked everywhere on this shelf, but this page isn’t here. It may have moved or never existed.',
  },
  500: {
    title: 'Something went wrong',
    message: 'The store hit a snag loading this page. Please try again in a moment.',
  },
} as const;

export function errorTitle(status: number): string {
  return status === 404 ? COPY[404].title : COPY[500].title;
}

export function ErrorPage({ status }: { status: number }) {
  const copy = status === 404 ? COPY[404] : COPY[500];
  const location = useLocation();
  return (
    <section className="container error-page" aria-labelledby="error-title">
      <p className="error-code">{status === 404 ? '404' : 'Error'}</p>
      <h1 id="error-title">{copy.title}</h1>
      <p className="lead">{copy.message}</p>
      <p className="actions">
        <Link to="/products" className="button button-primary">
          Browse products
        </Link>
        {status !== 404 && (
          <a href={`${location.pathname}${location.search}`} className="button button-secondary">
            Try again
          </a>
        )}
      </p>
    </section>
  );
}

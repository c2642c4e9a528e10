// Responses loaders throw so the error boundary can show the right page with the right status.
export function notFound(): Response {
  return new Response('Not Found', { status: 404, statusText: 'Not Found' });
}

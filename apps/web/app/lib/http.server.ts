// Responses loaders throw so the error boundary can show the right page with the right status, and the
// check every form post that changes something makes first.
import { env } from './env.server';

export function notFound(): Response {
  return new Response('Not Found', { status: 404, statusText: 'Not Found' });
}

/**
 * Whether a form post comes from this site's own pages: its Origin is the origin the request was made to,
 * or the storefront's public one (behind a proxy that terminates TLS, the request itself looks like http).
 * A post without an Origin is refused: every browser sends one with a POST.
 */
export function isSameOriginPost(request: Request, publicUrl: string): boolean {
  const origin = request.headers.get('Origin');
  if (!origin) return false;
  return origin === new URL(request.url).origin || origin === new URL(publicUrl).origin;
}

/** Throws 403 for a post from another site (cross-site request forgery), before the action does anything. */
export function requireSameOrigin(request: Request): void {
  if (!isSameOriginPost(request, env.publicUrl)) {
    throw new Response('Forbidden', { status: 403, statusText: 'Forbidden' });
  }
}

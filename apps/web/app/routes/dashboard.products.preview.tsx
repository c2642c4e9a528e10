// The product editor's live Markdown preview (no page of its own): the description rendered by the API
// with the catalog's own Markdown and sanitising rules, so the preview is exactly what shoppers will see.
// POST JSON { markdown } from a dashboard page (same origin, CSRF token in X-CSRF-Token) → { html }.
import type { ActionFunctionArgs } from '@remix-run/node';
import { data } from '@remix-run/node';
import { previewDescription } from '../graphql/products.server';
import { requireCsrfHeader } from '../lib/csrf.server';
import { asCreator } from '../lib/dashboard.server';

const MAX_MARKDOWN = 100_000;

export async function action({ request, context }: ActionFunctionArgs) {
  await requireCsrfHeader(request);
  const body = (await request.json().catch(() => null)) as { markdown?: unknown } | null;
  const markdown = typeof body?.markdown === 'string' ? body.markdown.slice(0, MAX_MARKDOWN) : '';
  try {
    const html = await asCreator(request, () => previewDescription({ request, context }, markdown));
    return data({ html }, { headers: { 'Cache-Control': 'private, no-store' } });
  } catch (error) {
    if (error instanceof Response) throw error;
    return data({ error: 'The preview is not available right now.' }, { status: 503 });
  }
}

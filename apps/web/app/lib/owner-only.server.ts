// The loader of a page only the store owner may use (API keys, webhooks, users): the page's data as the
// signed-in creator, or, when the API refuses staff, a 403 answer the page shows as `OwnerOnlyNotice`.
import { data } from '@remix-run/node';
import { isApiError } from '../graphql/client.server';
import { asCreator } from './dashboard.server';

export type OwnerOnlyPage<T> = ({ forbidden: false } & T) | { forbidden: true; message: string };

export async function loadOwnerOnly<T extends object>(request: Request, work: () => Promise<T>) {
  try {
    const page = await asCreator(request, work);
    return data<OwnerOnlyPage<T>>({ forbidden: false, ...page });
  } catch (error) {
    if (isApiError(error, 'FORBIDDEN')) {
      return data<OwnerOnlyPage<T>>({ forbidden: true, message: error.message }, { status: 403 });
    }
    throw error;
  }
}

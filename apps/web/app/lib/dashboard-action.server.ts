// How a dashboard action answers a change: the work runs as the signed-in creator, and the API's refusal
// comes back to the form it was for (`form`) with its message, beside the field it names, and the status
// that says why (403 not allowed, 404 gone, 409 conflict, 429 too many, else 400). Sign-in redirects pass through.
import { data } from '@remix-run/node';
import { isApiError, shopperMessage } from '../graphql/client.server';
import { asCreator } from './dashboard.server';

export const CHANGE_FAILED = 'That didn’t work just now. Please try again in a moment.';

/** The answer to a refused change: what the form shows, and what was typed so it can show it again. */
export type Refused<V> = { form: string; error: string; field?: string; values?: V };

function refusalStatus(error: unknown): number {
  if (isApiError(error, 'FORBIDDEN')) return 403;
  if (isApiError(error, 'NOT_FOUND')) return 404;
  if (isApiError(error, 'CONFLICT')) return 409;
  if (isApiError(error, 'RATE_LIMITED')) return 429;
  return 400;
}

/** The API's refusal as the form called `form` shows it. A thrown Response (a redirect) is thrown on. */
export function refusal<V = undefined>(form: string, error: unknown, values?: V) {
  if (error instanceof Response) throw error;
  const rawField = isApiError(error) ? error.extensions.field : undefined;
  const field = typeof rawField === 'string' ? rawField.replace(/^input\./, '') : undefined;
  const message = isApiError(error, 'FORBIDDEN') ? error.message : shopperMessage(error, CHANGE_FAILED);
  return data<Refused<V>>({ form, error: message, field, values }, { status: refusalStatus(error) });
}

/** A form's own check failed before anything ran: its message beside `field`, with what was typed. */
export function invalid<V>(form: string, field: string, error: string, values: V) {
  return data<Refused<V>>({ form, field, error, values }, { status: 400 });
}

/**
 * Runs one change as the signed-in creator and answers the form called `form`: what the work returns, with
 * `doneAt` (new each time, so a form keyed on it starts empty again), or the refusal.
 */
export async function performChange<T extends object, V = undefined>(
  request: Request,
  form: string,
  work: () => Promise<T>,
  values?: V,
) {
  try {
    const done = await asCreator(request, work);
    return data({ ...done, form, doneAt: Date.now() });
  } catch (error) {
    return refusal(form, error, values);
  }
}

// Which of a page's forms an action's answer belongs to, and whether a form is being sent: a page with
// several forms posts an `intent` and answers with the `form` it was for, so each shows only its own.
import { useActionData, useNavigation } from '@remix-run/react';

/** The action's answer when it was for the form called `form`. */
export function useResultFor<R extends { form?: string }>(form: string): R | undefined {
  const result = useActionData() as R | undefined;
  return result?.form === form ? result : undefined;
}

/** The action's answer when its form's name starts with `prefix` (one of a list's rows). */
export function useResultForAny<R extends { form?: string }>(prefix: string): R | undefined {
  const result = useActionData() as R | undefined;
  return result?.form?.startsWith(prefix) ? result : undefined;
}

/** True while a post with this `intent` (and these field values, for one row of a list) is on its way. */
export function useBusy(intent: string, fields: Record<string, string> = {}): boolean {
  const { state, formData } = useNavigation();
  if (state === 'idle' || formData?.get('intent') !== intent) return false;
  return Object.entries(fields).every(([name, value]) => formData.get(name) === value);
}

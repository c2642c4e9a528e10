// What every dashboard form shows: a labelled field with its hint and its error (tied to the control by
// aria-describedby, so a screen reader reads them), and the form's own notice or error after a post.
import type { ReactNode } from 'react';

/** What an action answered about one form: a notice, or an error (beside `field` when it is about one). */
export type FormFeedback = { notice?: string; error?: string; field?: string };

/** The attributes a field's control takes, so the label, hint and error point at it. */
export type FieldControlProps = { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string };

export function FormField({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: ReactNode;
  error: string | undefined;
  hint?: ReactNode;
  children: (props: FieldControlProps) => ReactNode;
}) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {error && (
        <p id={`${id}-error`} className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** The error an action gave for one field, or undefined. */
export function fieldError(result: FormFeedback | undefined, field: string): string | undefined {
  return result?.field === field ? result.error : undefined;
}

/** The form's notice, or its error when that is not about one field (those show beside the field). */
export function FormMessage({ result, id }: { result: FormFeedback | undefined; id?: string }) {
  if (result?.notice) {
    return (
      <p className="form-notice" role="status">
        {result.notice}
      </p>
    );
  }
  if (result?.error && !result.field) {
    return (
      <p id={id} className="form-error" role="alert">
        {result.error}
      </p>
    );
  }
  return null;
}

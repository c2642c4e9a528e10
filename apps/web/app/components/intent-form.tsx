// A dashboard button that posts one `intent` (with its hidden fields) in a form of its own, after the
// browser's confirmation when the change cannot be undone. Without JavaScript it posts at once.
import { Form } from '@remix-run/react';
import type { FormEvent, ReactNode } from 'react';
import { CsrfField } from './csrf-field';

export function IntentForm({
  intent,
  fields = {},
  confirm,
  label,
  accessibleLabel,
  className = 'button button-secondary button-small',
  disabled,
  children,
}: {
  intent: string;
  fields?: Record<string, string>;
  /** The question to confirm before posting. */
  confirm?: string;
  label: ReactNode;
  accessibleLabel?: string;
  className?: string;
  disabled?: boolean;
  /** Shown after the button, inside the form (such as its error). */
  children?: ReactNode;
}) {
  const onSubmit = confirm
    ? (event: FormEvent<HTMLFormElement>) => {
        if (!window.confirm(confirm)) event.preventDefault();
      }
    : undefined;
  return (
    <Form method="post" className="inline-form" onSubmit={onSubmit}>
      <CsrfField />
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={className} aria-label={accessibleLabel} disabled={disabled}>
        {label}
      </button>
      {children}
    </Form>
  );
}

// The product's own fields, for a new product and for editing one: errors beside the field the API names,
// and the description's live preview beside its Markdown.
import { Form } from '@remix-run/react';
import { SUPPORTED_CURRENCIES } from '@shelf/format';
import { type ReactNode, useEffect, useState } from 'react';
import { CsrfField, useCsrfToken } from '../csrf-field';
import { type FieldControlProps, FormField, fieldError } from '../form-feedback';
import type { ProductFormValues } from './parse-product-form';

/** What the page's action answered about this form. */
export type FormResult = { error?: string; field?: string; notice?: string; values?: ProductFormValues };

export function Field({
  name,
  label,
  result,
  hint,
  children,
}: {
  name: string;
  label: string;
  result: FormResult | undefined;
  hint?: ReactNode;
  children: (props: FieldControlProps & { name: string }) => ReactNode;
}) {
  return (
    <FormField id={`product-${name}`} label={label} error={fieldError(result, name)} hint={hint}>
      {(props) => children({ ...props, name })}
    </FormField>
  );
}

/** The description rendered by the API as shoppers will see it, refreshed a moment after typing stops. */
function MarkdownPreview({ markdown }: { markdown: string }) {
  const csrfToken = useCsrfToken();
  const [html, setHtml] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch('/dashboard/products/preview', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken },
          body: JSON.stringify({ markdown }),
          signal: controller.signal,
        });
        const answer = (await response.json()) as { html?: string };
        if (typeof answer.html === 'string') setHtml(answer.html);
      } catch {
        // Aborted by newer typing, or offline: the last preview stays.
      }
    }, 300);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [markdown, csrfToken]);
  return (
    <section className="product-preview" aria-labelledby="product-preview-title" aria-live="polite">
      <h3 id="product-preview-title" className="product-preview-title">
        Preview
      </h3>
      {html === null ? (
        <p className="muted">The preview appears here as you type.</p>
      ) : (
        // Sanitised by the API with the storefront's own rules (the same HTML the product page shows).
        // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised server-side, see above
        <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />
      )}
    </section>
  );
}

export function ProductForm({
  values,
  result,
  submitLabel,
  busy,
}: {
  values: ProductFormValues;
  result: FormResult | undefined;
  submitLabel: string;
  busy: boolean;
}) {
  const [kind, setKind] = useState(values.kind || 'ONE_TIME');
  const [description, setDescription] = useState(values.description);
  return (
    <Form method="post" noValidate className="product-form">
      <CsrfField />
      <input type="hidden" name="intent" value="save" />
      {result?.error && !result.field && (
        <p className="form-error" role="alert">
          {result.error}
        </p>
      )}
      <div className="product-form-grid">
        <Field name="name" label="Name" result={result}>
          {(props) => <input {...props} type="text" required maxLength={200} defaultValue={values.name} />}
        </Field>
        <Field
          name="slug"
          label="Slug"
          result={result}
          hint="The product’s address: lower-case letters, digits and dashes, e.g. figma-ui-kit."
        >
          {(props) => (
            <input
              {...props}
              type="text"
              required
              maxLength={120}
              pattern="[a-z0-9]+(-[a-z0-9]+)*"
              defaultValue={values.slug}
            />
          )}
        </Field>
        <Field name="tagline" label="Tagline" result={result}>
          {(props) => <input {...props} type="text" maxLength={300} defaultValue={values.tagline} />}
        </Field>
        <div className="product-price-row">
          <Field name="price" label="Price" result={result} hint="For subscriptions, per billing interval.">
            {(props) => (
              <input {...props} type="text" inputMode="decimal" required defaultValue={values.price} />
            )}
          </Field>
          <Field name="currency" label="Currency" result={result}>
            {(props) => (
              <select {...props} defaultValue={values.currency || 'usd'}>
                {SUPPORTED_CURRENCIES.map((code) => (
                  <option key={code} value={code}>
                    {code.toUpperCase()}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="product-price-row">
          <Field name="kind" label="Kind" result={result}>
            {(props) => (
              <select {...props} value={kind} onChange={(event) => setKind(event.target.value)}>
                <option value="ONE_TIME">One-time purchase</option>
                <option value="SUBSCRIPTION">Subscription</option>
              </select>
            )}
          </Field>
          {kind === 'SUBSCRIPTION' && (
            <Field name="interval" label="Billed every" result={result}>
              {(props) => (
                <select {...props} defaultValue={values.interval || 'MONTH'}>
                  <option value="MONTH">Month</option>
                  <option value="YEAR">Year</option>
                </select>
              )}
            </Field>
          )}
        </div>
        <div className="product-description">
          <Field
            name="description"
            label="Description"
            result={result}
            hint="Markdown: **bold**, lists, links, ## headings."
          >
            {(props) => (
              <textarea
                {...props}
                rows={14}
                value={description}
                onChange={(event) => setDescription(event.target.value)}
              />
            )}
          </Field>
          <MarkdownPreview markdown={description} />
        </div>
        <fieldset className="product-limits">
          <legend>Delivery and licensing</legend>
          <Field name="downloadLimit" label="Downloads per link" result={result} hint="Empty for unlimited.">
            {(props) => (
              <input {...props} type="number" min={1} step={1} defaultValue={values.downloadLimit} />
            )}
          </Field>
          <Field
            name="downloadWindowDays"
            label="Links work for (days)"
            result={result}
            hint="Empty for ever."
          >
            {(props) => (
              <input {...props} type="number" min={1} step={1} defaultValue={values.downloadWindowDays} />
            )}
          </Field>
          <div className="field checkbox-field">
            <label>
              <input
                type="checkbox"
                name="requiresLicenseKey"
                defaultChecked={values.requiresLicenseKey === 'on'}
              />{' '}
              Issue a license key with each purchase
            </label>
          </div>
          <Field
            name="licenseActivationLimit"
            label="Devices per license key"
            result={result}
            hint="Empty for unlimited."
          >
            {(props) => (
              <input {...props} type="number" min={1} step={1} defaultValue={values.licenseActivationLimit} />
            )}
          </Field>
        </fieldset>
      </div>
      <p className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </button>
      </p>
    </Form>
  );
}

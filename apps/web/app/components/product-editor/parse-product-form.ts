// The product editor's form as the API's input: the price typed as a decimal becomes minor units, empty
// limits become null ("no limit"). Only what a person can get wrong in the form itself is refused here;
// everything else (slug format and uniqueness, currency, interval) is the API's to say, beside its field.
import type { BillingInterval, ProductKind, ProductStatus } from '@shelf/graphql';
import { parseDecimalAmount } from '../../lib/money';

export const PRODUCT_FORM_FIELDS = [
  'name',
  'slug',
  'tagline',
  'description',
  'price',
  'currency',
  'kind',
  'interval',
  'requiresLicenseKey',
  'licenseActivationLimit',
  'downloadLimit',
  'downloadWindowDays',
] as const;

export type ProductFormValues = Record<(typeof PRODUCT_FORM_FIELDS)[number], string>;

export type ProductFormInput = {
  name: string;
  slug: string;
  tagline: string;
  description: string;
  price: { amount: number; currency: string };
  kind: ProductKind;
  interval: BillingInterval | null;
  requiresLicenseKey: boolean;
  licenseActivationLimit: number | null;
  downloadLimit: number | null;
  downloadWindowDays: number | null;
};

export type ParsedProductForm = { input: ProductFormInput } | { error: string; field: string };

export function productFormValues(form: FormData): ProductFormValues {
  const values = Object.fromEntries(
    PRODUCT_FORM_FIELDS.map((name) => [name, String(form.get(name) ?? '')]),
  ) as ProductFormValues;
  // A checkbox posts nothing when unticked.
  values.requiresLicenseKey = form.get('requiresLicenseKey') === 'on' ? 'on' : '';
  return values;
}

function optionalCount(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : undefined;
}

export function parseProductForm(values: ProductFormValues): ParsedProductForm {
  const currency = values.currency.trim().toLowerCase() || 'usd';
  const amount = parseDecimalAmount(values.price, currency);
  if (amount === null) return { error: 'Enter the price as a number, such as 29 or 29.00.', field: 'price' };
  const counts = {} as Record<
    'licenseActivationLimit' | 'downloadLimit' | 'downloadWindowDays',
    number | null
  >;
  for (const name of ['licenseActivationLimit', 'downloadLimit', 'downloadWindowDays'] as const) {
    const count = optionalCount(values[name]);
    if (count === undefined)
      return { error: 'Enter a whole number, or leave it empty for no limit.', field: name };
    counts[name] = count;
  }
  const kind: ProductKind = values.kind === 'SUBSCRIPTION' ? 'SUBSCRIPTION' : 'ONE_TIME';
  const interval: BillingInterval | null =
    kind === 'SUBSCRIPTION' && (values.interval === 'MONTH' || values.interval === 'YEAR')
      ? values.interval
      : null;
  return {
    input: {
      name: values.name,
      slug: values.slug,
      tagline: values.tagline,
      description: values.description,
      price: { amount, currency },
      kind,
      interval,
      requiresLicenseKey: values.requiresLicenseKey === 'on',
      ...counts,
    },
  };
}

/** The form field an API error names: `price.amount` is the price input, `price.currency` the currency. */
export function formFieldOf(apiField: unknown): string | undefined {
  if (typeof apiField !== 'string') return undefined;
  const field = apiField.replace(/^input\./, '');
  if (field === 'price.amount') return 'price';
  if (field === 'price.currency') return 'currency';
  return field;
}

export const STATUS_LABELS: Record<ProductStatus, string> = {
  DRAFT: 'Draft',
  PUBLISHED: 'Published',
  ARCHIVED: 'Archived',
};

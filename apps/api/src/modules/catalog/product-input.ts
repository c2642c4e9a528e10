// What a creator may type into a product: each field checked before anything is written, every wrong
// field named in one error by its path (`price.amount`), so the dashboard can show each beside its input.
import type { BillingInterval, ProductKind, ProductStatus } from '@shelf/db/catalog';
import { SUPPORTED_CURRENCIES } from '@shelf/format';
import { badInput, FieldChecks } from '../../errors.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Stripe's largest amount (eight digits), and sane ceilings for the limits.
const MAX_AMOUNT = 99_999_999;
const MAX_LIMIT = 10_000;
const MAX_WINDOW_DAYS = 36_500;
const MAX_DESCRIPTION = 100_000;

export type ProductFields = {
  name: string;
  slug: string;
  tagline: string;
  description: string;
  priceCents: number;
  currency: string;
  kind: ProductKind;
  interval: BillingInterval | null;
  status: ProductStatus;
  requiresLicenseKey: boolean;
  licenseActivationLimit: number | null;
  downloadLimit: number | null;
  downloadWindowDays: number | null;
};

export type ProductFieldsInput = {
  name?: string | null;
  slug?: string | null;
  tagline?: string | null;
  description?: string | null;
  price?: { amount: number; currency: string } | null;
  kind?: 'ONE_TIME' | 'SUBSCRIPTION' | null;
  interval?: 'MONTH' | 'YEAR' | null;
  status?: 'DRAFT' | 'PUBLISHED' | 'ARCHIVED' | null;
  requiresLicenseKey?: boolean | null;
  licenseActivationLimit?: number | null;
  downloadLimit?: number | null;
  downloadWindowDays?: number | null;
};

function text(value: string, field: string, max: number, required: boolean): string {
  const trimmed = value.trim();
  if (required && trimmed === '') throw badInput(`${field} is required.`, field);
  if (trimmed.length > max) throw badInput(`${field} is at most ${max} characters.`, field);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (field !== 'description' && /[\u0000-\u001f\u007f]/.test(trimmed))
    throw badInput(`${field} may not contain control characters.`, field);
  return trimmed;
}

/** A slug as stored: lower case. Mixed-case input is folded, so `Kit` and `kit` are the same slug. */
export function parseSlug(value: string): string {
  const slug = value.trim().toLowerCase();
  if (slug === '') throw badInput('slug is required.', 'slug');
  if (slug.length > 120) throw badInput('slug is at most 120 characters.', 'slug');
  if (!SLUG.test(slug))
    throw badInput('slug may hold only letters, digits and single dashes between them.', 'slug');
  return slug;
}

function limit(value: number | null, field: string, max: number): number | null {
  if (value === null) return null;
  if (!Number.isInteger(value) || value < 1 || value > max)
    throw badInput(`${field} must be a whole number from 1 to ${max}, or null for none.`, field);
  return value;
}

/**
 * Merges input over the current fields (all of them for a new product) and checks the result as a whole:
 * an interval exactly for subscriptions, a subscription price above zero (a recurring charge of nothing
 * is not something Stripe bills), a supported currency. Absent keys keep their value; null clears.
 */
export function mergeProductFields(current: ProductFields, input: ProductFieldsInput): ProductFields {
  const next = { ...current };
  // Every field is checked before any is refused, so one answer names all the wrong fields.
  const checks = new FieldChecks();
  const set = <K extends keyof ProductFields>(key: K, check: () => ProductFields[K]) => {
    const value = checks.run(check);
    if (value !== undefined) next[key] = value;
  };
  if (input.name != null) set('name', () => text(input.name!, 'name', 200, true));
  if (input.slug != null) set('slug', () => parseSlug(input.slug!));
  if (input.tagline != null) set('tagline', () => text(input.tagline!, 'tagline', 300, false));
  if (input.description != null) set('description', () => description(input.description!));
  if (input.price != null) {
    const { amount, currency } = input.price;
    set('priceCents', () => priceAmount(amount));
    set('currency', () => priceCurrency(currency));
  }
  if (input.kind != null) next.kind = input.kind === 'SUBSCRIPTION' ? 'subscription' : 'one_time';
  if (input.interval !== undefined)
    next.interval = input.interval ? (input.interval.toLowerCase() as BillingInterval) : null;
  if (input.status != null) next.status = input.status.toLowerCase() as ProductStatus;
  if (input.requiresLicenseKey != null) next.requiresLicenseKey = input.requiresLicenseKey;
  if (input.licenseActivationLimit !== undefined) {
    const value = input.licenseActivationLimit;
    set('licenseActivationLimit', () => limit(value, 'licenseActivationLimit', MAX_LIMIT));
  }
  if (input.downloadLimit !== undefined) {
    const value = input.downloadLimit;
    set('downloadLimit', () => limit(value, 'downloadLimit', MAX_LIMIT));
  }
  if (input.downloadWindowDays !== undefined) {
    const value = input.downloadWindowDays;
    set('downloadWindowDays', () => limit(value, 'downloadWindowDays', MAX_WINDOW_DAYS));
  }
  checks.run(() => checkKind(next, input));
  checks.throwIfAny();
  return next;
}

function description(value: string): string {
  if (value.length > MAX_DESCRIPTION)
    throw badInput(`description is at most ${MAX_DESCRIPTION} characters.`, 'description');
  return value;
}

function priceAmount(amount: number): number {
  if (!Number.isInteger(amount) || amount < 0 || amount > MAX_AMOUNT)
    throw badInput(
      `price.amount must be a whole number of minor units from 0 to ${MAX_AMOUNT}.`,
      'price.amount',
    );
  return amount;
}

function priceCurrency(currency: string): string {
  const code = currency.trim().toLowerCase();
  if (!(SUPPORTED_CURRENCIES as readonly string[]).includes(code))
    throw badInput(
      `price.currency must be one of ${SUPPORTED_CURRENCIES.join(', ')} (ISO 4217).`,
      'price.currency',
    );
  return code;
}

/** The fields that only make sense together: an interval exactly for subscriptions, which cost something. */
function checkKind(next: ProductFields, input: ProductFieldsInput): void {
  if (next.kind === 'one_time' && next.interval !== null) {
    // Switching a subscription to one-time drops its interval rather than refusing a consistent request.
    if (input.interval != null) throw badInput('Only subscriptions have an interval.', 'interval');
    next.interval = null;
  }
  if (next.kind === 'subscription' && next.interval === null)
    throw badInput('A subscription needs an interval (MONTH or YEAR).', 'interval');
  if (next.kind === 'subscription' && next.priceCents === 0)
    throw badInput('A subscription must cost more than 0.', 'price.amount');
}

export const EMPTY_PRODUCT: ProductFields = {
  name: '',
  slug: '',
  tagline: '',
  description: '',
  priceCents: 0,
  currency: 'usd',
  kind: 'one_time',
  interval: null,
  status: 'draft',
  requiresLicenseKey: false,
  licenseActivationLimit: null,
  downloadLimit: null,
  downloadWindowDays: null,
};

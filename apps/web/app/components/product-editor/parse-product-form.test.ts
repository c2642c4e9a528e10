import { describe, expect, it } from 'vitest';
import { formFieldOf, type ProductFormValues, parseProductForm } from './parse-product-form';

const base: ProductFormValues = {
  name: 'Kit',
  slug: 'kit',
  tagline: '',
  description: '',
  price: '29.50',
  currency: 'USD',
  kind: 'ONE_TIME',
  interval: 'MONTH',
  requiresLicenseKey: '',
  licenseActivationLimit: '',
  downloadLimit: '5',
  downloadWindowDays: '',
};

describe('parseProductForm', () => {
  it('turns the decimal price into minor units and empty limits into null', () => {
    const parsed = parseProductForm(base);
    expect(parsed).toEqual({
      input: expect.objectContaining({
        price: { amount: 2950, currency: 'usd' },
        interval: null,
        downloadLimit: 5,
        downloadWindowDays: null,
        licenseActivationLimit: null,
        requiresLicenseKey: false,
      }),
    });
  });

  it('keeps the interval for subscriptions and counts yen without decimals', () => {
    const parsed = parseProductForm({
      ...base,
      kind: 'SUBSCRIPTION',
      interval: 'YEAR',
      price: '500',
      currency: 'jpy',
    });
    expect(parsed).toMatchObject({
      input: { kind: 'SUBSCRIPTION', interval: 'YEAR', price: { amount: 500 } },
    });
  });

  it('names the field a person got wrong', () => {
    expect(parseProductForm({ ...base, price: '12,50' })).toMatchObject({ field: 'price' });
    expect(parseProductForm({ ...base, price: '-3' })).toMatchObject({ field: 'price' });
    expect(parseProductForm({ ...base, downloadLimit: '2.5' })).toMatchObject({ field: 'downloadLimit' });
  });

  it('maps the API field of a price error to the input beside which it shows', () => {
    expect(formFieldOf('price.amount')).toBe('price');
    expect(formFieldOf('input.price.currency')).toBe('currency');
    expect(formFieldOf('slug')).toBe('slug');
    expect(formFieldOf(undefined)).toBeUndefined();
  });
});

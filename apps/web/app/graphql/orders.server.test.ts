import { describe, expect, it } from 'vitest';
import { exportParams, orderFiltersFrom } from './orders.server';

describe('the order list filters', () => {
  it('reads the form, makes `to` a whole day, and drops what the API would refuse', () => {
    const url = new URL(
      'http://shop.test/dashboard/orders?query=+%231001+&status=paid&productId=p1&from=2026-12-01&to=2026-12-31&affiliateCode=friend&after=x',
    );
    const { form, filters } = orderFiltersFrom(url);
    expect(form).toEqual({
      query: '#1001',
      status: 'PAID',
      productId: 'p1',
      from: '2026-12-01',
      to: '2026-12-31',
      affiliateCode: 'friend',
    });
    expect(filters).toEqual({
      query: '#1001',
      status: 'PAID',
      productId: 'p1',
      from: '2026-12-01T00:00:00.000Z',
      to: '2027-01-01T00:00:00.000Z',
      affiliateCode: 'friend',
    });
    expect(exportParams(filters).toString()).toBe(
      'status=PAID&productId=p1&from=2026-12-01T00%3A00%3A00.000Z&to=2027-01-01T00%3A00%3A00.000Z&affiliateCode=friend&query=%231001',
    );
    const odd = orderFiltersFrom(new URL('http://shop.test/dashboard/orders?status=LOST&from=yesterday'));
    expect(odd.filters).toMatchObject({ status: null, from: null, to: null, query: null });
  });
});

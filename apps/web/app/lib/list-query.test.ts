import { describe, expect, it } from 'vitest';
import { pageHref, readStatus, withSearchParams } from './list-query';

const STATUSES = [
  ['', 'All'],
  ['FAILED', 'Failed'],
  ['SENT', 'Sent'],
] as const;

describe('readStatus', () => {
  it('takes a listed status and nothing else', () => {
    expect(readStatus('FAILED', STATUSES)).toBe('FAILED');
    expect(readStatus('failed', STATUSES)).toBeNull();
    expect(readStatus('', STATUSES)).toBeNull();
    expect(readStatus(null, STATUSES)).toBeNull();
  });
});

describe('pageHref', () => {
  it('leaves out empty filters and adds the cursor last, encoded', () => {
    expect(pageHref('/dashboard/emails', { status: null })).toBe('/dashboard/emails');
    expect(pageHref('/dashboard/emails', { status: 'FAILED' })).toBe('/dashboard/emails?status=FAILED');
    expect(pageHref('/dashboard/emails', { status: '' }, 'a+b/c=')).toBe(
      '/dashboard/emails?after=a%2Bb%2Fc%3D',
    );
    expect(pageHref('/dashboard/webhooks/1', { status: 'SENT' }, 'x')).toBe(
      '/dashboard/webhooks/1?status=SENT&after=x',
    );
  });
});

describe('withSearchParams', () => {
  const location = { pathname: '/dashboard/customers/1', search: '?ordersAfter=a&licensesAfter=b' };

  it('changes only the parameters given and keeps the others', () => {
    expect(withSearchParams(location, { ordersAfter: 'c+d' })).toBe(
      '/dashboard/customers/1?ordersAfter=c%2Bd&licensesAfter=b',
    );
    expect(withSearchParams(location, { ordersAfter: null }, 'customer-orders')).toBe(
      '/dashboard/customers/1?licensesAfter=b#customer-orders',
    );
  });

  it('answers the bare path when no parameter is left', () => {
    expect(withSearchParams(location, { ordersAfter: null, licensesAfter: '' })).toBe(
      '/dashboard/customers/1',
    );
  });
});

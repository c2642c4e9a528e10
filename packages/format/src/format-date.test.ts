import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date.ts';

const instant = new Date('2026-12-27T14:30:00Z');

describe('formatDate', () => {
  it('shows day, short month and year in UTC by default', () => {
    expect(formatDate(instant)).toBe('Dec 27, 2026');
    expect(formatDate('2026-12-27T23:59:59.000Z', { locale: 'en-GB' })).toBe('27 Dec 2026');
  });

  it('adds the time and names the zone when asked', () => {
    expect(formatDate(instant, { withTime: true })).toBe('Dec 27, 2026, 2:30 PM UTC');
    expect(formatDate(instant, { locale: 'en-GB', withTime: true })).toBe('27 Dec 2026, 14:30 UTC');
  });

  it('formats in the zone it is given, which can move the day', () => {
    expect(formatDate('2026-12-27T03:00:00Z', { timeZone: 'America/New_York', withTime: true })).toBe(
      'Dec 26, 2026, 10:00 PM EST',
    );
    expect(formatDate('2026-12-27T03:00:00Z')).toBe('Dec 27, 2026');
  });
});

// Download events keep only a truncated client address: IPv4 /24, IPv6 /48.
import { describe, expect, it } from 'vitest';
import { truncateIp } from '../src/modules/downloads/truncate-ip.ts';

describe('truncateIp', () => {
  it.each([
    ['203.0.113.77', '203.0.113.0'],
    ['::ffff:198.51.100.9', '198.51.100.0'],
    ['2001:db8:85a3:8d3:1319:8a2e:370:7348', '2001:db8:85a3::'],
    ['2001:0db8:0000:0001::1', '2001:db8:0::'],
    ['2001:db8::1', '2001:db8:0::'],
    ['::1', '0:0:0::'],
    ['fe80::1%eth0', 'fe80:0:0::'],
  ])('truncates %s to %s', (ip, expected) => {
    expect(truncateIp(ip)).toBe(expected);
  });

  it.each([[null], [undefined], [''], ['not an address'], ['300.1.1.1']])('stores nothing for %j', (ip) => {
    expect(truncateIp(ip)).toBeNull();
  });
});

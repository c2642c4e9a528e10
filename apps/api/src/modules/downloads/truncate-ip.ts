// Truncates client addresses before they are stored with a download event: IPv4 to its /24, IPv6 to
// its /48. Enough to spot a link shared across the internet, not enough to identify a household.
import { isIPv4, isIPv6 } from 'node:net';

const IPV4_MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

export function truncateIp(ip: string | null | undefined): string | null {
  if (!ip) return null;
  // Dual-stack sockets report IPv4 clients as ::ffff:a.b.c.d; they are IPv4 clients all the same.
  const address = IPV4_MAPPED.exec(ip)?.[1] ?? ip;
  if (isIPv4(address)) return `${address.split('.').slice(0, 3).join('.')}.0`;
  // A zone index (fe80::1%eth0) names a local interface, not part of the address.
  const withoutZone = address.split('%')[0] ?? '';
  if (!isIPv6(withoutZone)) return null;
  const groups = expandIpv6(withoutZone).slice(0, 3);
  return `${groups.map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::`;
}

function expandIpv6(address: string): string[] {
  const [head = '', tail] = address.toLowerCase().split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = 8 - left.length - right.length;
  return [...left, ...Array<string>(Math.max(0, missing)).fill('0'), ...right].map((group) =>
    group.padStart(4, '0'),
  );
}

// Server-side request forgery guard for outbound webhooks. Unless private targets are allowed
// (WEBHOOKS_ALLOW_PRIVATE), an endpoint must resolve only to public unicast addresses: never loopback,
// private, link-local (cloud metadata), carrier-grade NAT, multicast, unspecified, reserved, or IPv6
// forms that embed such an IPv4 address. The check runs when an endpoint is saved and again on every
// delivery, where the address that was checked is the one connected to (pinnedLookup), so a name that
// resolves differently the second time (DNS rebinding) cannot reach an internal address.
import type { LookupAddress, LookupOptions } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

export type Resolve = (hostname: string) => Promise<LookupAddress[]>;

export const systemResolve: Resolve = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    ),
  );

export class UnsafeTargetError extends Error {
  override name = 'UnsafeTargetError';
}

/** Whether `address` (an IP literal) is a public unicast address a webhook may be sent to. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6;
    // ::ffff:10.0.0.1 and friends reach the IPv4 address they carry.
    if (v6.isIPv4MappedAddress()) parsed = v6.toIPv4Address();
  }
  return parsed.range() === 'unicast';
}

/** The host part of a URL without IPv6 brackets. */
export function urlHost(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/**
 * The addresses `hostname` resolves to, all of them checked: throws UnsafeTargetError when any is not
 * public (unless allowPrivate) or when the name does not resolve.
 */
export async function resolveSafeAddresses(
  hostname: string,
  options: { allowPrivate: boolean; resolve?: Resolve },
): Promise<LookupAddress[]> {
  const literal = isIP(hostname);
  let addresses: LookupAddress[];
  if (literal) {
    addresses = [{ address: hostname, family: literal }];
  } else {
    try {
      addresses = await (options.resolve ?? systemResolve)(hostname);
    } catch {
      throw new UnsafeTargetError(`${hostname} does not resolve.`);
    }
  }
  if (addresses.length === 0) throw new UnsafeTargetError(`${hostname} does not resolve.`);
  if (!options.allowPrivate) {
    const refused = addresses.find((entry) => !isPublicAddress(entry.address));
    if (refused) {
      throw new UnsafeTargetError(
        `${hostname} resolves to ${refused.address}, a private, loopback or otherwise internal address.`,
      );
    }
  }
  return addresses;
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** A `lookup` for http(s).request that answers only with addresses already checked. */
export function pinnedLookup(addresses: LookupAddress[]) {
  return (_hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    const wanted = options.family === 4 || options.family === 6 ? options.family : undefined;
    const matching = wanted ? addresses.filter((entry) => entry.family === wanted) : addresses;
    const first = matching[0];
    if (!first) {
      callback(Object.assign(new Error('No checked address of that family.'), { code: 'ENOTFOUND' }), []);
      return;
    }
    if (options.all) callback(null, matching);
    else callback(null, first.address, first.family);
  };
}

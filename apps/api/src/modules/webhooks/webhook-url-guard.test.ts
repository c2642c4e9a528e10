import { describe, expect, it } from 'vitest';
import {
  isPublicAddress,
  pinnedLookup,
  resolveSafeAddresses,
  UnsafeTargetError,
} from './webhook-url-guard.ts';

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1',
    '10.0.0.1',
    '172.16.5.4',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '64:ff9b::a00:1',
    'not-an-ip',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['93.184.215.14', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8'])('allows %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe('resolveSafeAddresses', () => {
  it('refuses a name when any of its addresses is internal, unless private targets are allowed', async () => {
    const resolve = async () => [
      { address: '93.184.215.14', family: 4 },
      { address: '10.0.0.7', family: 4 },
    ];
    await expect(resolveSafeAddresses('hooks.example', { allowPrivate: false, resolve })).rejects.toThrow(
      UnsafeTargetError,
    );
    await expect(
      resolveSafeAddresses('hooks.example', { allowPrivate: true, resolve }),
    ).resolves.toHaveLength(2);
  });

  it('refuses a name that does not resolve', async () => {
    const resolve = async () => {
      throw new Error('ENOTFOUND');
    };
    await expect(resolveSafeAddresses('nowhere.example', { allowPrivate: false, resolve })).rejects.toThrow(
      'does not resolve',
    );
  });
});

describe('pinnedLookup', () => {
  it('answers only with the checked addresses, in both callback forms', () => {
    const lookup = pinnedLookup([{ address: '93.184.215.14', family: 4 }]);
    const single: unknown[] = [];
    lookup('hooks.example', {}, (...args) => single.push(...args));
    expect(single).toEqual([null, '93.184.215.14', 4]);
    const all: unknown[] = [];
    lookup('hooks.example', { all: true }, (...args) => all.push(...args));
    expect(all).toEqual([null, [{ address: '93.184.215.14', family: 4 }]]);
    const v6: unknown[] = [];
    lookup('hooks.example', { family: 6 }, (error) => v6.push(error));
    expect(v6[0]).toBeInstanceOf(Error);
  });
});

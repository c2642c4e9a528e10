// License keys as customers see them: SHELF-XXXXX-XXXXX-XXXXX-XXXXX-CCC. Twenty random Crockford
// base32 symbols carry 100 bits from the CSPRNG; the last group is a checksum so the software and
// the API can turn away typos without a database round trip.
import { randomBytes } from 'node:crypto';
import { bytesToSymbols, symbolsToText, textToSymbols } from './crockford-base32.ts';
import { CHECK_SYMBOL_COUNT, computeCheckSymbols, hasValidCheckSymbols } from './license-key-checksum.ts';

const PREFIX = 'SHELF';
const RANDOM_SYMBOL_COUNT = 20;
const GROUP_SIZE = 5;
const BODY_LENGTH = RANDOM_SYMBOL_COUNT + CHECK_SYMBOL_COUNT;
// Generous enough for pasted keys with spaces, small enough that nobody can make us chew megabytes.
const MAX_INPUT_LENGTH = 100;

export function generateLicenseKey(): string {
  const data = bytesToSymbols(randomBytes(Math.ceil((RANDOM_SYMBOL_COUNT * 5) / 8)), RANDOM_SYMBOL_COUNT);
  return formatLicenseKey([...data, ...computeCheckSymbols(data)]);
}

/**
 * Returns the canonical key for what a customer typed or pasted (any case, dashes or spaces
 * optional, O read as 0 and I or L as 1), or null when it cannot be a key we issued.
 */
export function normaliseLicenseKey(input: string): string | null {
  if (typeof input !== 'string' || input.length > MAX_INPUT_LENGTH) return null;
  const compact = input.replace(/[\s-]/g, '');
  if (!/^[A-Za-z0-9]+$/.test(compact)) return null;
  const upper = compact.toUpperCase();
  // The prefix is checked before the look-alike mapping because SHELF itself contains an L.
  if (!upper.startsWith(PREFIX) || upper.length !== PREFIX.length + BODY_LENGTH) return null;
  const symbols = textToSymbols(upper.slice(PREFIX.length));
  if (symbols === null || !hasValidCheckSymbols(symbols)) return null;
  return formatLicenseKey(symbols);
}

/** True only for a key already in canonical form with a valid checksum. */
export function isWellFormedLicenseKey(key: string): boolean {
  return normaliseLicenseKey(key) === key;
}

function formatLicenseKey(symbols: readonly number[]): string {
  const body = symbolsToText(symbols);
  const groups: string[] = [];
  for (let start = 0; start < body.length; start += GROUP_SIZE) {
    groups.push(body.slice(start, start + GROUP_SIZE));
  }
  return [PREFIX, ...groups].join('-');
}

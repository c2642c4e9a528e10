// Crockford base32: the alphabet license keys are written in. It drops I, L, O and U so a key read
// aloud or copied by hand has no look-alike symbols, and maps the look-alikes back when reading.

export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const LOOK_ALIKES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };

/** Splits bytes into 5-bit symbols, most significant bit first; trailing bits that do not fill a symbol are dropped. */
export function bytesToSymbols(bytes: Uint8Array, count: number): number[] {
  if (count * 5 > bytes.length * 8) {
    throw new RangeError(`${bytes.length} bytes cannot fill ${count} symbols`);
  }
  const symbols: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xfff;
    bits += 8;
    while (bits >= 5 && symbols.length < count) {
      bits -= 5;
      symbols.push((buffer >> bits) & 31);
    }
  }
  return symbols;
}

export function symbolsToText(symbols: readonly number[]): string {
  return symbols.map((symbol) => CROCKFORD_ALPHABET.charAt(symbol)).join('');
}

/** Reads upper-case text into symbols, accepting the look-alikes; null if any character is not base32. */
export function textToSymbols(text: string): number[] | null {
  const symbols: number[] = [];
  for (const char of text) {
    const symbol = CROCKFORD_ALPHABET.indexOf(LOOK_ALIKES[char] ?? char);
    if (symbol < 0) return null;
    symbols.push(symbol);
  }
  return symbols;
}

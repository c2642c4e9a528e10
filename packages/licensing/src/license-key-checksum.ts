// The check symbols at the end of a license key. They are the first three syndromes of the data
// symbols over GF(32) (a Reed-Solomon style code), not a truncated hash: that guarantees every
// error touching at most three symbols is caught, which covers every single typo and every swap
// of two neighbouring characters, while random garbage still passes only 1 time in 32768.

export const CHECK_SYMBOL_COUNT = 3;

// x^5 + x^2 + 1 is primitive over GF(2), so powers of x walk all 31 non-zero elements of GF(32).
const PRIMITIVE_POLYNOMIAL = 0b100101;
const FIELD_ORDER = 31;

const EXP: number[] = [];
const LOG: number[] = new Array(32).fill(0);
for (let exponent = 0, value = 1; exponent < FIELD_ORDER; exponent++) {
  EXP.push(value);
  LOG[value] = exponent;
  value <<= 1;
  if (value & 32) value ^= PRIMITIVE_POLYNOMIAL;
}

/** Multiplies a field element by alpha^exponent. */
function multiplyByPower(value: number, exponent: number): number {
  if (value === 0) return 0;
  return EXP[(LOG[value]! + exponent) % FIELD_ORDER]!;
}

/**
 * The detection guarantee needs each data position to map to a distinct non-zero field element,
 * so at most 30 data symbols (position 0 maps to alpha^1).
 */
export function computeCheckSymbols(data: readonly number[]): number[] {
  if (data.length >= FIELD_ORDER) throw new RangeError('too many data symbols for a GF(32) checksum');
  const checks: number[] = [];
  for (let power = 1; power <= CHECK_SYMBOL_COUNT; power++) {
    let syndrome = 0;
    data.forEach((symbol, position) => {
      syndrome ^= multiplyByPower(symbol, (power * (position + 1)) % FIELD_ORDER);
    });
    checks.push(syndrome);
  }
  return checks;
}

export function hasValidCheckSymbols(symbols: readonly number[]): boolean {
  const data = symbols.slice(0, -CHECK_SYMBOL_COUNT);
  const given = symbols.slice(-CHECK_SYMBOL_COUNT);
  const expected = computeCheckSymbols(data);
  return given.length === CHECK_SYMBOL_COUNT && expected.every((check, index) => check === given[index]);
}

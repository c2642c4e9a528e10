// Email addresses as the store compares them: trimmed and lower-cased, so " Ann@Example.com" and
// "ann@example.com" are one customer and one account.
import { badInput } from '../../errors.ts';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_LENGTH = 320;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A typed-in address, normalised; null when blank; BAD_USER_INPUT (on `field`) when malformed. */
export function parseEmail(input: string | null | undefined, field = 'email'): string | null {
  if (input === null || input === undefined || input.trim() === '') return null;
  const email = normaliseEmail(input);
  if (email.length > MAX_LENGTH || !EMAIL_PATTERN.test(email)) {
    throw badInput('Enter a valid email address.', field);
  }
  return email;
}

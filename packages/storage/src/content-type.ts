// Content types end up in response headers, so only `type/subtype` with printable parameters is
// let through: anything else could break or inject headers.

const CONTENT_TYPE = /^[\w!#$&^.+-]+\/[\w!#$&^.+-]+(?:\s*;[\x20-\x7e]*)?$/;
const MAX_CONTENT_TYPE_LENGTH = 255;
export const DEFAULT_CONTENT_TYPE = 'application/octet-stream';

export function isValidContentType(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_CONTENT_TYPE_LENGTH && CONTENT_TYPE.test(value);
}

export function assertValidContentType(value: unknown): asserts value is string {
  if (!isValidContentType(value)) throw new TypeError(`invalid content type ${JSON.stringify(value)}`);
}

// What an upload must look like before it becomes part of a product: a file name that is only a name,
// and for preview images, bytes that really are one of the image formats browsers show.
import { badInput } from '../../errors.ts';

export const IMAGE_TYPES = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
} as const;
export type ImageType = keyof typeof IMAGE_TYPES;

/**
 * A file name as buyers will see it. Anything path-like is refused rather than cleaned up, so the
 * creator sees the problem: separators, `..`, control characters, a leading dot.
 */
export function parseFileName(value: string): string {
  const name = value.trim();
  if (name === '') throw badInput('name is required.', 'name');
  if (name.length > 255) throw badInput('name is at most 255 characters.', 'name');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(name)) throw badInput('name may not contain control characters.', 'name');
  if (/[/\\]/.test(name) || name.includes('..') || name.startsWith('.') || /^[A-Za-z]:/.test(name))
    throw badInput('name must be a file name, not a path.', 'name');
  return name;
}

/** The image format of the first bytes, by magic number; null for anything else. */
export function sniffImageType(head: Uint8Array): ImageType | null {
  const starts = (bytes: number[], offset = 0) => bytes.every((byte, i) => head[offset + i] === byte);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x47, 0x49, 0x46, 0x38]) && (head[4] === 0x37 || head[4] === 0x39) && head[5] === 0x61)
    return 'image/gif';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}

/** Enough bytes for sniffImageType. */
export const SNIFF_BYTES = 12;

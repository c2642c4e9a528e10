// File sizes in decimal units (1 MB = 1,000,000 bytes), because that is what the unit names mean to
// Intl and what macOS and most download pages show. Nonsense (negative, NaN) reads as zero.
import { cachedFormatter } from './cached-formatter.ts';

export type FileSizeOptions = {
  locale?: string;
  // Prose (the default) spells small sizes out and follows the locale: "1 byte", "12.5 MB".
  // Compact is for tight lists: "1 B", "1.5 KB", "48 KB", whole numbers from 10 up, and reads the
  // same in every locale so server and browser render the same text.
  compact?: boolean;
};

const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
const compactSymbols = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

const unitFormats = new Map<string, Intl.NumberFormat>();

function scaleToUnit(sizeBytes: number): { value: number; unitIndex: number } {
  let value = Number.isFinite(sizeBytes) ? Math.max(0, sizeBytes) : 0;
  let unitIndex = 0;
  while (value >= 1000 && unitIndex < units.length - 1) {
    value /= 1000;
    unitIndex += 1;
  }
  return { value, unitIndex };
}

function formatCompact(value: number, unitIndex: number): string {
  const rounded = unitIndex > 0 && value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return `${rounded} ${compactSymbols[unitIndex]}`;
}

function formatProse(value: number, unitIndex: number, locale: string): string {
  const format = cachedFormatter(unitFormats, `${locale}|${unitIndex}`, () => {
    return new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: units[unitIndex],
      unitDisplay: unitIndex === 0 ? 'long' : 'short',
      maximumFractionDigits: unitIndex === 0 ? 0 : 1,
    });
  });
  return format.format(value);
}

export function formatFileSize(sizeBytes: number, options: FileSizeOptions = {}): string {
  const { value, unitIndex } = scaleToUnit(sizeBytes);
  return options.compact
    ? formatCompact(value, unitIndex)
    : formatProse(value, unitIndex, options.locale ?? 'en-US');
}

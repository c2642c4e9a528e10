// Human file sizes for the delivery email. Decimal units (1 MB = 1,000,000 bytes) because that is
// what the unit names mean to Intl and what macOS and most download pages show.
const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

export function formatFileSize(sizeBytes: number, locale = 'en-US'): string {
  let value = Math.max(0, sizeBytes);
  let unitIndex = 0;
  while (value >= 1000 && unitIndex < units.length - 1) {
    value /= 1000;
    unitIndex += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unitIndex],
    unitDisplay: unitIndex === 0 ? 'long' : 'short',
    maximumFractionDigits: unitIndex === 0 ? 0 : 1,
  }).format(value);
}

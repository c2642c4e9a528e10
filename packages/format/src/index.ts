// @shelf/format: how money, dates and file sizes read to a person, defined once for the emails, the
// API's HTML pages and the storefront. No dependencies, so the browser bundle can carry it.
export { SUPPORTED_CURRENCIES } from './currencies.ts';
export { type DateFormatOptions, formatDate } from './format-date.ts';
export { type FileSizeOptions, formatFileSize } from './format-file-size.ts';
export { formatMoney } from './format-money.ts';

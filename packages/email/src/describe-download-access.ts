// The sentence that tells a customer how long their download link works and how many downloads it
// allows. It is built from the grant's real limit and expiry so the email never promises more than
// the download page will honour.
import { formatDate } from '@shelf/format';

export type DownloadAccess = {
  downloadLimit: number | null;
  expiresAt: Date | null;
};

export type DateFormatOptions = { locale: string; timeZone: string };

function formatExpiry(date: Date, { locale, timeZone }: DateFormatOptions): string {
  // The time and zone are included because a date alone is off by a day for customers on the
  // other side of the world from the server.
  return formatDate(date, { locale, timeZone, withTime: true });
}

function describeLimit(downloadLimit: number): string {
  return `${downloadLimit} ${downloadLimit === 1 ? 'download' : 'downloads'}`;
}

export function describeDownloadAccess(access: DownloadAccess, dateOptions: DateFormatOptions): string {
  const { downloadLimit, expiresAt } = access;
  if (expiresAt && downloadLimit !== null) {
    return `This link works until ${formatExpiry(expiresAt, dateOptions)} and for ${describeLimit(downloadLimit)}.`;
  }
  if (expiresAt) {
    return `This link works until ${formatExpiry(expiresAt, dateOptions)}, with unlimited downloads.`;
  }
  if (downloadLimit !== null) {
    return `This link does not expire and works for ${describeLimit(downloadLimit)}.`;
  }
  return 'This link does not expire and allows unlimited downloads.';
}

// The sentence that tells a customer how long their download link works and how many downloads it
// allows. It is built from the grant's real limit and expiry so the email never promises more than
// the download page will honour.
export type DownloadAccess = {
  downloadLimit: number | null;
  expiresAt: Date | null;
};

export type DateFormatOptions = { locale: string; timeZone: string };

export function formatExpiryDate(date: Date, { locale, timeZone }: DateFormatOptions): string {
  // The time and zone are included because a date alone is off by a day for customers on the
  // other side of the world from the server.
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(date);
}

function describeLimit(downloadLimit: number): string {
  return `${downloadLimit} ${downloadLimit === 1 ? 'download' : 'downloads'}`;
}

export function describeDownloadAccess(access: DownloadAccess, dateOptions: DateFormatOptions): string {
  const { downloadLimit, expiresAt } = access;
  if (expiresAt && downloadLimit !== null) {
    return `This link works until ${formatExpiryDate(expiresAt, dateOptions)} and for ${describeLimit(downloadLimit)}.`;
  }
  if (expiresAt) {
    return `This link works until ${formatExpiryDate(expiresAt, dateOptions)}, with unlimited downloads.`;
  }
  if (downloadLimit !== null) {
    return `This link does not expire and works for ${describeLimit(downloadLimit)}.`;
  }
  return 'This link does not expire and allows unlimited downloads.';
}

// Dates as people read them: "27 Dec 2026", or with the time and its zone. Formatted in an explicit
// zone (UTC unless told otherwise) because the server cannot know the reader's, and the same
// instant must read the same on the server, in the browser and in an email.
import { cachedFormatter } from './cached-formatter.ts';

export type DateFormatOptions = {
  locale?: string;
  timeZone?: string;
  // Adds the time and the zone's name: a date alone is off by a day for readers on the other side
  // of the world, so anything that expires at an instant shows it.
  withTime?: boolean;
};

const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDate(date: Date | string, options: DateFormatOptions = {}): string {
  const { locale = 'en-US', timeZone = 'UTC', withTime = false } = options;
  const format = cachedFormatter(dateFormats, `${locale}|${timeZone}|${withTime}`, () => {
    const time: Intl.DateTimeFormatOptions = withTime
      ? { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }
      : {};
    return new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      ...time,
      timeZone,
    });
  });
  return format.format(typeof date === 'string' ? new Date(date) : date);
}

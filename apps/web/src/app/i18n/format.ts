// Locale-aware formatting with the platform's Intl: no date or number library needed.

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "3 minutes ago" / "il y a 3 minutes"; `now` is a parameter so callers control the clock. */
export const formatRelativeTime = (iso: string, locale: string, now: number = Date.now()): string => {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  if (Number.isNaN(seconds)) return '';
  const formatter = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (Math.abs(seconds) < 45) return formatter.format(0, 'second');
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') {
      return formatter.format(Math.round(seconds / size), unit);
    }
  }
  return '';
};

export const formatDateTime = (iso: string, locale: string): string => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);
};

/** A calendar date (YYYY-MM-DD) shown as-is in the locale, without time-zone shifts. */
export const formatCalendarDate = (isoDate: string, locale: string): string => {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
};

export const formatMoney = (value: number, currency: string | null | undefined, locale: string): string => {
  if (currency) {
    try {
      // Whole amounts (the usual deal size) read better without ",00".
      const digits = Number.isInteger(value) ? 0 : 2;
      return new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(value);
    } catch {
      // An unknown ISO code throws RangeError: show the number with the raw code instead.
      return `${new Intl.NumberFormat(locale).format(value)} ${currency}`;
    }
  }
  return new Intl.NumberFormat(locale).format(value);
};

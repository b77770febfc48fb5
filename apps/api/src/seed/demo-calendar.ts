import type { SeededRandom } from './seeded-random.js';

/*
 * Time in the demo organisation: everything is placed on Europe/Paris wall-clock time (the
 * organisation's time zone, ANALYTICS.md §0.4), relative to the `now` the seed is given.
 */

const ZONE = 'Europe/Paris';
const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Minutes Paris is ahead of UTC at this instant (60 in winter, 120 in summer), straight from the tz database. */
const intlOffsetMinutes = (instant: Date): number => {
  const values: Record<string, number> = {};
  for (const part of parts.formatToParts(instant)) if (part.type !== 'literal') values[part.type] = Number(part.value);
  const asUtc = Date.UTC(values.year!, values.month! - 1, values.day!, values.hour!, values.minute!, values.second!);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / MINUTE);
};

// Paris changes offset on a whole UTC hour, so one lookup per UTC hour is exact (and Intl is slow).
const offsets = new Map<number, number>();
const offsetMinutes = (instant: Date): number => {
  const hour = Math.floor(instant.getTime() / HOUR);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    offset = intlOffsetMinutes(new Date(hour * HOUR));
    offsets.set(hour, offset);
  }
  return offset;
};

const wallOf = (instant: Date): Wall => {
  const shifted = new Date(instant.getTime() + offsetMinutes(instant) * MINUTE);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
};

/** One calendar day in Paris. */
export interface DemoDay {
  /** YYYY-MM-DD */
  readonly iso: string;
  /** 1 = Monday … 7 = Sunday */
  readonly isoDow: number;
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const dayFromUtcDate = (utc: Date): DemoDay => {
  const year = utc.getUTCFullYear();
  const month = utc.getUTCMonth() + 1;
  const day = utc.getUTCDate();
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { iso, isoDow: ((utc.getUTCDay() + 6) % 7) + 1, year, month, day };
};

/** The Paris calendar date of an instant, as YYYY-MM-DD (what `occurred_on` stores). */
export const parisDate = (instant: Date): string => {
  const w = wallOf(instant);
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
};

/** Paris wall-clock minutes since midnight of an instant. */
export const parisMinutes = (instant: Date): number => {
  const w = wallOf(instant);
  return w.hour * 60 + w.minute;
};

export const isWeekend = (day: DemoDay): boolean => day.isoDow >= 6;

/** The seed's calendar: days counted back from the Paris date of `now`. */
export class DemoCalendar {
  private readonly today: Wall;

  constructor(readonly now: Date) {
    this.today = wallOf(now);
  }

  /** The Paris day `daysAgo` days before today (negative = in the future). */
  day(daysAgo: number): DemoDay {
    return dayFromUtcDate(new Date(Date.UTC(this.today.year, this.today.month - 1, this.today.day - daysAgo)));
  }

  /** The instant of Paris wall-clock `minutes` after midnight, `daysAgo` days before today. */
  at(daysAgo: number, minutes: number): Date {
    const d = this.day(daysAgo);
    const guess = Date.UTC(d.year, d.month - 1, d.day, 0, 0) + Math.round(minutes * MINUTE);
    const first = guess - offsetMinutes(new Date(guess)) * MINUTE;
    return new Date(guess - offsetMinutes(new Date(first)) * MINUTE);
  }

  /** YYYY-MM-DD of the day `daysAgo` days before today (negative = future), for project dates. */
  isoDate(daysAgo: number): string {
    return this.day(daysAgo).iso;
  }

  /** Whole Paris days between an instant and today (0 = today). */
  daysAgoOf(instant: Date): number {
    const w = wallOf(instant);
    return Math.round((Date.UTC(this.today.year, this.today.month - 1, this.today.day) - Date.UTC(w.year, w.month - 1, w.day)) / DAY);
  }

  /** A time on that day following office rhythm: busy mornings and afternoons, a lunch dip, rare evenings. */
  workTime(daysAgo: number, rng: SeededRandom): Date {
    const weekend = isWeekend(this.day(daysAgo));
    const slot = weekend ? rng.weighted(WEEKEND_SLOTS, (s) => s[2])! : rng.weighted(WORKDAY_SLOTS, (s) => s[2])!;
    return this.at(daysAgo, rng.between(slot[0], slot[1]));
  }

  /**
   * The instant itself when it falls in office hours on a weekday, otherwise the next working
   * morning: people answer when they are at work.
   */
  nextWorkMoment(instant: Date, rng: SeededRandom): Date {
    let daysAgo = this.daysAgoOf(instant);
    const minutes = parisMinutes(instant);
    if (!isWeekend(this.day(daysAgo)) && minutes >= 7 * 60 + 45 && minutes <= 19 * 60 + 30) return instant;
    if (minutes > 19 * 60 + 30) daysAgo -= 1;
    while (isWeekend(this.day(daysAgo))) daysAgo -= 1;
    const morning = this.at(daysAgo, rng.between(8 * 60, 10 * 60));
    return morning.getTime() > instant.getTime() ? morning : instant;
  }
}

// [from minute, to minute, weight]
const WORKDAY_SLOTS: readonly (readonly [number, number, number])[] = [
  [7 * 60 + 30, 9 * 60, 6],
  [9 * 60, 12 * 60, 34],
  [12 * 60, 14 * 60, 10],
  [14 * 60, 18 * 60, 36],
  [18 * 60, 20 * 60, 9],
  [20 * 60, 23 * 60, 5],
];
const WEEKEND_SLOTS: readonly (readonly [number, number, number])[] = [
  [9 * 60, 12 * 60, 4],
  [14 * 60, 19 * 60, 4],
  [20 * 60, 22 * 60, 2],
];

export const minutes = (n: number): number => n * MINUTE;
export const hours = (n: number): number => n * 60 * MINUTE;
export const days = (n: number): number => n * DAY;

/**
 * The only module that knows about time zones.
 *
 * Content keeps wall-clock times ("10:00") plus an IANA zone ("America/New_York"), exactly as the
 * programmes announce them. Everything that needs an instant (calendars, exports, the viewer's
 * local time) asks this module, which uses Temporal (polyfilled) and never the host's `TZ`.
 */
import { Temporal } from 'temporal-polyfill';

/**
 * Remembers a pure function of strings: a build asks for the same few thousand dates and times
 * again and again (every page, feed and export labels its slots), and each Temporal conversion
 * costs microseconds. Only results are kept; a call that throws is not remembered.
 */
function memoize<Args extends string[], Result>(
  compute: (...args: Args) => Result,
): (...args: Args) => Result {
  const results = new Map<string, Result>();
  return (...args: Args): Result => {
    const key = args.join('\u0000');
    const known = results.get(key);
    if (known !== undefined || results.has(key)) return known!;
    const result = compute(...args);
    results.set(key, result);
    return result;
  };
}

/** `memoize` for a function of one string, keyed by the string itself (labels are asked for on every page). */
function memoizeOne<Result>(compute: (arg: string) => Result): (arg: string) => Result {
  const results = new Map<string, Result>();
  return (arg: string): Result => {
    const known = results.get(arg);
    if (known !== undefined || results.has(arg)) return known!;
    const result = compute(arg);
    results.set(arg, result);
    return result;
  };
}

/** A calendar date as written in content: `YYYY-MM-DD`. */
export type IsoDate = string;
/** A wall-clock time as written in content: `HH:MM` (24-hour). */
export type LocalTime = string;

/** True when `date` is a real calendar date in `YYYY-MM-DD` form (rejects 2022-02-30). */
export function isValidIsoDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  try {
    Temporal.PlainDate.from(date, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

/** True when `time` is a valid `HH:MM` wall-clock time. */
export function isValidLocalTime(time: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(time);
}

/** True when `zone` is an IANA time-zone name known to the runtime's time-zone database. */
export function isValidTimeZone(zone: string): boolean {
  // Offsets such as "+05:00" are accepted by Temporal but are not IANA zones: they carry no DST rules.
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$/.test(zone) && zone !== 'UTC') return false;
  try {
    Temporal.Now.instant().toZonedDateTimeISO(zone);
    return true;
  } catch {
    return false;
  }
}

/** Compares two ISO dates; negative when `a` is earlier. */
export const compareDates = memoize(function compareDates(a: IsoDate, b: IsoDate): number {
  return Temporal.PlainDate.compare(Temporal.PlainDate.from(a), Temporal.PlainDate.from(b));
});

/** Compares two wall-clock times; negative when `a` is earlier. */
export const compareTimes = memoize(function compareTimes(a: LocalTime, b: LocalTime): number {
  return Temporal.PlainTime.compare(Temporal.PlainTime.from(a), Temporal.PlainTime.from(b));
});

/**
 * A wall-clock time on a date in a zone as one zoned date-time; ambiguous or skipped times are
 * rejected. Instants, offsets and ISO strings of a slot all read this one conversion: a zone
 * look-up is the costly part, and at scale every slot has a date of its own, so it is done once.
 */
const zonedStrict = memoize(function zonedStrict(
  date: IsoDate,
  time: LocalTime,
  zone: string,
): Temporal.ZonedDateTime {
  return Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(zone, {
    disambiguation: 'reject',
  });
});

/** The instant of a wall-clock time on a date in a zone. Ambiguous or skipped times are rejected. */
export const toInstant = memoize(function toInstant(
  date: IsoDate,
  time: LocalTime,
  zone: string,
): Temporal.Instant {
  return zonedStrict(date, time, zone).toInstant();
});

/** ISO 8601 UTC string of a wall-clock time, e.g. `2022-03-28T14:00:00Z`. */
export const toUtcIso = memoize(function toUtcIso(
  date: IsoDate,
  time: LocalTime,
  zone: string,
): string {
  return toInstant(date, time, zone).toString({ smallestUnit: 'second' });
});

/** ISO 8601 string with the zone's offset, e.g. `2022-03-28T10:00:00-04:00`. */
export const toOffsetIso = memoize(function toOffsetIso(
  date: IsoDate,
  time: LocalTime,
  zone: string,
): string {
  return zonedStrict(date, time, zone).toString({ smallestUnit: 'second', timeZoneName: 'never' });
});

/** The zone's UTC offset on that date and time, e.g. `-04:00` (an ambiguous or skipped time: Temporal's `compatible` choice). */
export const utcOffset = memoize(function utcOffset(
  date: IsoDate,
  time: LocalTime,
  zone: string,
): string {
  let zoned: Temporal.ZonedDateTime;
  try {
    // Where the time is unambiguous (every time the content passes), the strict conversion is the
    // same date-time, and it is usually known already.
    zoned = zonedStrict(date, time, zone);
  } catch {
    zoned = Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(zone);
  }
  return zoned.offset;
});

/** A short human label for the offset, e.g. `UTC−4` or `UTC+5:30` (with a real minus sign). */
export const utcOffsetLabel = memoize(function utcOffsetLabel(
  date: IsoDate,
  time: LocalTime,
  zone: string,
): string {
  const offset = utcOffset(date, time, zone);
  const [, sign, hours, minutes] = /^([+-])(\d{2}):(\d{2})/.exec(offset) ?? [];
  if (!sign) return 'UTC';
  const hourNumber = Number(hours);
  if (hourNumber === 0 && minutes === '00') return 'UTC';
  const signText = sign === '-' ? '\u2212' : '+';
  return `UTC${signText}${hourNumber}${minutes === '00' ? '' : `:${minutes}`}`;
});

/** Minutes between two wall-clock times on the same date in the same zone (DST-aware). */
export const durationMinutes = memoize(function durationMinutes(
  date: IsoDate,
  start: LocalTime,
  end: LocalTime,
  zone: string,
): number {
  const from = toInstant(date, start, zone);
  const to = toInstant(date, end, zone);
  return from.until(to, { largestUnit: 'minutes' }).minutes;
});

/** The English weekday name of a date, e.g. `Monday`. */
export const weekdayName = memoizeOne(function weekdayName(date: IsoDate): string {
  const names = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  return names[Temporal.PlainDate.from(date).dayOfWeek - 1]!;
});

/** A long English date as the UN writes it, e.g. `28 March 2022`. */
export const longDate = memoizeOne(function longDate(date: IsoDate): string {
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  const plain = Temporal.PlainDate.from(date);
  return `${plain.day} ${months[plain.month - 1]} ${plain.year}`;
});

/** A UN-style 12-hour time, e.g. `10 a.m.`, `11.30 a.m.`, `3 p.m.`, `12 noon`. */
export const unTime = memoizeOne(function unTime(time: LocalTime): string {
  const plain = Temporal.PlainTime.from(time);
  if (plain.hour === 12 && plain.minute === 0) return '12 noon';
  const suffix = plain.hour < 12 ? 'a.m.' : 'p.m.';
  const hour12 = plain.hour % 12 === 0 ? 12 : plain.hour % 12;
  const minutes = plain.minute === 0 ? '' : `.${String(plain.minute).padStart(2, '0')}`;
  return `${hour12}${minutes} ${suffix}`;
});

/** A slot's time as the site prints it, e.g. `10 a.m.–1 p.m.`. */
export function slotTimeLabel(slot: { start: LocalTime; end: LocalTime }): string {
  return `${unTime(slot.start)}\u2013${unTime(slot.end)}`;
}

/** Adds days to an ISO date. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}

/** A UTC ISO 8601 string (as in `slot.startUtc`) as a Temporal instant, for serialisers. */
export function utcInstant(utcIso: string): Temporal.Instant {
  return Temporal.Instant.from(utcIso);
}

/** A UTC ISO 8601 string moved by a number of minutes, e.g. a default end after an announced start. */
export function addMinutesUtc(utcIso: string, minutes: number): string {
  return Temporal.Instant.from(utcIso).add({ minutes }).toString({ smallestUnit: 'second' });
}

/** Midnight UTC at the start of a date, e.g. `2022-03-07T00:00:00Z`: a content date as a timestamp. */
export const dateStartUtc = memoizeOne(function dateStartUtc(date: IsoDate): string {
  return Temporal.PlainDate.from(date)
    .toZonedDateTime('UTC')
    .toInstant()
    .toString({ smallestUnit: 'second' });
});

/** A calendar date as a Temporal plain date (no time, no zone), for all-day calendar entries. */
export function plainDate(date: IsoDate): Temporal.PlainDate {
  return Temporal.PlainDate.from(date);
}

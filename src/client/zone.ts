/**
 * The reader's time zone, as the enhancement scripts read and remember it. Everything read from
 * localStorage is checked before use: a value that is not a time zone (another site's script, an
 * old format, a hand edit, megabytes) is removed and the browser's zone used, so a stored value
 * can never stop a page's scripts (issue 22 point 10).
 */

/** The localStorage key of the reader's choice: '' for the browser's zone, or an IANA zone name. */
export const zoneKey = 'oewg-time-zone';

/** The event sent on `document` when the reader chooses another zone. */
export const zoneChangeEvent = 'oewg:time-zone';

/** The longest zone name accepted (IANA's longest is 32 characters); longer values are not parsed at all. */
const zoneNameLimit = 64;

/** Whether a value names a time zone this browser knows (IANA names: letters, digits, `_`, `+`, `-`, `/`). */
export function isTimeZone(value: unknown): value is string {
  if (
    typeof value !== 'string' ||
    value.length === 0 ||
    value.length > zoneNameLimit ||
    !/^[A-Za-z][\w+/-]*$/.test(value)
  )
    return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The browser's own zone ('UTC' where the browser does not say). */
export const browserZone: string = ((zone: unknown) => (isTimeZone(zone) ? zone : 'UTC'))(
  Intl.DateTimeFormat().resolvedOptions().timeZone,
);

/** The zone the reader chose ('' for the browser's); a stored value that is no zone is removed. */
export function chosenZone(): string {
  try {
    const stored = localStorage.getItem(zoneKey);
    if (stored === null || stored === '' || isTimeZone(stored)) return stored ?? '';
    localStorage.removeItem(zoneKey);
  } catch {
    // Storage may be unavailable (private modes, blocked cookies): the browser's zone then.
  }
  return '';
}

/** Remembers the reader's choice ('' or a zone) and tells the page's scripts. */
export function chooseZone(zone: string): void {
  const valid = isTimeZone(zone) ? zone : '';
  try {
    localStorage.setItem(zoneKey, valid);
  } catch {
    // Not remembered, still shown.
  }
  document.dispatchEvent(new Event(zoneChangeEvent));
}

/*
 * How the reader's times are written. One language on every label: the interface's, English, with
 * dates in British English (day before month, as the UN and the rest of the site write them: "Tue
 * 7 Mar"). What the reader's locale decides is only the clock: 24-hour or 12-hour, read from the
 * browser's own formatter, with two-digit hours on a 24-hour clock so midnight is "00:00" (never
 * "0:00") and "12:00 am" on a 12-hour one. Zone names are the English ones Intl gives; no offset is
 * computed here.
 */

/** The language every time on the site is written in. */
const language = 'en-GB';

/** Whether the reader's locale uses a 12-hour clock (en-US, ko-KR…), as its own formatter says. */
const twelveHour = /h1[12]/.test(
  new Intl.DateTimeFormat(undefined, { hour: 'numeric' }).resolvedOptions().hourCycle ?? '',
);

/** A clock time in the reader's hour cycle: `00:00`, `16:30`, or `12:00 am`, `4:30 pm`. */
export const clock: Intl.DateTimeFormatOptions = twelveHour
  ? { hour: 'numeric', minute: '2-digit', hourCycle: 'h12' }
  : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

// Formatters are costly to create and the same few serve every time on a page: made once each.
const made = new Map<string, Intl.DateTimeFormat>();

/** An English formatter in a zone (made once per zone, options and locale; another locale only to read values, never shown). */
export function formatIn(
  zone: string,
  options: Intl.DateTimeFormatOptions,
  locale = language,
): Intl.DateTimeFormat {
  const key = locale + zone + JSON.stringify(options);
  let formatter = made.get(key);
  if (!formatter)
    made.set(key, (formatter = new Intl.DateTimeFormat(locale, { timeZone: zone, ...options })));
  return formatter;
}

/** The zone's name at an instant, as Intl writes it in English: `long` "Central European Standard Time", `short` "CET", `shortOffset` "GMT+9". */
export function zoneName(
  zone: string,
  at: number,
  style: Intl.DateTimeFormatOptions['timeZoneName'],
): string {
  return (
    formatIn(zone, { timeZoneName: style })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value ?? zone
  );
}

/** The place an IANA zone is named after: `Asia/Tokyo` → "Tokyo", `America/New_York` → "New York". */
export function placeOf(zone: string): string {
  return zone.slice(zone.lastIndexOf('/') + 1).replace(/_/g, ' ');
}

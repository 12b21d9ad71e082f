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

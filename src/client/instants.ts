/**
 * UTC instants read from the page (`<time datetime="…Z">`, `data-start`/`data-end`) and the state
 * of a meeting at the moment the page is read. Values that do not parse are dropped, never used.
 */

/** Milliseconds since the epoch, or undefined for a missing or unparsable value. */
export function instant(value: string | null | undefined): number | undefined {
  const time = value ? Date.parse(value) : Number.NaN;
  return Number.isFinite(time) ? time : undefined;
}

/** The UTC instants of the `<time datetime="…Z">` elements inside an element, in document order. */
export function instantsIn(element: Element | null): number[] {
  if (!element) return [];
  return [...element.querySelectorAll('time[datetime$="Z"]')]
    .map((time) => instant(time.getAttribute('datetime')))
    .filter((time) => time !== undefined);
}

/** What a meeting is at `now`. */
export type MeetingState = 'upcoming' | 'in progress' | 'past';

/** The state of a meeting from `start` to `end` (a meeting without an end lasts no time). */
export function stateAt(now: number, start: number, end = start): MeetingState {
  return now < start ? 'upcoming' : now < end ? 'in progress' : 'past';
}

/** The state of the meeting whose instants an element holds, or undefined when it holds none that parse. */
export function stateOf(now: number, element: Element | null): MeetingState | undefined {
  const [start, end] = instantsIn(element);
  return start === undefined ? undefined : stateAt(now, start, end);
}

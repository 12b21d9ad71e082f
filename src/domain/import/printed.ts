/**
 * Reading what a programme document prints: dates ("Monday, 6 March"), times ("10 a.m.–1 p.m."),
 * ordinals ("Fourth") and the joining of wrapped lines. Each reader returns undefined (or a
 * problem) where the text does not decide the value: the importer then writes a TODO.
 */

const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const ordinals = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
];

/** A month name as printed (any case), or undefined. */
export const monthPattern =
  '(January|February|March|April|May|June|July|August|September|October|November|December)';
/** A weekday name as printed. */
export const weekdayPattern = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

const pad = (value: number): string => String(value).padStart(2, '0');

/** `YYYY-MM-DD` of a day, month name and year, or undefined when it is not a calendar date. */
export function isoDateOf(day: number, month: string, year: number): string | undefined {
  const monthIndex = months.indexOf(month.toLowerCase());
  if (monthIndex < 0) return undefined;
  const date = new Date(Date.UTC(year, monthIndex, day));
  if (date.getUTCMonth() !== monthIndex || date.getUTCDate() !== day) return undefined;
  return `${year}-${pad(monthIndex + 1)}-${pad(day)}`;
}

/** The weekday name (lower case) of a `YYYY-MM-DD` date. */
export function weekdayOf(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return weekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
}

/** The first printed date "6 March 2023" (or "6–10 March 2023": its first day) in a text, as YYYY-MM-DD. */
export function firstDateIn(text: string): string | undefined {
  const match = new RegExp(`\\b(\\d{1,2})(?:[–-]\\d{1,2})? ${monthPattern},? (\\d{4})\\b`).exec(
    text,
  );
  return match ? isoDateOf(Number(match[1]), match[2]!, Number(match[3])) : undefined;
}

/** The dates of a session as printed: "6–10 March 2023", "from 28 March to 1 April 2022". */
export function sessionDatesIn(text: string): { startDate: string; endDate: string } | undefined {
  const sameMonth = new RegExp(`\\b(\\d{1,2})[–-](\\d{1,2}) ${monthPattern},? (\\d{4})\\b`).exec(
    text,
  );
  if (sameMonth) {
    const year = Number(sameMonth[4]);
    const startDate = isoDateOf(Number(sameMonth[1]), sameMonth[3]!, year);
    const endDate = isoDateOf(Number(sameMonth[2]), sameMonth[3]!, year);
    return startDate && endDate ? { startDate, endDate } : undefined;
  }
  const span = new RegExp(
    `\\bfrom (\\d{1,2}) ${monthPattern}(?: (\\d{4}))? to (\\d{1,2}) ${monthPattern},? (\\d{4})\\b`,
  ).exec(text);
  if (!span) return undefined;
  const endYear = Number(span[6]);
  const startDate = isoDateOf(Number(span[1]), span[2]!, span[3] ? Number(span[3]) : endYear);
  const endDate = isoDateOf(Number(span[4]), span[5]!, endYear);
  return startDate && endDate ? { startDate, endDate } : undefined;
}

/** A day heading "Monday, 6 March": its weekday, day and month; undefined for any other line. */
export function dayHeading(
  line: string,
): { weekday: string; day: number; month: string } | undefined {
  const match = new RegExp(`^${weekdayPattern}, (\\d{1,2}) ${monthPattern}$`).exec(line.trim());
  return match
    ? { weekday: match[1]!.toLowerCase(), day: Number(match[2]), month: match[3]! }
    : undefined;
}

/** The number of an ordinal word ("Fourth" → 4), or undefined. */
export function ordinalNumber(word: string): number | undefined {
  const index = ordinals.indexOf(word.toLowerCase());
  return index < 0 ? undefined : index + 1;
}

const clock = String.raw`(\d{1,2})(?:[.:](\d{2}))?\s*(a\.m\.|p\.m\.|am|pm)?`;
/** A printed time range at the start of a line, e.g. "10 a.m.–1 p.m.", "3–6 p.m.", "10–11.30 a.m.". */
export const timeRangePattern = new RegExp(`^${clock}\\s*[–-]\\s*${clock}(?=\\s|$)`);

/** 24-hour `HH:MM` of an hour, minutes and a.m./p.m. */
function toClock(hour: number, minutes: number, meridiem: string): string | undefined {
  if (hour < 1 || hour > 12 || minutes > 59) return undefined;
  const pm = meridiem.startsWith('p');
  return `${pad((hour % 12) + (pm ? 12 : 0))}:${pad(minutes)}`;
}

/**
 * Start and end of a printed time range. A range printing a.m. or p.m. once ("3–6 p.m.") gives both
 * times that half of the day; where that would end the slot before it starts, the text does not
 * decide (a problem, never a guess).
 */
export function readTimeRange(
  printed: string,
): { start: string; end: string } | { problem: string } {
  const match = timeRangePattern.exec(printed.trim());
  if (!match) return { problem: `"${printed}" is not a time range such as "10 a.m.–1 p.m."` };
  const [, startHour, startMinutes, startMeridiem, endHour, endMinutes, endMeridiem] = match;
  if (!endMeridiem) return { problem: `"${printed}" prints no a.m. or p.m.` };
  const start = toClock(Number(startHour), Number(startMinutes ?? 0), startMeridiem ?? endMeridiem);
  const end = toClock(Number(endHour), Number(endMinutes ?? 0), endMeridiem);
  if (!start || !end) return { problem: `"${printed}" is not a time of day` };
  if (start >= end)
    return { problem: `"${printed}": the start would not be before the end; write both times` };
  return { start, end };
}

/** A single printed time "9.00am" or "10 a.m." as `HH:MM`, or undefined. */
export function readClock(printed: string): string | undefined {
  const match = new RegExp(`^${clock}$`).exec(printed.trim());
  if (!match?.[3]) return undefined;
  return toClock(Number(match[1]), Number(match[2] ?? 0), match[3]);
}

/**
 * Joins wrapped lines into one text: white space collapsed, and a line ending in a hyphen joined
 * without a space ("capacity-" + "building"). A hyphen cut off from its word by the extraction
 * ("pre -recorded") is closed up: the provenance check reads both the same.
 */
export function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    text = text === '' ? line : /\w-$/.test(text) ? `${text}${line}` : `${text} ${line}`;
  }
  return text.replace(/\s+/g, ' ').replace(/(\w) -(\w)/g, '$1-$2');
}

/** Splits a text into sentences, not at abbreviations such as "Ms." or "H.E.". */
export function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let current = '';
  for (const part of text.split(/(?<=[.?!])\s+(?=[A-Z“"(])/)) {
    current = current ? `${current} ${part}` : part;
    if (!/\b(?:Ms|Mr|Mrs|Dr|H\.E|e\.g|i\.e|para|paras|No|St)\.$/.test(current)) {
      sentences.push(current);
      current = '';
    }
  }
  if (current) sentences.push(current);
  return sentences;
}

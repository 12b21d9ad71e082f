/** Calendar context of this deployment (the feeds themselves are outputs: see outputs.ts). */
import type { CalendarContext } from '../domain/outputs/calendar/events.ts';
import { urls } from './urls.ts';

/** Absolute links of this deployment (UIDs do not depend on it: see `calendarUuidNamespace`). */
export const calendarContext: CalendarContext = { urls };

// The boundary (eslint.config.js): pages, components and layouts reach src/domain only
// through src/data/. Calendar links and events pages show.
export * from '../domain/outputs/calendar/add-to-calendar.ts';
export * from '../domain/outputs/calendar/links.ts';
export * from '../domain/outputs/calendar/events.ts';

/** Calendar context of this deployment (the feeds themselves are outputs: see outputs.ts). */
import type { CalendarContext } from '../domain/outputs/calendar/events.ts';
import { urls } from './urls.ts';

/** Absolute links of this deployment (UIDs do not depend on it: see `calendarUuidNamespace`). */
export const calendarContext: CalendarContext = { urls };

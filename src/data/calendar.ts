/** Calendar context of this deployment, and the response every `.ics` endpoint returns. */
import type { CalendarContext, CalendarFeed } from '../domain/outputs/calendar/events.ts';
import { calendarContentType, serializeFeedBytes } from '../domain/outputs/calendar/ics.ts';
import { urls } from './urls.ts';

/** Absolute links of this deployment (UIDs do not depend on it: see `calendarUidDomain`). */
export const calendarContext: CalendarContext = { urls };

/**
 * A feed as a `text/calendar` response (the header matters in `astro dev`; static hosts use
 * public/_headers). The body is the feed's UTF-8 bytes, not a string to encode again.
 */
export function calendarResponse(feed: CalendarFeed): Response {
  return new Response(serializeFeedBytes(feed, urls.absolute(feed.path)), {
    headers: { 'Content-Type': calendarContentType },
  });
}

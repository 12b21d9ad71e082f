/** Subscription links for a feed: the `webcal://` form and Google Calendar's "add by URL" link. */

/** The `webcal://` form of an http(s) feed URL: calendar apps open it as a subscription. */
export function webcalUrl(feedUrl: string): string {
  return feedUrl.replace(/^https?:\/\//, 'webcal://');
}

/** Google Calendar's link that offers to subscribe to a feed (it takes the webcal URL, encoded). */
export function googleCalendarUrl(feedUrl: string): string {
  return `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcalUrl(feedUrl))}`;
}

/** An id for the address field of a feed, unique per feed path (a page may list several feeds). */
export function feedFieldId(feedPath: string): string {
  return `feed-${feedPath.replace(/^\/+|\.ics$/g, '').replace(/[^a-z0-9]+/gi, '-')}`;
}

/**
 * schema.org structured data (JSON-LD) of a session page: one `Event` per programme slot and per
 * meeting around the session, each pointing at the session's own `Event` as its `superEvent`.
 *
 * Only what the sources state: instants from the model (`startWithOffset` / `endWithOffset`, a
 * meeting's announced time), the session's venue, the attendance the sources give (`format`), a
 * `VirtualLocation` carrying the session's webcast note word for word where it has one, and the
 * working group as organizer. No `eventStatus` (no source states one), no end that was not
 * announced, no image. Types are schema-dts's, checked at compile time; a test checks every type
 * and property against schema.org's vocabulary.
 */
import type {
  Event,
  EventAttendanceModeEnumeration,
  Graph,
  Organization,
  Place,
  VirtualLocation,
} from 'schema-dts';
import type { Meeting, Session, SiteModel, Slot } from '../model/model.ts';
import { indexById } from '../model/lookup.ts';
import { meetingAnchor } from '../anchors.ts';
import { paths, type Urls } from '../site-paths.ts';
import { toOffsetIso } from '../time.ts';
import { slotSummary } from './calendar/events.ts';

/**
 * The working group in the words of the note by the Secretariat of 23 February 2023 ("The fourth
 * substantive session of the open-ended working group on security of …").
 */
const workingGroupWords =
  'open-ended working group on security of and in the use of information and communications technologies 2021–2025';

/** The organizer of every event: the working group, named as the home page's heading names it. */
export const workingGroupName =
  workingGroupWords.charAt(0).toUpperCase() + workingGroupWords.slice(1);

/** The `@id` of a session's Event: its page's absolute URL with a fragment of its own. */
export function sessionEventId(session: Pick<Session, 'id'>, urls: Urls): string {
  return `${urls.absolute(paths.session(session.id))}#session-event`;
}

const organizer: Organization = { '@type': 'Organization', name: workingGroupName };

/** The session's venue as a Place (the venue is a one-line label, so it is the address too). */
function venueOf(session: Session): Place {
  return { '@type': 'Place', name: session.venue, address: session.venue };
}

/** Where a slot or meeting takes place and how one attends it, as far as the sources say. */
function whereAndHow(
  format: Slot['format'],
  session: Session,
): Pick<Event & object, 'location'> & { eventAttendanceMode?: EventAttendanceModeEnumeration } {
  if (format.attendance === 'virtual') {
    // The sources give no address for virtual meetings ("the link … in due course"): no url.
    const virtual: VirtualLocation = { '@type': 'VirtualLocation', name: 'Virtual' };
    return {
      location: virtual,
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    };
  }
  const webcast = session.notes.find((note) => note.kind === 'webcast');
  if (format.attendance === 'in person' && webcast) {
    const online: VirtualLocation = { '@type': 'VirtualLocation', description: webcast.text };
    return {
      location: [venueOf(session), online],
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
    };
  }
  if (format.attendance === 'in person')
    return {
      location: venueOf(session),
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    };
  // Attendance not stated: the session's venue is stated, how delegates attend is not.
  return { location: venueOf(session) };
}

/** The session as an Event, the `superEvent` of its slots and meetings. */
function sessionEvent(session: Session, urls: Urls): Event {
  return {
    '@type': 'Event',
    '@id': sessionEventId(session, urls),
    name: `${session.name} of the ${workingGroupWords}`,
    startDate: session.startDate,
    endDate: session.endDate,
    location: venueOf(session),
    organizer,
    url: urls.absolute(paths.session(session.id)),
  };
}

/** The Event of a programme slot; its name is the slot's calendar title (`slotSummary`). */
export function slotStructuredEvent(
  slot: Slot,
  session: Session,
  site: SiteModel,
  urls: Urls,
): Event {
  return {
    '@type': 'Event',
    name: slotSummary(slot, session, indexById(site.topics)),
    startDate: slot.startWithOffset,
    endDate: slot.endWithOffset,
    ...whereAndHow(slot.format, session),
    organizer,
    url: `${urls.absolute(paths.session(session.id))}#${slot.anchor}`,
    superEvent: { '@id': sessionEventId(session, urls) },
  };
}

/**
 * The Event of a meeting around a session, named as the source words it. A meeting whose time was
 * not announced has its date as `startDate`; one whose end was not announced has no `endDate`.
 */
export function meetingStructuredEvent(meeting: Meeting, session: Session, urls: Urls): Event {
  const startDate =
    meeting.start === 'not announced'
      ? meeting.date
      : toOffsetIso(meeting.date, meeting.start, session.timeZone);
  const endDate =
    meeting.start === 'not announced' || meeting.end === 'not announced'
      ? undefined
      : toOffsetIso(meeting.date, meeting.end, session.timeZone);
  return {
    '@type': 'Event',
    name: meeting.title,
    startDate,
    ...(endDate === undefined ? {} : { endDate }),
    ...whereAndHow(meeting.format, session),
    organizer,
    url: `${urls.absolute(paths.session(session.id))}#${meetingAnchor(meeting.id)}`,
    superEvent: { '@id': sessionEventId(session, urls) },
  };
}

/** The JSON-LD graph of a session page: the session, then its slots and meetings in page order. */
export function sessionStructuredData(session: Session, site: SiteModel, urls: Urls): Graph {
  return {
    '@context': 'https://schema.org',
    '@graph': [
      sessionEvent(session, urls),
      ...session.slots.map((slot) => slotStructuredEvent(slot, session, site, urls)),
      ...session.meetings.map((meeting) => meetingStructuredEvent(meeting, session, urls)),
    ],
  };
}

/**
 * JSON for a `<script type="application/ld+json">` block: `<`, `>` and `&` as `\u` escapes, so no
 * text of the content can close the element (`</script>`) or open a comment; the JSON is unchanged.
 */
export function jsonLdScriptText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

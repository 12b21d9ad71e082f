/**
 * Writes a conference schedule (see `conference-schedule.ts`) as frab `schedule.xml`, the older
 * format that ConfClerk, Giggity and others read. XML is built with xmlbuilder2, which escapes text
 * and refuses characters XML cannot hold; the element order follows the C3VOC XSD.
 */
import { create } from 'xmlbuilder2';
import type { ConferenceSchedule, ScheduleEvent } from './schedule.ts';

/** An element under construction (xmlbuilder2 does not export the type from its entry point). */
type XmlElement = ReturnType<typeof create>;

/** The `schedule.xml` text of a schedule; `selfUrl` is where the file is published. */
export function scheduleXml(document: ConferenceSchedule, selfUrl: string): string {
  const { schedule } = document;
  const { conference } = schedule;
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('schedule');
  root.ele('url').txt(selfUrl);
  root.ele('version').txt(schedule.version);

  const conferenceElement = root.ele('conference');
  conferenceElement.ele('acronym').txt(conference.acronym);
  conferenceElement.ele('title').txt(conference.title);
  conferenceElement.ele('start').txt(conference.start);
  conferenceElement.ele('end').txt(conference.end);
  conferenceElement.ele('days').txt(String(conference.daysCount));
  conferenceElement.ele('timeslot_duration').txt(conference.timeslot_duration);
  conferenceElement.ele('base_url').txt(schedule.base_url);
  conferenceElement.ele('url').txt(conference.url);
  conferenceElement.ele('time_zone_name').txt(conference.time_zone_name);
  for (const track of conference.tracks)
    conferenceElement.ele('track', { name: track.name, slug: track.slug });

  for (const day of conference.days) {
    const dayElement = root.ele('day', {
      index: String(day.index),
      date: day.date,
      start: day.day_start,
      end: day.day_end,
    });
    for (const room of conference.rooms) {
      const roomElement = dayElement.ele('room', { name: room.name, guid: room.guid });
      for (const event of day.rooms[room.name] ?? []) addEvent(roomElement, event);
    }
  }
  return `${root.end({ prettyPrint: true, wellFormed: true })}\n`;
}

/** One `<event>`; the legacy integer id and the guid are attributes. */
function addEvent(parent: XmlElement, event: ScheduleEvent): void {
  const element = parent.ele('event', { guid: event.guid, id: String(event.id) });
  element.ele('date').txt(event.date);
  element.ele('start').txt(event.start);
  element.ele('duration').txt(event.duration);
  element.ele('room').txt(event.room);
  element.ele('slug').txt(event.slug);
  element.ele('url').txt(event.url);
  element.ele('title').txt(event.title);
  if (event.subtitle) element.ele('subtitle').txt(event.subtitle);
  element.ele('track').txt(event.track);
  element.ele('type').txt(event.type);
  element.ele('language').txt(event.language);
  element.ele('abstract').txt(event.abstract);
  element.ele('description').txt(event.description);
  const persons = element.ele('persons');
  for (const person of event.persons)
    persons.ele('person', { id: String(person.id), guid: person.guid }).txt(person.name);
  const links = element.ele('links');
  for (const link of event.links) links.ele('link', { href: link.url }).txt(link.title);
}

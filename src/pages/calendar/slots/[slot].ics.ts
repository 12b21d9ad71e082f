/** `/calendar/slots/<slot-id>.ics`: one programme slot as a single event to download. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarContext, calendarResponse } from '../../../data/calendar.ts';
import { site } from '../../../data/site.ts';
import { slotDownload } from '../../../domain/outputs/calendar/events.ts';
import type { Slot } from '../../../domain/model/model.ts';

export const getStaticPaths = (() =>
  site.slots.map((slot) => ({ params: { slot: slot.id }, props: { slot } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ slot: Slot }> = ({ props }) => calendarResponse(slotDownload(props.slot, site, calendarContext));

/** `/calendar/all.ics`: every session's programme and the meetings around the sessions. */
import type { APIRoute } from 'astro';
import { calendarContext, calendarResponse } from '../../data/calendar.ts';
import { site } from '../../data/site.ts';
import { allFeed } from '../../domain/outputs/calendar/events.ts';

export const GET: APIRoute = () => calendarResponse(allFeed(site, calendarContext));

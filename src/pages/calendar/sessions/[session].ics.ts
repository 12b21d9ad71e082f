/** `/calendar/sessions/<session-id>.ics`: one session's programme and the meetings around it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarContext, calendarResponse } from '../../../data/calendar.ts';
import { site } from '../../../data/site.ts';
import { sessionFeed } from '../../../domain/outputs/calendar/events.ts';
import type { Session } from '../../../domain/model/model.ts';

export const getStaticPaths = (() =>
  site.sessions.map((session) => ({ params: { session: session.id }, props: { session } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ session: Session }> = ({ props }) =>
  calendarResponse(sessionFeed(props.session, site, calendarContext));

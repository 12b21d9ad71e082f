/** `/sessions/<id>/schedule.xml`: the session programme in the frab schedule.xml format, for conference apps. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../data/site.ts';
import { urls } from '../../../data/urls.ts';
import { buildConferenceSchedule } from '../../../domain/outputs/conference-schedule/schedule.ts';
import { scheduleXml } from '../../../domain/outputs/conference-schedule/xml.ts';
import { paths } from '../../../domain/urls.ts';

export const getStaticPaths = (() => site.sessions.map((session) => ({ params: { session: session.id }, props: { session } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(scheduleXml(buildConferenceSchedule(props.session, site, urls), urls.absolute(paths.scheduleXml(props.session.id))), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });

/** `/sessions/<id>/schedule.json`: the session programme in the C3VOC schedule format, for conference apps. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../data/site.ts';
import { urls } from '../../../data/urls.ts';
import { buildConferenceSchedule } from '../../../domain/outputs/conference-schedule/schedule.ts';
import { toJsonText } from '../../../domain/outputs/open-data/datasets.ts';

export const getStaticPaths = (() => site.sessions.map((session) => ({ params: { session: session.id }, props: { session } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(toJsonText(buildConferenceSchedule(props.session, site, urls)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

/** `/calendar/topics/<topic-id>.ics`: every session's slots on one agenda item 5 sub-item. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarContext, calendarResponse } from '../../../data/calendar.ts';
import { site } from '../../../data/site.ts';
import { feedTopics, topicFeed } from '../../../domain/outputs/calendar/events.ts';
import type { Topic } from '../../../domain/model/model.ts';

export const getStaticPaths = (() =>
  feedTopics(site).map((topic) => ({ params: { topic: topic.id }, props: { topic } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: Topic }> = ({ props }) => calendarResponse(topicFeed(props.topic, site, calendarContext));

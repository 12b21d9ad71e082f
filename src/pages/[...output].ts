/**
 * Every file of the site that is not a page (calendar feeds and slot downloads, conference
 * schedules, datasets and their schemas), one static path per entry of the output registry
 * (src/domain/outputs/registry.ts): the build writes them and `astro dev` serves them, with the
 * same bytes and content type.
 */
import { type APIRoute, type GetStaticPaths } from 'astro';
import { outputs, type OutputFile } from '../data/outputs.ts';

export const getStaticPaths = (() =>
  outputs().map((file) => ({
    params: { output: file.path.slice(1) },
    props: { file },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: OutputFile }> = ({ props: { file } }) =>
  new Response(file.body() as BodyInit, { headers: { 'Content-Type': file.contentType } });

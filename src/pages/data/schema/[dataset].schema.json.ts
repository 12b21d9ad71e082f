/** `/data/schema/<name>.schema.json`: the JSON Schema (draft 2020-12) of a dataset, generated from its zod schema. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { urls } from '../../../data/urls.ts';
import { datasetJsonSchema, toJsonText } from '../../../domain/outputs/open-data/datasets.ts';
import { datasetNames, type DatasetName } from '../../../domain/content/schemas/export/index.ts';

export const getStaticPaths = (() => datasetNames.map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(toJsonText(datasetJsonSchema(params.dataset as DatasetName, urls)), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });

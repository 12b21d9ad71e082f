/** `/data/<name>.json`: one open-data dataset, a JSON array of records (see /data/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetRecords } from '../../data/datasets.ts';
import { jsonArrayBytes } from '../../domain/outputs/open-data/datasets.ts';
import { datasetNames, type DatasetName } from '../../domain/content/schemas/export/index.ts';

export const getStaticPaths = (() => datasetNames.map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const name = params.dataset as DatasetName;
  return new Response(jsonArrayBytes(datasetRecords(name)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

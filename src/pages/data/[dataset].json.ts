/** `/data/<name>.json`: one open-data dataset, a JSON array of records (see /data/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { backLinks } from '../../data/citations.ts';
import { site } from '../../data/site.ts';
import { passages } from '../../data/sources.ts';
import { urls } from '../../data/urls.ts';
import { buildDatasets, datasetText } from '../../domain/outputs/open-data/datasets.ts';
import { datasetNames, type DatasetName } from '../../domain/content/schemas/export/index.ts';

export const getStaticPaths = (() => datasetNames.map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths;

const datasets = buildDatasets(site, urls, backLinks, passages);

export const GET: APIRoute = ({ params }) => {
  const name = params.dataset as DatasetName;
  return new Response(datasetText(name, datasets[name]), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

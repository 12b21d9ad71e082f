/** `/data/<name>.csv`: one open-data dataset as CSV (RFC 4180, UTF-8 with BOM, one row per record; see /data/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { urls } from '../../data/urls.ts';
import { csvContentType, datasetCsvBytes } from '../../domain/outputs/open-data/csv.ts';
import { datasetJsonSchema } from '../../domain/outputs/open-data/datasets.ts';
import { datasetRecords } from '../../data/datasets.ts';
import { datasetNames, type DatasetName } from '../../domain/content/schemas/export/index.ts';

export const getStaticPaths = (() => datasetNames.map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const name = params.dataset as DatasetName;
  // The same records as the JSON file, through the same schema (key order, checks).
  return new Response(datasetCsvBytes(name, datasetJsonSchema(name, urls), datasetRecords(name)), { headers: { 'Content-Type': csvContentType } });
};

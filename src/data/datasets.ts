/**
 * The open-data records, built once per build: the JSON and CSV files and the examples on /data/
 * all read these, so the three can never disagree (citation lists and source passages included).
 */
import { buildDatasets } from '../domain/outputs/open-data/datasets.ts';
import { datasetSchema, type DatasetName, type DatasetRecords } from '../domain/content/schemas/export/index.ts';
import { backLinks } from './citations.ts';
import { site } from './site.ts';
import { passages } from './sources.ts';
import { urls } from './urls.ts';

/** Records built but not yet through their schema (built on first use: only the /data/ routes need them). */
let unparsed: Partial<DatasetRecords> | undefined;
/** Records through their schema, by dataset name. */
const parsed: Partial<DatasetRecords> = {};

/**
 * A dataset's records as published: through its zod schema, which rejects a record the schema does
 * not describe and puts keys in schema order. Each dataset is parsed once per build (at scale a
 * parse takes seconds), and its unparsed records are then let go.
 */
export function datasetRecords<Name extends DatasetName>(name: Name): DatasetRecords[Name] {
  let records = parsed[name];
  if (records === undefined) {
    unparsed ??= buildDatasets(site, urls, backLinks, passages);
    records = datasetSchema(name).parse(unparsed[name]) as DatasetRecords[Name];
    parsed[name] = records;
    delete unparsed[name];
  }
  return records;
}

/**
 * The open-data records, built once per build: the JSON and CSV files and the examples on /data/
 * all read these, so the three can never disagree (citation lists and source passages included).
 */
import { buildDatasets } from '../domain/outputs/open-data/datasets.ts';
import {
  datasetSchema,
  type DatasetName,
  type DatasetRecords,
} from '../domain/content/schemas/export/index.ts';
import { backLinks } from './citations.ts';
import { site } from './site.ts';
import { passages } from './sources.ts';
import { urls } from './urls.ts';

/** What /data/ shows of a dataset: how many records, and the first one. */
export interface DatasetSummary<Name extends DatasetName> {
  count: number;
  first: DatasetRecords[Name][number] | undefined;
}

/** The routes that read a dataset's records: its JSON file and its CSV file. */
const readersPerDataset = 2;

/** Records built but not yet through their schema (built on first use: only the /data/ routes need them). */
let unparsed: Partial<DatasetRecords> | undefined;
/** Records through their schema, kept until every reader has had them. */
const parsed: Partial<DatasetRecords> = {};
const reads = new Map<DatasetName, number>();
const summaries = new Map<DatasetName, DatasetSummary<DatasetName>>();

/**
 * A dataset's records through its zod schema, which rejects a record the schema does not describe
 * and puts keys in schema order. Each dataset is parsed once per build (at scale a parse takes
 * seconds) and kept only until its JSON and CSV files have read it (tens of megabytes at scale);
 * a later reader would parse it again.
 */
function parse<Name extends DatasetName>(name: Name): DatasetRecords[Name] {
  let records: DatasetRecords[Name] | undefined = parsed[name];
  if (records === undefined) {
    // Built on first use; a dataset asked for again after it was let go is built again.
    if (unparsed?.[name] === undefined) unparsed = buildDatasets(site, urls, backLinks, passages);
    records = datasetSchema(name).parse(unparsed[name]) as DatasetRecords[Name];
    delete unparsed[name];
    if (Object.keys(unparsed).length === 0) unparsed = undefined;
    parsed[name] = records;
    summaries.set(name, { count: records.length, first: records[0] });
  }
  return records;
}

/** A dataset's records as published (for its JSON and CSV files). */
export function datasetRecords<Name extends DatasetName>(name: Name): DatasetRecords[Name] {
  const records = parse(name);
  const count = (reads.get(name) ?? 0) + 1;
  reads.set(name, count);
  if (count >= readersPerDataset) delete parsed[name];
  return records;
}

/** How many records a dataset has, and its first record (for /data/). */
export function datasetSummary<Name extends DatasetName>(name: Name): DatasetSummary<Name> {
  if (!summaries.has(name)) parse(name);
  return summaries.get(name) as DatasetSummary<Name>;
}

// The boundary (eslint.config.js): pages, components and layouts reach src/domain only
// through src/data/. Dataset schemas, field documentation and CSV helpers pages show.
export * from '../domain/content/schemas/export/index.ts';
export * from '../domain/outputs/open-data/docs.ts';
export * from '../domain/outputs/open-data/csv.ts';
export { datasetJsonSchema, toJsonText } from '../domain/outputs/open-data/datasets.ts';
export * from '../domain/outputs/open-data/sheets.ts';

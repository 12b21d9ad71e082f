/**
 * The open-data records, built once per build: the JSON and CSV files and the examples on /data/
 * all read these, so the three can never disagree (citation lists and source passages included).
 */
import { buildDatasets } from '../domain/outputs/open-data/datasets.ts';
import { backLinks } from './citations.ts';
import { site } from './site.ts';
import { passages } from './sources.ts';
import { urls } from './urls.ts';

/** Every dataset's records, by dataset name. */
export const datasets = buildDatasets(site, urls, backLinks, passages);

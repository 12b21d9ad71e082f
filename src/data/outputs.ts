/**
 * The files this build publishes besides its pages (feeds, slot downloads, schedules, datasets,
 * schemas), from the one list in src/domain/outputs/registry.ts over this build's model.
 */
import { outputFiles, type OutputFile } from '../domain/outputs/registry.ts';
import { datasetRecords } from './datasets.ts';
import { site } from './site.ts';
import { passages } from './sources.ts';
import { urls } from './urls.ts';

/** Every output file of this build, in path order (each file's content is made when asked for). */
export function outputs(): OutputFile[] {
  return outputFiles({ site, urls, datasetRecords, passages });
}

// The boundary (eslint.config.js): pages, components and layouts reach src/domain only
// through src/data/. The output registry, host headers and conference schedule pages show.
export * from '../domain/outputs/registry.ts';
export * from '../domain/outputs/host-headers.ts';
export * from '../domain/outputs/conference-schedule/schedule.ts';
export * from '../domain/outputs/structured-data.ts';

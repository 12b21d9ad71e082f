/** The open-data datasets: their names (as in `/data/<name>.json`), titles and record schemas. */
import { z } from 'zod';
import { documentRecord } from './document.ts';
import { questionRecord } from './question.ts';
import { reportParagraphRecord } from './report-paragraph.ts';
import { sessionRecord } from './session.ts';
import { slotRecord } from './slot.ts';
import { topicRecord } from './topic.ts';

export * from './common.ts';
export * from './document.ts';
export * from './question.ts';
export * from './report-paragraph.ts';
export * from './session.ts';
export * from './slot.ts';
export * from './topic.ts';

/** One dataset: a JSON array of records of one schema. */
export interface DatasetDefinition<Record extends z.ZodType = z.ZodType> {
  /** Human title, used in the JSON Schema and on the documentation page. */
  title: string;
  /** What one record is. */
  record: Record;
}

/** Every dataset, in the order the documentation lists them; names are published URLs. */
export const datasetDefinitions = {
  sessions: { title: 'Sessions', record: sessionRecord },
  slots: { title: 'Programme slots', record: slotRecord },
  questions: { title: 'Guiding questions', record: questionRecord },
  topics: { title: 'Topics', record: topicRecord },
  documents: { title: 'Cited documents', record: documentRecord },
  'report-paragraphs': { title: 'Cited report paragraphs', record: reportParagraphRecord },
} as const satisfies Record<string, DatasetDefinition>;

/** Name of a dataset, e.g. `report-paragraphs`. */
export type DatasetName = keyof typeof datasetDefinitions;

/** The dataset names in documentation order. */
export const datasetNames = Object.keys(datasetDefinitions) as DatasetName[];

/** The record type of each dataset. */
export type DatasetRecords = { [Name in DatasetName]: z.infer<(typeof datasetDefinitions)[Name]['record']>[] };

/** The zod schema of a whole dataset file: an array of records. */
export function datasetSchema<Name extends DatasetName>(name: Name) {
  const { title, record } = datasetDefinitions[name];
  return z.array(record).meta({ title: `OEWG open data: ${title}`, description: `${title}: a JSON array; each item is ${lowerFirst(record.description ?? 'a record')}` });
}

/** Lower-cases the first letter, to fit a sentence into another. */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

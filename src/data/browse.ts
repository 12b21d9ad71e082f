/**
 * What pages show of the model: browse views, lookups, the timetable, topic comparisons, report
 * ranges and dates. Pure functions of the model, re-exported here so that pages, components and
 * layouts reach src/domain only through src/data/ (a lint rule holds them to it).
 */
export * from '../domain/model/browse.ts';
export * from '../domain/model/locations.ts';
export * from '../domain/model/lookup.ts';
export * from '../domain/model/report-ranges.ts';
export * from '../domain/model/timetable.ts';
export * from '../domain/model/topic-comparison.ts';
export * from '../domain/time.ts';

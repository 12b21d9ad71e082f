/**
 * The layout of src/domain: reading content, the model and the outputs import each other without a
 * circle, and no function is longer than about a screen.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { functionLineLimit, longFunctions, longFunctionsIn } from '../../scripts/check-function-length.ts';
import { domainLeaves, findCycles, leafViolations, readImportGraph, type ImportGraph } from '../../scripts/check-imports.ts';

const graph = readImportGraph(resolve(import.meta.dirname, '../../src/domain'));

describe('src/domain import graph', () => {
  it('is read: the model imports the content reader, the calendar imports the model', () => {
    expect(graph.get('model/site.ts')).toContain('content/content-reader.ts');
    expect(graph.get('outputs/calendar/events.ts')).toContain('model/model.ts');
  });

  it('has no import cycle', () => {
    expect(findCycles(graph)).toEqual([]);
  });

  it('has leaves (anchors, time, urls) that import nothing above them', () => {
    expect(leafViolations(graph, domainLeaves)).toEqual([]);
  });

  it('is shown to catch a cycle and a leaf that imports upwards (test of the test)', () => {
    const broken: ImportGraph = new Map([
      ['model/site.ts', ['model/citations.ts']],
      ['model/citations.ts', ['model/locations.ts']],
      ['model/locations.ts', ['model/site.ts', 'time.ts']],
      ['time.ts', ['model/model.ts']],
      ['model/model.ts', []],
    ]);
    expect(findCycles(broken)).toEqual([['model/citations.ts', 'model/locations.ts', 'model/site.ts', 'model/citations.ts']]);
    expect(leafViolations(broken, domainLeaves)).toEqual(['time.ts → model/model.ts']);
  });
});

describe('src/domain functions', () => {
  it(`are at most ${functionLineLimit} lines long (a table of rules or named steps instead)`, () => {
    expect(longFunctions(resolve(import.meta.dirname, '../../src/domain'))).toEqual([]);
  });

  it('are measured: a long function, arrow or method is caught by name (test of the test)', () => {
    const body = (lines: number) => Array.from({ length: lines }, (_, index) => `  const v${index} = ${index};`).join('\n');
    const source = [
      `export function long(): void {\n${body(60)}\n}`,
      `const arrow = (): void => {\n${body(60)}\n};`,
      `const rules = { check(): void {\n${body(60)}\n} };`,
      `function short(): void {\n${body(58)}\n}`,
    ].join('\n');
    expect(longFunctionsIn(source, 'x.ts').map((entry) => [entry.name, entry.lines])).toEqual([['long', 62], ['arrow', 62], ['check', 62]]);
  });
});

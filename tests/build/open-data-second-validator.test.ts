/**
 * The open data checked by a second, independent JSON Schema implementation (@cfworker/json-schema
 * beside Ajv): every built dataset validates against its published draft 2020-12 schema, and the
 * validator is shown to refuse broken records (a missing required field, a wrong type, a bad date).
 */
import { describe, expect, test } from 'vitest';
import { datasetNames } from '../../src/domain/content/schemas/export/index.ts';
import { paths } from '../../src/domain/site-paths.ts';
import { readBuilt } from '../helpers/built-site.ts';
import { validateDraft2020, validateDraft2020Independently } from '../helpers/schema-validators.ts';

/** A built JSON file, parsed. */
const readJson = <T = unknown>(sitePath: string): T => JSON.parse(readBuilt(sitePath)) as T;

describe.each(datasetNames)('dataset %s', (name) => {
  test('validates against its schema with @cfworker/json-schema, as with Ajv', () => {
    const schema = readJson<object>(paths.datasetSchema(name));
    const data = readJson<unknown[]>(paths.dataset(name));
    expect(data.length).toBeGreaterThan(0);
    expect(validateDraft2020Independently(schema, data)).toEqual([]);
    expect(validateDraft2020(schema, data)).toEqual([]);
  });
});

describe('a test of the test: the second validator refuses broken records', () => {
  const schema = readJson<object>(paths.datasetSchema('questions'));
  const [first, ...rest] = readJson<Record<string, unknown>[]>(paths.dataset('questions'));

  test('a question without text', () => {
    const { text: _text, ...withoutText } = first!;
    expect(validateDraft2020Independently(schema, [withoutText, ...rest]).length).toBeGreaterThan(
      0,
    );
  });

  test('a question whose text is a number', () => {
    expect(
      validateDraft2020Independently(schema, [{ ...first, text: 42 }, ...rest]).length,
    ).toBeGreaterThan(0);
  });

  test('a session with an impossible date', () => {
    const sessions = readJson<Record<string, unknown>[]>(paths.dataset('sessions'));
    const sessionSchema = readJson<object>(paths.datasetSchema('sessions'));
    const dateField = Object.keys(sessions[0]!).find((key) =>
      /^\d{4}-\d{2}-\d{2}$/.test(String(sessions[0]![key])),
    )!;
    expect(dateField).toBeDefined();
    const broken = [{ ...sessions[0], [dateField]: '2022-02-30' }, ...sessions.slice(1)];
    expect(validateDraft2020Independently(sessionSchema, broken).length).toBeGreaterThan(0);
  });
});

/**
 * Standard validators for the exports: Ajv (draft 2020-12) for the datasets' own JSON Schemas and,
 * independently, @cfworker/json-schema (another implementation, so a schema that only one of them
 * reads as intended is caught); Ajv with the draft-06 meta-schema for the published C3VOC schema;
 * and xmllint for the frab XSD.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from '@cfworker/json-schema';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { projectRoot } from './content-fixture.ts';

const require = createRequire(import.meta.url);

/** The copy of the C3VOC reference files (see tests/fixtures/c3voc/README.md). */
export const c3vocFixtures = join(projectRoot, 'tests', 'fixtures', 'c3voc');

/** Result of a validation: the errors as readable lines (empty when valid). */
export type ValidationErrors = string[];

/** Validates data against a draft 2020-12 JSON Schema (the datasets' schemas). */
export function validateDraft2020(schema: object, data: unknown): ValidationErrors {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return validate(data)
    ? []
    : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

/**
 * Validates data against a draft 2020-12 JSON Schema with @cfworker/json-schema, an implementation
 * independent of Ajv (formats such as `uri` and `date` are checked too). All errors, not only the first.
 */
export function validateDraft2020Independently(schema: object, data: unknown): ValidationErrors {
  const result = new Validator(schema, '2020-12', false).validate(data);
  return result.valid
    ? []
    : result.errors.map((error) => `${error.instanceLocation} ${error.error}`);
}

/** Validates a `schedule.json` document against the published C3VOC schema (draft-06). */
export function validateC3vocSchedule(data: unknown): ValidationErrors {
  // The C3VOC schema uses annotations Ajv does not know ("$oneOf", "$todo", "deprecated"): not strict.
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
  addFormats(ajv);
  // "color" is a format the schema names but does not define; the exports use no colours.
  ajv.addFormat('color', /^#[0-9a-fA-F]{6}$/);
  const validate = ajv.compile(
    JSON.parse(readFileSync(join(c3vocFixtures, 'schema.json'), 'utf8')),
  );
  return validate(data)
    ? []
    : (validate.errors ?? []).map(
        (error) => `${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`,
      );
}

/** Validates a `schedule.xml` text against the frab XSD with xmllint; returns xmllint's complaints. */
export function validateFrabXml(xml: string): ValidationErrors {
  const folder = mkdtempSync(join(tmpdir(), 'oewg-xml-'));
  const file = join(folder, 'schedule.xml');
  writeFileSync(file, xml);
  try {
    execFileSync(
      'xmllint',
      ['--noout', '--schema', join(c3vocFixtures, 'schedule.xml.xsd'), file],
      { stdio: 'pipe' },
    );
    return [];
  } catch (error) {
    const { stderr, code } = error as { stderr?: Buffer; code?: string };
    // A missing xmllint is a broken environment, not an invalid file: fail loudly with the fix.
    if (code === 'ENOENT')
      throw new Error('xmllint is missing: apt-get install -y libxml2-utils', { cause: error });
    const lines = (stderr?.toString() ?? '').split('\n').filter(Boolean);
    return lines.length > 0 ? lines : [String(error)];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

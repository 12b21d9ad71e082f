/**
 * Two clean builds (content cache cleared, fresh output folders, machine time zones 14 h 45 min
 * apart) produce byte-identical calendar files: no build clock, no randomness, no host zone.
 */
import { expect, test } from 'vitest';
import { buildTwice } from '../../scripts/build-twice.ts';

test('two clean builds under different TZ produce byte-identical .ics files', () => {
  const result = buildTwice();
  expect(result.files.length).toBeGreaterThan(0);
  expect(result.differences).toEqual([]);
});

/**
 * Content YAML is read with js-yaml under the rules of YAML 1.2's core schema (dates and times stay
 * strings), refusing anchors (so aliases), nesting past the limit and more than one document, with
 * the line and column of a syntax error.
 */
import { describe, expect, test } from 'vitest';
import { parseContentYaml } from '../../../src/domain/content/content-yaml.ts';
import { contentLimits } from '../../../src/domain/content/schemas/index.ts';

const value = (scalar: string): unknown => {
  const parsed = parseContentYaml(`value: ${scalar}\n`);
  if (!('data' in parsed)) throw new Error(parsed.problem);
  return (parsed.data as { value: unknown }).value;
};
const problem = (text: string): string | undefined => {
  const parsed = parseContentYaml(text);
  return 'problem' in parsed ? parsed.problem : undefined;
};

describe('content YAML', () => {
  // YAML 1.2 core schema (spec 10.3.2): these resolve to numbers, booleans or null ...
  test.each([
    ['1', 1], ['-1', -1], ['+1', 1], ['007', 7], ['0o17', 15], ['0x1F', 31], ['1e3', 1000], ['1E+3', 1000], ['-1.5e-2', -0.015],
    ['.5', 0.5], ['1.', 1], ['1.50', 1.5], ['.inf', Infinity], ['-.Inf', -Infinity], ['+.INF', Infinity],
    ['~', null], ['null', null], ['Null', null], ['NULL', null], ['', null], ['true', true], ['True', true], ['TRUE', true], ['false', false],
  ])('plain %j is a %s', (scalar, expected) => {
    expect(value(scalar)).toBe(expected);
  });
  test('.nan is NaN', () => expect(value('.nan')).toBeNaN());

  // ... and everything else stays the string as written (YAML 1.1 habits, dates and times included).
  test.each([
    '0o8', '0X1F', '0b101', '1_000', 'nan', 'inf', 'nULL', 'tRUE', 'yes', 'no', 'on', 'off', 'y',
    '2022-03-28', '10:00', '1:30', '12:30:00', '2022-03-28T10:00:00Z', 'Q & A', 'a #comment',
  ])('plain %j stays a string', (scalar) => {
    expect(value(scalar)).toBe(scalar.replace(/ #comment$/, ''));
  });

  test('quoted scalars, block scalars and flow collections read as YAML says', () => {
    expect(value('"1"')).toBe('1');
    expect(value("'it''s'")).toBe("it's");
    expect(value('"a\\tb\\u00e9"')).toBe('a\tbé');
    expect(parseContentYaml('a: |\n  line one\n  line two\nb: >-\n  folded\n  text\n')).toEqual({ data: { a: 'line one\nline two\n', b: 'folded text' } });
    expect(parseContentYaml('list: [a, 1, true]\nmap: {a: 1}\n')).toEqual({ data: { list: ['a', 1, true], map: { a: 1 } } });
  });

  test('syntax errors name the line and column', () => {
    expect(problem('a: 1\nb: [unclosed\nc: 2\n')).toBe('malformed YAML at line 3, column 1: missed comma between flow collection entries');
    expect(problem('a: 1\na: 2\n')).toBe('malformed YAML at line 2, column 1: duplicated mapping key');
    expect(problem('a: 1\n---\nb: 2\n')).toMatch(/^malformed YAML at .*: expected a single document/);
  });

  test('anchors are refused, so no alias is ever expanded', () => {
    expect(problem('a: &x 1\nb: *x\n')).toBe('YAML anchor &x at line 1: anchors and aliases are not allowed in content, write the value out');
    expect(problem('a: 1\nb: &list\n  - 1\n  - 2\nc: *list\n')).toMatch(/^YAML anchor &list at line 2:/);
    expect(problem('a: *undefined\n')).toMatch(/^malformed YAML at line 1, column \d+: unidentified alias/);
  });

  test('nesting: at the limit is read, past it refused, far past it refused without exhausting the stack', () => {
    const nested = (levels: number) => `deep: ${'['.repeat(levels)}${']'.repeat(levels)}\n`;
    const tooDeep = `YAML nested more than ${contentLimits.yamlDepth} levels deep: content is never nested that deep`;
    // The top-level mapping is one level.
    expect(problem(nested(contentLimits.yamlDepth - 1))).toBeUndefined();
    expect(problem(`deep: ${'['.repeat(contentLimits.yamlDepth - 1)}x${']'.repeat(contentLimits.yamlDepth - 1)}\n`)).toBeUndefined();
    expect(problem(nested(contentLimits.yamlDepth))).toBe(tooDeep);
    expect(problem(nested(200_000))).toBe(tooDeep);
  });

  test('tags beyond the core schema are refused; merge keys are plain keys', () => {
    expect(problem('a: !foo x\n')).toMatch(/^malformed YAML at line 1, column \d+: unknown tag/);
    expect(parseContentYaml('<<: {a: 1}\n')).toEqual({ data: { '<<': { a: 1 } } });
    expect(parseContentYaml('a: !!str 1\n')).toEqual({ data: { a: '1' } });
  });
});

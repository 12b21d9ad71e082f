/**
 * The fast YAML path must read every text it takes exactly as the reference reader (`yaml`, YAML
 * 1.2 core schema) does: the real content files and a set of edge cases, read both ways.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { readPlainYaml } from '../../../src/domain/content/yaml-fast-path.ts';
import { contentLimits } from '../../../src/domain/content/schemas/index.ts';

const projectRoot = resolve(import.meta.dirname, '../../..');
const reference = (text: string): unknown => parseDocument(text, { uniqueKeys: true }).toJS();
const fast = (text: string) => readPlainYaml(text, contentLimits.yamlDepth);

/** The YAML of every content file: whole `.yaml` files and the frontmatter of `.md` files. */
function contentYaml(): { file: string; text: string }[] {
  const root = join(projectRoot, 'content');
  const texts: { file: string; text: string }[] = [];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const file = join(entry.parentPath, entry.name);
    if (entry.name.endsWith('.yaml')) texts.push({ file, text: readFileSync(file, 'utf8') });
    if (entry.name.endsWith('.md')) texts.push({ file, text: /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))![1]! });
  }
  return texts;
}

describe('the fast YAML path', () => {
  test('reads every content file as the reference reader does, and takes nearly all of them', () => {
    const texts = contentYaml();
    expect(texts.length).toBeGreaterThan(20);
    let taken = 0;
    for (const { file, text } of texts) {
      const result = fast(text);
      if (!result) continue;
      taken += 1;
      expect(result.data, file).toStrictEqual(reference(text));
    }
    expect(taken / texts.length).toBeGreaterThan(0.8);
  });

  const scalars = [
    '1', '-1', '+1', '-0', '007', '0o17', '0o8', '0x1F', '0X1F', '0b101', '1_000', '1e3', '1E+3', '-1.5e-2', '.5', '1.', '1.50',
    '.inf', '-.Inf', '+.INF', '.nan', '.NaN', 'nan', 'inf', '~', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRUE',
    'false', 'yes', 'no', 'on', 'off', 'y', '2022-03-28', '10:00', '1:30', '12:30:00', '2022-03-28T10:00:00Z', '"1"', "'true'",
    '"a\\tb\\u00e9\\x41\\N\\_"', "'it''s'", 'a: b', '"a: b"', 'Q & A', '#not', 'a #comment', '- x', '[a, 1, true]', '{a: 1, b: [x]}', '',
  ];
  test.each(scalars)('scalar %j', (scalar) => {
    const text = `value: ${scalar}\n`;
    const result = fast(text);
    if (result) expect(result.data).toStrictEqual(reference(text));
  });

  const documents = [
    'a: |\n  line one\n  line two\n\nb: >\n  folded\n  text\n\n  para\nc: |-\n  kept\nd: >+\n  plus\n\n\ne: x\n',
    'a: |2\n    indented\n  less\n',
    'plain: this is\n  a multi-line\n  plain scalar\nquoted: "a\n  b\\\n  c"\nsingle: \'x\n\n  y\'\n',
    'list:\n  - a\n  -\n  - - nested\n    - 2\n  - key: value\n    other: [1, 2]\n',
    '---\na: 1\n...\n',
    'a: 1\r\nb:\r\n  - x\r\n',
    'text: "tab\there"\nraw: tab\there\n',
    'empty: {}\nnone: []\nnothing:\n',
    'key-with-hyphen: 1\nkey_with_underscore: 2\nCamelCase: 3\n',
    '# comment\na: 1 # trailing\n',
    'a: 1\na: 2\n',
    'a: &x 1\nb: *x\n',
    'a: !!str 1\n',
    '<<: {a: 1}\n',
    '"quoted key": 1\n',
    '? complex\n: value\n',
    '[a, b]: 1\n',
    'a: 1\n---\nb: 2\n',
    'a: [unclosed\n',
    '',
    '- top\n- level\n',
    'just a string\n',
    `deep: ${'['.repeat(contentLimits.yamlDepth)}${']'.repeat(contentLimits.yamlDepth)}\n`,
    `deeper: ${'['.repeat(contentLimits.yamlDepth + 1)}${']'.repeat(contentLimits.yamlDepth + 1)}\n`,
  ];
  test.each(documents)('document %j', (text) => {
    const result = fast(text);
    if (result) expect(result.data).toStrictEqual(reference(text));
  });

  test('leaves to the reference reader what it must judge or report', () => {
    for (const text of ['a: 1\na: 2\n', 'a: &x 1\nb: *x\n', 'a: !!str 1\n', '<<: {a: 1}\n', '"quoted key": 1\n', 'a: [unclosed\n', 'a: 1\n---\nb: 2\n', '']) {
      expect(fast(text), text).toBeUndefined();
    }
    expect(fast(`deep: ${'['.repeat(contentLimits.yamlDepth)}${']'.repeat(contentLimits.yamlDepth)}\n`)).toBeUndefined();
    expect(fast(`deep: ${'['.repeat(contentLimits.yamlDepth - 1)}${']'.repeat(contentLimits.yamlDepth - 1)}\n`)).toBeDefined();
  });
});

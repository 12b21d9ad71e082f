/** Every guiding question, focused discussion, heading and summary is the sources' own words. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { appearsIn, normaliseForProvenance, verbatimTexts } from '../../../src/domain/content/provenance.ts';
import { loadSite } from '../../../src/domain/model/load-site.ts';
import { projectRoot } from '../../helpers/content-fixture.ts';

const contentRoot = join(projectRoot, 'content');
const site = loadSite(contentRoot, projectRoot);
const texts = verbatimTexts(site);
const sourceCache = new Map<string, string>();
const normalisedSource = (file: string): string => {
  if (!sourceCache.has(file)) sourceCache.set(file, normaliseForProvenance(readFileSync(join(contentRoot, file), 'utf8')));
  return sourceCache.get(file)!;
};

describe('provenance', () => {
  test('the content keeps the sources byte for byte as they were extracted', () => {
    for (const [kept, seed] of [
      ['sources/chair-letter-2022-03-07.txt', '000_3805097185172a23.txt'],
      ['sources/secretariat-note-2023-02-23.txt', '004_889aa6c13a70bf51.txt'],
    ] as const) {
      const seedPath = join(projectRoot, '..', 'shared', 'seeds', seed);
      let seedText: string;
      try {
        seedText = readFileSync(seedPath, 'utf8');
      } catch {
        continue; // shared/ sits beside the repository on project machines; a bare clone has only the copy.
      }
      expect(readFileSync(join(contentRoot, kept), 'utf8')).toBe(seedText);
    }
  });

  test('covers every kind of verbatim text, including every guiding question', () => {
    expect(texts.filter((text) => text.field.startsWith('question ') && !text.field.endsWith('group'))).toHaveLength(site.questions.length);
    const kinds = new Set(texts.map((text) => text.field.replace(/^.*, /, '').replace(/\[\d+\].*$/, '').replace(/^question .*/, 'question')));
    for (const kind of ['heading', 'subItem', 'focusedDiscussion', 'question', 'items', 'speakers', 'body', 'announcement']) {
      expect(kinds).toContain(kind);
    }
    // Who signed a source is checked against it too (the source pages and the notes' heading name them).
    const signed = site.sessions.filter((session) => session.programmeSource.signedBy);
    expect(texts.filter((text) => text.field.startsWith('programmeSource.signedBy.'))).toHaveLength(2 * signed.length);
  });

  test.each(texts.map((text) => [`${text.file}: ${text.field}`, text] as const))('%s', (_label, text) => {
    expect(text.sources.length, 'no source to check against').toBeGreaterThan(0);
    const found = text.sources.some((source) => appearsIn(text.text, normalisedSource(source)));
    expect(found, `not found verbatim in ${text.sources.join(' or ')}: ${text.text}`).toBe(true);
  });

  test('normalisation only removes extraction artefacts', () => {
    expect(normaliseForProvenance('capacity-\n\nbuilding')).toBe('capacity-building');
    expect(normaliseForProvenance('Chair’s “regular, institutional dialogue”')).toBe('Chair\'s "regular, institutional dialogue"');
    expect(normaliseForProvenance('document [A/77/275](#)<sup>1</sup> (*continued*)')).toBe('document A/77/275 (continued)');
    // A changed word is still a difference.
    expect(appearsIn('How can States work together', normaliseForProvenance('How can States work jointly'))).toBe(false);
  });
});

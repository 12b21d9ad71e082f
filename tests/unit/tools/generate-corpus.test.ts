/** The benchmark corpus generator writes valid content that grows linearly with the scale. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { generateCorpus } from '../../../tools/generate-corpus.ts';
import { readContent } from '../../../src/domain/content/content-reader.ts';
import { loadSite } from '../../../src/domain/model/load-site.ts';
import { frozenContent, projectRoot } from '../../helpers/content-fixture.ts';

test('a 3× corpus passes every content check and holds three times the real content', () => {
  // The frozen fixture: content/ may already hold copies, whose ids a copy of them would reuse.
  const contentRoot = frozenContent;
  const real = loadSite(contentRoot, projectRoot);
  const out = mkdtempSync(join(tmpdir(), 'oewg-corpus-'));
  try {
    expect(generateCorpus(readContent(contentRoot, projectRoot), contentRoot, out, 3)).toBe(
      3 * real.sessions.length,
    );
    const corpus = loadSite(out, out);
    expect(corpus.slots).toHaveLength(3 * real.slots.length);
    expect(corpus.questions).toHaveLength(3 * real.questions.length);
    expect(new Set(corpus.questions.map((question) => question.id)).size).toBe(
      corpus.questions.length,
    );
    // Copies keep the weekdays and times of the real programme.
    expect(corpus.sessions.map((session) => session.days[0]!.label.split(',')[0])).toEqual(
      Array.from({ length: 3 }, () =>
        real.sessions.map((session) => session.days[0]!.label.split(',')[0]),
      ).flat(),
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

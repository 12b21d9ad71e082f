/**
 * The search index's building blocks: the Pagefind integration indexing built pages as they are
 * (with the real Pagefind: only pages marked `data-pagefind-body`, each result an anchor with its
 * `data-pagefind-title`, filters and metadata from Pagefind's attributes, ignored parts left out)
 * and failing the build on any reported error while always closing Pagefind; result titles and
 * their reading back; the model's records by page; the glossary's source check.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, test } from 'vitest';
import { ContentError } from '../../../src/domain/content/content-error.ts';
import { loadSite } from '../../../src/domain/model/load-site.ts';
import { questionLocation } from '../../../src/domain/model/locations.ts';
import {
  recordSessionLimit,
  searchRecordsByPage,
  searchMarker,
} from '../../../src/domain/outputs/search-records.ts';
import { backLinksOf } from '../../../src/domain/model/back-links.ts';
import { documentAnchor } from '../../../src/domain/anchors.ts';
import {
  readResultTitle,
  searchResultTitle,
  type SearchRecord,
} from '../../../src/domain/search/result-title.ts';
import { paths } from '../../../src/domain/site-paths.ts';
import { buildSearchIndex, type PagefindApi } from '../../../src/integrations/pagefind.ts';
import { brokenContent, projectRoot } from '../../helpers/content-fixture.ts';

const site = loadSite(resolve(projectRoot, 'content'), projectRoot);

const record: SearchRecord = {
  label: 'Guiding question 1',
  sessions: ['Session X'],
  date: '1 May 2030, 10 a.m.–1 p.m.',
  topics: ['Rules, norms and principles'],
  instants: { start: '2030-05-01T22:00:00Z', end: '2030-05-02T01:00:00Z' },
};

const indexedPage = `<!doctype html><html lang="en"><head><title>Session X · OEWG</title></head><body>
<header>Site name and navigation</header>
<main data-pagefind-body>
  <data hidden data-pagefind-meta="title[value]" value="Session X: programme"></data>
  <data hidden data-pagefind-filter="topic[value]" value="Rules, norms and principles"></data>
  <h1>Session X</h1>
  <h2 data-pagefind-ignore>Monday</h2>
  <article id="slot-a" ${Object.entries(searchMarker({ ...record, label: 'Programme slot: A' }))
    .map(([name, value]) => `${name}="${value}"`)
    .join(' ')}>
    <h3 id="slot-a-title">10 a.m.</h3><p>Focused discussion on funding</p>
    <ol><li id="q-a-1" data-pagefind-title="${searchResultTitle(record)}">What lessons can be gleaned? <a data-pagefind-ignore href="#q-a-1">Link to this</a></li></ol>
  </article>
</main><footer>Footer words</footer></body></html>`;

/** A Pagefind fragment of a written index. */
function fragments(outDir: string): {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { id: string; title?: string }[];
}[] {
  const folder = join(outDir, 'pagefind', 'fragment');
  return readdirSync(folder).map((file) =>
    JSON.parse(
      gunzipSync(readFileSync(join(folder, file)))
        .toString('utf8')
        .replace(/^pagefind_dcd/, ''),
    ),
  );
}

/** A stand-in for Pagefind's Node API that records its calls. */
function fakePagefind(
  errors: { create?: string[]; add?: string[]; write?: string[] } = {},
  pageCount = 1,
): { api: PagefindApi; calls: string[] } {
  const calls: string[] = [];
  const api: PagefindApi = {
    createIndex: () => {
      calls.push('createIndex');
      return Promise.resolve({
        errors: errors.create ?? [],
        index: {
          addDirectory: (options: { path: string }) => {
            calls.push(`add ${options.path}`);
            return Promise.resolve({ errors: errors.add ?? [], page_count: pageCount });
          },
          writeFiles: (options?: { outputPath: string }) => {
            calls.push(`write ${options?.outputPath}`);
            return Promise.resolve({
              errors: errors.write ?? [],
              outputPath: options?.outputPath ?? '',
            });
          },
        } as never,
      });
    },
    close: () => {
      calls.push('close');
      return Promise.resolve(null);
    },
  };
  return { api, calls };
}

describe('buildSearchIndex', () => {
  const folders: string[] = [];
  afterEach(() =>
    folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })),
  );
  const siteWith = (html: string): string => {
    const outDir = mkdtempSync(join(tmpdir(), 'oewg-search-'));
    folders.push(outDir);
    mkdirSync(join(outDir, 'sessions', 'x'), { recursive: true });
    writeFileSync(join(outDir, 'sessions', 'x', 'index.html'), html);
    writeFileSync(
      join(outDir, 'index.html'),
      '<!doctype html><html lang="en"><body><main>home page words</main></body></html>',
    );
    return outDir;
  };

  test('the real Pagefind indexes the marked page as it is: results at their anchors with their titles, its filters and title, no chrome', async () => {
    const outDir = siteWith(indexedPage);
    await expect(buildSearchIndex({ outDir })).resolves.toMatchObject({
      outputPath: join(outDir, 'pagefind'),
    });
    const [fragment, ...others] = fragments(outDir);
    // The home page has no data-pagefind-body: left out.
    expect(others).toEqual([]);
    expect(fragment!.url).toBe('/sessions/x/');
    expect(fragment!.meta.title).toBe('Session X: programme');
    expect(fragment!.filters.topic).toEqual(['Rules, norms and principles']);
    expect(
      fragment!.anchors.filter((anchor) => anchor.title).map((anchor) => [anchor.id, anchor.title]),
    ).toEqual([
      ['slot-a', searchResultTitle({ ...record, label: 'Programme slot: A' })],
      ['q-a-1', searchResultTitle(record)],
    ]);
    expect(fragment!.content).toContain('Focused discussion on funding');
    for (const chrome of ['Site name', 'Footer words', 'Monday', 'Link to this', 'home page'])
      expect(fragment!.content).not.toContain(chrome);
  });

  test('calls addDirectory on the build, writes into <outDir>/pagefind and closes', async () => {
    const { api, calls } = fakePagefind();
    const outDir = siteWith(indexedPage);
    await expect(buildSearchIndex({ outDir, pagefind: api })).resolves.toEqual({
      pages: 1,
      outputPath: join(outDir, 'pagefind'),
    });
    expect(calls).toEqual([
      'createIndex',
      `add ${outDir}`,
      `write ${join(outDir, 'pagefind')}`,
      'close',
    ]);
  });

  test.each([
    ['createIndex', { create: ['bad config'] }, /Pagefind createIndex failed:\nbad config/],
    ['addDirectory', { add: ['unparseable'] }, /Pagefind addDirectory failed:\nunparseable/],
    ['writeFiles', { write: ['disk full'] }, /Pagefind writeFiles failed:\ndisk full/],
  ])(
    'an error reported by %s fails the build, and Pagefind is closed',
    async (_step, errors, message) => {
      const { api, calls } = fakePagefind(errors);
      await expect(
        buildSearchIndex({ outDir: siteWith(indexedPage), pagefind: api }),
      ).rejects.toThrow(message);
      expect(calls.at(-1)).toBe('close');
    },
  );

  test('a build without any indexed page fails (the markup was lost), and Pagefind is closed', async () => {
    const { api, calls } = fakePagefind({}, 0);
    await expect(
      buildSearchIndex({
        outDir: siteWith('<html><body><main>no results</main></body></html>'),
        pagefind: api,
      }),
    ).rejects.toThrow(/nothing to search/);
    expect(calls.at(-1)).toBe('close');
  });
});

describe('result titles', () => {
  test('read back what was written: label, facts, UTC instants (an end past midnight on the next day)', () => {
    const title = searchResultTitle(record);
    expect(title).toBe(
      'Guiding question 1 · Session X · 1 May 2030, 10 a.m.–1 p.m. · Rules, norms and principles · 2030-05-01 22:00–01:00 UTC',
    );
    expect(readResultTitle(title)).toEqual({
      label: record.label,
      facts: ['Session X', record.date, 'Rules, norms and principles'],
      instants: record.instants,
    });
  });

  test('a part holding the separator fails (it could not be read back)', () => {
    expect(() => searchResultTitle({ ...record, label: 'A · B' })).toThrow(/separator/);
  });

  test('every guiding question is a result where it is printed, titled with its number, session, date and topic', () => {
    const records = searchRecordsByPage(site);
    for (const question of site.questions) {
      const location = questionLocation(site, question);
      const found = records.get(location.path)?.get(location.anchor);
      expect(found?.label, question.id).toMatch(
        new RegExp(`^Guiding question ${question.number}\\b`),
      );
      expect(found?.sessions).toEqual([
        site.sessions.find((session) => session.id === question.sessionId)!.name,
      ]);
    }
    expect(records.get(paths.glossary())?.size).toBe(site.glossary.length);
  });
});

describe('session filters of documents and report paragraphs', () => {
  test('name every session that cites them, by reference or only in a text (a footnote, a question)', () => {
    const records = searchRecordsByPage(site);
    const backLinks = backLinksOf(site);
    const names = (locations: readonly { sessionId: string }[]) =>
      site.sessions
        .filter((session) => locations.some((location) => location.sessionId === session.id))
        .map((session) => session.name);
    let citedInTextOnly = 0;
    for (const document of site.documents) {
      const citing = backLinks.document(document.id);
      if (citing.length > recordSessionLimit) continue;
      const found = records.get(paths.documents())?.get(documentAnchor(document.id));
      expect(found?.sessions, document.id).toEqual(names(citing));
      if (document.citations.length === 0 && citing.length > 0) citedInTextOnly += 1;
    }
    // The rule is exercised: some document is cited only in text (not through references).
    expect(citedInTextOnly).toBeGreaterThan(0);
  });
});

describe('the glossary', () => {
  test('each entry cites lines that print it, or says UN usage', () => {
    expect(site.glossary.length).toBeGreaterThan(0);
    for (const entry of site.glossary) {
      if (entry.source === 'UN usage') continue;
      const lines = readFileSync(join(projectRoot, 'content', entry.source.sourceText), 'utf8')
        .split('\n')
        .slice(entry.source.firstLine - 1, entry.source.lastLine)
        .join(' ');
      expect(lines.replace(/\s+/g, ' ').toLowerCase(), entry.id).toContain(
        entry.acronym.toLowerCase(),
      );
    }
  });

  test.each([
    [
      'lines that do not print the expansion',
      { find: 'firstLine: 604\n  lastLine: 604', replace: 'firstLine: 20\n  lastLine: 22' },
      'content/glossary/cert.yaml:3:1: source: lines 20–22 of sources/chair-letter-2022-03-07.txt do not print "CERT" and "Computer Emergency Response Team"',
    ],
    [
      'a line past the end of the source',
      { find: 'lastLine: 604', replace: 'lastLine: 99999' },
      'content/glossary/cert.yaml:6:3: source.lastLine: must be between firstLine (604) and the last line',
    ],
    [
      'an unknown source text',
      { find: 'sources/chair-letter-2022-03-07.txt', replace: 'sources/no-such-letter.txt' },
      'content/glossary/cert.yaml:4:3: source.sourceText: no such file "sources/no-such-letter.txt"',
    ],
  ])('%s fails with the file and field', (_case, change, message) => {
    const fixture = brokenContent([{ file: 'glossary/cert.yaml', ...change }]);
    try {
      expect(() => loadSite(fixture.content, fixture.root)).toThrow(ContentError);
      expect(() => loadSite(fixture.content, fixture.root)).toThrow(message);
    } finally {
      fixture.dispose();
    }
  });
});

/**
 * The search index's building blocks: pages cut into records (nested records cut out, context
 * added, an anchor required), and the Pagefind integration failing the build on any reported error
 * while always closing Pagefind.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { buildSearchIndex, type PagefindApi } from '../../../src/integrations/pagefind.ts';
import { searchRecordsOfPage, sitePathOf } from '../../../src/integrations/search-records.ts';

const page = `<!doctype html><html lang="en"><body>
<header data-pagefind-ignore="all">Site name</header>
<main>
  <article id="slot-a" data-search-record data-pagefind-meta="title[data-search-title]" data-search-title="Slot A">
    <h3>10 a.m.</h3>
    <section><p class="focused" data-search-context>Focused discussion on funding &amp; partnerships</p>
      <ol><li id="q-a-1" data-search-record>What lessons can be gleaned?</li><li id="q-a-2" data-search-record>Second question</li></ol>
    </section>
  </article>
</main></body></html>`;

describe('searchRecordsOfPage', () => {
  test('each marked element is one record at its anchor, with nested records cut out', () => {
    const records = searchRecordsOfPage(page, '/sessions/x/');
    expect(records.map((record) => record.url)).toEqual(['/sessions/x/#slot-a', '/sessions/x/#q-a-1', '/sessions/x/#q-a-2']);
    const [slot, question] = records;
    expect(slot!.content).toContain('Focused discussion on funding');
    expect(slot!.content).not.toContain('What lessons');
    expect(slot!.content).not.toContain('Site name');
    expect(question!.content).toContain('What lessons can be gleaned?');
    expect(question!.content).not.toContain('Second question');
    expect(question!.content).toContain('<html lang="en">');
  });

  test('a nested record gets the context of its discussion, escaped and with a lower weight', () => {
    const question = searchRecordsOfPage(page, '/sessions/x/')[1]!;
    expect(question.content).toContain('<div data-pagefind-weight="0.5">Focused discussion on funding &amp; partnerships</div>');
  });

  test('a record without an id fails, naming the page', () => {
    expect(() => searchRecordsOfPage('<html><body><li data-search-record>text</li></body></html>', '/documents/'))
      .toThrow('/documents/: a <li data-search-record> has no id');
  });

  test.each([
    ['index.html', '/'],
    ['sessions/x/index.html', '/sessions/x/'],
    ['404.html', '/404.html'],
  ])('the site path of %s is %s', (file, expected) => {
    expect(sitePathOf('/out', join('/out', file))).toBe(expected);
  });
});

/** A fake Pagefind that records calls and reports the errors it is given. */
function fakePagefind(errors: { create?: string[]; add?: string[]; write?: string[] } = {}) {
  const calls: string[] = [];
  const api: PagefindApi = {
    createIndex: async () => {
      calls.push('createIndex');
      return {
        errors: errors.create ?? [],
        index: {
          addHTMLFile: async (file: { url?: string }) => { calls.push(`add ${file.url}`); return { errors: errors.add ?? [], file: { uniqueWords: 1, url: file.url ?? '', meta: {} } }; },
          writeFiles: async (options?: { outputPath: string }) => { calls.push(`write ${options?.outputPath}`); return { errors: errors.write ?? [], outputPath: options?.outputPath ?? '' }; },
        } as never,
      };
    },
    close: async () => { calls.push('close'); return null; },
  };
  return { api, calls };
}

describe('buildSearchIndex', () => {
  const folders: string[] = [];
  afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));
  const siteWith = (html: string): string => {
    const outDir = mkdtempSync(join(tmpdir(), 'oewg-search-'));
    folders.push(outDir);
    mkdirSync(join(outDir, 'sessions', 'x'), { recursive: true });
    writeFileSync(join(outDir, 'sessions', 'x', 'index.html'), html);
    writeFileSync(join(outDir, 'index.html'), '<html><body>home, no records</body></html>');
    return outDir;
  };

  test('adds every record in order, writes into <outDir>/pagefind and closes', async () => {
    const outDir = siteWith(page);
    const { api, calls } = fakePagefind();
    await expect(buildSearchIndex({ outDir, pagefind: api })).resolves.toEqual({ pages: 1, records: 3, outputPath: join(outDir, 'pagefind') });
    expect(calls).toEqual(['createIndex', 'add /sessions/x/#slot-a', 'add /sessions/x/#q-a-1', 'add /sessions/x/#q-a-2', `write ${join(outDir, 'pagefind')}`, 'close']);
  });

  test.each([
    ['createIndex', { create: ['bad config'] }, /Pagefind createIndex failed:\nbad config/],
    ['addHTMLFile', { add: ['unparseable'] }, /Pagefind addHTMLFile \(\/sessions\/x\/#slot-a\) failed:\nunparseable/],
    ['writeFiles', { write: ['disk full'] }, /Pagefind writeFiles failed:\ndisk full/],
  ])('an error reported by %s fails the build, and Pagefind is closed', async (_step, errors, message) => {
    const { api, calls } = fakePagefind(errors);
    await expect(buildSearchIndex({ outDir: siteWith(page), pagefind: api })).rejects.toThrow(message);
    expect(calls.at(-1)).toBe('close');
  });

  test('a build folder that does not exist fails, and Pagefind is closed', async () => {
    const { api, calls } = fakePagefind();
    await expect(buildSearchIndex({ outDir: join(tmpdir(), 'oewg-no-such-build'), pagefind: api })).rejects.toThrow(/ENOENT/);
    expect(calls).toEqual(['createIndex', 'close']);
  });

  test('pages without any record fail the build (the markup was lost), and Pagefind is closed', async () => {
    const { api, calls } = fakePagefind();
    await expect(buildSearchIndex({ outDir: siteWith('<html><body><main>no records</main></body></html>'), pagefind: api }))
      .rejects.toThrow(/no search records/);
    expect(calls).toEqual(['createIndex', 'close']);
  });

  test('the real Pagefind reports an error for a record it cannot index, and the build fails', async () => {
    // A record without a URL cannot be a result: Pagefind's own validation answers with an error.
    const outDir = siteWith(page);
    const { createIndex, close } = await import('pagefind');
    let closed = false;
    const api: PagefindApi = {
      createIndex: async (config) => {
        const created = await createIndex(config);
        const index = created.index!;
        return { ...created, index: { ...index, addHTMLFile: (file) => index.addHTMLFile({ content: file.content }) } };
      },
      close: async () => { closed = true; return close(); },
    };
    await expect(buildSearchIndex({ outDir, pagefind: api })).rejects.toThrow(/Pagefind addHTMLFile \(\/sessions\/x\/#slot-a\) failed:\nEither source_path or url must be provided/);
    expect(closed).toBe(true);
  });
});

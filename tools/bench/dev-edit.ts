/**
 * Edit to visible under `astro dev`: on a scratch copy of the project with the given content, a
 * guiding question of the first programme is shortened by its last word (still the source's words,
 * so every content check passes; the file is rewritten by js-yaml), restored, and shortened again;
 * each time, the session page is requested every 50 ms until it shows the change. The figure is what a reader sees on reloading: the watcher, the
 * loader, the model and the page's render together.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, dump, load } from 'js-yaml';
import { startDevServer } from '../dev-server.ts';

/** One edit's latency. */
export interface DevEdit {
  edit: string;
  milliseconds: number;
}

/** Median and slowest of the edits, or why they could not be made. */
export type DevEditMetrics =
  | { medianMilliseconds: number; slowestMilliseconds: number; edits: DevEdit[] }
  | { error: string };

/** Every guiding question's text in a parsed programme, in document order. */
function questionTexts(value: unknown, found: { holder: { text: string } }[] = []) {
  if (Array.isArray(value)) for (const item of value) questionTexts(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'questions' && Array.isArray(inner)) {
        for (const question of inner)
          if (typeof question?.text === 'string') found.push({ holder: question });
      } else questionTexts(inner, found);
    }
  }
  return found;
}

/** The last five words of a text: what the page shows at the end of the question. */
const tailOf = (text: string): string => text.split(/\s+/).slice(-5).join(' ');

/** Measures three edits; the dev server is started and stopped here. */
export async function measureDevEdit(
  projectRoot: string,
  contentDir: string,
): Promise<DevEditMetrics> {
  let server: Awaited<ReturnType<typeof startDevServer>> | undefined;
  try {
    const folder = join(contentDir, 'programmes');
    const name = readdirSync(folder).sort()[0];
    if (!name) throw new Error(`no programme in ${folder}`);
    const original = readFileSync(join(folder, name), 'utf8');
    const programme = load(original, { schema: CORE_SCHEMA }) as { session?: string };
    if (!programme.session) throw new Error(`programmes/${name} names no session`);
    server = await startDevServer({ projectRoot, contentDir, readyTimeoutMs: 600_000 });
    const file = join(server.root, 'content', 'programmes', name);
    const page = `${server.url}sessions/${programme.session}/`;
    const visible = async (wanted: (html: string) => boolean, limitMs = 60_000) => {
      const since = performance.now();
      while (performance.now() - since < limitMs) {
        const response = await fetch(page);
        const html = response.ok ? await response.text() : '';
        if (wanted(html)) return { milliseconds: Math.round(performance.now() - since), html };
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`${page} did not show the edit within ${limitMs / 1000} s`);
    };
    // The first render compiles the page and loads the model (minutes on a busy machine at 100×):
    // not part of an edit. A question whose last words the page shows once, as plain text, is edited.
    const { html } = await visible((text) => text.includes('</html>'), 600_000);
    const question = questionTexts(programme).find(
      ({ holder }) =>
        holder.text.split(/\s+/).length >= 6 && html.split(tailOf(holder.text)).length === 2,
    );
    if (!question) throw new Error(`no question of programmes/${name} shows as plain text`);
    const tail = tailOf(question.holder.text);
    question.holder.text = question.holder.text.replace(/\s+\S+$/, '');
    // Still the source's words (a prefix of the question), so every content check passes.
    const shortened = dump(programme, { schema: CORE_SCHEMA, lineWidth: 100 });
    const edits: DevEdit[] = [];
    const steps: [string, string, (text: string) => boolean][] = [
      ['shorten', shortened, (text) => text.includes('</html>') && !text.includes(tail)],
      ['restore', original, (text) => text.includes(tail)],
      ['shorten again', shortened, (text) => text.includes('</html>') && !text.includes(tail)],
    ];
    for (const [edit, content, wanted] of steps) {
      writeFileSync(file, content);
      edits.push({ edit, milliseconds: (await visible(wanted)).milliseconds });
    }
    const sorted = edits.map((entry) => entry.milliseconds).sort((a, b) => a - b);
    return {
      medianMilliseconds: sorted[Math.floor(sorted.length / 2)]!,
      slowestMilliseconds: sorted.at(-1)!,
      edits,
    };
  } catch (error) {
    return { error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  } finally {
    await server?.stop();
  }
}

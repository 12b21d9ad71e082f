/**
 * Edit to visible under `astro dev`: on a scratch copy of the project with the given content, a
 * guiding question is shortened by its last word (still the source's words, so every content check
 * passes), restored, and shortened again; each time, the session page is requested every 50 ms
 * until it shows the change. The figure is what a reader sees on reloading: the watcher, the
 * loader, the model and the page's render together.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** A question's last line in a programme file that has nothing HTML escapes, and its session. */
function questionLine(contentDir: string): { file: string; line: string; session: string } {
  const folder = join(contentDir, 'programmes');
  for (const name of readdirSync(folder).sort()) {
    const text = readFileSync(join(folder, name), 'utf8');
    const session = /^session: (\S+)$/m.exec(text)?.[1];
    const lines = text.split('\n');
    for (let index = 0; index < lines.length - 1; index++) {
      if (!/^\s+text: >-$/.test(lines[index]!)) continue;
      const indent = /^\s*/.exec(lines[index + 1]!)![0];
      let last = index + 1;
      while (lines[last + 1]?.startsWith(indent) && lines[last + 1]!.trim()) last++;
      const line = lines[last]!.trim();
      if (session && /^[A-Za-z ,.?()-]+$/.test(line) && line.split(' ').length >= 4)
        return { file: `programmes/${name}`, line, session };
    }
  }
  throw new Error(`no folded question text in ${folder}`);
}

/** Measures three edits; the dev server is started and stopped here. */
export async function measureDevEdit(
  projectRoot: string,
  contentDir: string,
): Promise<DevEditMetrics> {
  let server: Awaited<ReturnType<typeof startDevServer>> | undefined;
  try {
    const target = questionLine(contentDir);
    const shortened = target.line.replace(/ \S+$/, '');
    server = await startDevServer({ projectRoot, contentDir, readyTimeoutMs: 600_000 });
    const page = `${server.url}sessions/${target.session}/`;
    const visible = async (wanted: (html: string) => boolean): Promise<number> => {
      const since = performance.now();
      while (performance.now() - since < 60_000) {
        const response = await fetch(page);
        if (response.ok && wanted(await response.text()))
          return Math.round(performance.now() - since);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`${page} did not show the edit within 60 s`);
    };
    // The first render compiles the page and loads the model: not part of an edit.
    await visible((html) => html.includes(target.line));
    const edits: DevEdit[] = [];
    const steps: [string, string, string, (html: string) => boolean][] = [
      ['shorten', target.line, shortened, (html) => !html.includes(target.line)],
      ['restore', shortened, target.line, (html) => html.includes(target.line)],
      ['shorten again', target.line, shortened, (html) => !html.includes(target.line)],
    ];
    for (const [edit, find, replace, wanted] of steps) {
      server.edit(target.file, `${find}\n`, `${replace}\n`);
      edits.push({ edit, milliseconds: await visible(wanted) });
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

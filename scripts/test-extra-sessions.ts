/**
 * `npm run test:extra-sessions [-- <vitest args>]`: runs the test suite on a copy of the project
 * whose `content/` is the real content plus two more valid sessions (a copy of each real session
 * under a new id, on later dates, from tools/generate-corpus.ts). A test that counts or lists
 * today's content instead of asserting a rule fails here, so adding a session never means editing
 * tests (issue 21, point 3). CI runs it after `npm test`.
 *
 * The real content files are kept byte for byte; only the new sessions' files are added, as an
 * editor adding a session would. No network; the same files every run. The copy lives under the
 * system temp folder (kept with OEWG_KEEP_COPY=1); node_modules is hard-linked, not re-installed.
 * Arguments are passed to vitest (e.g. one test file while fixing it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContent } from '../src/domain/content/content-reader.ts';
import { generateCorpus } from '../tools/generate-corpus.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Build outputs and caches not copied: the copy builds its own. */
const notCopied = new Set(['node_modules', '.git', 'dist', '.astro', 'bench']);

/** Session names by number, as the working group's sessions are named. */
const ordinals = [
  'First',
  'Second',
  'Third',
  'Fourth',
  'Fifth',
  'Sixth',
  'Seventh',
  'Eighth',
  'Ninth',
  'Tenth',
  'Eleventh',
  'Twelfth',
];

/**
 * Names a generated session as a real one is named (`Sixth substantive session`), not the
 * generator's `… (copy 1)`: its page titles are then as long as a real session's.
 */
function nameLikeARealSession(file: string): void {
  const text = readFileSync(file, 'utf8');
  const number = Number(/^number: (\d+)$/m.exec(text)?.[1]);
  const ordinal = ordinals[number - 1];
  if (ordinal)
    writeFileSync(file, text.replace(/^name: .*$/m, `name: ${ordinal} substantive session`));
}

/** Every file below `folder`, relative to it. */
function filesBelow(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)));
}

/**
 * Adds the two generated sessions to `content`: the files of a 2× corpus that the real content
 * does not have (its second copy's sessions, programmes, meetings and summaries). Returns them.
 */
export function addGeneratedSessions(content: string): string[] {
  const corpus = mkdtempSync(join(tmpdir(), 'oewg-extra-corpus-'));
  try {
    generateCorpus(readContent(content, dirname(content)), content, corpus, 2);
    const added = filesBelow(corpus).filter((file) => !existsSync(join(content, file)));
    for (const file of added) {
      mkdirSync(dirname(join(content, file)), { recursive: true });
      cpSync(join(corpus, file), join(content, file));
      if (file.startsWith('sessions/')) nameLikeARealSession(join(content, file));
    }
    return added.sort();
  } finally {
    rmSync(corpus, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const copy = mkdtempSync(join(tmpdir(), 'oewg-extra-sessions-'));
  for (const entry of readdirSync(projectRoot)) {
    if (!notCopied.has(entry))
      cpSync(join(projectRoot, entry), join(copy, entry), { recursive: true });
  }
  // Hard links: instant, no network, and Vite's dev server sees node_modules inside the project
  // (a symbolic link would resolve outside it, where the dev server refuses to serve files).
  execFileSync('cp', ['-al', join(projectRoot, 'node_modules'), join(copy, 'node_modules')]);
  const added = addGeneratedSessions(join(copy, 'content'));
  const sessions = added.filter((file) => file.startsWith('sessions/'));
  console.log(`test:extra-sessions: ${copy} has ${sessions.join(', ')} (${added.length} files)`);
  const run = spawnSync(
    join(copy, 'node_modules', '.bin', 'vitest'),
    ['run', ...process.argv.slice(2)],
    {
      cwd: copy,
      stdio: 'inherit',
      env: {
        ...process.env,
        TZ: 'Pacific/Chatham',
        ASTRO_TELEMETRY_DISABLED: '1',
        OEWG_SKIP_BUILD: '',
      },
    },
  );
  if (process.env.OEWG_KEEP_COPY === '1') console.log(`test:extra-sessions: kept ${copy}`);
  else rmSync(copy, { recursive: true, force: true });
  process.exit(run.status ?? 1);
}

/**
 * `npm run test:extra-sessions [-- <vitest args>]`: runs the test suite on a copy of the project
 * whose `content/` is the real content plus two more valid sessions (a copy of each real session
 * under a new id, on later dates: tools/extra-sessions.ts). A test that counts or lists
 * today's content instead of asserting a rule fails here, so adding a session never means editing
 * tests (issue 21, point 3). CI runs it after `npm test`.
 *
 * The real content files are kept byte for byte; only the new sessions' files are added, as an
 * editor adding a session would. No network; the same files every run. The copy lives under the
 * system temp folder (kept with OEWG_KEEP_COPY=1); node_modules is hard-linked, not re-installed.
 * Arguments are passed to vitest (e.g. one test file while fixing it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addGeneratedSessions } from '../tools/extra-sessions.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Build outputs and caches not copied: the copy builds its own. */
const notCopied = new Set(['node_modules', '.git', 'dist', '.astro', 'bench']);

if (import.meta.url === `file://${process.argv[1]}`) {
  const copy = mkdtempSync(join(tmpdir(), 'oewg-extra-sessions-'));
  for (const entry of readdirSync(projectRoot)) {
    if (!notCopied.has(entry))
      cpSync(join(projectRoot, entry), join(copy, entry), { recursive: true });
  }
  // Hard links: instant, no network, and Vite's dev server sees node_modules inside the project
  // (a symbolic link would resolve outside it, where the dev server refuses to serve files). When
  // the temp folder is on another file system, a plain copy.
  const modules = [join(projectRoot, 'node_modules'), join(copy, 'node_modules')];
  try {
    execFileSync('cp', ['-al', ...modules], { stdio: 'ignore' });
  } catch {
    rmSync(modules[1]!, { recursive: true, force: true });
    execFileSync('cp', ['-a', ...modules]);
  }
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

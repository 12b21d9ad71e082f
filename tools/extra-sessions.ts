/**
 * Adds two valid sessions to a content folder, as an editor adding sessions would: a copy of each
 * session there under a new id (`<id>-copy-1`), on later dates, with its programme, meetings and
 * summaries, from tools/generate-corpus.ts, and a copy of its source text. The files already there
 * are kept byte for byte.
 * `npm run test:extra-sessions` runs the suite on such a folder (issue 21, point 3).
 */
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
import { dirname, join, relative } from 'node:path';
import { readContent } from '../src/domain/content/content-reader.ts';
import { generateCorpus } from './generate-corpus.ts';

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
  const name = ordinal ? `${ordinal} substantive session` : `Substantive session ${number}`;
  writeFileSync(file, text.replace(/^name: .*$/m, `name: ${name}`));
}

/**
 * Gives a generated session a source text of its own, a copy of the one it was made from
 * (`sources/<name>-<session id>.txt`), as a new session arrives with its own document: a test that
 * changes a real source text then changes no generated session. Returns the added file.
 */
function ownSourceText(content: string, sessionFile: string): string {
  const text = readFileSync(sessionFile, 'utf8');
  const match = /^(\s*sourceText: )(sources\/(.+)\.txt)$/m.exec(text);
  if (!match) throw new Error(`${sessionFile}: no programmeSource.sourceText to copy`);
  const id = sessionFile.replace(/^.*[\\/]/, '').replace(/\.yaml$/, '');
  const own = `sources/${match[3]}-${id}.txt`;
  cpSync(join(content, match[2]!), join(content, own));
  writeFileSync(sessionFile, text.replace(match[0], `${match[1]}${own}`));
  return own;
}

/** Every file below `folder`, relative to it. */
function filesBelow(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)));
}

/** The session a content file of the corpus belongs to: a session file's id, or its `session:` field. */
function sessionOf(corpus: string, file: string): string | undefined {
  if (file.startsWith('sessions/')) return file.slice('sessions/'.length).replace(/\.yaml$/, '');
  return /^session: (\S+)$/m.exec(readFileSync(join(corpus, file), 'utf8'))?.[1];
}

/**
 * Adds two generated sessions to `content`: from a 2× corpus of it, the copies of its first two
 * sessions (by file name) with their programmes, meetings and summaries; nothing else of the corpus
 * (the folder's topics, documents and report paragraphs stay as they are). Returns the added files.
 */
export function addGeneratedSessions(content: string): string[] {
  const corpus = mkdtempSync(join(tmpdir(), 'oewg-extra-corpus-'));
  try {
    generateCorpus(readContent(content, dirname(content)), content, corpus, 2);
    const added = filesBelow(corpus).filter((file) => !existsSync(join(content, file)));
    const chosen = new Set(
      added
        .filter((file) => file.startsWith('sessions/'))
        .sort()
        .slice(0, 2)
        .map((file) => sessionOf(corpus, file)),
    );
    const files = added.filter((file) => chosen.has(sessionOf(corpus, file))).sort();
    const sources: string[] = [];
    for (const file of files) {
      mkdirSync(dirname(join(content, file)), { recursive: true });
      cpSync(join(corpus, file), join(content, file));
      if (file.startsWith('sessions/')) {
        nameLikeARealSession(join(content, file));
        sources.push(ownSourceText(content, join(content, file)));
      }
    }
    return [...files, ...sources].sort();
  } finally {
    rmSync(corpus, { recursive: true, force: true });
  }
}

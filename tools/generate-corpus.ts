/**
 * Writes a synthetic but realistic corpus for benchmarks: the real content repeated `scale` times,
 * each copy a new pair of sessions on later dates (same programmes, questions, summaries,
 * references), so pages, feeds, exports and the search index grow as a real archive would.
 * It goes to a separate folder and is selected at build time with OEWG_CONTENT_DIR; it never
 * touches content/.
 *
 * Usage: `node tools/generate-corpus.ts <scale> [out-folder]` (default out: bench/corpus-<scale>x).
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dump } from 'js-yaml';
import { readContent, type RawContent } from '../src/domain/content/content-reader.ts';
import { addDays, compareDates } from '../src/domain/time.ts';

/** Session ids of copy `copy` (0 keeps the real ids). */
function copiedId(id: string, copy: number): string {
  return copy === 0 ? id : `${id}-copy-${copy}`;
}

/** Shifts every date inside a slot id `YYYY-MM-DD-HHMM`. */
function shiftedSlotId(slotId: string, days: number): string {
  return `${addDays(slotId.slice(0, 10), days)}${slotId.slice(10)}`;
}

/** Writes the corpus; returns the number of sessions written. */
export function generateCorpus(
  content: RawContent,
  sourceRoot: string,
  outRoot: string,
  scale: number,
): number {
  rmSync(outRoot, { recursive: true, force: true });
  for (const folder of [
    'sessions',
    'programmes',
    'meetings',
    'summaries',
    'topics',
    'documents',
    'report-paragraphs',
  ]) {
    mkdirSync(join(outRoot, folder), { recursive: true });
  }
  cpSync(join(sourceRoot, 'sources'), join(outRoot, 'sources'), { recursive: true });
  // The glossary explains acronyms, not sessions: copied once, as it is.
  cpSync(join(sourceRoot, 'glossary'), join(outRoot, 'glossary'), { recursive: true });
  // No line folding, and no anchors for repeated values: the reader refuses anchors.
  const yaml = (value: unknown): string => dump(value, { lineWidth: -1, noRefs: true });
  for (const { id, data } of content.topics)
    writeFileSync(join(outRoot, 'topics', `${id}.yaml`), yaml(data));
  for (const { id, data } of content.documents)
    writeFileSync(join(outRoot, 'documents', `${id}.yaml`), yaml(data));

  const latestEnd = content.sessions
    .map((entry) => entry.data.endDate)
    .sort(compareDates)
    .at(-1)!;
  const firstStart = content.sessions.map((entry) => entry.data.startDate).sort(compareDates)[0]!;
  // Each copy starts after the previous one ends, on the same weekdays (a whole number of weeks).
  const spanWeeks =
    Math.ceil((Date.parse(latestEnd) - Date.parse(firstStart)) / (7 * 86_400_000)) + 1;
  const maxNumber = Math.max(...content.sessions.map((entry) => entry.data.number));
  let sessions = 0;

  for (let copy = 0; copy < scale; copy++) {
    const days = copy * spanWeeks * 7;
    for (const { id, data } of content.sessions) {
      const session = {
        ...data,
        number: data.number + copy * maxNumber,
        name: copy === 0 ? data.name : `${data.name} (copy ${copy})`,
        startDate: addDays(data.startDate, days),
        endDate: addDays(data.endDate, days),
        revised: addDays(data.revised, days),
        programmeSource: {
          ...data.programmeSource,
          date: addDays(data.programmeSource.date, days),
        },
      };
      writeFileSync(join(outRoot, 'sessions', `${copiedId(id, copy)}.yaml`), yaml(session));
      sessions++;
    }
    for (const { id, data } of content.programmes) {
      const programme = {
        session: copiedId(data.session, copy),
        days: data.days.map((day) => ({
          ...day,
          date: addDays(day.date, days),
          slots: day.slots.map((slot) => ({ ...slot, id: shiftedSlotId(slot.id, days) })),
        })),
      };
      writeFileSync(join(outRoot, 'programmes', `${copiedId(id, copy)}.yaml`), yaml(programme));
    }
    for (const { id, data } of content.meetings) {
      const meeting = {
        ...data,
        session: copiedId(data.session, copy),
        date: addDays(data.date, days),
      };
      writeFileSync(join(outRoot, 'meetings', `${copiedId(id, copy)}.yaml`), yaml(meeting));
    }
    for (const { id, data, body } of content.summaries) {
      const summary = { ...data, session: copiedId(data.session, copy) };
      writeFileSync(
        join(outRoot, 'summaries', `${copiedId(id, copy)}.mdx`),
        `---\n${yaml(summary)}---\n\n${body?.trim() ?? ''}\n`,
      );
    }
  }
  for (const { id, data } of content.reportParagraphs) {
    writeFileSync(join(outRoot, 'report-paragraphs', `${id}.yaml`), yaml(data));
  }
  return sessions;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const scale = Number(process.argv[2] ?? '10');
  if (!Number.isInteger(scale) || scale < 1) {
    console.error('usage: node tools/generate-corpus.ts <scale ≥ 1> [out-folder]');
    process.exit(2);
  }
  const out = resolve(process.argv[3] ?? `bench/corpus-${scale}x`);
  const sessions = generateCorpus(readContent(resolve('content')), resolve('content'), out, scale);
  console.log(`wrote ${sessions} sessions to ${out}`);
}

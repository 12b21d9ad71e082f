/**
 * Validates the content without building the site: `npm run check:content`.
 * Prints a one-line summary, or every problem (file, field, message) and exits 1.
 */
import { resolve } from 'node:path';
import { ContentError } from '../src/domain/content/content-error.ts';
import { contentRoot } from '../src/domain/content/content-root.ts';
import { loadSite } from '../src/domain/model/load-site.ts';

try {
  const site = loadSite(resolve(contentRoot()));
  console.log(
    `content OK: ${site.sessions.length} sessions, ${site.slots.length} slots, ${site.questions.length} guiding questions, ` +
      `${site.summaries.length} summaries, ${site.meetings.length} meetings around sessions, ${site.topics.length} topics, ` +
      `${site.documents.length} documents, ${site.reportParagraphs.length} report paragraphs`,
  );
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

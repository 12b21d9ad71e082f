/**
 * Checks across entries and files that a schema cannot see: references that must exist (Astro's
 * `reference()` never checks), ids that must be unique, times that must make sense together.
 * Every problem names the file and the field.
 *
 * The checks are a table of named rules per collection (in `integrity/`), run entry by entry in
 * the order below, so problems come in file order. To add a check, add a rule to its list.
 */
import type { ContentIssue } from './content-error.ts';
import type { RawContent } from './content-reader.ts';
import { documentRules, reportParagraphRules, topicRules } from './integrity/catalogue.ts';
import { applyRules, createContext, type IntegrityContext, type Rule } from './integrity/context.ts';
import { glossaryRules } from './integrity/glossary.ts';
import { meetingRules } from './integrity/meetings.ts';
import { blockRules, dayRules, programmeRules, slotRules } from './integrity/programmes.ts';
import { sessionProgrammeRules, sessionRules } from './integrity/sessions.ts';
import { summaryRules } from './integrity/summaries.ts';
import { checkVerbatim } from './integrity/verbatim.ts';

/** One pass: a collection and the rules each of its entries must pass. */
interface Pass<Name extends keyof RawContent = keyof RawContent> {
  collection: Name;
  rules: readonly Rule<RawContent[Name][number]>[];
}

const pass = <Name extends keyof RawContent>(collection: Name, rules: readonly Rule<RawContent[Name][number]>[]): Pass =>
  ({ collection, rules }) as unknown as Pass;

/** The passes, in the order their problems are listed. */
export const integrityPasses: readonly Pass[] = [
  pass('sessions', sessionRules),
  pass('programmes', programmeRules),
  pass('sessions', sessionProgrammeRules),
  pass('meetings', meetingRules),
  pass('summaries', summaryRules),
  pass('topics', topicRules),
  pass('documents', documentRules),
  pass('reportParagraphs', reportParagraphRules),
  pass('glossary', glossaryRules),
];

/** Every rule by name, with the level it applies to (for documentation and tests). */
export const integrityRuleNames: readonly string[] = [
  ...integrityPasses.flatMap(({ collection, rules }) => rules.map((rule) => `${collection}: ${rule.name}`)),
  ...dayRules.map((rule) => `programme days: ${rule.name}`),
  ...slotRules.map((rule) => `programme slots: ${rule.name}`),
  ...blockRules.map((rule) => `programme blocks: ${rule.name}`),
  'every collection: a text given as the sources\' words is found in its source, word for word',
];

/** Runs every cross-entry check; returns the problems (empty when the content is consistent). */
export function checkIntegrity(content: RawContent, contentRoot: string): ContentIssue[] {
  const context: IntegrityContext = createContext(content, contentRoot);
  for (const { collection, rules } of integrityPasses) {
    applyRules(content[collection] as readonly unknown[], rules as readonly Rule<unknown>[], context);
  }
  // Last: a text is compared with its source once the file's other problems are listed.
  checkVerbatim(context);
  return context.issues;
}

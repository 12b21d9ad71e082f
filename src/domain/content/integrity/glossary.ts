/** Integrity rules of glossary entries: one entry per acronym, and a cited source really prints it. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawContent } from '../content-reader.ts';
import { sourceLines } from '../source-passages.ts';
import { quote, type Rule } from './context.ts';

type GlossaryEntry = RawContent['glossary'][number];

/** Text as the check compares it: lower case, every dash a hyphen, white space collapsed. */
function comparable(text: string): string {
  return text.toLowerCase().replace(/\p{Pd}/gu, '-').replace(/\s+/g, ' ').trim();
}

export const glossaryRules: readonly Rule<GlossaryEntry>[] = [
  {
    name: 'an acronym has one glossary entry',
    check: ({ file, data }, context) => {
      context.unique('glossary acronym', data.acronym.toLowerCase(), { file, field: 'acronym' }, (other) => `duplicate acronym ${quote(data.acronym)}: also explained by ${other}`);
    },
  },
  {
    name: 'a cited source prints the acronym beside its expansion',
    check: ({ file, data }, context) => {
      if (data.source === 'UN usage') return;
      const { sourceText, firstLine, lastLine } = data.source;
      const path = join(context.contentRoot, sourceText);
      if (!existsSync(path)) {
        context.report(file, 'source.sourceText', `no such file ${quote(sourceText)} under the content folder`);
        return;
      }
      const lines = sourceLines(readFileSync(path, 'utf8'));
      if (lastLine < firstLine || lastLine > lines.length) {
        context.report(file, 'source.lastLine', `must be between firstLine (${firstLine}) and the last line of ${sourceText} (${lines.length}), got ${lastLine}`);
        return;
      }
      const passage = comparable(lines.slice(firstLine - 1, lastLine).join(' '));
      const missing = [data.acronym, data.expansion].filter((words) => !passage.includes(comparable(words)));
      if (missing.length > 0) {
        context.report(file, 'source', `lines ${firstLine}–${lastLine} of ${sourceText} do not print ${missing.map(quote).join(' and ')}: cite the lines that print the acronym beside its expansion, or write "UN usage" for the standard UN expansion`);
      }
    },
  },
];

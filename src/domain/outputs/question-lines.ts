/** Guiding questions as plain-text lines, for calendar descriptions and conference schedules. */
import type { Question } from '../model/model.ts';

/** Numbered questions, with the group sub-headings the source prints over them. */
export function questionLines(questions: readonly Question[]): string[] {
  const lines: string[] = [];
  let group: string | undefined;
  for (const question of questions) {
    if (question.group && question.group !== group) lines.push(question.group);
    group = question.group;
    lines.push(`${question.number}. ${question.text}`);
  }
  return lines;
}

/**
 * What conference apps need beyond the schemas: ConfClerk shows a speaker only when its `<person>`
 * has a numeric `id` (the frab XSD allows it to be missing). Every person of every built
 * `schedule.xml` and `schedule.json` has one, the same for the same speaker and different for
 * different speakers. The check is shown to catch a person without an id.
 */
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadSite } from '../../src/domain/model/load-site.ts';
import { paths } from '../../src/domain/site-paths.ts';
import { readBuilt } from '../helpers/built-site.ts';
import { projectRoot } from '../helpers/content-fixture.ts';

const site = loadSite(resolve(projectRoot, 'content'), projectRoot);

/** The persons of a `schedule.xml` as (name, id attribute) pairs, read from the markup. */
function xmlPersons(xml: string): { name: string; id: string | undefined }[] {
  return [...xml.matchAll(/<person\b([^>]*)>([^<]*)<\/person>/g)].map((match) => ({
    name: match[2]!,
    id: /\bid="([^"]*)"/.exec(match[1]!)?.[1],
  }));
}

/** Problems a ConfClerk user would see: persons without a numeric id, or ids shared by two names. */
function personProblems(persons: readonly { name: string; id: unknown }[]): string[] {
  const problems: string[] = [];
  const nameOfId = new Map<string, string>();
  for (const person of persons) {
    // JSON and XML readers give a number or a string; anything else is no id.
    const id =
      typeof person.id === 'number' || typeof person.id === 'string' ? String(person.id) : '';
    if (!/^[1-9][0-9]*$/.test(id))
      problems.push(`${person.name}: id ${JSON.stringify(person.id)} is not a positive integer`);
    const other = nameOfId.get(id);
    if (other !== undefined && other !== person.name)
      problems.push(`${person.name}: id ${id} also used by ${other}`);
    nameOfId.set(id, person.name);
  }
  return problems;
}

describe.each(site.sessions.map((session) => session.id))('%s', (sessionId) => {
  test('schedule.xml: every person has a numeric id of its own', () => {
    const persons = xmlPersons(readBuilt(paths.scheduleXml(sessionId)));
    expect(persons.length).toBeGreaterThan(0);
    expect(personProblems(persons)).toEqual([]);
  });

  test('schedule.json: the same ids', () => {
    const json = JSON.parse(readBuilt(paths.scheduleJson(sessionId))) as {
      schedule: {
        conference: {
          days: { rooms: Record<string, { persons: { name: string; id: number }[] }[]> }[];
        };
      };
    };
    const persons = json.schedule.conference.days.flatMap((day) =>
      Object.values(day.rooms)
        .flat()
        .flatMap((event) => event.persons),
    );
    expect(persons.every((person) => Number.isInteger(person.id))).toBe(true);
    expect(personProblems(persons)).toEqual([]);
    const xmlIds = new Map(
      xmlPersons(readBuilt(paths.scheduleXml(sessionId))).map((person) => [
        person.name,
        Number(person.id),
      ]),
    );
    for (const person of persons) expect(xmlIds.get(person.name)).toBe(person.id);
  });
});

test('a test of the test: a person without an id, and two speakers with one id, are caught', () => {
  const xml =
    '<persons><person guid="1b4e28ba-2fa1-11d2-883f-0016d3cca427">Ms. A</person><person id="7">Mr. B</person><person id="7">Ms. C</person></persons>';
  expect(personProblems(xmlPersons(xml))).toEqual([
    'Ms. A: id undefined is not a positive integer',
    'Ms. C: id 7 also used by Mr. B',
  ]);
});
